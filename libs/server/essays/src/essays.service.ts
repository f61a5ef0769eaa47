import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import {
  AccessScope,
  AppException,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  FileStorage,
  Page,
  PageArgs,
  toCalendarDate,
  toPage,
} from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { CampaignScopeArgs, EssayFilterInput, EssayStatusArgs, GradeEssayInput } from './dtos/essay.dto';
import { toEssay } from './essay-view';
import { Essay, EssayDetail, EssayState, EssayStatus } from './essay.types';
import { EssayChange, EssayRow, EssaysRepository } from './essays.repository';
import { EssayFlagsQueue } from './flags/essay-flags.queue';
import { countWords } from './similarity/minhash';

/** A change of one's own essay: new text and/or a new attached file (already stored). */
export interface OwnEssayChange {
  body?: string;
  file?: EssayChange['file'];
}

/**
 * Essays (bài thu hoạch), domain.md §5 and seed 004 §6. Rules kept here:
 * - one essay per member per campaign (UNIQUE); submitting again edits it (an upsert). Sending the
 *   same text again changes nothing and is always accepted (a retried request);
 * - a first submission needs the member to be study-required by the campaign today
 *   (campaign_required_members): retired or unfit members may write voluntarily, members exempt
 *   from party activities and members outside the issuer's subtree may not;
 * - the campaign must be ISSUED (not draft or closed) and ask for essays;
 * - edits are allowed until the end of essay_due_on (Asia/Ho_Chi_Minh). A first submission after it
 *   is accepted and marked late (is_late); edits after it are refused (422 naming `body`/`file`);
 * - a graded essay can no longer be edited (422);
 * - the perfunctory-essay flags are computed by the worker (JOBS.detectEssayFlags), queued after the
 *   transaction commits, once per text version; never during the request;
 * - graders (essay.grade) see and grade essays whose organisation lies in their subtree.
 */
@Injectable()
export class EssaysService {
  private readonly logger = new Logger(EssaysService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: EssaysRepository,
    private readonly audit: AuditService,
    private readonly flags: EssayFlagsQueue,
    private readonly storage: FileStorage,
  ) {}

  private memberIdOf(scope: AccessScope): string {
    const id = scope.actor.memberId;
    if (!id) throw AppException.notFound('Your member record');
    return id;
  }

  // --- the author's side -------------------------------------------------------

  async myEssay(scope: AccessScope, campaignId: string): Promise<Essay | null> {
    const row = await this.repo.findOwn(campaignId, this.memberIdOf(scope));
    return row ? toEssay(row, true) : null;
  }

  /** The row of one's own essay (for file downloads), or 404. */
  async ownRow(scope: AccessScope, campaignId: string): Promise<EssayRow> {
    const row = await this.repo.findOwn(campaignId, this.memberIdOf(scope));
    if (!row) throw AppException.notFound('Essay');
    return row;
  }

  async myEssays(scope: AccessScope, args: PageArgs): Promise<Page<Essay>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined;
    const rows = await this.repo.listOwn(this.memberIdOf(scope), after, first + 1);
    const page = toPage(rows, first, (r) => [r.submittedAtKey, r.id]);
    return { ...page, nodes: page.nodes.map((r) => toEssay(r, true)) };
  }

  async submit(scope: AccessScope, campaignId: string, body: string): Promise<Essay> {
    return this.writeOwn(scope, campaignId, { body }, 'body');
  }

  /**
   * Creates or edits the caller's essay. `field` names the input refused when the essay
   * can no longer be changed. A stored file that does not end up in the essay is removed.
   */
  async writeOwn(scope: AccessScope, campaignId: string, change: OwnEssayChange, field: 'body' | 'file'): Promise<Essay> {
    const memberId = this.memberIdOf(scope);
    let outcome: { id: string; version: number; textChanged: boolean; replacedFileKey: string | null };
    try {
      outcome = await this.dataSource.transaction((manager) => this.upsert(manager, scope, campaignId, memberId, change, field));
    } catch (err) {
      if (change.file) await this.removeFile(change.file.key);
      throw err;
    }
    if (outcome.textChanged) await this.flags.request(outcome.id, outcome.version);
    if (outcome.replacedFileKey) await this.removeFile(outcome.replacedFileKey);
    return toEssay((await this.repo.findById(outcome.id)) as EssayRow, true);
  }

  private async upsert(manager: EntityManager, scope: AccessScope, campaignId: string, memberId: string, change: OwnEssayChange, field: string) {
    const campaign = await this.repo.campaign(campaignId, manager, true);
    if (!campaign) throw AppException.notFound('Campaign');
    if (campaign.status !== 'ISSUED') throw AppException.unprocessable('The campaign is not open for essays', 'campaignId');
    if (campaign.essayPolicy === 'NONE') throw AppException.unprocessable('This campaign asks for no essays', 'campaignId');
    // Two attempts: a concurrent first submission of the same member makes ours an edit.
    for (let attempt = 0; attempt < 2; attempt++) {
      const existing = await this.repo.findOwn(campaignId, memberId, manager, true);
      if (existing) {
        const body = change.body ?? existing.body;
        const textChanged = body !== existing.body;
        if (!textChanged && !change.file) return { id: existing.id, version: existing.version, textChanged, replacedFileKey: null };
        if (existing.grade !== null) {
          throw AppException.unprocessable('The essay has been graded and can no longer be edited', field);
        }
        if (campaign.pastDue) {
          throw AppException.unprocessable(`Essays could be edited until the end of ${campaign.essayDueOn}; this one can no longer be changed`, field);
        }
        await this.repo.update(manager, existing.id, { body, wordCount: countWords(body), file: change.file }, textChanged);
        await this.audit.record(manager, scope.actor, {
          action: 'essay.update',
          entityType: 'essay',
          entityId: existing.id,
          organisationId: existing.organisationId,
          before: { wordCount: existing.wordCount, version: existing.version, fileName: existing.fileName },
          after: { wordCount: countWords(body), textChanged, fileName: change.file?.name ?? existing.fileName },
        });
        return {
          id: existing.id,
          version: existing.version + (textChanged ? 1 : 0),
          textChanged,
          replacedFileKey: change.file ? existing.fileStorageKey : null,
        };
      }
      if (change.body === undefined) {
        throw AppException.unprocessable('The first submission needs the essay text (field body)', 'body');
      }
      const required = await this.repo.requiredMember(campaignId, memberId, toCalendarDate(), manager);
      if (!required?.studyRequired) {
        throw AppException.unprocessable('You are not among the members this campaign requires to study', 'campaignId');
      }
      const wordCount = countWords(change.body);
      const id = await this.repo.insert(manager, campaignId, memberId, required.organisationId, { body: change.body, wordCount, file: change.file });
      if (id) {
        await this.audit.record(manager, scope.actor, {
          action: 'essay.submit',
          entityType: 'essay',
          entityId: id,
          organisationId: required.organisationId,
          after: { campaignId, wordCount, fileName: change.file?.name ?? null },
        });
        return { id, version: 1, textChanged: true, replacedFileKey: null };
      }
    }
    throw AppException.conflict('The essay changed at the same time; retry', field);
  }

  private async removeFile(key: string): Promise<void> {
    await this.storage.remove(key).catch((err: Error) => this.logger.warn(`Could not remove stored file ${key}: ${err.message}`));
  }

  // --- the committee's side -------------------------------------------------------

  /** An essay of the scope, or 404 / 403. */
  async get(scope: AccessScope, id: string): Promise<EssayRow> {
    const row = await this.repo.findById(id);
    if (!row) throw AppException.notFound('Essay');
    scope.assertPath(row.organisationPath);
    return row;
  }

  async detail(scope: AccessScope, id: string): Promise<EssayDetail> {
    const row = await this.get(scope, id);
    const similar = row.similarEssayId ? await this.repo.findById(row.similarEssayId) : undefined;
    return {
      essay: toEssay(row, false),
      similarEssay:
        similar && scope.coversPath(similar.organisationPath)
          ? {
            id: similar.id,
            memberId: similar.memberId,
            authorName: similar.authorName,
            organisationId: similar.organisationId,
            body: similar.body,
            wordCount: similar.wordCount,
            submittedAt: similar.submittedAt,
            similarity: row.similarity ?? 0,
          }
          : null,
    };
  }

  async grade(scope: AccessScope, id: string, input: GradeEssayInput): Promise<Essay> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.repo.lockById(manager, id);
      if (!row) throw AppException.notFound('Essay');
      scope.assertPath(row.organisationPath);
      await this.repo.grade(manager, id, input.grade, input.comment ?? null, scope.actor.userId);
      await this.audit.record(manager, scope.actor, {
        action: 'essay.grade',
        entityType: 'essay',
        entityId: id,
        organisationId: row.organisationId,
        before: { grade: row.grade, comment: row.gradeComment },
        after: { grade: input.grade, comment: input.comment ?? null },
      });
    });
    return toEssay((await this.repo.findById(id)) as EssayRow, false);
  }

  /** The organisation subtree to look in (checked against the scope), or undefined for the whole scope. */
  private async within(scope: AccessScope, organisationId?: string): Promise<string | undefined> {
    if (!organisationId) return undefined;
    const path = await this.repo.organisationPath(organisationId);
    if (!path) throw AppException.notFound('Organisation');
    scope.assertPath(path);
    return path;
  }

  async gradingQueue(scope: AccessScope, args: CampaignScopeArgs, filter: EssayFilterInput = {}): Promise<Page<Essay>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined;
    if (!(await this.repo.campaign(args.campaignId))) throw AppException.notFound('Campaign');
    const withinPath = await this.within(scope, args.organisationId);
    const rows = await this.repo.gradingQueue({ scope, campaignId: args.campaignId, withinPath, ...filter, after, limit: first + 1 });
    const page = toPage(rows, first, (r) => [r.submittedAtKey, r.id]);
    return { ...page, nodes: page.nodes.map((r) => toEssay(r, false)) };
  }

  /**
   * Members the campaign requires (as of the essay due date, or today before it) and their
   * essay state. Exempt members appear as EXEMPT with the reason and basis, never as MISSING.
   */
  async statuses(scope: AccessScope, args: EssayStatusArgs): Promise<Page<EssayStatus>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined;
    const campaign = await this.repo.campaign(args.campaignId);
    if (!campaign) throw AppException.notFound('Campaign');
    const today = toCalendarDate();
    const onDate = campaign.essayDueOn && campaign.essayDueOn < today ? campaign.essayDueOn : today;
    const withinPath = await this.within(scope, args.organisationId);
    const rows = await this.repo.statuses({
      scope, campaignId: args.campaignId, onDate, withinPath, memberId: args.memberId, state: args.state, after, limit: first + 1,
    });
    return toPage(rows, first, (r) => [r.fullName, r.memberId]);
  }

  missing(scope: AccessScope, args: CampaignScopeArgs): Promise<Page<EssayStatus>> {
    return this.statuses(scope, { ...args, state: EssayState.MISSING });
  }
}
