import { formatDateVi } from '@qt/shared-domain';
import { MetricValue, ReportContent, ReportMetricKey, ReportOrganisationRow } from '../report.types';

/** What an export needs besides the snapshot content: the snapshot's own facts. */
export interface ReportExportMeta {
  /** Snapshot version (phiên bản), 1 for the first computation of a request. */
  version: number;
  /** Snapshot status, e.g. DRAFT / SUBMITTED / ACCEPTED / RETURNED. */
  status: string;
  /** When the snapshot was computed. */
  computedAt: Date | string;
  /** Date printed on the document (ngày ban hành): submission date when submitted, else the computation date. */
  issuedAt?: Date | string | null;
  /** Place printed before the date (địa danh), default "Hà Nội". */
  place?: string;
  /** Document number (số văn bản); blank for the office to fill in. */
  number?: string | null;
}

/** Vietnamese labels of snapshot statuses (trạng thái báo cáo). Unknown statuses print as they are. */
export const REPORT_STATUS_LABELS: Record<string, string> = {
  DRAFT: 'Dự thảo',
  COMPUTED: 'Đã tính',
  SUBMITTED: 'Đã gửi cấp trên',
  ACCEPTED: 'Đã được chấp nhận',
  RETURNED: 'Bị trả lại',
};

export const statusLabel = (status: string) => REPORT_STATUS_LABELS[status] ?? status;

/** A number in Vietnamese notation: thousands with '.', decimals with ','. */
export const formatNumberVi = (value: number, fractionDigits = 0) =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);

/** "80,0%" or "—" when the metric does not apply (nothing required). */
export const formatPercentVi = (percent: number | null) => (percent === null ? '—' : `${formatNumberVi(percent, 1)}%`);

/** dd/MM/yyyy in Asia/Ho_Chi_Minh. */
export const formatDate = (value: Date | string) => formatDateVi(value);

/** Day, month and year of a moment as seen in Asia/Ho_Chi_Minh, zero-padded. */
export function calendarParts(value: Date | string): { day: string; month: string; year: string } {
  const [day, month, year] = formatDateVi(value).split('/');
  return { day, month, year };
}

/** The report's root row (depth 0), which carries the totals. */
export function rootRow(content: ReportContent): ReportOrganisationRow {
  const root = content.rows.find((r) => r.organisationId === content.rootOrganisationId) ?? content.rows[0];
  if (!root) throw new Error('The report has no rows');
  return root;
}

/** "Chi bộ A" for a row's parent, looked up among the report rows. */
export function parentNames(content: ReportContent): Map<string, string> {
  const names = new Map(content.rows.map((r) => [r.organisationId, r.name]));
  return new Map(content.rows.filter((r) => r.parentId).map((r) => [r.organisationId, names.get(r.parentId as string) ?? '']));
}

/** Rows with at least one metric below target, in tree order. */
export const rowsBelowTarget = (content: ReportContent) => content.rows.filter((r) => r.missed.length > 0);

/** "12/15" */
export const ratio = (m: { achieved: number; required: number }) => `${formatNumberVi(m.achieved)}/${formatNumberVi(m.required)}`;

/**
 * The file name of an export, Vietnamese kept: "Báo cáo học tập nghị quyết 2026 - Đảng bộ X (v2).xlsx".
 * Characters a file system refuses are dropped.
 */
export function exportFileName(content: ReportContent, meta: ReportExportMeta, extension: 'xlsx' | 'docx'): string {
  const name = rootRow(content).name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim();
  return `Báo cáo học tập nghị quyết ${content.year} - ${name} (v${meta.version}).${extension}`.normalize('NFC');
}

/**
 * Content-Disposition keeping the Vietnamese name (RFC 6266 + RFC 5987): `filename` carries the
 * name without diacritics for old clients, `filename*` the UTF-8 name percent-encoded.
 */
export function attachmentDisposition(fileName: string): string {
  const nfc = fileName.normalize('NFC');
  const ascii = [...nfc.normalize('NFD').replace(/[\u0300-\u036f]/g, '')]
    .map((c) => ({ đ: 'd', Đ: 'D', '"': "'", '\\': '_' })[c] ?? (c >= ' ' && c <= '~' ? c : '_'))
    .join('');
  const encoded = encodeURIComponent(nfc).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * A metric of a row; a snapshot computed before a metric was added has none, and shows it as not
 * applicable (nothing required) rather than failing the export.
 */
export function metricOf(metrics: Partial<Record<ReportMetricKey, MetricValue>> | undefined, key: ReportMetricKey): MetricValue {
  return metrics?.[key] ?? { achieved: 0, required: 0, percent: null, target: 100, belowTarget: false };
}
