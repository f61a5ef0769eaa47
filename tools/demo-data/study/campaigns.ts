import type { StudyContext } from './context';

/** Demo data of the campaigns module. */
export async function seedCampaigns(_ctx: StudyContext): Promise<void> {
  // Filled by the campaigns module.
}
