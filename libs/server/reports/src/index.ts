export * from './reports.module';
export * from './reports-worker.module';
export * from './report.types';
export * from './report-api.types';
export { ReportsService, toReportRow, toMetrics } from './reports.service';
export { ReportComputeService, reportAsOf } from './compute/report-compute.service';
export { ReportsProcessor, ANNUAL_SCHEDULER_ID } from './worker/reports.processor';
