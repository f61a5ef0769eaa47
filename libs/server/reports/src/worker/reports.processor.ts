import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, JOBS, QUEUES, toCalendarDate } from '@qt/server-core';
import { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { ComputeResult, ReportComputeService } from '../compute/report-compute.service';
import { ReportsRepository } from '../reports.repository';
import { enqueueReportJob } from '../reports.service';

export const ANNUAL_SCHEDULER_ID = 'annual-reports';
export const SCHEDULE_TZ = 'Asia/Ho_Chi_Minh';

/**
 * Worker of QUEUES.reports:
 * - JOBS.computeAnnualReport {jobId}: computes one report job (idempotent, see ReportComputeService), with
 *   progress on the BullMQ job and in report_jobs.progress; after the last failed attempt the job row is FAILED;
 * - JOBS.scheduleAnnualReports: the annual run (job scheduler, REPORTS_ANNUAL_CRON in Asia/Ho_Chi_Minh): one job
 *   per root organisation and per committee directly below a root (they submit to the root), keyed
 *   `annual:<year>:<organisation>` so a second firing or a second worker adds nothing; unfinished jobs of the
 *   year are handed to the queue again.
 */
@Processor(QUEUES.reports)
export class ReportsProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReportsProcessor.name);

  constructor(
    private readonly compute: ReportComputeService,
    private readonly repo: ReportsRepository,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    @InjectQueue(QUEUES.reports) private readonly queue: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    this.worker.concurrency = this.config.WORKER_CONCURRENCY;
    await this.queue.upsertJobScheduler(
      ANNUAL_SCHEDULER_ID,
      { pattern: this.config.REPORTS_ANNUAL_CRON, tz: SCHEDULE_TZ },
      { name: JOBS.scheduleAnnualReports, data: {} },
    );
  }

  async process(job: Job<{ jobId?: string; year?: number }>): Promise<ComputeResult | { year: number; jobs: number }> {
    switch (job.name) {
      case JOBS.computeAnnualReport:
        return this.computeJob(job as Job<{ jobId: string }>);
      case JOBS.scheduleAnnualReports:
        return this.scheduleYear(job.data.year ?? Number(toCalendarDate().slice(0, 4)));
      default:
        throw new Error(`No handler for job ${job.name} on queue ${QUEUES.reports}`);
    }
  }

  /** Computes one report job; the handler the queue calls (tests call it directly too). */
  async computeJob(job: Job<{ jobId: string }>): Promise<ComputeResult> {
    const id = job.data.jobId;
    try {
      return await this.compute.run(id, async (percent) => {
        await job.updateProgress(percent);
        await this.repo.setProgress(id, percent);
      });
    } catch (err) {
      const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      await this.repo.failJob(id, err instanceof Error ? err.message : String(err), final).catch(() => undefined);
      this.logger.warn(`Report job ${id} failed (attempt ${job.attemptsMade + 1}${final ? ', final' : ''}): ${String(err)}`);
      throw err;
    }
  }

  /** The annual run for a year: creates the missing jobs and queues every unfinished one. */
  async scheduleYear(year: number): Promise<{ year: number; jobs: number }> {
    await this.dataSource.transaction((manager) => this.repo.insertAnnualJobs(manager, year));
    const ids = await this.repo.unfinishedJobIds(year);
    for (const id of ids) await enqueueReportJob(this.queue, id);
    this.logger.log(`Annual reports ${year}: ${ids.length} job(s) queued`);
    return { year, jobs: ids.length };
  }
}
