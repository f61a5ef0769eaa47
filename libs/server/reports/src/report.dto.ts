import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageArgs } from '@qt/server-core';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ReportSnapshotStatus } from './report-api.types';

const nfc = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value);
const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

@InputType()
export class GenerateReportInput {
  @Field(() => ID, { description: 'The organisation whose subtree the report covers (in your scope)' })
  @ApiProperty({ format: 'uuid' })
  @IsUUID() rootOrganisationId!: string;

  @Field(() => Int, { description: 'The year reported on (not after the current year)' })
  @ApiProperty({ minimum: 2000, maximum: 2100, example: 2026 })
  @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Idempotency key (8-255 of A-Z a-z 0-9 . _ : -): the same key again returns the same job. REST: the Idempotency-Key header',
  })
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9._:-]{8,255}$/, { message: 'requestKey must be 8-255 of A-Z a-z 0-9 . _ : -' })
  requestKey?: string;
}

@ArgsType()
export class ReportsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this root organisation (its versions, newest first)' })
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID() rootOrganisationId?: string;

  @Field(() => Int, { nullable: true }) @ApiPropertyOptional({ minimum: 2000, maximum: 2100 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;

  @Field(() => ReportSnapshotStatus, { nullable: true })
  @ApiPropertyOptional({ enum: ReportSnapshotStatus, enumName: 'ReportSnapshotStatus' })
  @IsOptional() @IsEnum(ReportSnapshotStatus) status?: ReportSnapshotStatus;
}

@ArgsType()
export class ReportRowsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Only organisations below target on at least one metric' })
  @ApiPropertyOptional({ type: Boolean })
  @IsOptional() @Transform(toBool) @IsBoolean() belowTargetOnly?: boolean;

  @Field(() => Int, { nullable: true, description: 'Only rows down to this depth below the root (0 = the root)' })
  @ApiPropertyOptional({ minimum: 0, maximum: 20 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(20) maxDepth?: number;

  @Field(() => ID, { nullable: true, description: 'Only the direct children of this organisation' })
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID() parentId?: string;
}

/** GraphQL arguments of reportRows (REST takes the snapshot from the path). */
@ArgsType()
export class ReportRowsQueryArgs extends ReportRowsArgs {
  @Field(() => ID, { description: 'The snapshot' })
  @IsUUID() snapshotId!: string;
}

@InputType()
export class AcceptReportInput {
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(4000) comment?: string;
}

@InputType()
export class ReturnReportInput {
  @Field({ description: 'Why the report goes back (required)' }) @ApiProperty({ maxLength: 4000, example: 'Đề nghị bổ sung số liệu bài thu hoạch' })
  @Transform(nfc) @IsString() @Length(1, 4000) comment!: string;
}
