import type { StudyContext } from './context';

/** Demo data of the reporters module. */
export async function seedReporters(_ctx: StudyContext): Promise<void> {
  // Filled by the reporters module.
}
