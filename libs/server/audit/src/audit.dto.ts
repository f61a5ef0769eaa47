import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, PageArgs } from '@qt/server-core';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

/** Most actions one query may ask for. */
export const AUDIT_ACTIONS_MAX = 20;

@ArgsType()
export class AuditQueryArgs extends PageArgs {
  @Field({ nullable: true }) @ApiPropertyOptional({ example: 'member' })
  @IsOptional() @IsString() @Matches(/^[a-z_.]{1,60}$/) entityType?: string;

  @Field({ nullable: true }) @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(64) entityId?: string;

  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID() actorUserId?: string;

  /** Exact action names (thao tác), any of them; one value or a list (REST: repeat `action=`). */
  @Field(() => [String], { nullable: true, description: 'Exact action names, any of them (e.g. member.create)' })
  @ApiPropertyOptional({ type: [String], example: ['member.create', 'member.update'], description: 'Exact action names, any of them; repeat the parameter for several' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? [value] : value))
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(AUDIT_ACTIONS_MAX)
  @IsString({ each: true }) @Matches(/^[A-Za-z0-9_.-]{1,80}$/, { each: true, message: 'each action must be 1-80 of letters, digits, . _ -' })
  action?: string[];

  /** First calendar day (Asia/Ho_Chi_Minh), inclusive. */
  @Field({ nullable: true, description: 'First day yyyy-MM-dd (Asia/Ho_Chi_Minh), inclusive' })
  @ApiPropertyOptional({ format: 'date', example: '2026-11-01', description: 'First day (Asia/Ho_Chi_Minh), inclusive' })
  @IsOptional() @IsCalendarDate() from?: string;

  /** Last calendar day (Asia/Ho_Chi_Minh), inclusive. */
  @Field({ nullable: true, description: 'Last day yyyy-MM-dd (Asia/Ho_Chi_Minh), inclusive' })
  @ApiPropertyOptional({ format: 'date', example: '2026-11-30', description: 'Last day (Asia/Ho_Chi_Minh), inclusive; not before from' })
  @IsOptional() @IsCalendarDate() to?: string;
}
