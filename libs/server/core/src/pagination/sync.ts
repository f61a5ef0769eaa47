import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, Matches } from 'class-validator';
import { AppException } from '../errors/app-exception';
import { decodeCursor, Page, PageArgs, toPage } from './pagination';

/** Order of a collection: its natural order (name, start, …) or by last change for incremental sync (đồng bộ). */
export enum CollectionOrder {
  DEFAULT = 'DEFAULT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(CollectionOrder, {
  name: 'CollectionOrder',
  description: 'DEFAULT: the natural order of the collection; UPDATED_AT: oldest change first, by (updatedAt, id), for incremental sync',
});

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Page arguments of a collection other systems synchronise: `updatedSince`
 * (rows changed at or after an instant) and `orderBy`. With `updatedSince` the
 * order is UPDATED_AT; cursors of one order are refused by the other.
 */
@ArgsType()
export class SyncPageArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only rows changed at or after this instant (ISO 8601 with offset); implies orderBy UPDATED_AT' })
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'Only rows changed at or after this instant (ISO 8601 with offset); implies orderBy=UPDATED_AT',
    example: '2026-11-22T17:00:00.000Z',
  })
  @IsOptional()
  @Matches(TIMESTAMP, { message: 'updatedSince must be an ISO 8601 instant with offset, e.g. 2026-11-22T17:00:00.000Z' })
  updatedSince?: string;

  @Field(() => CollectionOrder, { nullable: true, description: 'DEFAULT (natural order) or UPDATED_AT (sync order)' })
  @ApiPropertyOptional({ enum: CollectionOrder, enumName: 'CollectionOrder', default: CollectionOrder.DEFAULT })
  @IsOptional() @IsEnum(CollectionOrder)
  orderBy?: CollectionOrder;
}

/** The sync order of a request: the lower bound and the keyset position, both as SQL text parameters. */
export interface SyncQuery {
  updatedSince?: string;
  after?: [string, string];
}

const SYNC_TAG = 'u';

/** The sync order requested by the arguments, or undefined for the collection's natural order. */
export function syncQuery(args: SyncPageArgs): SyncQuery | undefined {
  if (!args.updatedSince && args.orderBy !== CollectionOrder.UPDATED_AT) return undefined;
  if (args.updatedSince && Number.isNaN(Date.parse(args.updatedSince))) {
    throw AppException.badInput('updatedSince is not a valid instant', 'updatedSince');
  }
  const after = decodeCursor(args.after, ['string', 'uuid', 'string']);
  if (after && (after[2] !== SYNC_TAG || Number.isNaN(Date.parse(String(after[0]))))) {
    throw AppException.badInput('after is not a valid cursor', 'after');
  }
  return { updatedSince: args.updatedSince, after: after ? [String(after[0]), String(after[1])] : undefined };
}

/**
 * SQL of the sync order: `updated_at >= updatedSince`, the keyset condition
 * and the ORDER BY, on the given columns (pushing their parameters).
 */
export function syncSql(q: SyncQuery, columns: { updatedAt: string; id: string }, params: unknown[]): { where: string[]; orderBy: string } {
  const where: string[] = [];
  if (q.updatedSince) where.push(`${columns.updatedAt} >= $${params.push(q.updatedSince)}::timestamptz`);
  if (q.after) {
    where.push(`(${columns.updatedAt}, ${columns.id}) > ($${params.push(q.after[0])}::timestamptz, $${params.push(q.after[1])}::uuid)`);
  }
  return { where, orderBy: `${columns.updatedAt}, ${columns.id}` };
}

/** `first + 1` rows in the sync order → a page whose cursor is (updatedAt, id). */
export function toSyncPage<T extends { updatedAt: Date | string }>(rows: T[], first: number, idOf: (row: T) => string): Page<T> {
  return toPage(rows, first, (row) => [new Date(row.updatedAt).toISOString(), idOf(row), SYNC_TAG]);
}
