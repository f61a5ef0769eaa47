import { seedCampaigns } from './campaigns';
import { seedCellLife } from './cell-life';
import type { StudyContext, StudySeeder } from './context';
import { seedEssays } from './essays';
import { seedInspections } from './inspections';
import { seedProgrammes } from './programmes';
import { seedReporters, seedSpeakerEvaluations } from './reporters';
import { seedReports } from './reports';
import { seedSessions } from './sessions';

export type { StudyContext } from './context';

/** Study data in dependency order: campaigns first, then what hangs off them. */
export const STUDY_SEEDERS: [string, StudySeeder][] = [
  ['campaigns', seedCampaigns],
  ['reporters', seedReporters],
  ['sessions', seedSessions],
  ['speaker-evaluations', seedSpeakerEvaluations],
  ['essays', seedEssays],
  ['programmes', seedProgrammes],
  ['cell-life', seedCellLife],
  ['inspections', seedInspections],
  ['reports', seedReports],
];

/** Seeders of modules that came after the first study modules: run on their own for a bloc seeded before them. */
export const LATER_SEEDERS = STUDY_SEEDERS.filter(([name]) => name === 'inspections' || name === 'reports');

export async function seedStudyData(ctx: StudyContext): Promise<Record<string, number>> {
  const timings: Record<string, number> = {};
  for (const [name, seeder] of STUDY_SEEDERS) {
    const t = Date.now();
    await seeder(ctx);
    timings[name] = Date.now() - t;
  }
  return timings;
}

/** Today's date in Asia/Ho_Chi_Minh as yyyy-MM-dd. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
