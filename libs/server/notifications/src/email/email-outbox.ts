import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { JOBS, QUEUES } from '@qt/server-core';
import { Queue } from 'bullmq';
import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { SendEmailJob } from '../jobs/job-payloads';

export const emailJobId = (notificationId: string) => `email.${notificationId}`;

/**
 * Sends e-mail jobs only once the notifications are committed: rows written
 * inside a transaction wait here (keyed by its query runner) until TypeORM
 * reports the outermost COMMIT; a rollback drops them. A job id per
 * notification keeps a second enqueue harmless.
 */
@Injectable()
export class EmailOutbox implements EntitySubscriberInterface, OnModuleInit {
  private readonly logger = new Logger(EmailOutbox.name);
  private readonly pending = new WeakMap<QueryRunner, string[]>();

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.notifications) private readonly queue: Queue,
  ) {}

  onModuleInit(): void {
    if (!this.dataSource.subscribers.includes(this)) this.dataSource.subscribers.push(this);
  }

  /** Enqueues now when `manager` is outside a transaction, else after its commit. */
  async afterWrite(manager: EntityManager, notificationIds: string[]): Promise<void> {
    if (notificationIds.length === 0) return;
    const runner = manager.queryRunner;
    if (runner?.isTransactionActive) {
      this.pending.set(runner, [...(this.pending.get(runner) ?? []), ...notificationIds]);
      return;
    }
    await this.enqueue(notificationIds);
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    if (event.queryRunner.isTransactionActive) return; // a savepoint was released; the outer transaction goes on
    const ids = this.pending.get(event.queryRunner);
    if (!ids) return;
    this.pending.delete(event.queryRunner);
    await this.enqueue(ids);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }

  /** Never throws: the notifications are committed; an e-mail that cannot be queued is logged, the in-app copy stays. */
  private async enqueue(ids: string[]): Promise<void> {
    try {
      await this.queue.addBulk(
        ids.map((notificationId) => ({
          name: JOBS.sendEmail,
          data: { notificationId } satisfies SendEmailJob,
          opts: { jobId: emailJobId(notificationId) },
        })),
      );
    } catch (err) {
      this.logger.warn(`Could not queue ${ids.length} e-mail(s): ${(err as Error).message}`);
    }
  }
}
