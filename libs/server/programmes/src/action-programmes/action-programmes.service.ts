import { Injectable } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import {
  AccessScope,
  AppException,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  ErrorCode,
  FieldError,
  Page,
  toCalendarDate,
  toPage,
} from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { CampaignFactsRepository } from '../common/campaign-facts.repository';
import { ActionProgrammeStatus } from '../common/programme-enums';
import {
  ActionProgrammesArgs,
  CreateActionProgrammeInput,
  DiscussActionProgrammeInput,
  EvaluateActionProgrammeInput,
  IssueActionProgrammeInput,
  ItemProgressInput,
  MilestoneDoneInput,
  MissingActionProgrammesArgs,
  ProgrammeItemInput,
  UpdateActionProgrammeInput,
} from './action-programme.dto';
import { ActionProgramme, ActionProgrammeRecord, MissingActionProgramme } from './action-programme.types';
import { ActionProgrammesRepository, ItemRow } from './action-programmes.repository';

const { DRAFT, DISCUSSED, ISSUED, EVALUATED } = ActionProgrammeStatus;
const EDITABLE = new Set<string>([DRAFT, DISCUSSED]);

/**
 * Action programmes (chương trình hành động), domain.md §6. Rules kept here:
 * - one programme per committee per campaign, only where the campaign asks for one
 *   (programme_required, the committee's kind in programme_levels, the committee in the issuer's subtree);
 * - DRAFT → DISCUSSED (record and date of the democratic discussion) → ISSUED → EVALUATED;
 *   items change only in DRAFT and DISCUSSED; progress and milestones only once ISSUED;
 * - issuing is refused while the programme has no items or any item lacks an owner or a deadline,
 *   naming each such item (`items.<position>.owner`, `items.<position>.deadline`): 04-KL asks for
 *   programmes "rõ nội dung, rõ lộ trình, rõ trách nhiệm";
 * - owners lie in the committee's subtree (an organisation, or a member taking part there today);
 * - the caller's scope covers the committee.
 */
@Injectable()
export class ActionProgrammesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: ActionProgrammesRepository,
    private readonly campaigns: CampaignFactsRepository,
    private readonly audit: AuditService,
  ) {}

  async get(scope: AccessScope, id: string): Promise<ActionProgramme> {
    const programme = await this.record(scope, id);
    return (await this.hydrate([programme]))[0];
  }

  async list(scope: AccessScope, args: ActionProgrammesArgs): Promise<Page<ActionProgramme>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const within = args.withinId ? await this.orgPathInScope(scope, args.withinId) : undefined;
    const rows = await this.repo.list({
      scope,
      within,
      campaignId: args.campaignId,
      status: args.status,
      after: decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined,
      limit: first + 1,
    });
    const page = toPage(rows, first, (p) => [p.cursorPath, p.id]);
    return { ...page, nodes: await this.hydrate(page.nodes) };
  }

  /** Committees below `organisationId` that owe a programme and have none issued by the due date. */
  async missing(scope: AccessScope, args: MissingActionProgrammesArgs): Promise<Page<MissingActionProgramme>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const path = await this.orgPathInScope(scope, args.organisationId);
    const campaign = await this.campaigns.forRead(this.dataSource.manager, args.campaignId);
    if (!campaign.programmeRequired) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
    const after = decodeCursor(args.after, ['string']) as [string] | undefined;
    const rows = await this.repo.missing(campaign.id, path, toCalendarDate(), after?.[0], first + 1);
    const page = toPage(rows, first, (r) => [r.path]);
    return { ...page, nodes: page.nodes.map(({ path: _path, ...row }) => row) };
  }

  async create(scope: AccessScope, input: CreateActionProgrammeInput): Promise<ActionProgramme> {
    const id = await this.dataSource.transaction(async (manager) => {
      const campaign = await this.campaigns.forWrite(manager, input.campaignId);
      const committee = await this.repo.organisation(manager, input.organisationId);
      if (!committee) throw AppException.unprocessable('organisationId is not an existing organisation', 'organisationId');
      scope.assertPath(committee.path);
      if (!campaign.programmeRequired) {
        throw AppException.unprocessable('The campaign does not ask for action programmes', 'campaignId');
      }
      if (!committee.path.startsWith(campaign.issuerPath)) {
        throw AppException.unprocessable("The committee is outside the campaign issuer's subtree", 'organisationId');
      }
      if (!campaign.programmeLevels.includes(committee.kind)) {
        throw AppException.unprocessable(
          `The campaign asks for programmes from ${campaign.programmeLevels.join(', ')}, not from ${committee.kind}`,
          'organisationId',
        );
      }
      if (committee.dissolvedOn) throw AppException.unprocessable(`The committee was dissolved on ${committee.dissolvedOn}`, 'organisationId');
      const created = await this.repo.insertProgramme(manager, campaign.id, committee.id, input.title, scope.actor.userId);
      if (!created) throw AppException.conflict('The committee already has a programme for this campaign', 'organisationId');
      const items = input.items ?? [];
      const rows = await this.checkItems(manager, committee.path, items, (i) => `items.${i + 1}`);
      const ids = await this.repo.insertItems(manager, created, rows);
      await this.repo.replaceMilestones(manager, this.milestoneRows(ids, items), ids);
      await this.audit.record(manager, scope.actor, {
        action: 'actionProgramme.create', entityType: 'action_programme', entityId: created, organisationId: committee.id, after: input,
      });
      return created;
    });
    return this.get(scope, id);
  }

  async update(scope: AccessScope, id: string, input: UpdateActionProgrammeInput): Promise<ActionProgramme> {
    await this.dataSource.transaction(async (manager) => {
      const p = await this.editable(scope, id, manager);
      if (input.title === undefined) return;
      await this.repo.updateProgramme(manager, id, { title: input.title });
      await this.audit.record(manager, scope.actor, {
        action: 'actionProgramme.update', entityType: 'action_programme', entityId: id, organisationId: p.organisationId,
        before: { title: p.title }, after: input,
      });
    });
    return this.get(scope, id);
  }

  async addItem(scope: AccessScope, programmeId: string, input: ProgrammeItemInput): Promise<ActionProgramme> {
    await this.dataSource.transaction(async (manager) => {
      const p = await this.editable(scope, programmeId, manager);
      const rows = await this.checkItems(manager, p.organisationPath, [input], () => 'item');
      const ids = await this.repo.insertItems(manager, programmeId, rows);
      await this.repo.replaceMilestones(manager, this.milestoneRows(ids, [input]), ids);
      await this.repo.touch(manager, programmeId);
      await this.audit.record(manager, scope.actor, {
        action: 'actionProgramme.addItem', entityType: 'action_programme_item', entityId: ids[0], organisationId: p.organisationId, after: input,
      });
    });
    return this.get(scope, programmeId);
  }

  async updateItem(scope: AccessScope, programmeId: string | undefined, itemId: string, input: ProgrammeItemInput): Promise<ActionProgramme> {
    const item = await this.itemInScope(scope, programmeId, itemId);
    await this.dataSource.transaction(async (manager) => {
      const p = await this.editable(scope, item.programmeId, manager);
      const [row] = await this.checkItems(manager, p.organisationPath, [input], () => 'item');
      await this.repo.updateItem(manager, itemId, row);
      if (input.milestones) await this.repo.replaceMilestones(manager, this.milestoneRows([itemId], [input]), [itemId]);
      await this.repo.touch(manager, item.programmeId);
      await this.audit.record(manager, scope.actor, {
        action: 'actionProgramme.updateItem', entityType: 'action_programme_item', entityId: itemId, organisationId: p.organisationId,
        before: { title: item.title, ownerOrganisationId: item.ownerOrganisationId, ownerMemberId: item.ownerMemberId, deadline: item.deadline },
        after: input,
      });
    });
    return this.get(scope, item.programmeId);
  }

  async removeItem(scope: AccessScope, programmeId: string | undefined, itemId: string): Promise<ActionProgramme> {
    const item = await this.itemInScope(scope, programmeId, itemId);
    await this.dataSource.transaction(async (manager) => {
      const p = await this.editable(scope, item.programmeId, manager);
      const fresh = await this.repo.findItem(itemId, manager);
      if (!fresh) throw AppException.notFound('Programme item');
      await this.repo.deleteItem(manager, item.programmeId, itemId, fresh.position);
      await this.repo.touch(manager, item.programmeId);
      await this.audit.record(manager, scope.actor, {
        action: 'actionProgramme.removeItem', entityType: 'action_programme_item', entityId: itemId, organisationId: p.organisationId,
        before: { position: fresh.position, title: fresh.title },
      });
    });
    return this.get(scope, item.programmeId);
  }

  /** Records the democratic discussion (thảo luận dân chủ): DRAFT → DISCUSSED; again while DISCUSSED to correct it. */
  async discuss(scope: AccessScope, id: string, input: DiscussActionProgrammeInput): Promise<ActionProgramme> {
    if (input.discussedOn > toCalendarDate()) throw AppException.unprocessable('discussedOn cannot be in the future', 'discussedOn');
    await this.dataSource.transaction(async (manager) => {
      const p = await this.editable(scope, id, manager);
      await this.repo.updateProgramme(manager, id, { status: DISCUSSED, discussionRecord: input.record, discussedOn: input.discussedOn });
      await this.audit.record(manager, scope.actor, {
        action: 'actionProgramme.discuss', entityType: 'action_programme', entityId: id, organisationId: p.organisationId,
        before: { status: p.status }, after: input,
      });
    });
    return this.get(scope, id);
  }

  /** Issue (ban hành): DISCUSSED → ISSUED, only when every item has an owner and a deadline. */
  async issue(scope: AccessScope, id: string, input: IssueActionProgrammeInput): Promise<ActionProgramme> {
    if (input.issuedOn > toCalendarDate()) throw AppException.unprocessable('issuedOn cannot be in the future', 'issuedOn');
    await this.dataSource.transaction(async (manager) => {
      const p = await this.locked(scope, id, manager);
      if (p.status === DRAFT) {
        throw AppException.unprocessable('The programme must be discussed democratically before it is issued (thảo luận dân chủ trước khi ban hành)', 'status');
      }
      if (p.status !== DISCUSSED) throw AppException.unprocessable(`The programme is already ${p.status}`, 'status');
      if (p.discussedOn && input.issuedOn < p.discussedOn) {
        throw AppException.unprocessable(`issuedOn cannot be before the discussion on ${p.discussedOn}`, 'issuedOn');
      }
      const items = await this.repo.itemsOf([id], manager);
      if (items.length === 0) throw AppException.unprocessable('A programme without items cannot be issued', 'items');
      const defects: FieldError[] = [];
      const lines: string[] = [];
      for (const item of items) {
        const missing: string[] = [];
        if (!item.ownerOrganisationId && !item.ownerMemberId) {
          defects.push({ field: `items.${item.position}.owner`, messages: [`Mục ${item.position} «${item.title}» chưa phân công tổ chức, cá nhân đảm nhiệm`] });
          missing.push('chưa phân công người/tổ chức phụ trách');
        }
        if (!item.deadline) {
          defects.push({ field: `items.${item.position}.deadline`, messages: [`Mục ${item.position} «${item.title}» chưa có thời hạn hoàn thành`] });
          missing.push('chưa có thời hạn');
        }
        if (missing.length) lines.push(`mục ${item.position} «${item.title}»: ${missing.join(', ')}`);
      }
      if (defects.length) {
        throw new AppException(
          ErrorCode.UNPROCESSABLE,
          `Chương trình chưa cụ thể, chưa thể ban hành — ${lines.join('; ')}`,
          defects,
        );
      }
      await this.repo.updateProgramme(manager, id, { status: ISSUED, issuedOn: input.issuedOn, documentNumber: input.documentNumber ?? null });
      await this.audit.record(manager, scope.actor, {
        action: 'actionProgramme.issue', entityType: 'action_programme', entityId: id, organisationId: p.organisationId,
        before: { status: p.status }, after: input,
      });
    });
    return this.get(scope, id);
  }

  async reportProgress(scope: AccessScope, programmeId: string | undefined, itemId: string, input: ItemProgressInput): Promise<ActionProgramme> {
    const item = await this.itemInScope(scope, programmeId, itemId);
    await this.dataSource.transaction(async (manager) => {
      const p = await this.issued(scope, item.programmeId, manager);
      if (input.reportedOn > toCalendarDate()) throw AppException.unprocessable('reportedOn cannot be in the future', 'reportedOn');
      if (p.issuedOn && input.reportedOn < p.issuedOn) {
        throw AppException.unprocessable(`reportedOn cannot be before the issue on ${p.issuedOn}`, 'reportedOn');
      }
      await this.repo.recordProgress(manager, itemId, { status: input.status, evidence: input.evidence ?? null, reportedOn: input.reportedOn }, scope.actor.userId);
      await this.repo.touch(manager, item.programmeId);
      await this.audit.record(manager, scope.actor, {
        action: 'actionProgramme.progress', entityType: 'action_programme_item', entityId: itemId, organisationId: p.organisationId,
        before: { status: item.status }, after: input,
      });
    });
    return this.get(scope, item.programmeId);
  }

  async setMilestoneDone(scope: AccessScope, programmeId: string | undefined, milestoneId: string, input: MilestoneDoneInput): Promise<ActionProgramme> {
    const ref = await this.repo.programmeOfMilestone(milestoneId);
    if (!ref || (programmeId && ref.programmeId !== programmeId)) throw AppException.notFound('Milestone');
    const doneOn = input.doneOn ?? null;
    await this.dataSource.transaction(async (manager) => {
      const p = await this.issued(scope, ref.programmeId, manager);
      if (doneOn && doneOn > toCalendarDate()) throw AppException.unprocessable('doneOn cannot be in the future', 'doneOn');
      if (doneOn && p.issuedOn && doneOn < p.issuedOn) throw AppException.unprocessable(`doneOn cannot be before the issue on ${p.issuedOn}`, 'doneOn');
      await this.repo.setMilestoneDone(manager, milestoneId, doneOn);
      await this.repo.touch(manager, ref.programmeId);
      await this.audit.record(manager, scope.actor, {
        action: 'actionProgramme.milestone', entityType: 'action_programme_milestone', entityId: milestoneId, organisationId: p.organisationId,
        after: { doneOn },
      });
    });
    return this.get(scope, ref.programmeId);
  }

  /** Evaluation (đánh giá): ISSUED → EVALUATED. */
  async evaluate(scope: AccessScope, id: string, input: EvaluateActionProgrammeInput): Promise<ActionProgramme> {
    await this.dataSource.transaction(async (manager) => {
      const p = await this.issued(scope, id, manager);
      if (input.evaluatedOn > toCalendarDate()) throw AppException.unprocessable('evaluatedOn cannot be in the future', 'evaluatedOn');
      if (p.issuedOn && input.evaluatedOn < p.issuedOn) {
        throw AppException.unprocessable(`evaluatedOn cannot be before the issue on ${p.issuedOn}`, 'evaluatedOn');
      }
      await this.repo.updateProgramme(manager, id, {
        status: EVALUATED, evaluation: input.evaluation, evaluationResult: input.result, evaluatedOn: input.evaluatedOn,
      });
      await this.audit.record(manager, scope.actor, {
        action: 'actionProgramme.evaluate', entityType: 'action_programme', entityId: id, organisationId: p.organisationId,
        before: { status: p.status }, after: input,
      });
    });
    return this.get(scope, id);
  }

  // --- helpers -----------------------------------------------------------------------

  private async record(scope: AccessScope, id: string, manager?: EntityManager, lock = false): Promise<ActionProgrammeRecord> {
    const p = await this.repo.findById(id, manager, lock);
    if (!p) throw AppException.notFound('Action programme');
    scope.assertPath(p.organisationPath);
    return p;
  }

  private locked(scope: AccessScope, id: string, manager: EntityManager) {
    return this.record(scope, id, manager, true);
  }

  private async editable(scope: AccessScope, id: string, manager: EntityManager) {
    const p = await this.locked(scope, id, manager);
    if (!EDITABLE.has(p.status)) {
      throw AppException.unprocessable(`The programme is ${p.status}: it can no longer be edited`, 'status');
    }
    return p;
  }

  private async issued(scope: AccessScope, id: string, manager: EntityManager) {
    const p = await this.locked(scope, id, manager);
    if (p.status !== ISSUED) {
      throw AppException.unprocessable(
        p.status === EVALUATED ? 'The programme has been evaluated: it is closed' : 'Progress and evaluation come after the programme is issued',
        'status',
      );
    }
    return p;
  }

  private async itemInScope(scope: AccessScope, programmeId: string | undefined, itemId: string) {
    const item = await this.repo.findItem(itemId);
    if (!item || (programmeId && item.programmeId !== programmeId)) throw AppException.notFound('Programme item');
    scope.assertPath(item.organisationPath);
    return item;
  }

  private async orgPathInScope(scope: AccessScope, id: string): Promise<string> {
    const org = await this.repo.organisation(this.dataSource.manager, id);
    if (!org) throw AppException.notFound('Organisation');
    scope.assertPath(org.path);
    return org.path;
  }

  /** Checks owners (in the committee's subtree) and milestones; returns rows to write. Fields named by `prefix(index)`. */
  private async checkItems(
    manager: EntityManager,
    committeePath: string,
    items: ProgrammeItemInput[],
    prefix: (index: number) => string,
  ): Promise<ItemRow[]> {
    const errors: FieldError[] = [];
    const orgIds = [...new Set(items.map((i) => i.ownerOrganisationId).filter((v): v is string => !!v))];
    const memberIds = [...new Set(items.map((i) => i.ownerMemberId).filter((v): v is string => !!v))];
    const orgs = await this.repo.orgsInSubtree(manager, orgIds, committeePath);
    const members = await this.repo.membersInSubtree(manager, memberIds, committeePath, toCalendarDate());
    items.forEach((item, i) => {
      const p = prefix(i);
      if (item.ownerOrganisationId && item.ownerMemberId) {
        errors.push({ field: `${p}.ownerMemberId`, messages: ['Give either a responsible organisation or a person, not both'] });
      }
      if (item.ownerOrganisationId && !orgs.has(item.ownerOrganisationId)) {
        errors.push({ field: `${p}.ownerOrganisationId`, messages: ["The organisation is not an active organisation in the committee's subtree"] });
      }
      if (item.ownerMemberId && !members.has(item.ownerMemberId)) {
        errors.push({ field: `${p}.ownerMemberId`, messages: ["The person is not a member taking part in the committee's subtree"] });
      }
    });
    if (errors.length) {
      throw new AppException(ErrorCode.UNPROCESSABLE, `Invalid items: ${errors.map((e) => `${e.field}: ${e.messages[0]}`).join('; ')}`, errors);
    }
    return items.map((i) => ({
      title: i.title,
      target: i.target ?? null,
      solutions: i.solutions ?? null,
      ownerOrganisationId: i.ownerOrganisationId ?? null,
      ownerMemberId: i.ownerMemberId ?? null,
      deadline: i.deadline ?? null,
    }));
  }

  private milestoneRows(itemIds: string[], items: ProgrammeItemInput[]) {
    return items.flatMap((item, i) => (item.milestones ?? []).map((m) => ({ itemId: itemIds[i], dueOn: m.dueOn, description: m.description })));
  }

  /** Items, milestones and progress of many programmes: three queries, whatever the page size. */
  private async hydrate(programmes: ActionProgrammeRecord[]): Promise<ActionProgramme[]> {
    if (programmes.length === 0) return [];
    const ids = programmes.map((p) => p.id);
    const [items, milestones, progress] = await Promise.all([this.repo.itemsOf(ids), this.repo.milestonesOf(ids), this.repo.progressOf(ids)]);
    const byItem = <T extends { itemId: string }>(rows: T[]) => {
      const map = new Map<string, T[]>();
      for (const r of rows) map.set(r.itemId, [...(map.get(r.itemId) ?? []), r]);
      return map;
    };
    const ms = byItem(milestones);
    const pr = byItem(progress);
    return programmes.map(({ organisationPath: _path, cursorPath: _cursor, ...p }: ActionProgrammeRecord & { cursorPath?: string }) => ({
      ...p,
      items: items
        .filter((i) => i.programmeId === p.id)
        .map((i) => ({ ...i, milestones: ms.get(i.id) ?? [], progress: (pr.get(i.id) ?? []).map(({ itemId: _i, ...r }) => r) })),
    }));
  }
}
