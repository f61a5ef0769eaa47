import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageArgs } from '@qt/server-core';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsOptional, IsUUID } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

@ArgsType()
export class MyNotificationsArgs extends PageArgs {
  @Field({ nullable: true, defaultValue: false, description: 'Only notifications not read yet' })
  @ApiPropertyOptional({ default: false })
  @IsOptional() @Transform(toBoolean) @IsBoolean()
  unreadOnly?: boolean;
}

/** Either `ids` (your notifications) or `all: true`. */
@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true }) @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 500 })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @IsUUID('all', { each: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Mark every notification of yours read' }) @ApiPropertyOptional()
  @IsOptional() @IsBoolean()
  all?: boolean;
}
