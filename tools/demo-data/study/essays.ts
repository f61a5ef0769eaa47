import type { StudyContext } from './context';

/** Demo data of the essays module. */
export async function seedEssays(_ctx: StudyContext): Promise<void> {
  // Filled by the essays module.
}
