import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate } from '@qt/server-core';
import { OrganisationKind } from '@qt/shared-domain';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';

export const ORG_BULK_MAX_ROWS = 10_000;
const CODE_PATTERN = /^[A-Za-z0-9._-]{1,32}$/;
const CODE_MESSAGE = 'must be 1-32 of A-Z a-z 0-9 . _ -';
const nfc = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value);

/**
 * One organisation as the national party-member database (CSDL đảng viên 3.0)
 * sends it: keyed by its code, its parent given by code.
 */
export class OrganisationRowInput {
  @ApiProperty({ example: 'DUK.BCT.VP', description: 'Unique code (mã tổ chức đảng): the key of the upsert' })
  @IsString() @Matches(CODE_PATTERN, { message: `code ${CODE_MESSAGE}` })
  code!: string;

  @ApiProperty({ example: 'Chi bộ Văn phòng' })
  @Transform(nfc) @IsString() @Length(1, 255)
  name!: string;

  @ApiProperty({ enum: OrganisationKind, enumName: 'OrganisationKind' })
  @IsEnum(OrganisationKind)
  kind!: OrganisationKind;

  @ApiProperty({
    example: 'DUK.BCT',
    description: 'Code of the parent; a different parent than today moves the organisation and its subtree (restructuring)',
  })
  @IsString() @Matches(CODE_PATTERN, { message: `parentCode ${CODE_MESSAGE}` })
  parentCode!: string;

  @ApiPropertyOptional({ example: 'Bộ Công Thương', description: 'Omitted: keep the current value' })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(255)
  agency?: string;

  @ApiPropertyOptional({ format: 'date', example: '2020-10-01' })
  @IsOptional() @IsCalendarDate()
  termStart?: string;

  @ApiPropertyOptional({ format: 'date', example: '2025-10-01' })
  @IsOptional() @IsCalendarDate()
  termEnd?: string;

  @ApiPropertyOptional({ format: 'date', description: 'For a new organisation; defaults to today' })
  @IsOptional() @IsCalendarDate()
  activeFrom?: string;
}

export class BulkOrganisationsBody {
  @ApiProperty({ type: [OrganisationRowInput], maxItems: ORG_BULK_MAX_ROWS })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(ORG_BULK_MAX_ROWS)
  @ValidateNested({ each: true }) @Type(() => OrganisationRowInput)
  rows!: OrganisationRowInput[];
}

export enum OrganisationBulkOutcome {
  created = 'created',
  updated = 'updated',
  moved = 'moved',
  unchanged = 'unchanged',
  error = 'error',
}

export class BulkOrganisationRowResult {
  @ApiProperty({ description: '1-based position in rows' }) row!: number;
  @ApiProperty() code!: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The organisation id (unchanged by a move)' })
  id!: string | null;
  @ApiProperty({ enum: OrganisationBulkOutcome, enumName: 'OrganisationBulkOutcome', description: 'moved: its parent changed (and maybe other fields)' })
  outcome!: OrganisationBulkOutcome;
  @ApiProperty({ type: [String] }) errors!: string[];
}

export class BulkOrganisationsResult {
  @ApiProperty() total!: number;
  @ApiProperty() created!: number;
  @ApiProperty() updated!: number;
  @ApiProperty({ description: 'Organisations that moved under a new parent (with their subtrees)' }) moved!: number;
  @ApiProperty() unchanged!: number;
  @ApiProperty({ description: 'Rows refused and not written' }) failed!: number;
  @ApiProperty({ type: [BulkOrganisationRowResult] }) rows!: BulkOrganisationRowResult[];
}
