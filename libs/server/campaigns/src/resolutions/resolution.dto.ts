import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOmittable, PageArgs } from '@qt/server-core';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUrl, Length, Matches, MaxLength } from 'class-validator';
import { MaterialKind, ResolutionType } from '../common/enums';

/** Strings are stored NFC and trimmed. */
export const nfc = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value);

/** Codes such as 26-NQ/TW, 02-NQ/ĐUK, 04-KL/ĐUK: letters (with diacritics), digits and - / . */
export const RESOLUTION_CODE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}./-]{0,63}$/u;

@InputType()
export class CreateResolutionInput {
  @Field({ description: 'Code, e.g. 26-NQ/TW' }) @ApiProperty({ example: '26-NQ/TW' })
  @Transform(nfc) @IsString() @Matches(RESOLUTION_CODE_PATTERN, { message: 'code must be 1-64 of letters, digits, . / -' })
  code!: string;

  @Field() @ApiProperty({ maxLength: 500 })
  @Transform(nfc) @IsString() @Length(1, 500) title!: string;

  @Field() @ApiProperty({ example: 'Ban Chấp hành Trung ương', maxLength: 255 })
  @Transform(nfc) @IsString() @Length(1, 255) issuer!: string;

  @Field({ description: 'yyyy-MM-dd' }) @ApiProperty({ format: 'date', example: '2018-05-19' })
  @IsCalendarDate() issuedOn!: string;

  @Field(() => ResolutionType) @ApiProperty({ enum: ResolutionType, enumName: 'ResolutionType' })
  @IsEnum(ResolutionType) type!: ResolutionType;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: 10000 })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(10000) summary?: string;
}

@InputType()
export class UpdateResolutionInput {
  @Field({ nullable: true }) @ApiPropertyOptional()
  @IsOmittable() @Transform(nfc) @IsString() @Matches(RESOLUTION_CODE_PATTERN, { message: 'code must be 1-64 of letters, digits, . / -' })
  code?: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: 500 })
  @IsOmittable() @Transform(nfc) @IsString() @Length(1, 500) title?: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ maxLength: 255 })
  @IsOmittable() @Transform(nfc) @IsString() @Length(1, 255) issuer?: string;

  @Field({ nullable: true }) @ApiPropertyOptional({ format: 'date' })
  @IsOmittable() @IsCalendarDate() issuedOn?: string;

  @Field(() => ResolutionType, { nullable: true }) @ApiPropertyOptional({ enum: ResolutionType, enumName: 'ResolutionType' })
  @IsOmittable() @IsEnum(ResolutionType) type?: ResolutionType;

  @Field(() => String, { nullable: true, description: 'null clears it' })
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @IsOptional() @Transform(nfc) @IsString() @MaxLength(10000) summary?: string | null;
}

@InputType()
export class AddMaterialLinkInput {
  @Field(() => MaterialKind) @ApiProperty({ enum: MaterialKind, enumName: 'MaterialKind' })
  @IsEnum(MaterialKind) kind!: MaterialKind;

  @Field() @ApiProperty({ maxLength: 500 })
  @Transform(nfc) @IsString() @Length(1, 500) title!: string;

  @Field({ description: 'http(s) link' }) @ApiProperty({ example: 'https://tuyengiao.vn/tai-lieu-hoc-tap-tw7' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) link' }) @MaxLength(2000)
  url!: string;
}

/** Form fields of a material upload (multipart, sent before the file part). */
export class UploadMaterialFields {
  @ApiProperty({ enum: MaterialKind, enumName: 'MaterialKind' })
  @IsEnum(MaterialKind) kind!: MaterialKind;

  @ApiPropertyOptional({ maxLength: 500, description: 'Default: the file name' })
  @IsOptional() @Transform(nfc) @IsString() @Length(1, 500) title?: string;
}

@ArgsType()
export class ResolutionsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Part of the code or title; diacritics and case ignored' })
  @ApiPropertyOptional({ example: 'can bo cap chien luoc' })
  @IsOptional() @IsString() @Length(1, 100) search?: string;

  @Field(() => ResolutionType, { nullable: true }) @ApiPropertyOptional({ enum: ResolutionType, enumName: 'ResolutionType' })
  @IsOptional() @IsEnum(ResolutionType) type?: ResolutionType;
}
