import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AccessScope, AppException, IdempotencyService, lockTree, sha256 } from '@qt/server-core';
import { EntityManager } from 'typeorm';
import { UpdateOrganisationInput } from '../dtos/organisation.dto';
import { Organisation } from '../organisation.types';
import { OrganisationsRepository } from '../organisations.repository';
import { OrganisationsService } from '../organisations.service';
import {
  BulkOrganisationRowResult,
  BulkOrganisationsBody,
  BulkOrganisationsResult,
  OrganisationBulkOutcome,
  OrganisationRowInput,
} from './organisations-bulk.dto';

const EDITABLE = ['name', 'kind', 'agency', 'termStart', 'termEnd'] as const;

/**
 * Bulk upsert of organisations keyed by code, parents given by code: the
 * nightly sync of the national party-member database (CSDL đảng viên 3.0).
 * - One transaction under the exclusive tree lock (a restructuring moves
 *   subtrees); with an Idempotency-Key a retry gets the stored answer.
 * - Rows are applied parents first (a row whose parent is another row of the
 *   request comes after it), each in a savepoint: a refused row (unknown
 *   parent, outside the caller's scope, a cycle, a cell with children, …) is
 *   reported and leaves nothing behind; the other rows are written.
 * - A new parent is a move through the same rule as POST /organisations/{id}/move:
 *   the id stays, so memberships, sessions and attendance keep their organisation.
 */
@Injectable()
export class OrganisationsBulkService {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly repo: OrganisationsRepository,
    private readonly idempotency: IdempotencyService,
  ) {}

  async upsert(scope: AccessScope, body: BulkOrganisationsBody, idempotencyKey: string | undefined): Promise<BulkOrganisationsResult> {
    const key = this.idempotency.validateKey(idempotencyKey);
    const hash = sha256(`json\n${JSON.stringify(body.rows)}`);
    const result = await this.idempotency.run<BulkOrganisationsResult>(
      `organisation.bulk:${scope.actor.userId}`,
      key,
      hash,
      async (manager) => {
        await lockTree(manager, 'exclusive');
        return { status: 200, body: await this.apply(manager, scope, body.rows) };
      },
    );
    return result.body;
  }

  private async apply(manager: EntityManager, scope: AccessScope, rows: OrganisationRowInput[]): Promise<BulkOrganisationsResult> {
    const results: BulkOrganisationRowResult[] = rows.map((r, i) => ({
      row: i + 1, code: r.code, id: null, outcome: OrganisationBulkOutcome.error, errors: [],
    }));
    for (const i of this.parentsFirst(rows, results)) {
      await manager.query('SAVEPOINT org_bulk_row');
      try {
        const { id, outcome } = await this.applyRow(manager, scope, rows[i]);
        await manager.query('RELEASE SAVEPOINT org_bulk_row');
        results[i].id = id;
        results[i].outcome = outcome;
      } catch (err) {
        if (!(err instanceof AppException)) throw err;
        await manager.query('ROLLBACK TO SAVEPOINT org_bulk_row');
        results[i].errors.push(err.fields?.length ? `${err.fields[0].field}: ${err.message}` : err.message);
      }
    }
    const count = (o: OrganisationBulkOutcome) => results.filter((r) => r.outcome === o).length;
    return {
      total: rows.length,
      created: count(OrganisationBulkOutcome.created),
      updated: count(OrganisationBulkOutcome.updated),
      moved: count(OrganisationBulkOutcome.moved),
      unchanged: count(OrganisationBulkOutcome.unchanged),
      failed: count(OrganisationBulkOutcome.error),
      rows: results,
    };
  }

  /**
   * Row indexes in an order where a row's parent row (same request) comes
   * first. Repeated codes and cycles among the rows are row errors and left out.
   */
  private parentsFirst(rows: OrganisationRowInput[], results: BulkOrganisationRowResult[]): number[] {
    const byCode = new Map<string, number>();
    rows.forEach((r, i) => {
      if (byCode.has(r.code)) results[i].errors.push(`Code ${r.code} repeated in this request (row ${(byCode.get(r.code) as number) + 1})`);
      else byCode.set(r.code, i);
    });
    const order: number[] = [];
    const state = new Map<number, 'visiting' | 'done' | 'cycle'>();
    const visit = (i: number): boolean => {
      const s = state.get(i);
      if (s === 'done') return true;
      if (s === 'visiting' || s === 'cycle') return false;
      state.set(i, 'visiting');
      const parent = byCode.get(rows[i].parentCode);
      const ok = parent === undefined || parent === i ? true : visit(parent);
      if (!ok || parent === i) {
        state.set(i, 'cycle');
        results[i].errors.push(parent === i ? 'parentCode is the row’s own code' : 'The parent codes of these rows form a cycle');
        return false;
      }
      state.set(i, 'done');
      order.push(i);
      return true;
    };
    for (const i of byCode.values()) visit(i);
    return order;
  }

  private async applyRow(
    manager: EntityManager,
    scope: AccessScope,
    row: OrganisationRowInput,
  ): Promise<{ id: string; outcome: OrganisationBulkOutcome }> {
    const found = await this.repo.findByCodes([row.code, row.parentCode], manager);
    const parentRef = found.find((o) => o.code === row.parentCode);
    if (!parentRef) throw AppException.unprocessable(`Unknown parent organisation code ${row.parentCode}`, 'parentCode');
    const parent = await this.inScope(scope, parentRef, manager, 'parentCode');
    const existingRef = found.find((o) => o.code === row.code);
    if (!existingRef) {
      const id = randomUUID();
      const { parentCode: _p, ...input } = row;
      await this.organisations.createUnder(manager, scope, parent, id, input, 'parentCode');
      return { id, outcome: OrganisationBulkOutcome.created };
    }
    const existing = await this.inScope(scope, existingRef, manager, 'code');
    const changes: UpdateOrganisationInput = {};
    for (const field of EDITABLE) {
      if (row[field] !== undefined && row[field] !== existing[field]) (changes as Record<string, unknown>)[field] = row[field];
    }
    const moved = await this.organisations.moveLocked(manager, scope, existing, parent, 'parentCode');
    if (Object.keys(changes).length) {
      await this.organisations.updateLoaded(manager, scope, moved ? await this.reload(manager, existing.id) : existing, changes);
    }
    const outcome = moved
      ? OrganisationBulkOutcome.moved
      : Object.keys(changes).length ? OrganisationBulkOutcome.updated : OrganisationBulkOutcome.unchanged;
    return { id: existing.id, outcome };
  }

  /** Loads and locks an organisation; outside the caller's scope is a row error naming the field. */
  private async inScope(scope: AccessScope, org: Organisation, manager: EntityManager, field: string): Promise<Organisation> {
    try {
      return await this.organisations.get(scope, org.id, manager, 'FOR UPDATE');
    } catch (err) {
      if (err instanceof AppException) throw AppException.forbidden(`${field} ${org.code} is outside your scope`);
      throw err;
    }
  }

  private async reload(manager: EntityManager, id: string): Promise<Organisation> {
    return (await this.repo.findById(id, manager, 'FOR UPDATE')) as Organisation;
  }
}
