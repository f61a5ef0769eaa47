import type { StudyContext } from './context';

/** Demo data of the cell-life module. */
export async function seedCellLife(_ctx: StudyContext): Promise<void> {
  // Filled by the cell-life module.
}
