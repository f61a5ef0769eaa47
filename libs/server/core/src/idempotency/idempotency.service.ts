import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppException, ErrorCode } from '../errors/app-exception';

export interface IdempotentResult<T> {
  status: number;
  body: T;
  /** True when this is the stored answer of an earlier request with the same key. */
  replayed: boolean;
}

export function sha256(input: Buffer | string): string {
  return createHash('sha256').update(input).digest('hex');
}

const KEY_PATTERN = /^[A-Za-z0-9._:-]{8,255}$/;

/**
 * Idempotency keys (`Idempotency-Key` header): the first request with a key
 * does the work and its answer is stored in the same transaction; a retry
 * with the same key and body gets the stored answer and writes nothing; the
 * same key with another body is refused with 422; a retry while the first is
 * still running waits on the key's row lock and then gets the stored answer.
 */
@Injectable()
export class IdempotencyService {
  constructor(private readonly dataSource: DataSource) {}

  validateKey(key: string | undefined): string | undefined {
    if (key === undefined || key === '') return undefined;
    if (!KEY_PATTERN.test(key)) {
      throw AppException.badInput('Idempotency-Key must be 8-255 characters of A-Z a-z 0-9 . _ : -', 'Idempotency-Key');
    }
    return key;
  }

  /**
   * Runs `work` in one transaction guarded by the key. Without a key, `work`
   * just runs in a transaction.
   */
  async run<T>(
    scope: string,
    key: string | undefined,
    requestHash: string,
    work: (manager: EntityManager) => Promise<{ status: number; body: T }>,
  ): Promise<IdempotentResult<T>> {
    return this.dataSource.transaction(async (manager) => {
      if (!key) {
        const result = await work(manager);
        return { ...result, replayed: false };
      }
      // Inserting the key takes its row lock: a concurrent retry blocks here until we commit.
      const inserted = await manager.query(
        `INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3)
         ON CONFLICT (scope, key) DO NOTHING RETURNING key`,
        [scope, key, requestHash],
      );
      if (inserted.length === 0) {
        const [existing] = await manager.query(
          `SELECT request_hash, response_status, response_body FROM idempotency_keys WHERE scope = $1 AND key = $2`,
          [scope, key],
        );
        if (existing.request_hash !== requestHash) {
          throw new AppException(
            ErrorCode.UNPROCESSABLE,
            'This Idempotency-Key was already used with a different request body',
            [{ field: 'Idempotency-Key', messages: ['reused with a different body'] }],
          );
        }
        if (existing.response_status === null) {
          throw AppException.conflict('A request with this Idempotency-Key is still running', 'Idempotency-Key');
        }
        return { status: existing.response_status, body: existing.response_body as T, replayed: true };
      }
      const result = await work(manager);
      await manager.query(
        `UPDATE idempotency_keys SET response_status = $3, response_body = $4, completed_at = now()
         WHERE scope = $1 AND key = $2`,
        [scope, key, result.status, JSON.stringify(result.body)],
      );
      return { ...result, replayed: false };
    });
  }
}

/** Forgets idempotency keys older than `days` (maintenance job). Returns how many were removed. */
export async function purgeIdempotencyKeys(manager: EntityManager, days = 7): Promise<number> {
  const [, count] = await manager.query(
    `DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(days => $1)`,
    [days],
  );
  return Number(count ?? 0);
}
