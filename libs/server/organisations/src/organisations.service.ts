import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import {
  AccessScope,
  AppException,
  decodeCursor,
  lockTree,
  DEFAULT_PAGE_SIZE,
  Page,
  syncQuery,
  toCalendarDate,
  toPage,
  toSyncPage,
} from '@qt/server-core';
import { OrganisationKind } from '@qt/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import {
  AssignOfficeInput,
  CreateOrganisationInput,
  OrganisationsArgs,
  UpdateOrganisationInput,
} from './dtos/organisation.dto';
import { CommitteeOfficeHolding, Organisation } from './organisation.types';
import { OrganisationsRepository } from './organisations.repository';

export const publicView = (o: Organisation): Omit<Organisation, "path"> => {
  const { path: _path, ...rest } = o;
  return rest;
};

/**
 * The organisation tree (domain.md §1). Invariants kept here:
 * - exactly the root has no parent and kind BLOC; BLOC appears nowhere else;
 * - a CELL (chi bộ) has no sub-organisations;
 * - no cycles: a node never moves under itself or its descendants;
 * - a dissolved organisation has no active children and no members, and
 *   nothing new is created or moved under it.
 */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: OrganisationsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Loads an organisation the scope covers, or 404 / 403. */
  async get(scope: AccessScope, id: string, manager?: EntityManager, lock?: 'FOR UPDATE' | 'FOR SHARE'): Promise<Organisation> {
    const org = await this.repo.findById(id, manager, lock);
    if (!org) throw AppException.notFound('Organisation');
    scope.assertPath(org.path);
    return org;
  }

  /** The organisations at the top of the caller's scope (where their roles are held). */
  roots(scope: AccessScope): Promise<Organisation[]> {
    return this.repo.findByPaths(scope.paths);
  }

  async list(scope: AccessScope, args: OrganisationsArgs): Promise<Page<Organisation>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    let within: string | undefined;
    if (args.withinId) within = (await this.get(scope, args.withinId)).path;
    if (args.parentId) await this.get(scope, args.parentId);
    const sync = syncQuery(args);
    const rows = await this.repo.list({
      scope,
      within,
      parentId: args.parentId,
      kind: args.kind,
      search: args.search,
      includeDissolved: args.includeDissolved,
      after: sync ? undefined : (decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined),
      sync,
      limit: first + 1,
    });
    return sync ? toSyncPage(rows, first, (o) => o.id) : toPage(rows, first, (o) => [o.name, o.id]);
  }

  async create(scope: AccessScope, input: CreateOrganisationInput): Promise<Organisation> {
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      await lockTree(manager, 'shared');
      const parent = await this.get(scope, input.parentId, manager, 'FOR SHARE');
      await this.createUnder(manager, scope, parent, id, input, 'parentId');
    });
    return (await this.repo.findById(id)) as Organisation;
  }

  /**
   * Creates `id` under a parent the caller has loaded in scope, with its audit
   * record, inside the caller's transaction (which holds the tree lock).
   */
  async createUnder(
    manager: EntityManager,
    scope: AccessScope,
    parent: Organisation,
    id: string,
    input: Omit<CreateOrganisationInput, 'parentId'>,
    parentField: string,
  ): Promise<void> {
    this.assertCanHoldChild(parent, input.kind, parentField);
    if (input.termStart && input.termEnd && input.termEnd <= input.termStart) {
      throw AppException.badInput('termEnd must be after termStart', 'termEnd');
    }
    await this.repo.insert(manager, {
      id,
      code: input.code,
      name: input.name,
      kind: input.kind,
      parentId: parent.id,
      path: `${parent.path}${id}/`,
      depth: parent.depth + 1,
      agency: input.agency,
      termStart: input.termStart,
      termEnd: input.termEnd,
      activeFrom: input.activeFrom,
    });
    await this.audit.record(manager, scope.actor, {
      action: 'organisation.create', entityType: 'organisation', entityId: id, organisationId: id,
      after: { ...input, parentId: parent.id },
    });
  }

  async update(scope: AccessScope, id: string, input: UpdateOrganisationInput): Promise<Organisation> {
    await this.dataSource.transaction(async (manager) => {
      const org = await this.get(scope, id, manager, 'FOR UPDATE');
      await this.updateLoaded(manager, scope, org, input);
    });
    return (await this.repo.findById(id)) as Organisation;
  }

  /** Updates an organisation the caller has loaded in scope and locked, with its audit record. */
  async updateLoaded(manager: EntityManager, scope: AccessScope, org: Organisation, input: UpdateOrganisationInput): Promise<void> {
    const id = org.id;
    if (input.kind && input.kind !== org.kind) {
      if (input.kind === OrganisationKind.BLOC || org.kind === OrganisationKind.BLOC) {
        throw AppException.unprocessable('Only the root is a BLOC and the root stays one', 'kind');
      }
      if (input.kind === OrganisationKind.CELL && (await this.repo.childCounts([id])).get(id)) {
        throw AppException.unprocessable('A cell (chi bộ) cannot have sub-organisations; move them first', 'kind');
      }
    }
    const termStart = input.termStart ?? org.termStart;
    const termEnd = input.termEnd ?? org.termEnd;
    if (termStart && termEnd && termEnd <= termStart) throw AppException.badInput('termEnd must be after termStart', 'termEnd');
    await this.repo.update(manager, id, { ...input });
    await this.audit.record(manager, scope.actor, {
      action: 'organisation.update', entityType: 'organisation', entityId: id, organisationId: id,
      before: publicView(org), after: input,
    });
  }

  /** Moves a subtree under a new parent: one statement rewrites every path below it. */
  async move(scope: AccessScope, id: string, newParentId: string): Promise<Organisation> {
    await this.dataSource.transaction(async (manager) => {
      // Moves are rare: serialising them (and holding off path-building writes) rules out
      // two crossing moves forming a cycle and children built on a stale path.
      await lockTree(manager, 'exclusive');
      const node = await this.get(scope, id, manager, 'FOR UPDATE');
      const newParent = await this.get(scope, newParentId, manager, 'FOR UPDATE');
      await this.moveLocked(manager, scope, node, newParent, 'newParentId');
    });
    return (await this.repo.findById(id)) as Organisation;
  }

  /**
   * The move itself: the caller holds the tree lock exclusively and has loaded
   * both organisations in scope. Ids never change, so memberships, sessions and
   * attendance keep pointing at the same organisation. False when already there.
   */
  async moveLocked(manager: EntityManager, scope: AccessScope, node: Organisation, newParent: Organisation, parentField: string): Promise<boolean> {
    const id = node.id;
    if (node.depth === 0) throw AppException.unprocessable('The root cannot be moved', 'id');
    if (newParent.path.startsWith(node.path)) {
      throw AppException.unprocessable('An organisation cannot move under itself or one of its sub-organisations', parentField);
    }
    if (node.parentId === newParent.id) return false;
    if (node.dissolvedOn) throw AppException.unprocessable('A dissolved organisation cannot be moved', 'id');
    this.assertCanHoldChild(newParent, node.kind, parentField);
    await this.repo.lockSubtree(manager, node.path);
    await this.repo.moveSubtree(manager, node, newParent);
    await this.audit.record(manager, scope.actor, {
      action: 'organisation.move', entityType: 'organisation', entityId: id, organisationId: id,
      before: { parentId: node.parentId }, after: { parentId: newParent.id },
    });
    return true;
  }

  async dissolve(scope: AccessScope, id: string, dissolvedOn: string): Promise<Organisation> {
    await this.dataSource.transaction(async (manager) => {
      const org = await this.get(scope, id, manager, 'FOR UPDATE');
      if (org.depth === 0) throw AppException.unprocessable('The root cannot be dissolved', 'id');
      if (org.dissolvedOn) throw AppException.unprocessable(`Already dissolved on ${org.dissolvedOn}`, 'id');
      if (dissolvedOn < org.activeFrom) throw AppException.badInput('dissolvedOn is before the organisation became active', 'dissolvedOn');
      if (dissolvedOn > toCalendarDate()) throw AppException.badInput('dissolvedOn cannot be in the future', 'dissolvedOn');
      await this.repo.lockSubtree(manager, org.path);
      const { children, members, openOffices, lastActivity } = await this.repo.dissolutionBlockers(manager, id);
      if (children > 0 || members > 0) {
        throw AppException.unprocessable(
          `Cannot dissolve: ${children} active sub-organisation(s) and ${members} member(s) must be moved or dissolved first`,
          'id',
        );
      }
      if (openOffices > 0) {
        throw AppException.unprocessable(`Cannot dissolve: ${openOffices} committee office(s) are still open; end them first`, 'id');
      }
      if (lastActivity && dissolvedOn < lastActivity) {
        // History must stay true: nobody may belong to (or hold office in) a dissolved organisation.
        throw AppException.unprocessable(`dissolvedOn must be on or after ${lastActivity}, when the last membership or office ended`, 'dissolvedOn');
      }
      await this.repo.dissolve(manager, id, dissolvedOn);
      await this.audit.record(manager, scope.actor, {
        action: 'organisation.dissolve', entityType: 'organisation', entityId: id, organisationId: id,
        before: { dissolvedOn: null }, after: { dissolvedOn },
      });
    });
    return (await this.repo.findById(id)) as Organisation;
  }

  // --- committee offices (cấp ủy) ----------------------------------------------

  async offices(scope: AccessScope, orgId: string, onDate?: string): Promise<CommitteeOfficeHolding[]> {
    await this.get(scope, orgId);
    return this.repo.officesOf([orgId], onDate ?? toCalendarDate());
  }

  async assignOffice(scope: AccessScope, orgId: string, input: AssignOfficeInput): Promise<CommitteeOfficeHolding> {
    const officeId = await this.dataSource.transaction(async (manager) => {
      const org = await this.get(scope, orgId, manager, 'FOR SHARE');
      if (org.dissolvedOn) throw AppException.unprocessable('The organisation is dissolved', 'organisationId');
      if (input.endDate && input.endDate < input.startDate) throw AppException.badInput('endDate is before startDate', 'endDate');
      const memberPath = await this.repo.memberPath(manager, input.memberId);
      if (!memberPath) throw AppException.unprocessable('memberId does not exist', 'memberId');
      if (!memberPath.startsWith(org.path)) {
        throw AppException.unprocessable('The member does not belong to this organisation or its subtree', 'memberId');
      }
      const created = await this.repo.insertOffice(manager, orgId, input.memberId, input.office, input.startDate, input.endDate ?? null);
      await this.audit.record(manager, scope.actor, {
        action: 'organisation.assignOffice', entityType: 'committee_office', entityId: created, organisationId: orgId, after: input,
      });
      return created;
    });
    return (await this.repo.officesOf([orgId], null)).find((o) => o.id === officeId) as CommitteeOfficeHolding;
  }

  async endOffice(scope: AccessScope, officeId: string, endDate: string): Promise<CommitteeOfficeHolding> {
    return this.dataSource.transaction(async (manager) => {
      const office = await this.repo.findOffice(manager, officeId);
      if (!office) throw AppException.notFound('Committee office');
      await this.get(scope, office.organisationId, manager);
      if (endDate < office.startDate) throw AppException.badInput('endDate is before startDate', 'endDate');
      await this.repo.endOffice(manager, officeId, endDate);
      await this.audit.record(manager, scope.actor, {
        action: 'organisation.endOffice', entityType: 'committee_office', entityId: officeId,
        organisationId: office.organisationId, before: { endDate: office.endDate }, after: { endDate },
      });
      return { ...office, endDate };
    });
  }

  private assertCanHoldChild(parent: Organisation, kind: OrganisationKind, field: string): void {
    if (parent.dissolvedOn) throw AppException.unprocessable('The parent organisation is dissolved', field);
    if (parent.kind === OrganisationKind.CELL) {
      throw AppException.unprocessable('A cell (chi bộ) cannot have sub-organisations', field);
    }
    if (kind === OrganisationKind.BLOC) throw AppException.unprocessable('Only the root is a BLOC', 'kind');
  }
}
