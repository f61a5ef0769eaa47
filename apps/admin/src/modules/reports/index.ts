export { ReportsPage, ReportStatusTag } from './ReportsPage';
export { ReportDetailPage } from './ReportDetailPage';
export { ReportGenerator, useReportJob } from './ReportGenerator';
