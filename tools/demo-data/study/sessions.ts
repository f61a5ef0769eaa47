import type { StudyContext } from './context';

/** Demo data of the sessions module. */
export async function seedSessions(_ctx: StudyContext): Promise<void> {
  // Filled by the sessions module.
}
