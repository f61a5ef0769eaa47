import { Injectable } from '@nestjs/common';
import { AccessScope, AppException } from '@qt/server-core';
import { ReportsRepository } from '../reports.repository';
import { attachmentDisposition, exportFileName, ReportExportMeta } from './export-format';
import { buildReportDocx } from './report-docx';
import { buildReportXlsx } from './report-xlsx';

export const EXPORT_FORMATS = {
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', build: buildReportXlsx },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', build: buildReportDocx },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

export interface ReportExportFile {
  body: Buffer;
  contentType: string;
  disposition: string;
}

/**
 * Exports of a stored snapshot (bản xuất báo cáo): the file is built from the snapshot's frozen content,
 * so the same version always exports the same figures. Readable by staff whose scope covers the
 * snapshot's root organisation (as reading the snapshot itself).
 */
@Injectable()
export class ReportExportsService {
  constructor(private readonly repo: ReportsRepository) {}

  async export(scope: AccessScope, snapshotId: string, format: ExportFormat): Promise<ReportExportFile> {
    const snapshot = await this.repo.snapshot(snapshotId);
    if (!snapshot) throw AppException.notFound('Report snapshot');
    scope.assertPath(snapshot.rootPath);
    const content = await this.repo.content(snapshotId);
    if (!content) throw AppException.notFound('Report snapshot');
    const meta: ReportExportMeta = {
      version: snapshot.version,
      status: snapshot.status,
      computedAt: snapshot.computedAt,
      issuedAt: snapshot.submittedAt,
    };
    const { contentType, build } = EXPORT_FORMATS[format];
    return { body: await build(content, meta), contentType, disposition: attachmentDisposition(exportFileName(content, meta, format)) };
  }
}
