import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import { AccessScope, AppException, flattenValidationErrors, lockTree } from '@qt/server-core';
import { ORGANISATION_KIND_LABEL_VI, OrganisationKind, foldVietnamese } from '@qt/shared-domain';
import { plainToInstance } from 'class-transformer';
import { IsCalendarDate } from '@qt/server-core';
import { IsEnum, IsOptional, IsString, Length, Matches, MaxLength, validateSync } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { Organisation, OrganisationImportResult, OrganisationImportRow } from '../organisation.types';
import { OrganisationsRepository } from '../organisations.repository';

export const MAX_IMPORT_ROWS = 300_000;

/** One CSV row: `code,name,kind,parent_code,agency,term_start,term_end,active_from`. */
class OrganisationCsvRow {
  @Matches(/^[A-Za-z0-9._-]{1,32}$/, { message: 'code must be 1-32 of A-Z a-z 0-9 . _ -' }) code!: string;
  @IsString() @Length(1, 255, { message: 'name must be 1-255 characters' }) name!: string;
  @IsEnum(OrganisationKind, { message: 'kind must be BLOC, UPPER_GRASSROOTS, GRASSROOTS, CELL or its Vietnamese name' })
  kind!: OrganisationKind;
  @Matches(/^[A-Za-z0-9._-]{1,32}$/, { message: 'parent_code must be the code of an existing organisation or of an earlier row' })
  parent_code!: string;
  @IsOptional() @IsString() @MaxLength(255) agency?: string;
  @IsOptional() @IsCalendarDate({ message: 'term_start must be a date yyyy-MM-dd' }) term_start?: string;
  @IsOptional() @IsCalendarDate({ message: 'term_end must be a date yyyy-MM-dd' }) term_end?: string;
  @IsOptional() @IsCalendarDate({ message: 'active_from must be a date yyyy-MM-dd' }) active_from?: string;
}

const KIND_BY_LABEL = new Map<string, OrganisationKind>(
  Object.entries(ORGANISATION_KIND_LABEL_VI).map(([kind, label]) => [foldVietnamese(label), kind as OrganisationKind]),
);

function normaliseKind(value: string | undefined): string | undefined {
  if (!value) return value;
  const upper = value.trim().toUpperCase();
  if ((Object.values(OrganisationKind) as string[]).includes(upper)) return upper;
  return KIND_BY_LABEL.get(foldVietnamese(value)) ?? value;
}

/**
 * Imports a tree from CSV. All-or-nothing: every row is checked first (its
 * fields, its parent in the file or in your scope, the tree rules); if any
 * row fails nothing is written and each failing row says why. Rows whose code
 * exists with the same name, kind and parent are reported unchanged.
 */
@Injectable()
export class OrganisationCsvImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: OrganisationsRepository,
    private readonly audit: AuditService,
  ) {}

  async import(scope: AccessScope, csv: Buffer | string): Promise<OrganisationImportResult> {
    let records: Record<string, string>[];
    try {
      records = parse(csv, {
        columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
        bom: true,
        skip_empty_lines: true,
        trim: true,
        relax_column_count: false,
        max_record_size: 64 * 1024,
        to: MAX_IMPORT_ROWS + 1,
      });
    } catch (err) {
      throw AppException.badInput(`The file is not valid CSV: ${(err as Error).message}`, 'file');
    }
    if (records.length === 0) throw AppException.badInput('The file has no data rows', 'file');
    if (records.length > MAX_IMPORT_ROWS) throw AppException.badInput(`At most ${MAX_IMPORT_ROWS} rows per import`, 'file');
    const required = ['code', 'name', 'kind', 'parent_code'];
    const missing = required.filter((c) => !(c in records[0]));
    if (missing.length) throw AppException.badInput(`Missing column(s): ${missing.join(', ')}`, 'file');

    return this.dataSource.transaction(async (manager) => {
      // No move may rewrite the paths these rows are built on until we commit.
      await lockTree(manager, 'shared');
      const results: OrganisationImportRow[] = [];
      const rows = records.map((record, i) => {
        const candidate = plainToInstance(OrganisationCsvRow, {
          ...Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v === '' ? undefined : v.normalize('NFC')])),
          kind: normaliseKind(record.kind),
        });
        const known = new Set(['code', 'name', 'kind', 'parent_code', 'agency', 'term_start', 'term_end', 'active_from']);
        const errors = flattenValidationErrors(validateSync(candidate)).flatMap((f) => f.messages);
        for (const column of Object.keys(record)) if (!known.has(column)) errors.push(`unknown column ${column}`);
        const result: OrganisationImportRow = { row: i + 1, code: record.code || null, outcome: 'error', errors };
        results.push(result);
        return { candidate, result };
      });

      const codes = [...new Set(rows.flatMap((r) => [r.candidate.code, r.candidate.parent_code]).filter(Boolean))];
      const existing = new Map((await this.repo.findByCodes(codes, manager, 'FOR SHARE')).map((o) => [o.code, o]));
      const planned = new Map<string, Organisation>();
      const seen = new Set<string>();
      const inserts: Parameters<OrganisationsRepository['insertMany']>[1] = [];

      for (const { candidate, result } of rows) {
        if (result.errors.length) continue;
        if (seen.has(candidate.code)) {
          result.errors.push(`code ${candidate.code} appears twice in the file`);
          continue;
        }
        seen.add(candidate.code);
        const parent = planned.get(candidate.parent_code) ?? existing.get(candidate.parent_code);
        if (!parent) {
          result.errors.push(`parent_code ${candidate.parent_code} is neither an existing organisation nor an earlier row`);
          continue;
        }
        if (!scope.coversPath(parent.path)) {
          result.errors.push(`parent_code ${candidate.parent_code} is outside your scope`);
          continue;
        }
        if (parent.dissolvedOn) result.errors.push(`parent ${parent.code} is dissolved`);
        if (parent.kind === OrganisationKind.CELL) result.errors.push(`parent ${parent.code} is a cell and cannot have sub-organisations`);
        if (candidate.kind === OrganisationKind.BLOC) result.errors.push('only the root is a BLOC');
        if (candidate.term_start && candidate.term_end && candidate.term_end <= candidate.term_start) {
          result.errors.push('term_end must be after term_start');
        }
        if (result.errors.length) continue;
        const current = existing.get(candidate.code);
        if (current) {
          if (current.name === candidate.name && current.kind === candidate.kind && current.parentId === parent.id) {
            result.outcome = 'unchanged';
          } else {
            result.errors.push(`code ${candidate.code} already exists with other data; change it with PATCH /organisations/{id}`);
          }
          continue;
        }
        const id = randomUUID();
        const org = {
          id, code: candidate.code, name: candidate.name, kind: candidate.kind, parentId: parent.id,
          path: `${parent.path}${id}/`, depth: parent.depth + 1, agency: candidate.agency ?? null,
          termStart: candidate.term_start ?? null, termEnd: candidate.term_end ?? null, activeFrom: candidate.active_from ?? null,
        };
        inserts.push(org);
        planned.set(candidate.code, { ...org, dissolvedOn: null } as unknown as Organisation);
        result.outcome = 'created';
      }

      const failed = results.filter((r) => r.errors.length > 0);
      for (const r of failed) r.outcome = 'error';
      const summary = {
        created: failed.length ? 0 : inserts.length,
        unchanged: results.filter((r) => r.outcome === 'unchanged').length,
        failed: failed.length,
        rejected: failed.length > 0,
      };
      if (failed.length) {
        // Nothing is written: rows that would have been created are only "valid".
        for (const r of results) if (r.outcome === 'created') r.outcome = 'valid';
        return { ...summary, rows: results };
      }
      await this.repo.insertMany(manager, inserts);
      await this.audit.record(manager, scope.actor, {
        action: 'organisation.import', entityType: 'organisation', organisationId: scope.rootOrganisationIds()[0],
        after: { created: inserts.map((o) => o.code) },
      });
      return { ...summary, rows: results };
    });
  }
}
