import { Injectable } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import { AccessScope, AppException, decodeCursor, DEFAULT_PAGE_SIZE, Page, toCalendarDate, toPage } from '@qt/server-core';
import { DataSource } from 'typeorm';
import { cellInScope, orgInScope, OrgRefsRepository } from '../shared/org-refs.repository';
import { CellChecksArgs, RecordCellCheckInput, UncheckedCellsArgs } from './cell-check.dto';
import { CellCheck, UncheckedCell } from './cell-check.types';
import { CellChecksRepository } from './cell-checks.repository';

/**
 * Six-monthly checks of cells (seed 002 §2.6: "định kỳ 6 tháng một lần, đảng ủy cấp trên trực tiếp phải kiểm tra").
 * Rules: the checking organisation is in the caller's scope and is an ancestor of the cell (any upper level, not only
 * the direct parent: a bloc-level check counts too); one check per cell, year and half (409 otherwise); the check is
 * dated within or after its half-year, never in the future.
 */
@Injectable()
export class CellChecksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: CellChecksRepository,
    private readonly orgs: OrgRefsRepository,
    private readonly audit: AuditService,
  ) {}

  async record(scope: AccessScope, input: RecordCellCheckInput): Promise<CellCheck> {
    if (input.checkedOn > toCalendarDate()) throw AppException.unprocessable('checkedOn cannot be in the future', 'checkedOn');
    const halfStart = `${input.year}-${input.half === 1 ? '01' : '07'}-01`;
    if (input.checkedOn < halfStart) throw AppException.unprocessable(`checkedOn must be on or after ${halfStart}`, 'checkedOn');
    const id = await this.dataSource.transaction(async (manager) => {
      const checker = await orgInScope(this.orgs, scope, input.checkingOrganisationId, 'checkingOrganisationId', manager);
      const cell = await cellInScope(this.orgs, scope, input.organisationId, 'organisationId', manager);
      if (!cell.path.startsWith(checker.path) || cell.path === checker.path) {
        throw AppException.unprocessable('The checking organisation must be an upper committee of the cell', 'checkingOrganisationId');
      }
      const created = await this.repo.insert(manager, input, scope.actor.userId);
      if (!created) throw AppException.conflict(`The cell already has a check for ${input.year} half ${input.half}`, 'half');
      await this.audit.record(manager, scope.actor, {
        action: 'cellCheck.record', entityType: 'cell_check', entityId: created, organisationId: cell.id, after: input,
      });
      return created;
    });
    return (await this.repo.findById(id)) as CellCheck;
  }

  async list(scope: AccessScope, args: CellChecksArgs): Promise<Page<CellCheck>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const within = args.withinId ? (await orgInScope(this.orgs, scope, args.withinId)).path : undefined;
    const rows = await this.repo.list({
      scope, within, year: args.year, half: args.half,
      after: decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined,
      limit: first + 1,
    });
    return toPage(rows, first, (k) => [k.checkedOn, k.id]);
  }

  async unchecked(scope: AccessScope, args: UncheckedCellsArgs): Promise<Page<UncheckedCell>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const within = args.withinId ? (await orgInScope(this.orgs, scope, args.withinId)).path : undefined;
    const rows = await this.repo.unchecked({
      scope, within, year: args.year, half: args.half,
      after: decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined,
      limit: first + 1,
    });
    return toPage(rows, first, (c) => [c.name, c.organisationId]);
  }
}
