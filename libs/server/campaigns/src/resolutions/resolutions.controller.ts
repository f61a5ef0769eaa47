import type {} from '@fastify/multipart';
import { Body, Controller, Get, Header, Param, Patch, Post, Query, Req, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AccessScope, AppException, ErrorCode, ParseIdPipe, Policy, Scope, validationException } from '@qt/server-core';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { AddMaterialLinkInput, CreateResolutionInput, ResolutionsArgs, UpdateResolutionInput, UploadMaterialFields } from './resolution.dto';
import { Resolution, ResolutionConnection, ResolutionMaterial } from './resolution.types';
import { ResolutionsService } from './resolutions.service';
import { contentDisposition } from './upload-rules';

@ApiTags('resolutions')
@ApiBearerAuth()
@Controller('resolutions')
export class ResolutionsController {
  constructor(private readonly service: ResolutionsService) {}

  /** Resolutions, newest first; `search` ignores diacritics ("can bo" finds "cán bộ"). */
  @Get()
  @Policy('resolution.read')
  @ApiOkResponse({ type: ResolutionConnection })
  list(@Query() query: ResolutionsArgs) {
    return this.service.list(query);
  }

  @Get(':id')
  @Policy('resolution.read')
  @ApiOkResponse({ type: Resolution })
  get(@Param('id', ParseIdPipe) id: string) {
    return this.service.get(id);
  }

  /** Bloc-level propaganda board or administrator of the root only. */
  @Post()
  @Policy('resolution.write')
  @ApiCreatedResponse({ type: Resolution })
  create(@Scope() scope: AccessScope, @Body() body: CreateResolutionInput) {
    return this.service.create(scope, body);
  }

  @Patch(':id')
  @Policy('resolution.write')
  @ApiOkResponse({ type: Resolution })
  update(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateResolutionInput) {
    return this.service.update(scope, id, body);
  }

  /** A study material given as a link. */
  @Post(':id/materials')
  @Policy('resolution.write')
  @ApiCreatedResponse({ type: ResolutionMaterial })
  addLink(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: AddMaterialLinkInput) {
    return this.service.addLink(scope, id, body);
  }

  /**
   * Uploads a study material file (multipart/form-data): the fields `kind`
   * (RESEARCH, STUDY, QA) and optional `title` first, then one `file` part.
   * Accepted: PDF, Word, Excel, PowerPoint, OpenDocument, text, PNG/JPEG, MP3, MP4
   * (decided by the extension); larger than UPLOAD_MAX_MEGABYTES → 413.
   */
  @Post(':id/materials/upload')
  @Policy('resolution.write')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['kind', 'file'],
      properties: {
        kind: { type: 'string', enum: ['RESEARCH', 'STUDY', 'QA'] },
        title: { type: 'string', maxLength: 500 },
        file: { type: 'string', format: 'binary' },
      },
    },
  })
  @ApiCreatedResponse({ type: ResolutionMaterial })
  @ApiPayloadTooLargeResponse({ description: 'File larger than UPLOAD_MAX_MEGABYTES' })
  @ApiUnprocessableEntityResponse({ description: 'File type not accepted (field "file")' })
  async upload(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Req() req: FastifyRequest) {
    if (!req.isMultipart()) throw AppException.badInput('Send multipart/form-data with a file part', 'file');
    const part = await req.file();
    if (!part) throw AppException.badInput('file is missing', 'file');
    const values: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(part.fields)) {
      const one = Array.isArray(field) ? field[0] : field;
      if (one && one.type === 'field' && name !== part.fieldname) values[name] = one.value;
    }
    const fields = plainToInstance(UploadMaterialFields, values);
    const errors = validateSync(fields, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) {
      part.file.resume();
      throw validationException(errors);
    }
    try {
      return await this.service.upload(scope, id, fields.kind, fields.title, { fileName: part.filename, stream: part.file });
    } catch (err) {
      if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
        throw new AppException(ErrorCode.PAYLOAD_TOO_LARGE, 'File is too large', [{ field: 'file', messages: ['file is too large'] }]);
      }
      throw err;
    }
  }
}

@ApiTags('resolutions')
@ApiBearerAuth()
@Controller('materials')
export class MaterialsController {
  constructor(private readonly service: ResolutionsService) {}

  /** Downloads a stored study material with its original (Vietnamese) file name. */
  @Get(':id/file')
  @Policy('resolution.read')
  @Header('X-Content-Type-Options', 'nosniff')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ description: 'Unknown material, or a link (no file)' })
  async download(@Param('id', ParseIdPipe) id: string): Promise<StreamableFile> {
    const { file, stream } = await this.service.download(id);
    return new StreamableFile(stream, {
      type: file.contentType ?? 'application/octet-stream',
      disposition: contentDisposition(file.fileName ?? 'tai-lieu'),
      length: file.sizeBytes ?? undefined,
    });
  }
}
