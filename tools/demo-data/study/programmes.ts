import type { StudyContext } from './context';

/** Demo data of the programmes module. */
export async function seedProgrammes(_ctx: StudyContext): Promise<void> {
  // Filled by the programmes module.
}
