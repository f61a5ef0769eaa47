import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageArgs } from '@qt/server-core';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

@ArgsType()
export class AuditQueryArgs extends PageArgs {
  @Field({ nullable: true }) @ApiPropertyOptional({ example: 'member' })
  @IsOptional() @IsString() @Matches(/^[a-z_.]{1,60}$/) entityType?: string;

  @Field({ nullable: true }) @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(64) entityId?: string;

  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID() actorUserId?: string;
}
