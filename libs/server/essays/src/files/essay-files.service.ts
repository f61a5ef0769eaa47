import { extname } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable, StreamableFile } from '@nestjs/common';
import { AccessScope, AppConfig, AppException, FileStorage } from '@qt/server-core';
import type { FastifyRequest } from 'fastify';
import { ESSAY_MAX_CHARS } from '../dtos/essay.dto';
import { Essay } from '../essay.types';
import { EssayRow } from '../essays.repository';
import { EssaysService } from '../essays.service';

/** Attachments accepted for essays, by file extension, with the content type they are served with. */
export const ESSAY_FILE_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.txt': 'text/plain; charset=utf-8',
};

/** Multipart request as @fastify/multipart decorates it. */
type MultipartRequest = FastifyRequest & {
  file: () => Promise<
    | {
      filename: string;
      file: NodeJS.ReadableStream & { truncated?: boolean; resume: () => void };
      fields: Record<string, unknown>;
    }
    | undefined
  >;
  isMultipart: () => boolean;
};

const drain = (stream: NodeJS.ReadableStream) =>
  pipeline(stream, new Writable({ write: (_chunk, _enc, done) => done() })).catch(() => undefined);

/** Essay attachments: upload (one file per request, streamed to FileStorage) and download. */
@Injectable()
export class EssayFilesService {
  constructor(
    private readonly essays: EssaysService,
    private readonly storage: FileStorage,
    private readonly config: AppConfig,
  ) {}

  /**
   * Attaches a file to the caller's essay (replacing the previous one). A text field `body` sent
   * before the file part submits or edits the text in the same step; without an essay yet, it is required.
   */
  async upload(scope: AccessScope, campaignId: string, req: MultipartRequest): Promise<Essay> {
    if (!req.isMultipart()) throw AppException.badInput('Send multipart/form-data with one part named file', 'file');
    const part = await req.file();
    if (!part) throw AppException.badInput('A file is required', 'file');
    const type = ESSAY_FILE_TYPES[extname(part.filename ?? '').toLowerCase()];
    if (!type) {
      await drain(part.file);
      throw AppException.badInput(`Allowed files: ${Object.keys(ESSAY_FILE_TYPES).join(', ')}`, 'file');
    }
    const bodyField = part.fields.body as { type?: string; value?: unknown } | undefined;
    let body: string | undefined;
    if (bodyField?.type === 'field' && typeof bodyField.value === 'string') {
      body = bodyField.value.normalize('NFC').trim();
      if (body.length === 0 || body.length > ESSAY_MAX_CHARS) {
        await drain(part.file);
        throw AppException.badInput(`body must be 1-${ESSAY_MAX_CHARS} characters`, 'body');
      }
    }
    const stored = await this.storage.put(part.file as never, this.config.UPLOAD_MAX_MEGABYTES * 1024 * 1024);
    const name = part.filename.normalize('NFC').slice(-255);
    return this.essays.writeOwn(scope, campaignId, { body, file: { key: stored.key, name, contentType: type, sizeBytes: stored.sizeBytes } }, 'file');
  }

  async download(row: EssayRow): Promise<StreamableFile> {
    if (!row.fileStorageKey) throw AppException.notFound('File');
    const stream = await this.storage.open(row.fileStorageKey);
    const name = row.fileName ?? 'thu-hoach';
    const ascii = name.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'file';
    return new StreamableFile(stream, {
      type: row.fileContentType ?? 'application/octet-stream',
      length: row.fileSizeBytes ?? undefined,
      disposition: `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    });
  }
}
