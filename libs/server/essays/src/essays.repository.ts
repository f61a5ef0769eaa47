import { Injectable } from '@nestjs/common';
import { AccessScope, sql, subtreePredicate } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { EssayState } from './essay.types';

/** An essay row as the service needs it (with the organisation path for scope checks). */
export interface EssayRow {
  id: string;
  campaignId: string;
  campaignCode: string;
  campaignTitle: string;
  essayDueOn: string;
  memberId: string;
  authorName: string;
  organisationId: string;
  organisationPath: string;
  body: string;
  wordCount: number;
  fileStorageKey: string | null;
  fileName: string | null;
  fileContentType: string | null;
  fileSizeBytes: number | null;
  submittedAt: Date;
  /** submitted_at with full precision, for keyset cursors. */
  submittedAtKey: string;
  updatedAt: Date;
  isLate: boolean;
  version: number;
  grade: number | null;
  gradeComment: string | null;
  gradedAt: Date | null;
  flagTooShort: boolean | null;
  similarEssayId: string | null;
  similarity: number | null;
  flagsCheckedAt: Date | null;
}

const ESSAY_COLUMNS = `e.id, e.campaign_id AS "campaignId", c.code AS "campaignCode", c.title AS "campaignTitle",
  c.essay_due_on AS "essayDueOn", e.member_id AS "memberId", m.full_name AS "authorName",
  e.organisation_id AS "organisationId", o.path AS "organisationPath", e.body, e.word_count AS "wordCount",
  e.file_storage_key AS "fileStorageKey", e.file_name AS "fileName", e.file_content_type AS "fileContentType",
  e.file_size_bytes::float8 AS "fileSizeBytes", e.submitted_at AS "submittedAt", e.submitted_at::text AS "submittedAtKey",
  e.updated_at AS "updatedAt", e.is_late AS "isLate", e.version, e.grade, e.grade_comment AS "gradeComment",
  e.graded_at AS "gradedAt", e.flag_too_short AS "flagTooShort", e.similar_essay_id AS "similarEssayId",
  e.similarity::float8 AS similarity, e.flags_checked_at AS "flagsCheckedAt"`;

const ESSAY_FROM = `essays e JOIN campaigns c ON c.id = e.campaign_id JOIN members m ON m.id = e.member_id
  JOIN organisations o ON o.id = e.organisation_id`;

/** A campaign as the essay rules need it. */
export interface CampaignForEssays {
  id: string;
  status: string;
  essayPolicy: string;
  essayDueOn: string | null;
  /** now() is past the end of essay_due_on in Asia/Ho_Chi_Minh. */
  pastDue: boolean;
}

/** What campaign_required_members() says about one member today. */
export interface RequiredMember {
  organisationId: string;
  studyRequired: boolean;
  essayRequired: boolean;
}

export interface EssayChange {
  body: string;
  wordCount: number;
  file?: { key: string; name: string; contentType: string; sizeBytes: number };
}

export interface GradingFilter {
  scope: AccessScope;
  campaignId: string;
  withinPath?: string;
  flagged?: boolean;
  tooShort?: boolean;
  nearDuplicate?: boolean;
  graded?: boolean;
  after?: [string, string];
  limit: number;
}

export interface StatusFilter {
  scope: AccessScope;
  campaignId: string;
  onDate: string;
  withinPath?: string;
  memberId?: string;
  state?: EssayState;
  after?: [string, string];
  limit: number;
}

export interface EssayStatusRow {
  memberId: string;
  fullName: string;
  cardNumber: string;
  organisationId: string;
  organisationName: string;
  essayRequired: boolean;
  state: EssayState;
  exemptionReason: string | null;
  exemptionBasis: string | null;
  essayId: string | null;
  submittedAt: Date | null;
  isLate: boolean | null;
  grade: number | null;
}

/** The only place that queries essays (and reads campaigns and required members for them). */
@Injectable()
export class EssaysRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  /** The campaign, share-locked inside a transaction so its deadline cannot move under a submission. */
  async campaign(id: string, manager?: EntityManager, lock = false): Promise<CampaignForEssays | undefined> {
    const [row] = await sql<CampaignForEssays>(
      this.m(manager),
      `SELECT id, status, essay_policy AS "essayPolicy", essay_due_on AS "essayDueOn",
              COALESCE(now() >= ((essay_due_on + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'), false) AS "pastDue"
         FROM campaigns WHERE id = $1 ${lock ? 'FOR SHARE' : ''}`,
      [id],
    );
    return row;
  }

  async requiredMember(campaignId: string, memberId: string, onDate: string, manager?: EntityManager): Promise<RequiredMember | undefined> {
    const [row] = await sql<RequiredMember>(
      this.m(manager),
      `SELECT organisation_id AS "organisationId", study_required AS "studyRequired", essay_required AS "essayRequired"
         FROM campaign_required_members($1, $2::date, NULL, $3::uuid)`,
      [campaignId, onDate, memberId],
    );
    return row;
  }

  async organisationPath(id: string): Promise<string | undefined> {
    const [row] = await sql<{ path: string }>(this.m(), `SELECT path FROM organisations WHERE id = $1`, [id]);
    return row?.path;
  }

  async findById(id: string, manager?: EntityManager): Promise<EssayRow | undefined> {
    const [row] = await sql<EssayRow>(this.m(manager), `SELECT ${ESSAY_COLUMNS} FROM ${ESSAY_FROM} WHERE e.id = $1`, [id]);
    return row;
  }

  async findOwn(campaignId: string, memberId: string, manager?: EntityManager, lock = false): Promise<EssayRow | undefined> {
    if (lock) {
      await this.m(manager).query(`SELECT 1 FROM essays WHERE campaign_id = $1 AND member_id = $2 FOR UPDATE`, [campaignId, memberId]);
    }
    const [row] = await sql<EssayRow>(
      this.m(manager),
      `SELECT ${ESSAY_COLUMNS} FROM ${ESSAY_FROM} WHERE e.campaign_id = $1 AND e.member_id = $2`,
      [campaignId, memberId],
    );
    return row;
  }

  async lockById(manager: EntityManager, id: string): Promise<EssayRow | undefined> {
    await manager.query(`SELECT 1 FROM essays WHERE id = $1 FOR UPDATE`, [id]);
    return this.findById(id, manager);
  }

  /** Own essays, newest first. */
  async listOwn(memberId: string, after: [string, string] | undefined, limit: number): Promise<EssayRow[]> {
    const params: unknown[] = [memberId];
    const cursor = after ? `AND (e.submitted_at, e.id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)` : '';
    return sql<EssayRow>(
      this.m(),
      `SELECT ${ESSAY_COLUMNS} FROM ${ESSAY_FROM} WHERE e.member_id = $1 ${cursor}
        ORDER BY e.submitted_at DESC, e.id DESC LIMIT ${limit}`,
      params,
    );
  }

  /**
   * A first submission; `is_late` when now() is past the end of the due day. Returns
   * undefined when a concurrent request inserted the member's essay first.
   */
  async insert(manager: EntityManager, campaignId: string, memberId: string, organisationId: string, change: EssayChange): Promise<string | undefined> {
    const [row] = await manager.query(
      `INSERT INTO essays (campaign_id, member_id, organisation_id, body, word_count, is_late,
                           file_storage_key, file_name, file_content_type, file_size_bytes)
       SELECT $1, $2, $3, $4, $5, now() >= ((c.essay_due_on + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'),
              $6, $7, $8, $9
         FROM campaigns c WHERE c.id = $1
       ON CONFLICT (campaign_id, member_id) DO NOTHING
       RETURNING id`,
      [campaignId, memberId, organisationId, change.body, change.wordCount, change.file?.key ?? null, change.file?.name ?? null,
        change.file?.contentType ?? null, change.file?.sizeBytes ?? null],
    );
    return row?.id as string | undefined;
  }

  /** A new text (a new version: the flags are cleared until the worker checks it again), and/or a new file. */
  async update(manager: EntityManager, id: string, change: EssayChange, textChanged: boolean): Promise<void> {
    const sets = ['updated_at = now()'];
    const params: unknown[] = [id];
    if (textChanged) {
      sets.push(
        `body = $${params.push(change.body)}`,
        `word_count = $${params.push(change.wordCount)}`,
        'version = version + 1',
        'flag_too_short = NULL',
        'similar_essay_id = NULL',
        'similarity = NULL',
        'minhash = NULL',
        'flags_checked_at = NULL',
      );
    }
    if (change.file) {
      sets.push(
        `file_storage_key = $${params.push(change.file.key)}`,
        `file_name = $${params.push(change.file.name)}`,
        `file_content_type = $${params.push(change.file.contentType)}`,
        `file_size_bytes = $${params.push(change.file.sizeBytes)}`,
      );
    }
    await manager.query(`UPDATE essays SET ${sets.join(', ')} WHERE id = $1`, params);
    if (textChanged) await manager.query(`DELETE FROM essay_lsh_bands WHERE essay_id = $1`, [id]);
  }

  async grade(manager: EntityManager, id: string, grade: number, comment: string | null, userId: string): Promise<void> {
    await manager.query(
      `UPDATE essays SET grade = $2, grade_comment = $3, graded_by = $4, graded_at = now() WHERE id = $1`,
      [id, grade, comment, userId],
    );
  }

  /** The grading queue: essays of a campaign in the scope, oldest submission first. */
  async gradingQueue(f: GradingFilter): Promise<EssayRow[]> {
    const params: unknown[] = [f.campaignId];
    const where = ['e.campaign_id = $1', f.scope.pathPredicate('o.path', params)];
    if (f.withinPath) where.push(subtreePredicate('o.path', `$${params.push(f.withinPath)}::text`));
    const tooShort = 'COALESCE(e.flag_too_short, false)';
    const nearDuplicate = '(e.similar_essay_id IS NOT NULL)';
    if (f.flagged !== undefined) where.push(`(${tooShort} OR ${nearDuplicate}) = $${params.push(f.flagged)}`);
    if (f.tooShort !== undefined) where.push(`${tooShort} = $${params.push(f.tooShort)}`);
    if (f.nearDuplicate !== undefined) where.push(`${nearDuplicate} = $${params.push(f.nearDuplicate)}`);
    if (f.graded !== undefined) where.push(`(e.grade IS NOT NULL) = $${params.push(f.graded)}`);
    if (f.after) where.push(`(e.submitted_at, e.id) > ($${params.push(f.after[0])}::timestamptz, $${params.push(f.after[1])}::uuid)`);
    return sql<EssayRow>(
      this.m(),
      `SELECT ${ESSAY_COLUMNS} FROM ${ESSAY_FROM} WHERE ${where.join(' AND ')} ORDER BY e.submitted_at, e.id LIMIT ${f.limit}`,
      params,
    );
  }

  /**
   * Where each member the campaign requires (campaign_required_members on `onDate`) stands
   * with their essay, in the scope, by name.
   */
  async statuses(f: StatusFilter): Promise<EssayStatusRow[]> {
    // The function reads only the asked subtree or member (p_within, p_member); the predicates still apply.
    const params: unknown[] = [f.campaignId, f.onDate, f.withinPath ?? null, f.memberId ?? null];
    const where = [f.scope.pathPredicate('r.organisation_path', params)];
    if (f.withinPath) where.push(subtreePredicate('r.organisation_path', `$${params.push(f.withinPath)}::text`));
    if (f.memberId) where.push(`r.member_id = $${params.push(f.memberId)}::uuid`);
    if (f.state) where.push(`s.state = $${params.push(f.state)}`);
    if (f.after) where.push(`(m.full_name, m.id) > ($${params.push(f.after[0])}, $${params.push(f.after[1])}::uuid)`);
    return sql<EssayStatusRow>(
      this.m(),
      `SELECT r.member_id AS "memberId", m.full_name AS "fullName", m.card_number AS "cardNumber",
              r.organisation_id AS "organisationId", o.name AS "organisationName", r.essay_required AS "essayRequired",
              s.state, r.exemption_reason AS "exemptionReason", r.exemption_basis AS "exemptionBasis",
              e.id AS "essayId", e.submitted_at AS "submittedAt", e.is_late AS "isLate", e.grade
         FROM campaign_required_members($1, $2::date, $3::text, $4::uuid) r
         JOIN members m ON m.id = r.member_id
         JOIN organisations o ON o.id = r.organisation_id
         LEFT JOIN essays e ON e.campaign_id = $1 AND e.member_id = r.member_id
         CROSS JOIN LATERAL (SELECT CASE WHEN e.id IS NOT NULL THEN CASE WHEN r.essay_required THEN 'SUBMITTED' ELSE 'VOLUNTARY' END
                                         WHEN r.essay_required THEN 'MISSING' ELSE 'EXEMPT' END AS state) s
        WHERE ${where.join(' AND ')}
        ORDER BY m.full_name, m.id LIMIT ${f.limit}`,
      params,
    );
  }
}
