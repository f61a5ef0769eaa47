import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Role } from '@qt/shared-domain';
import { Connection, PageArgs } from '@qt/server-core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { UserAccount } from './me.types';

@InputType()
export class RoleGrantInput {
  @Field(() => Role) @ApiProperty({ enum: Role, enumName: 'Role' })
  @IsEnum(Role) role!: Role;

  @Field(() => ID) @ApiProperty({ format: 'uuid' })
  @IsUUID() organisationId!: string;
}

@InputType()
export class CreateUserInput {
  @Field() @ApiProperty({ example: 'tuyengiao.bo-ct' })
  @IsString() @Matches(/^[a-z0-9._-]{3,64}$/, { message: 'username must be 3-64 of a-z 0-9 . _ -' })
  username!: string;

  @Field() @ApiProperty({ example: 'Nguyễn Thị Hoa' })
  @IsString() @Length(1, 120) displayName!: string;

  @Field() @ApiProperty({ format: 'password', description: '12-128 characters with a letter and a digit' })
  @IsString() @Length(1, 128) password!: string;

  @Field(() => ID, { nullable: true }) @ApiPropertyOptional({ format: 'uuid', description: 'The party member this user is' })
  @IsOptional() @IsUUID() memberId?: string;

  @Field(() => String, { nullable: true, description: 'E-mail address for notifications (thông báo)' })
  @ApiPropertyOptional({ format: 'email', maxLength: 254, example: 'hoa.nt@example.gov.vn' })
  @IsOptional() @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254) email?: string;

  @Field(() => [RoleGrantInput], { nullable: true }) @ApiPropertyOptional({ type: [RoleGrantInput] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => RoleGrantInput)
  roles?: RoleGrantInput[];
}

@InputType()
export class SetUserActiveInput {
  @Field() @ApiProperty()
  @IsBoolean() isActive!: boolean;
}

/** Sets (or, with null, removes) the e-mail address a user's notifications are sent to. */
@InputType()
export class SetUserEmailInput {
  @Field(() => String, { nullable: true }) @ApiProperty({ format: 'email', maxLength: 254, nullable: true, type: String })
  @IsOptional() @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254) email!: string | null;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field({ nullable: true }) @ApiPropertyOptional({ description: 'Part of the username or name, diacritics ignored' })
  @IsOptional() @IsString() @Length(1, 100) search?: string;
}

@ObjectType()
export class UserAccountConnection extends Connection(UserAccount) {}
