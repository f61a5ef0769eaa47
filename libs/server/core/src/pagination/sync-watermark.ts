import { applyDecorators, CallHandler, ExecutionContext, Injectable, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { from, Observable, switchMap } from 'rxjs';
import { DataSource } from 'typeorm';

export const SYNC_UNTIL_HEADER = 'X-Sync-Until';

/**
 * The instant before which every change is committed and visible: the start of
 * the oldest transaction still open (or now). `updated_at` is the start of the
 * writing transaction, so a long write (a 100,000-row bulk upsert) commits rows
 * stamped earlier than rows of shorter transactions that committed before it.
 * A client that continues from the largest `updatedAt` it saw could miss them;
 * continuing from this watermark it cannot.
 */
export async function syncWatermark(dataSource: DataSource): Promise<Date> {
  const [row] = await dataSource.query(
    `SELECT least(now(), coalesce(min(xact_start), now())) AS until
       FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL`,
  );
  return new Date(row.until);
}

/** Sets X-Sync-Until, computed before the page is read, on a collection other systems sync. */
@Injectable()
export class SyncWatermarkInterceptor implements NestInterceptor {
  constructor(private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const reply = context.switchToHttp().getResponse<{ header(name: string, value: string): unknown }>();
    return from(syncWatermark(this.dataSource)).pipe(
      switchMap((until) => {
        // Milliseconds, rounded down, like updated_at.
        reply.header(SYNC_UNTIL_HEADER, new Date(Math.floor(until.getTime())).toISOString());
        return next.handle();
      }),
    );
  }
}

/**
 * Collection decorator: the answer carries X-Sync-Until, the `updatedSince` to
 * send next time (documented on the 200 answer through `x-sync-until`).
 */
export function SyncCollection(): MethodDecorator {
  return applyDecorators(UseInterceptors(SyncWatermarkInterceptor), ApiExtension('x-sync-until', true));
}
