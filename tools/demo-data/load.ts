/**
 * Writes generated demo data with COPY (CSV) — never one INSERT per row — in
 * one transaction, then ANALYZEs the tables. Works on a freshly migrated
 * database; generated columns (search_text) and identity ids are left to
 * PostgreSQL.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { BlocData, CommitteeOfficeRow, MemberRow, MembershipRow, OrganisationRow } from './generate';

type CsvValue = string | number | boolean | null | undefined;

/**
 * One CSV field for COPY ... (FORMAT csv): NULL is an empty unquoted field,
 * every string is quoted (so "" is the empty string) with quotes doubled;
 * commas, newlines and quotes inside strings are therefore safe.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`csvField: ${value} is not a finite number`);
    return String(value);
  }
  return `"${value.replace(/"/g, '""')}"`;
}

export function csvLine(values: readonly CsvValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i += 1) {
    if (i > 0) line += ',';
    line += csvField(values[i]);
  }
  return `${line}\n`;
}

export interface TableSpec<T> {
  table: string;
  columns: readonly string[];
  values: (row: T) => readonly CsvValue[];
}

export const ORGANISATIONS_TABLE: TableSpec<OrganisationRow> = {
  table: 'organisations',
  columns: ['id', 'code', 'name', 'kind', 'parent_id', 'path', 'depth', 'agency', 'term_start', 'term_end', 'active_from', 'dissolved_on'],
  values: (o) => [o.id, o.code, o.name, o.kind, o.parentId, o.path, o.depth, o.agency, o.termStart, o.termEnd, o.activeFrom, o.dissolvedOn],
};

export const MEMBERS_TABLE: TableSpec<MemberRow> = {
  table: 'members',
  columns: [
    'id',
    'card_number',
    'full_name',
    'birth_date',
    'gender',
    'standing',
    'position',
    'organisation_id',
    'is_head_of_unit',
    'is_key_leader',
    'is_under_bloc_standing_committee',
    'is_retired',
    'is_unfit_for_work',
    'is_exempt_from_activities',
  ],
  values: (m) => [
    m.id,
    m.cardNumber,
    m.fullName,
    m.birthDate,
    m.gender,
    m.standing,
    m.position,
    m.organisationId,
    m.isHeadOfUnit,
    m.isKeyLeader,
    m.isUnderBlocStandingCommittee,
    m.isRetired,
    m.isUnfitForWork,
    m.isExemptFromActivities,
  ],
};

export const MEMBERSHIPS_TABLE: TableSpec<MembershipRow> = {
  table: 'memberships',
  columns: ['member_id', 'organisation_id', 'valid_from', 'valid_to', 'reason'],
  values: (m) => [m.memberId, m.organisationId, m.validFrom, m.validTo, m.reason],
};

export const COMMITTEE_OFFICES_TABLE: TableSpec<CommitteeOfficeRow> = {
  table: 'committee_offices',
  columns: ['id', 'organisation_id', 'member_id', 'office', 'start_date', 'end_date'],
  values: (c) => [c.id, c.organisationId, c.memberId, c.office, c.startDate, c.endDate],
};

const CHUNK_BYTES = 1 << 16;

function* csvChunks<T>(rows: Iterable<T>, values: (row: T) => readonly CsvValue[]): Generator<Buffer> {
  let buffer = '';
  for (const row of rows) {
    buffer += csvLine(values(row));
    if (buffer.length >= CHUNK_BYTES) {
      yield Buffer.from(buffer, 'utf8');
      buffer = '';
    }
  }
  if (buffer) yield Buffer.from(buffer, 'utf8');
}

/** COPY rows into one table; returns the number of rows written. */
export async function copyRows<T>(client: ClientBase, spec: TableSpec<T>, rows: readonly T[]): Promise<number> {
  if (rows.length === 0) return 0;
  const sql = `COPY ${spec.table} (${spec.columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`;
  const stream = client.query(copyFrom(sql));
  await pipeline(Readable.from(csvChunks(rows, spec.values)), stream);
  return Number(stream.rowCount ?? rows.length);
}

export interface LoadResult {
  organisations: number;
  members: number;
  memberships: number;
  committeeOffices: number;
  /** Milliseconds spent in COPY (in all, and per table) and in ANALYZE. */
  copyMs: number;
  tableMs: Record<string, number>;
  analyzeMs: number;
}

export const LOADED_TABLES = ['organisations', 'members', 'memberships', 'committee_offices'] as const;

/**
 * COPYs every row of `data` inside the caller's transaction (no BEGIN/COMMIT
 * here). An existing root (data.rootExists) is not written again.
 */
export async function copyBloc(client: ClientBase, data: BlocData): Promise<Omit<LoadResult, 'analyzeMs'>> {
  const started = Date.now();
  const organisations = data.rootExists ? data.organisations.filter((o) => o.id !== data.root.id) : data.organisations;
  const tableMs: Record<string, number> = {};
  const timed = async <T>(spec: TableSpec<T>, rows: readonly T[]): Promise<number> => {
    const t = Date.now();
    const n = await copyRows(client, spec, rows);
    tableMs[spec.table] = Date.now() - t;
    return n;
  };
  const result = {
    organisations: await timed(ORGANISATIONS_TABLE, organisations),
    members: await timed(MEMBERS_TABLE, data.members),
    memberships: await timed(MEMBERSHIPS_TABLE, data.memberships),
    committeeOffices: await timed(COMMITTEE_OFFICES_TABLE, data.committeeOffices),
    copyMs: 0,
    tableMs,
  };
  result.copyMs = Date.now() - started;
  return result;
}

export async function analyzeBlocTables(client: ClientBase): Promise<number> {
  const started = Date.now();
  await client.query(`ANALYZE ${LOADED_TABLES.join(', ')}`);
  return Date.now() - started;
}

/** Loads the bloc in one transaction (rolled back on any error), then ANALYZEs the tables. */
export async function loadBloc(client: ClientBase, data: BlocData): Promise<LoadResult> {
  await client.query('BEGIN');
  let copied: Omit<LoadResult, 'analyzeMs'>;
  try {
    copied = await copyBloc(client, data);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
  const analyzeMs = await analyzeBlocTables(client);
  return { ...copied, analyzeMs };
}
