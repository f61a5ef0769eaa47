import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppException, ErrorCode } from '../errors/app-exception';

/** Where an uploaded file went and what it was. */
export interface StoredFile {
  key: string;
  sizeBytes: number;
  sha256: string;
}

/**
 * A small storage interface for uploaded files (study materials, essay
 * attachments). The default keeps files on local disk under STORAGE_DIR; an
 * object store can replace it behind the same three calls.
 */
export abstract class FileStorage {
  /** Stores the stream; refuses (413, nothing kept) when it exceeds `maxBytes`. */
  abstract put(content: Readable | Buffer, maxBytes: number): Promise<StoredFile>;
  abstract open(key: string): Promise<Readable>;
  abstract remove(key: string): Promise<void>;
}

function tooLarge(maxBytes: number): AppException {
  return new AppException(ErrorCode.PAYLOAD_TOO_LARGE, `File is larger than ${Math.floor(maxBytes / 1024 / 1024)} MiB`, [
    { field: 'file', messages: [`must be at most ${maxBytes} bytes`] },
  ]);
}

const KEY_PATTERN = /^\d{4}\/\d{2}\/[0-9a-f-]{36}$/;

export class LocalDiskStorage extends FileStorage {
  constructor(private readonly root: string) {
    super();
  }

  private pathOf(key: string): string {
    if (!KEY_PATTERN.test(key)) throw AppException.notFound('File');
    return join(resolve(this.root), key);
  }

  async put(content: Readable | Buffer, maxBytes: number): Promise<StoredFile> {
    const now = new Date();
    const key = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
    const target = this.pathOf(key);
    const partial = `${target}.part`;
    await mkdir(resolve(target, '..'), { recursive: true });
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        if (size > maxBytes) {
          done(tooLarge(maxBytes));
          return;
        }
        hash.update(chunk);
        done(null, chunk);
      },
    });
    const source = Buffer.isBuffer(content) ? Readable.from([content]) : content;
    try {
      await pipeline(source, meter, createWriteStream(partial, { flags: 'wx' }));
      // Multipart parsers truncate silently at their own limit; treat that as too large too.
      if ((source as Readable & { truncated?: boolean }).truncated) {
        throw tooLarge(maxBytes);
      }
      await rename(partial, target);
    } catch (err) {
      await rm(partial, { force: true });
      throw err;
    }
    return { key, sizeBytes: size, sha256: hash.digest('hex') };
  }

  async open(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    await stat(path).catch(() => {
      throw AppException.notFound('File');
    });
    return createReadStream(path);
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
