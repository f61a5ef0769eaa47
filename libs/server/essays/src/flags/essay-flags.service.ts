import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { estimatedSimilarity, lshBands, minhashSignature } from '../similarity/minhash';
import { Candidate, EssayFlagsRepository } from './essay-flags.repository';

export interface FlagResult {
  essayId: string;
  checked: boolean;
  tooShort?: boolean;
  similarEssayId?: string | null;
  similarity?: number | null;
}

/** Similarity as stored (numeric(4,3)), rounded down so a stored value never claims more than measured. */
const stored = (s: number) => Math.floor(s * 1000) / 1000;

/**
 * Perfunctory-essay flags (sơ sài, đối phó; seed 000 I), computed by the worker:
 * - too short: word_count < campaign.essay_min_words;
 * - near-duplicate: the MinHash estimate of the Jaccard similarity of 3-word shingles with another
 *   essay of the same campaign (LSH candidates) ≥ campaign.essay_similarity_threshold.
 *   similar_essay_id points at the most similar EARLIER essay when there is one (the likely source),
 *   otherwise at the most similar later one: both essays of a copied pair are flagged.
 * Each check also re-evaluates the essays that match this one or pointed at it, so flags follow edits.
 * Idempotent: running it twice on the same text gives the same flags.
 */
@Injectable()
export class EssayFlagsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: EssayFlagsRepository,
  ) {}

  async detect(essayId: string): Promise<FlagResult> {
    return this.dataSource.transaction(async (manager) => {
      const essay = await this.repo.essay(manager, essayId);
      if (!essay) return { essayId, checked: false };
      await this.repo.lockCampaign(manager, essay.campaignId);
      const signature = minhashSignature(essay.body);
      await this.repo.storeSignature(manager, essay, signature, signature ? lshBands(signature) : []);
      const match = await this.rematch(manager, essayId);
      const others = new Set([...(match?.matches ?? []), ...(await this.repo.pointingAt(manager, essayId))]);
      others.delete(essayId);
      for (const other of others) await this.rematch(manager, other);
      return {
        essayId,
        checked: true,
        tooShort: essay.wordCount < essay.minWords,
        similarEssayId: match?.best?.id ?? null,
        similarity: match?.best ? stored(match.best.similarity) : null,
      };
    });
  }

  /** Sets the near-duplicate flag of one essay from its current candidates; returns the matches. */
  private async rematch(manager: EntityManager, essayId: string) {
    const own = await this.repo.signatureOf(manager, essayId);
    if (!own?.minhash) {
      await this.repo.setSimilar(manager, essayId, null, null);
      return undefined;
    }
    const scored = (await this.repo.candidates(manager, essayId))
      .map((c: Candidate) => ({ ...c, similarity: estimatedSimilarity(own.minhash as number[], c.minhash) }))
      .filter((c) => c.similarity >= own.threshold);
    const byPreference = (a: typeof scored[number], b: typeof scored[number]) =>
      Number(b.earlier) - Number(a.earlier) || b.similarity - a.similarity || a.submittedAt.getTime() - b.submittedAt.getTime();
    const best = [...scored].sort(byPreference)[0];
    await this.repo.setSimilar(manager, essayId, best?.id ?? null, best ? stored(best.similarity) : null);
    return { best, matches: scored.map((c) => c.id) };
  }
}
