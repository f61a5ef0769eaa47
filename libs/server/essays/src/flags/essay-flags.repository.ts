import { Injectable } from '@nestjs/common';
import { sql } from '@qt/server-core';
import { EntityManager } from 'typeorm';

export interface EssayToCheck {
  id: string;
  campaignId: string;
  body: string;
  wordCount: number;
  version: number;
  minWords: number;
  threshold: number;
}

export interface Candidate {
  id: string;
  minhash: number[];
  /** Submitted before the essay being matched. */
  earlier: boolean;
  submittedAt: Date;
}

/** SQL of the perfunctory-essay checks: signatures, LSH bands, candidates, flags. */
@Injectable()
export class EssayFlagsRepository {
  async essay(manager: EntityManager, id: string): Promise<EssayToCheck | undefined> {
    const [row] = await sql<EssayToCheck>(
      manager,
      `SELECT e.id, e.campaign_id AS "campaignId", e.body, e.word_count AS "wordCount", e.version,
              c.essay_min_words AS "minWords", c.essay_similarity_threshold::float8 AS threshold
         FROM essays e JOIN campaigns c ON c.id = e.campaign_id WHERE e.id = $1`,
      [id],
    );
    return row;
  }

  /** Checks of one campaign run one at a time, so two copies checked together still find each other. */
  async lockCampaign(manager: EntityManager, campaignId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('essay-flags:' || $1::text, 0))`, [campaignId]);
  }

  async storeSignature(manager: EntityManager, e: EssayToCheck, signature: number[] | null, bands: number[]): Promise<void> {
    await manager.query(`DELETE FROM essay_lsh_bands WHERE essay_id = $1`, [e.id]);
    if (bands.length > 0) {
      await manager.query(
        `INSERT INTO essay_lsh_bands (campaign_id, band, band_hash, essay_id)
         SELECT $1, b.ord - 1, b.h, $2 FROM unnest($3::int[]) WITH ORDINALITY AS b(h, ord)`,
        [e.campaignId, e.id, bands],
      );
    }
    await manager.query(
      `UPDATE essays SET minhash = $2, flag_too_short = word_count < $3, flags_checked_at = now() WHERE id = $1`,
      [e.id, signature, e.minWords],
    );
  }

  /** Essays of the same campaign sharing at least one LSH band with this one. */
  async candidates(manager: EntityManager, essayId: string): Promise<Candidate[]> {
    return sql<Candidate>(
      manager,
      `SELECT e2.id, e2.minhash, (e2.submitted_at, e2.id) < (e1.submitted_at, e1.id) AS earlier, e2.submitted_at AS "submittedAt"
         FROM essays e1
         JOIN essay_lsh_bands b1 ON b1.essay_id = e1.id
         JOIN essay_lsh_bands b2 ON b2.campaign_id = b1.campaign_id AND b2.band = b1.band AND b2.band_hash = b1.band_hash
                                AND b2.essay_id <> b1.essay_id
         JOIN essays e2 ON e2.id = b2.essay_id
        WHERE e1.id = $1 AND e2.minhash IS NOT NULL
        GROUP BY e2.id, e1.submitted_at, e1.id`,
      [essayId],
    );
  }

  async signatureOf(manager: EntityManager, essayId: string): Promise<{ minhash: number[] | null; threshold: number } | undefined> {
    const [row] = await sql<{ minhash: number[] | null; threshold: number }>(
      manager,
      `SELECT e.minhash, c.essay_similarity_threshold::float8 AS threshold
         FROM essays e JOIN campaigns c ON c.id = e.campaign_id WHERE e.id = $1`,
      [essayId],
    );
    return row;
  }

  /** Essays whose near-duplicate flag points at this one. */
  async pointingAt(manager: EntityManager, essayId: string): Promise<string[]> {
    const rows = await sql<{ id: string }>(manager, `SELECT id FROM essays WHERE similar_essay_id = $1`, [essayId]);
    return rows.map((r) => r.id);
  }

  async setSimilar(manager: EntityManager, essayId: string, similarId: string | null, similarity: number | null): Promise<void> {
    await manager.query(
      `UPDATE essays SET similar_essay_id = $2, similarity = $3
        WHERE id = $1 AND (similar_essay_id IS DISTINCT FROM $2 OR similarity IS DISTINCT FROM $3::numeric)`,
      [essayId, similarId, similarity],
    );
  }
}
