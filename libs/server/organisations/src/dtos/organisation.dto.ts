import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOmittable, SyncPageArgs } from '@qt/server-core';
import { CommitteeOffice, OrganisationKind } from '@qt/shared-domain';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';

const CODE_PATTERN = /^[A-Za-z0-9._-]{1,32}$/;
const nfc = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value);

@InputType()
export class CreateOrganisationInput {
  @Field() @ApiProperty({ example: 'DUK.BCT.VP', description: 'Unique code, 1-32 of A-Z a-z 0-9 . _ -' })
  @IsString() @Matches(CODE_PATTERN, { message: 'code must be 1-32 of A-Z a-z 0-9 . _ -' }) code!: string;

  @Field() @ApiProperty({ example: 'Chi bộ Văn phòng' })
  @Transform(nfc) @IsString() @Length(1, 255) name!: string;

  @Field(() => OrganisationKind) @ApiProperty({ enum: OrganisationKind, enumName: 'OrganisationKind' })
  @IsEnum(OrganisationKind) kind!: OrganisationKind;

  @Field(() => ID) @ApiProperty({ format: 'uuid', description: 'Parent organisation (the root is created at installation)' })
  @IsUUID() parentId!: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ example: 'Bộ Công Thương' })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(255) agency?: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ format: 'date', example: '2020-10-01' })
  @IsOptional() @IsCalendarDate() termStart?: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ format: 'date', example: '2025-10-01' })
  @IsOptional() @IsCalendarDate() termEnd?: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ format: 'date', description: 'Defaults to today' })
  @IsOptional() @IsCalendarDate() activeFrom?: string;
}

@InputType()
export class UpdateOrganisationInput {
  @Field({ nullable: true }) @ApiPropertyOptional()
  @IsOmittable() @Transform(nfc) @IsString() @Length(1, 255) name?: string;

  @Field({ nullable: true }) @ApiPropertyOptional()
  @IsOmittable() @Matches(CODE_PATTERN, { message: 'code must be 1-32 of A-Z a-z 0-9 . _ -' }) code?: string;

  @Field(() => OrganisationKind, { nullable: true }) @ApiPropertyOptional({ enum: OrganisationKind, enumName: 'OrganisationKind' })
  @IsOmittable() @IsEnum(OrganisationKind) kind?: OrganisationKind;

  @Field({ nullable: true }) @ApiPropertyOptional()
  @IsOmittable() @Transform(nfc) @IsString() @MaxLength(255) agency?: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ format: 'date' })
  @IsOmittable() @IsCalendarDate() termStart?: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ format: 'date' })
  @IsOmittable() @IsCalendarDate() termEnd?: string;
}

@InputType()
export class MoveOrganisationInput {
  @Field(() => ID) @ApiProperty({ format: 'uuid', description: 'The new parent' })
  @IsUUID() newParentId!: string;
}

@InputType()
export class DissolveOrganisationInput {
  @Field() @ApiProperty({ format: 'date', description: 'Date of dissolution (giải thể)' })
  @IsCalendarDate() dissolvedOn!: string;
}

@ArgsType()
export class OrganisationsArgs extends SyncPageArgs {
  @Field({ nullable: true, description: 'Part of the name or code; diacritics and case ignored' })
  @ApiPropertyOptional({ description: 'Part of the name or code; diacritics and case ignored', example: 'tong cuc' })
  @IsOptional() @IsString() @Length(1, 100) search?: string;

  @Field(() => ID, { nullable: true, description: 'Only organisations in this subtree' })
  @ApiPropertyOptional({ format: 'uuid', description: 'Only organisations in this subtree' })
  @IsOptional() @IsUUID() withinId?: string;

  @Field(() => ID, { nullable: true, description: 'Only the direct children of this organisation' })
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID() parentId?: string;

  @Field(() => OrganisationKind, { nullable: true })
  @ApiPropertyOptional({ enum: OrganisationKind, enumName: 'OrganisationKind' })
  @IsOptional() @IsEnum(OrganisationKind) kind?: OrganisationKind;

  @Field({ nullable: true, description: 'Include dissolved organisations (default false)' })
  @ApiPropertyOptional({ default: false })
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean()
  includeDissolved?: boolean;
}

@InputType()
export class AssignOfficeInput {
  @Field(() => ID) @ApiProperty({ format: 'uuid' })
  @IsUUID() memberId!: string;

  @Field(() => CommitteeOffice) @ApiProperty({ enum: CommitteeOffice, enumName: 'CommitteeOffice' })
  @IsEnum(CommitteeOffice) office!: CommitteeOffice;

  @Field() @ApiProperty({ format: 'date' })
  @IsCalendarDate() startDate!: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ format: 'date' })
  @IsOptional() @IsCalendarDate() endDate?: string;
}

@InputType()
export class EndOfficeInput {
  @Field() @ApiProperty({ format: 'date' })
  @IsCalendarDate() endDate!: string;
}

@ArgsType()
export class OfficesArgs {
  @Field({ nullable: true, description: 'Offices held on this date (default today)' })
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional() @IsCalendarDate() onDate?: string;
}

