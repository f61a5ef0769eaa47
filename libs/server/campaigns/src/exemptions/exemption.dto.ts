import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, PageArgs } from '@qt/server-core';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { ExemptionReason } from '../common/enums';
import { nfc } from '../resolutions/resolution.dto';

@InputType()
export class CreateExemptionInput {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) @IsUUID() memberId!: string;

  @Field(() => ExemptionReason) @ApiProperty({ enum: ExemptionReason, enumName: 'ExemptionReason' })
  @IsEnum(ExemptionReason) reason!: ExemptionReason;

  @Field({ description: 'Basis (căn cứ), e.g. the decision number' })
  @ApiProperty({ example: 'Quyết định số 15-QĐ/ĐU ngày 02/01/2026 của Đảng ủy', maxLength: 500 })
  @Transform(nfc) @IsString() @Length(3, 500) basis!: string;

  @Field() @ApiProperty({ format: 'date' }) @IsCalendarDate() validFrom!: string;

  @Field({ nullable: true, description: 'Last day (inclusive); open-ended when left out' })
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsCalendarDate() validTo?: string;
}

@InputType()
export class EndExemptionInput {
  @Field({ description: 'Last day (inclusive) of the exemption' }) @ApiProperty({ format: 'date' }) @IsCalendarDate() validTo!: string;
}

@ArgsType()
export class ExemptionsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only members now in this subtree' }) @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID() organisationId?: string;

  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() memberId?: string;

  @Field({ nullable: true, description: 'Only exemptions in force on this date' }) @ApiPropertyOptional({ format: 'date' })
  @IsOptional() @IsCalendarDate() activeOn?: string;
}
