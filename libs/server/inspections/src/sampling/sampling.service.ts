import { Injectable } from '@nestjs/common';
import { sample } from './sampling';
import { CandidateRow, RunResult, SamplingRepository } from './sampling.repository';

/** Worker side: picks the organisations of every run of a batch (see sampling.ts for the rules). */
@Injectable()
export class SamplingService {
  constructor(private readonly repo: SamplingRepository) {}

  async run(batchId: string): Promise<{ runs: number; picks: number }> {
    const runs = await this.repo.runs(batchId);
    if (runs.length === 0) return { runs: 0, picks: 0 };
    const candidates = await this.repo.candidates(batchId);
    const reportUsed = await this.repo.reportsPresent();
    if (reportUsed) {
      // Below target in the report of the year before the plan (one query per plan year; a batch has one year).
      const yearOf = new Map(runs.map((r) => [r.runId, r.year]));
      for (const year of new Set(yearOf.values())) {
        const inYear = candidates.filter((c) => yearOf.get(c.runId) === year);
        const flags = await this.repo.belowTarget(inYear.map((c) => c.id), year - 1);
        for (const c of inYear) Object.assign(c, flags.get(c.id) ?? {});
      }
    }
    const byRun = new Map<string, CandidateRow[]>();
    for (const c of candidates) byRun.set(c.runId, [...(byRun.get(c.runId) ?? []), c]);
    const results: RunResult[] = runs.map((r) => {
      const { picks, summary } = sample(byRun.get(r.runId) ?? [], r);
      return { runId: r.runId, picks, summary: { ...summary, reportUsed } };
    });
    await this.repo.write(results);
    return { runs: results.length, picks: results.reduce((a, r) => a + r.picks.length, 0) };
  }

  fail(batchId: string, error: string): Promise<void> {
    return this.repo.fail(batchId, error);
  }
}
