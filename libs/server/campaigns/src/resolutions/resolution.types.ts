import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Connection } from '@qt/server-core';
import { MaterialKind, ResolutionType } from '../common/enums';

/** A study material (tài liệu) of a resolution: a link, or a stored file downloaded at GET /api/v1/materials/{id}/file. */
@ObjectType()
export class ResolutionMaterial {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) resolutionId!: string;
  @Field(() => MaterialKind) @ApiProperty({ enum: MaterialKind, enumName: 'MaterialKind' }) kind!: MaterialKind;
  @Field() @ApiProperty({ example: 'Tài liệu học tập các nghị quyết Hội nghị Trung ương 7 khóa XII' }) title!: string;
  @Field(() => String, { nullable: true, description: 'External link (null for a stored file)' })
  @ApiPropertyOptional({ type: String, nullable: true }) url!: string | null;
  @Field(() => String, { nullable: true, description: 'Original file name (null for a link)' })
  @ApiPropertyOptional({ type: String, nullable: true }) fileName!: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) contentType!: string | null;
  @Field(() => Int, { nullable: true }) @ApiPropertyOptional({ type: Number, nullable: true }) sizeBytes!: number | null;
  @Field(() => String, { nullable: true, description: 'Download path of a stored file' })
  @ApiPropertyOptional({ type: String, nullable: true, example: '/api/v1/materials/…/file' }) downloadPath!: string | null;
  @Field() @ApiProperty() createdAt!: Date;
}

/** A resolution (nghị quyết), directive, conclusion or regulation: global reference data. */
@ObjectType()
export class Resolution {
  @Field(() => ID) @ApiProperty({ format: 'uuid' }) id!: string;
  @Field() @ApiProperty({ example: '26-NQ/TW' }) code!: string;
  @Field() @ApiProperty({ example: 'Về tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược…' }) title!: string;
  @Field({ description: 'Issuing body (cơ quan ban hành)' }) @ApiProperty({ example: 'Ban Chấp hành Trung ương' }) issuer!: string;
  @Field({ description: 'yyyy-MM-dd' }) @ApiProperty({ format: 'date', example: '2018-05-19' }) issuedOn!: string;
  @Field(() => ResolutionType) @ApiProperty({ enum: ResolutionType, enumName: 'ResolutionType' }) type!: ResolutionType;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) summary!: string | null;
  @Field(() => [ResolutionMaterial]) @ApiProperty({ type: [ResolutionMaterial] }) materials!: ResolutionMaterial[];
  @Field() @ApiProperty() updatedAt!: Date;
}

@ObjectType()
export class ResolutionConnection extends Connection(Resolution) {}

/** A stored material file, for the download route (never sent out). */
export interface MaterialFileRecord {
  id: string;
  storageKey: string | null;
  fileName: string | null;
  contentType: string | null;
  sizeBytes: number | null;
}
