import ExcelJS from 'exceljs';
import { ORGANISATION_KIND_LABEL_VI, OrganisationKind } from '@qt/shared-domain';
import { MetricValue, REPORT_METRIC_KEYS, REPORT_METRIC_LABELS, ReportContent, ReportOrganisationRow } from '../report.types';
import { formatDate, metricOf, ReportExportMeta, rootRow, statusLabel } from './export-format';

/** Fill and font of a cell whose metric is below target (chưa đạt chỉ tiêu). */
export const SHORTFALL_FILL = 'FFFFC7CE';
const SHORTFALL_FONT = 'FF9C0006';
/** Fill of the name cell of an organisation that misses at least one metric. */
export const SHORTFALL_ROW_FILL = 'FFFCE4D6';
const HEADER_FILL = 'FFD9E1F2';
const FONT = 'Times New Roman';

/** Columns before the metrics on a level sheet: STT, Mã, Tổ chức đảng, Loại. */
const LEAD_COLUMNS = 4;
/** Columns per metric: achieved, required, percent. */
const PER_METRIC = 3;

const kindLabel = (kind: string) => ORGANISATION_KIND_LABEL_VI[kind as OrganisationKind] ?? kind;

function fill(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** The identification block at the top of every sheet; returns the next free row. */
function writeHeading(sheet: ExcelJS.Worksheet, title: string, content: ReportContent, meta: ReportExportMeta, width: number): number {
  const root = rootRow(content);
  const lines: [string, string][] = [
    ['Tổ chức đảng', root.name],
    ['Năm', String(content.year)],
    ['Phiên bản', String(meta.version)],
    ['Trạng thái', statusLabel(meta.status)],
    ['Ngày tính', formatDate(meta.computedAt)],
  ];
  sheet.mergeCells(1, 1, 1, width);
  const titleCell = sheet.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { name: FONT, size: 14, bold: true };
  titleCell.alignment = { horizontal: 'center', vertical: 'middle' };
  lines.forEach(([label, value], i) => {
    const row = sheet.getRow(2 + i);
    row.getCell(1).value = label;
    row.getCell(1).font = { name: FONT, bold: true };
    sheet.mergeCells(2 + i, 2, 2 + i, Math.max(2, Math.min(width, 6)));
    row.getCell(2).value = value;
    row.getCell(2).font = { name: FONT };
  });
  return 2 + lines.length + 1;
}

function percentCell(cell: ExcelJS.Cell, m: MetricValue): void {
  cell.value = m.percent === null ? '—' : m.percent / 100;
  cell.numFmt = '0.0%';
  cell.alignment = { horizontal: 'right' };
}

function styleHeaderCell(cell: ExcelJS.Cell): void {
  cell.font = { name: FONT, bold: true };
  cell.fill = fill(HEADER_FILL);
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.border = thin;
}

function markShortfall(cell: ExcelJS.Cell): void {
  cell.fill = fill(SHORTFALL_FILL);
  cell.font = { name: FONT, color: { argb: SHORTFALL_FONT }, bold: true };
}

/**
 * A sheet for one level: the tree from the root down to `depth`, names indented by depth, per metric
 * the achieved and required figures and the percentage; cells below target filled red and the missed
 * metrics listed in the last column.
 */
function writeLevelSheet(book: ExcelJS.Workbook, content: ReportContent, meta: ReportExportMeta, depth: number): void {
  const rows = content.rows.filter((r) => r.depth <= depth);
  const lastColumn = LEAD_COLUMNS + REPORT_METRIC_KEYS.length * PER_METRIC + 1;
  const sheet = book.addWorksheet(`Cấp ${depth}`);
  const top = writeHeading(sheet, `KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT NĂM ${content.year} — ĐẾN CẤP ${depth}`, content, meta, lastColumn);

  // Two header rows: the metric label (with its target) over its three columns, then the sub-columns.
  const head = sheet.getRow(top);
  const sub = sheet.getRow(top + 1);
  ['STT', 'Mã', 'Tổ chức đảng', 'Loại'].forEach((label, i) => {
    sheet.mergeCells(top, i + 1, top + 1, i + 1);
    head.getCell(i + 1).value = label;
    styleHeaderCell(head.getCell(i + 1));
  });
  REPORT_METRIC_KEYS.forEach((key, k) => {
    const first = LEAD_COLUMNS + 1 + k * PER_METRIC;
    const target = metricOf(rootRow(content).metrics, key).target;
    sheet.mergeCells(top, first, top, first + PER_METRIC - 1);
    head.getCell(first).value = `${REPORT_METRIC_LABELS[key]} (chỉ tiêu ${target}%)`;
    styleHeaderCell(head.getCell(first));
    ['Đạt', 'Phải đạt', 'Tỷ lệ'].forEach((label, i) => {
      sub.getCell(first + i).value = label;
      styleHeaderCell(sub.getCell(first + i));
    });
  });
  sheet.mergeCells(top, lastColumn, top + 1, lastColumn);
  head.getCell(lastColumn).value = 'Chỉ tiêu chưa đạt';
  styleHeaderCell(head.getCell(lastColumn));
  head.height = 48;

  rows.forEach((org, i) => writeOrganisationRow(sheet.getRow(top + 2 + i), org, i + 1, lastColumn));

  sheet.views = [{ state: 'frozen', xSplit: 3, ySplit: top + 1, topLeftCell: sheet.getCell(top + 2, 4).address }];
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 12;
  sheet.getColumn(3).width = 48;
  sheet.getColumn(4).width = 20;
  for (let c = LEAD_COLUMNS + 1; c < lastColumn; c++) {
    const isPercent = (c - LEAD_COLUMNS) % PER_METRIC === 0;
    sheet.getColumn(c).width = isPercent ? 9 : 10;
    if (!isPercent) sheet.getColumn(c).numFmt = '#,##0';
  }
  sheet.getColumn(lastColumn).width = 60;
  sheet.autoFilter = { from: { row: top + 1, column: 1 }, to: { row: top + 1 + rows.length, column: lastColumn } };
}

function writeOrganisationRow(row: ExcelJS.Row, org: ReportOrganisationRow, index: number, lastColumn: number): void {
  row.getCell(1).value = index;
  row.getCell(2).value = org.code;
  const name = row.getCell(3);
  name.value = org.name;
  name.alignment = { indent: org.depth * 2, vertical: 'top' };
  name.font = { name: FONT, bold: org.depth === 0 };
  if (org.missed.length > 0) name.fill = fill(SHORTFALL_ROW_FILL);
  row.getCell(4).value = kindLabel(org.kind);
  REPORT_METRIC_KEYS.forEach((key, k) => {
    const first = LEAD_COLUMNS + 1 + k * PER_METRIC;
    const m = metricOf(org.metrics, key);
    row.getCell(first).value = m.achieved;
    row.getCell(first + 1).value = m.required;
    percentCell(row.getCell(first + 2), m);
    if (m.belowTarget) for (let i = 0; i < PER_METRIC; i++) markShortfall(row.getCell(first + i));
  });
  row.getCell(lastColumn).value = org.missed.map((key) => REPORT_METRIC_LABELS[key]).join('; ');
  row.getCell(lastColumn).alignment = { wrapText: true, vertical: 'top' };
  for (let c = 1; c <= lastColumn; c++) row.getCell(c).border = thin;
}

/** The summary sheet: the root's figures per metric against target, and last year's beside them. */
function writeSummarySheet(book: ExcelJS.Workbook, content: ReportContent, meta: ReportExportMeta): void {
  const sheet = book.addWorksheet('Tổng hợp');
  const previous = content.previousYear;
  const headers = ['TT', 'Chỉ tiêu', 'Đạt', 'Phải đạt', 'Tỷ lệ', 'Chỉ tiêu (%)', 'Đánh giá'];
  if (previous) headers.push(`Năm ${content.year - 1}: tỷ lệ`, 'Tăng/giảm (điểm %)');
  const top = writeHeading(sheet, `TỔNG HỢP KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT NĂM ${content.year}`, content, meta, headers.length);
  const head = sheet.getRow(top);
  headers.forEach((label, i) => {
    head.getCell(i + 1).value = label;
    styleHeaderCell(head.getCell(i + 1));
  });
  const root = rootRow(content);
  REPORT_METRIC_KEYS.forEach((key, i) => {
    const m = metricOf(root.metrics, key);
    const row = sheet.getRow(top + 1 + i);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = REPORT_METRIC_LABELS[key];
    row.getCell(3).value = m.achieved;
    row.getCell(4).value = m.required;
    percentCell(row.getCell(5), m);
    row.getCell(6).value = m.target;
    row.getCell(7).value = m.required === 0 ? 'Không áp dụng' : m.belowTarget ? 'Chưa đạt' : 'Đạt';
    if (m.belowTarget) [3, 4, 5, 7].forEach((c) => markShortfall(row.getCell(c)));
    if (previous) {
      const before = metricOf(previous.metrics, key);
      percentCell(row.getCell(8), before);
      row.getCell(9).value = before.percent !== null && m.percent !== null ? Math.round((m.percent - before.percent) * 10) / 10 : '—';
      row.getCell(9).numFmt = '+0.0;-0.0;0.0';
    }
    for (let c = 1; c <= headers.length; c++) row.getCell(c).border = thin;
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: top }];
  [5, 50, 10, 10, 9, 11, 14, 14, 16].slice(0, headers.length).forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.getColumn(3).numFmt = '#,##0';
  sheet.getColumn(4).numFmt = '#,##0';
}

/** The annual compliance report as an XLSX workbook: a summary sheet, then one sheet per level. */
export async function buildReportXlsx(content: ReportContent, meta: ReportExportMeta): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Quán Triệt';
  book.title = `Báo cáo kết quả học tập, quán triệt nghị quyết năm ${content.year}`;
  book.created = new Date(meta.computedAt);
  writeSummarySheet(book, content, meta);
  const deepest = Math.max(...content.rows.map((r) => r.depth));
  for (let depth = Math.min(1, deepest); depth <= deepest; depth++) writeLevelSheet(book, content, meta, depth);
  return Buffer.from(await book.xlsx.writeBuffer());
}
