import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type as TransformType } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { AppException } from '../errors/app-exception';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Cursor arguments shared by GraphQL lists and REST collections. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1-${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})` })
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional() @TransformType(() => Number) @IsInt() @Min(1) @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Opaque cursor: the endCursor of the previous page' })
  @ApiPropertyOptional({ description: 'Opaque cursor: the endCursor of the previous page' })
  @IsOptional() @IsString() @MaxLength(512)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field() @ApiProperty() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) @ApiProperty({ type: String, nullable: true }) endCursor!: string | null;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** Keyset cursor: the sort key values of the last row, base64url JSON. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export type CursorPart = 'string' | 'number' | 'uuid';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const fits = (value: unknown, kind: CursorPart) =>
  kind === 'number' ? typeof value === 'number' || (typeof value === 'string' && /^\d{1,19}$/.test(value))
    : kind === 'uuid' ? typeof value === 'string' && UUID.test(value)
      : typeof value === 'string' && value.length <= 1000;

/** Decodes a keyset cursor whose parts have the given kinds; anything else is a 400 naming `after`. */
export function decodeCursor(cursor: string | undefined, kinds: CursorPart[]): unknown[] | undefined {
  if (!cursor) return undefined;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === kinds.length && values.every((v, i) => fits(v, kinds[i]))) {
      return values;
    }
  } catch {
    // fall through
  }
  throw AppException.badInput('after is not a valid cursor', 'after');
}

/** Takes `first + 1` rows and turns them into a page. */
export function toPage<T>(rows: T[], first: number, cursorOf: (row: T) => unknown[]): Page<T> {
  const hasNextPage = rows.length > first;
  const nodes = hasNextPage ? rows.slice(0, first) : rows;
  const last = nodes[nodes.length - 1];
  return { nodes, pageInfo: { hasNextPage, endCursor: last ? encodeCursor(cursorOf(last)) : null } };
}

/** Connection type for a node type: `{ nodes, pageInfo, totalCount }`, for GraphQL and OpenAPI alike. */
export function Connection<T>(classRef: Type<T>) {
  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [classRef]) @ApiProperty({ type: () => [classRef] }) nodes!: T[];
    @Field(() => PageInfo) @ApiProperty({ type: () => PageInfo }) pageInfo!: PageInfo;
    @Field(() => Int, { nullable: true, description: 'Total matching rows (only when asked for)' })
    @ApiPropertyOptional({ type: Number })
    totalCount?: number;
  }
  return ConnectionType;
}
