import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import {
  AccessScope,
  AppException,
  IdempotencyService,
  lockTree,
  sha256,
  toCalendarDate,
  validationException,
} from '@qt/server-core';
import { AuditEntry, AuditService } from '@qt/server-audit';
import { MEMBER_FLAGS, MemberFlag } from '@qt/shared-domain';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CsvError, parse } from 'csv-parse';
import { EntityManager } from 'typeorm';
import { BULK_MAX_ROWS, BulkMembersBody, MemberRowInput } from '../dtos/member.dto';
import { BulkMemberRowResult, BulkMembersResult, BulkOutcome } from '../member.types';
import { ExistingMember, MembersRepository, NewMemberRow, OrgRef } from '../members.repository';
import { CandidateRow, checkRow, fromCsv, fromInput, headerProblem } from './member-row';

/** Rows per set-based round (one upsert, one membership step each, one audit insert). */
export const BULK_BATCH_SIZE = 2000;
const CSV_SLICE_BYTES = 64 * 1024;

interface Pending {
  row: CandidateRow;
  result: BulkMemberRowResult;
}

/**
 * Bulk upsert of members keyed by card number (REST JSON or CSV, GraphQL).
 * - The request is one transaction (through IdempotencyService.run): a crash
 *   leaves nothing half-written; with an Idempotency-Key a retry gets the
 *   stored answer.
 * - Rows are read as a stream and handled in batches of BULK_BATCH_SIZE, each
 *   with a fixed number of set-based statements, never one per row.
 * - A row that fails (its values, an unknown or dissolved organisation, an
 *   organisation or existing member outside the caller's scope, a card number
 *   seen earlier in the same request, a transfer date before the current
 *   membership) is reported and not written; the other rows are written.
 * - A new organisation code for an existing member is a transfer (chuyển sinh
 *   hoạt) at effective_date (default today, Asia/Ho_Chi_Minh).
 */
@Injectable()
export class MembersBulkService {
  constructor(
    private readonly repo: MembersRepository,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
  ) {}

  /** REST: `application/json` `{rows:[...]}` or `text/csv`. */
  async fromHttp(
    scope: AccessScope,
    body: unknown,
    contentType: string | undefined,
    idempotencyKey: string | undefined,
  ): Promise<BulkMembersResult> {
    const key = this.idempotency.validateKey(idempotencyKey);
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (Buffer.isBuffer(body) && (type === 'text/csv' || type === 'application/csv')) {
      await this.refuseOversizedCsv(body);
      const hash = sha256(Buffer.concat([Buffer.from('csv\n'), body]));
      return this.run(scope, key, hash, (batcher) => this.readCsv(body, batcher));
    }
    if (type === 'application/json' && Array.isArray(body)) {
      throw AppException.badInput('Send the rows as {"rows": [...]}', 'rows');
    }
    if (type === 'application/json' && body !== null && typeof body === 'object' && !Buffer.isBuffer(body)) {
      const rows = await this.validateJson(body);
      const hash = sha256(`json\n${JSON.stringify(body)}`);
      return this.run(scope, key, hash, (batcher) => batcher.addAll(rows));
    }
    throw AppException.badInput('Send application/json {"rows": [...]} or a text/csv file', 'file');
  }

  /** GraphQL: rows already validated by the global pipe. */
  fromInput(scope: AccessScope, rows: MemberRowInput[], idempotencyKey: string | undefined): Promise<BulkMembersResult> {
    const key = this.idempotency.validateKey(idempotencyKey);
    const hash = sha256(`graphql\n${JSON.stringify(rows)}`);
    return this.run(scope, key, hash, (batcher) => batcher.addAll(rows));
  }

  private async run(
    scope: AccessScope,
    key: string | undefined,
    hash: string,
    feed: (batcher: Batcher) => Promise<void>,
  ): Promise<BulkMembersResult> {
    const result = await this.idempotency.run<BulkMembersResult>(`member.bulk:${scope.actor.userId}`, key, hash, async (manager) => {
      await lockTree(manager, 'shared');
      const batcher = new Batcher(this.repo, this.audit, manager, scope);
      await feed(batcher);
      return { status: 200, body: await batcher.finish() };
    });
    return result.body;
  }

  /** Same checks as the global pipe (types, unknown fields → 400 naming `rows.N.field`). */
  private async validateJson(body: object): Promise<MemberRowInput[]> {
    const instance = plainToInstance(BulkMembersBody, body);
    const errors = await validate(instance, {
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      validationError: { target: false, value: false },
    });
    if (errors.length) throw validationException(errors);
    return instance.rows;
  }

  /**
   * Refuses a file of more than BULK_MAX_ROWS records before any work. Lines
   * bound records from above, so the extra counting pass runs only for a
   * file with more lines than that (quoted line breaks, blank lines, or too many rows).
   */
  private async refuseOversizedCsv(csv: Buffer): Promise<void> {
    let lines = csv.length > 0 && csv[csv.length - 1] !== 10 ? 1 : 0;
    for (let i = csv.indexOf(10); i !== -1; i = csv.indexOf(10, i + 1)) lines += 1;
    if (lines - 1 <= BULK_MAX_ROWS) return; // the header plus at most BULK_MAX_ROWS records
    let records = -1; // the header
    const parser = parse({ bom: true, skip_empty_lines: true, relax_column_count: true, max_record_size: 64 * 1024 });
    Readable.from(slices(csv)).pipe(parser);
    try {
      for await (const _record of parser) {
        if (++records > BULK_MAX_ROWS) throw AppException.badInput(`At most ${BULK_MAX_ROWS} rows per request`, 'file');
      }
    } catch (err) {
      throw csvProblem(err);
    } finally {
      parser.destroy();
    }
  }

  /** Streams the CSV through csv-parse in small slices so records are parsed as they are consumed. */
  private async readCsv(csv: Buffer, batcher: Batcher): Promise<void> {
    let header: string[] = [];
    const parser = parse({
      bom: true,
      columns: (names: string[]) => (header = names.map((h) => h.trim().toLowerCase())),
      skip_empty_lines: true,
      relax_column_count: false,
      max_record_size: 64 * 1024,
    });
    Readable.from(slices(csv)).pipe(parser);
    let checkedHeader = false;
    try {
      for await (const record of parser as AsyncIterable<Record<string, string>>) {
        if (!checkedHeader) {
          const problem = headerProblem(header);
          if (problem) throw AppException.badInput(problem, 'file');
          checkedHeader = true;
        }
        await batcher.addCsv(record);
      }
    } catch (err) {
      throw csvProblem(err);
    } finally {
      parser.destroy();
    }
    if (!checkedHeader) {
      throw AppException.badInput(headerProblem(header) ?? 'The file has no data rows', 'file');
    }
  }
}

/** A parser error becomes a 400 naming the file and the line; anything else passes through. */
function csvProblem(err: unknown): unknown {
  if (err instanceof CsvError) {
    const line = (err as unknown as { lines?: number }).lines;
    return AppException.badInput(`The file is not valid CSV${line ? ` at line ${line}` : ''}: ${err.message}`, 'file');
  }
  return err;
}

function* slices(buffer: Buffer): Generator<Buffer> {
  for (let i = 0; i < buffer.length; i += CSV_SLICE_BYTES) yield buffer.subarray(i, i + CSV_SLICE_BYTES);
}

/** Collects rows, writes them batch by batch, and keeps the per-row results. */
class Batcher {
  private readonly today = toCalendarDate();
  private readonly results: BulkMemberRowResult[] = [];
  /** Card number → row where it first appeared. */
  private readonly seen = new Map<string, number>();
  /** Organisation code → organisation (null: no such code), filled as codes appear. */
  private readonly orgs = new Map<string, OrgRef | null>();
  private pending: Pending[] = [];
  private transferred = 0;

  constructor(
    private readonly repo: MembersRepository,
    private readonly audit: AuditService,
    private readonly manager: EntityManager,
    private readonly scope: AccessScope,
  ) {}

  async addAll(rows: MemberRowInput[]): Promise<void> {
    for (const input of rows) await this.add(() => fromInput(input), input.cardNumber);
  }

  async addCsv(record: Record<string, string>): Promise<void> {
    await this.add((errors) => fromCsv(record, errors), record.card_number);
  }

  private async add(make: (errors: string[]) => CandidateRow, rawCard: string | undefined): Promise<void> {
    const number = this.results.length + 1;
    if (number > BULK_MAX_ROWS) throw AppException.badInput(`At most ${BULK_MAX_ROWS} rows per request`, 'file');
    const errors: string[] = [];
    const row = make(errors);
    checkRow(row, this.today, errors);
    const result: BulkMemberRowResult = {
      row: number,
      cardNumber: row.cardNumber || (rawCard ?? null) || null,
      outcome: BulkOutcome.error,
      errors,
    };
    this.results.push(result);
    if (row.cardNumber) {
      const first = this.seen.get(row.cardNumber);
      if (first !== undefined) errors.push(`card number ${row.cardNumber} already appears in row ${first}`);
      else this.seen.set(row.cardNumber, number);
    }
    if (errors.length === 0) this.pending.push({ row, result });
    if (this.pending.length >= BULK_BATCH_SIZE) await this.flush();
  }

  async finish(): Promise<BulkMembersResult> {
    await this.flush();
    const count = (outcome: BulkOutcome) => this.results.filter((r) => r.outcome === outcome).length;
    return {
      total: this.results.length,
      created: count(BulkOutcome.created),
      updated: count(BulkOutcome.updated),
      transferred: this.transferred,
      unchanged: count(BulkOutcome.unchanged),
      failed: count(BulkOutcome.error),
      rows: this.results,
    };
  }

  /** Writes one batch: a fixed number of set-based statements whatever its size. */
  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;

    const unknownCodes = [...new Set(batch.map((p) => p.row.organisationCode))].filter((c) => !this.orgs.has(c));
    if (unknownCodes.length) {
      const found = await this.repo.orgsByCodes(this.manager, unknownCodes);
      for (const code of unknownCodes) this.orgs.set(code, null);
      for (const org of found) this.orgs.set(org.code, org);
    }
    const existing = new Map(
      (await this.repo.existingByCards(this.manager, batch.map((p) => p.row.cardNumber))).map((m) => [m.cardNumber, m]),
    );

    type Plan = Pending & { values: NewMemberRow; current?: ExistingMember; transferOn?: string };
    const plans: Plan[] = [];
    for (const item of batch) {
      const { row, result } = item;
      const org = this.orgs.get(row.organisationCode);
      const current = existing.get(row.cardNumber);
      if (!org) result.errors.push(`organisation_code ${row.organisationCode} does not exist`);
      else if (!this.scope.coversPath(org.path)) result.errors.push(`organisation_code ${row.organisationCode} is outside your scope`);
      if (current && !this.scope.coversPath(current.organisationPath)) {
        result.errors.push(`member ${row.cardNumber} belongs to an organisation outside your scope`);
      }
      if (result.errors.length || !org) continue;

      const moves = !current || current.organisationId !== org.id;
      const on = row.effectiveDate ?? this.today;
      if (moves && org.dissolvedOn) result.errors.push(`organisation ${org.code} was dissolved on ${org.dissolvedOn}`);
      if (!current && on <= row.birthDate) result.errors.push('effectiveDate must be after birthDate');
      if (current && moves) {
        if (current.latestFrom && on <= current.latestFrom) {
          result.errors.push(`effectiveDate ${on} must be after ${current.latestFrom}, when the current membership began`);
        } else if (current.latestTo && on < current.latestTo) {
          result.errors.push(`effectiveDate ${on} overlaps the membership ending ${current.latestTo}`);
        }
      }
      if (result.errors.length) continue;

      const flags = Object.fromEntries(
        MEMBER_FLAGS.map((f) => [f, row.flags[f] ?? (current ? current[f] : false)]),
      ) as Record<MemberFlag, boolean>;
      const values: NewMemberRow = {
        cardNumber: row.cardNumber,
        fullName: row.fullName,
        birthDate: row.birthDate,
        gender: row.gender,
        standing: row.standing,
        position: row.position !== undefined ? row.position : current?.position ?? null,
        organisationId: org.id,
        flags,
      };
      plans.push({ ...item, values, current, transferOn: moves ? on : undefined });
    }

    // One lock order for every request (card number), so two concurrent imports cannot deadlock on new rows.
    plans.sort((x, y) => (x.values.cardNumber < y.values.cardNumber ? -1 : x.values.cardNumber > y.values.cardNumber ? 1 : 0));
    const written = new Map(
      (await this.repo.upsertMany(this.manager, plans.map((p) => p.values), [...existing.values()].map((m) => m.id))).map((w) => [
        w.cardNumber,
        w,
      ]),
    );

    const opened: Parameters<MembersRepository['openMemberships']>[1] = [];
    const closed: Parameters<MembersRepository['closeOpenMemberships']>[1] = [];
    const audit: AuditEntry[] = [];
    for (const plan of plans) {
      const w = written.get(plan.values.cardNumber);
      const after = { ...plan.values, ...plan.values.flags, flags: undefined };
      if (!plan.current) {
        if (!w?.inserted) {
          plan.result.errors.push('this card number was created by another request meanwhile; send the row again');
          continue;
        }
        plan.result.outcome = BulkOutcome.created;
        opened.push({ memberId: w.id, organisationId: plan.values.organisationId, validFrom: plan.transferOn as string, reason: null });
        audit.push({
          action: 'member.create', entityType: 'member', entityId: w.id, organisationId: plan.values.organisationId,
          after: { ...after, joinedOn: plan.transferOn, via: 'bulk' },
        });
        continue;
      }
      if (!w) {
        plan.result.outcome = BulkOutcome.unchanged;
        continue;
      }
      plan.result.outcome = BulkOutcome.updated;
      const { organisationPath: _p, latestFrom: _f, latestTo: _t, updatedAt: _u, ...before } = plan.current;
      if (plan.transferOn) {
        this.transferred += 1;
        closed.push({ memberId: w.id, validTo: plan.transferOn });
        opened.push({ memberId: w.id, organisationId: plan.values.organisationId, validFrom: plan.transferOn, reason: null });
      }
      audit.push({
        action: plan.transferOn ? 'member.transfer' : 'member.update', entityType: 'member', entityId: w.id,
        organisationId: plan.values.organisationId, before,
        after: { ...after, ...(plan.transferOn ? { effectiveDate: plan.transferOn } : {}), via: 'bulk' },
      });
    }
    await this.repo.closeOpenMemberships(this.manager, closed);
    await this.repo.openMemberships(this.manager, opened);
    await this.audit.recordMany(this.manager, this.scope.actor, audit);
  }
}
