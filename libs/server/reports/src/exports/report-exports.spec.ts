import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { REPORT_METRIC_KEYS, ReportContent } from '../report.types';
import { attachmentDisposition, exportFileName, ReportExportMeta } from './export-format';
import { buildReportDocx } from './report-docx';
import { buildReportXlsx, SHORTFALL_FILL, SHORTFALL_ROW_FILL } from './report-xlsx';
import { sampleReportContent } from './sample-report-content';

const meta: ReportExportMeta = { version: 3, status: 'SUBMITTED', computedAt: '2026-12-14T19:30:00Z', number: '125' };

async function workbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as never);
  return book;
}

/** The row of a sheet whose column C (name) equals `name`. */
function rowNamed(sheet: ExcelJS.Worksheet, name: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(3).value === name) found = row;
  });
  if (!found) throw new Error(`no row ${name} on ${sheet.name}`);
  return found;
}

const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
/** First column of a metric's three columns (after STT, Mã, Tổ chức đảng, Loại). */
const metricColumn = (key: (typeof REPORT_METRIC_KEYS)[number]) => 5 + REPORT_METRIC_KEYS.indexOf(key) * 3;

describe('XLSX export of the annual report', () => {
  it('has a summary sheet and one sheet per level, headed in Vietnamese with the snapshot facts', async () => {
    const book = await workbook(await buildReportXlsx(sampleReportContent(), meta));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Cấp 1', 'Cấp 2']);
    const summary = book.getWorksheet('Tổng hợp')!;
    expect(summary.getCell('A1').value).toBe('TỔNG HỢP KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT NĂM 2026');
    const facts = [2, 3, 4, 5, 6].map((r) => [summary.getCell(r, 1).value, summary.getCell(r, 2).value]);
    expect(facts).toEqual([
      ['Tổ chức đảng', 'Đảng bộ Khối các cơ quan Trung ương'],
      ['Năm', '2026'],
      ['Phiên bản', '3'],
      ['Trạng thái', 'Đã gửi cấp trên'],
      // 19:30 UTC on 14/12 is 02:30 on 15/12 in Hà Nội.
      ['Ngày tính', '15/12/2026'],
    ]);
  });

  it('summary: root figures against target with last year beside them, shortfalls highlighted', async () => {
    const book = await workbook(await buildReportXlsx(sampleReportContent(), meta));
    const sheet = book.getWorksheet('Tổng hợp')!;
    const header = sheet.getRow(8).values as unknown[];
    expect(header.slice(1)).toEqual(['TT', 'Chỉ tiêu', 'Đạt', 'Phải đạt', 'Tỷ lệ', 'Chỉ tiêu (%)', 'Đánh giá', 'Năm 2025: tỷ lệ', 'Tăng/giảm (điểm %)']);
    const studied = sheet.getRow(9);
    expect([studied.getCell(2).value, studied.getCell(3).value, studied.getCell(4).value, studied.getCell(5).value]).toEqual([
      'Đảng viên học tập, quán triệt nghị quyết', 27, 30, 0.9,
    ]);
    expect(studied.getCell(5).numFmt).toBe('0.0%');
    expect(studied.getCell(7).value).toBe('Chưa đạt');
    expect(fillOf(studied.getCell(5))).toBe(SHORTFALL_FILL);
    expect(studied.getCell(8).value).toBe(0.95);
    expect(studied.getCell(9).value).toBe(-5);
    const submitted = sheet.getRow(10);
    expect([submitted.getCell(5).value, submitted.getCell(7).value, fillOf(submitted.getCell(5))]).toEqual([1, 'Đạt', undefined]);
    const plans = sheet.getRow(9 + REPORT_METRIC_KEYS.indexOf('personalPlans'));
    expect([plans.getCell(5).value, plans.getCell(7).value]).toEqual(['—', 'Không áp dụng']);
    expect(sheet.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 8 }));
  });

  it('summary without a previous year has no comparison columns', async () => {
    const book = await workbook(await buildReportXlsx(sampleReportContent(false), meta));
    expect((book.getWorksheet('Tổng hợp')!.getRow(8).values as unknown[]).length - 1).toBe(7);
  });

  it('level sheets: tree indented by depth, figures per metric, cells below target filled, missed metrics listed', async () => {
    const book = await workbook(await buildReportXlsx(sampleReportContent(), meta));
    const top = book.getWorksheet('Cấp 1')!;
    const names: unknown[] = [];
    top.eachRow((row, n) => n > 9 && names.push(row.getCell(3).value));
    expect(names).toEqual(['Đảng bộ Khối các cơ quan Trung ương', 'Đảng bộ Bộ Tư pháp', 'Đảng bộ Tổng cục Thống kê']);

    const sheet = book.getWorksheet('Cấp 2')!;
    expect(sheet.getCell(8, metricColumn('membersStudied')).value).toBe('Đảng viên học tập, quán triệt nghị quyết (chỉ tiêu 100%)');
    expect([9, 9, 9].map((r, i) => sheet.getCell(r, metricColumn('membersStudied') + i).value)).toEqual(['Đạt', 'Phải đạt', 'Tỷ lệ']);
    const cellA = rowNamed(sheet, 'Chi bộ Vụ Pháp chế');
    expect(cellA.getCell(3).alignment?.indent).toBe(4);
    expect(rowNamed(sheet, 'Đảng bộ Bộ Tư pháp').getCell(3).alignment?.indent).toBe(2);
    expect(cellA.getCell(4).value).toBe('Chi bộ');
    const c = metricColumn('membersStudied');
    expect([cellA.getCell(c).value, cellA.getCell(c + 1).value, cellA.getCell(c + 2).value]).toEqual([7, 10, 0.7]);
    expect(fillOf(cellA.getCell(c + 2))).toBe(SHORTFALL_FILL);
    expect(fillOf(cellA.getCell(3))).toBe(SHORTFALL_ROW_FILL);
    expect(fillOf(cellA.getCell(metricColumn('essaysSubmitted') + 2))).toBeUndefined();
    expect(cellA.getCell(5 + REPORT_METRIC_KEYS.length * 3).value).toBe(
      'Đảng viên học tập, quán triệt nghị quyết; Bài thu hoạch nộp đúng hạn',
    );
    const cellB = rowNamed(sheet, 'Chi bộ Văn phòng Bộ');
    expect(fillOf(cellB.getCell(3))).toBeUndefined();
    expect(cellB.getCell(5 + REPORT_METRIC_KEYS.length * 3).value).toBe('');
    expect(sheet.views[0]).toEqual(expect.objectContaining({ state: 'frozen', xSplit: 3, ySplit: 9 }));
    expect(sheet.getColumn(3).width).toBe(48);
  });
});

async function documentTextOf(buffer: Buffer): Promise<{ xml: string; text: string }> {
    const zip = await JSZip.loadAsync(buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    // Paragraph text: runs joined, paragraphs on their own lines.
    const text = xml
      .split('</w:p>')
      .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
      .filter(Boolean)
      .join('\n');
    return { xml, text };
}

describe('DOCX export of the annual report', () => {
  const documentText = documentTextOf;

  it('is laid out as a Party report: heading block, number, title, numbered sections', async () => {
    const { text, xml } = await documentText(await buildReportDocx(sampleReportContent(), { ...meta, issuedAt: '2026-12-20T03:00:00Z' }));
    const lines = text.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      'ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG',
      '*',
      'Số 125-BC/ĐUK',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Hà Nội, ngày 20 tháng 12 năm 2026',
      'BÁO CÁO',
      'Kết quả học tập, quán triệt nghị quyết năm 2026',
    ]);
    const sections = lines.filter((l) => /^[IV]+\. /.test(l));
    expect(sections).toEqual(['I. TÌNH HÌNH CHUNG', 'II. KẾT QUẢ THỰC HIỆN', 'III. TỔ CHỨC ĐẢNG CHƯA ĐẠT CHỈ TIÊU', 'IV. KIẾN NGHỊ']);
    expect(xml).toContain('w:ascii="Times New Roman"');
  });

  it('holds the summary figures against target and last year, and the organisations below target with what they miss', async () => {
    const { text } = await documentText(await buildReportDocx(sampleReportContent(), meta));
    const lines = text.split('\n');
    // Table row: TT, label, result, rate, target, last year, verdict — one paragraph per cell.
    const at = lines.indexOf('Đảng viên học tập, quán triệt nghị quyết');
    expect(lines.slice(at - 1, at + 6)).toEqual(['1', 'Đảng viên học tập, quán triệt nghị quyết', '27/30', '90,0%', '100%', '95,0%', 'Chưa đạt']);
    expect(text).toContain('Năm 2025');
    expect(text).toContain('Đợt HT-TW7-XII: 27/30 đảng viên đã học tập, trong đó 4 đảng viên học bù; 2 đảng viên được miễn.');
    const section3 = text.slice(text.indexOf('III. TỔ CHỨC ĐẢNG CHƯA ĐẠT CHỈ TIÊU'), text.indexOf('IV. KIẾN NGHỊ'));
    expect(section3.split('\n').slice(1).filter(Boolean)).toEqual([
      '1. Đảng bộ Bộ Tư pháp (trực thuộc Đảng bộ Khối các cơ quan Trung ương): chưa đạt đảng viên học tập, quán triệt nghị quyết (17/20, 85,0%); bài thu hoạch nộp đúng hạn (4/6, 66,7%).',
      '2. Chi bộ Vụ Pháp chế (trực thuộc Đảng bộ Bộ Tư pháp): chưa đạt đảng viên học tập, quán triệt nghị quyết (7/10, 70,0%); bài thu hoạch nộp đúng hạn (1/3, 33,3%).',
    ]);
    expect(text).toContain('Tổ chức học tập bù cho đảng viên chưa tham gia học tập, quán triệt nghị quyết.');
    expect(text.normalize('NFC')).toBe(text);
  });

  it('says so when no organisation is below target, and leaves the number blank for the office', async () => {
    const content = sampleReportContent(false);
    for (const r of content.rows) {
      for (const key of REPORT_METRIC_KEYS) {
        const m = r.metrics[key];
        r.metrics[key] = { ...m, achieved: m.required, percent: m.required ? 100 : null, belowTarget: false };
      }
      r.missed = [];
    }
    const { text } = await documentText(await buildReportDocx(content, { ...meta, number: null }));
    expect(text).toContain('Không có tổ chức đảng nào chưa đạt chỉ tiêu.');
    expect(text).toMatch(/Số +-BC\/ĐUK/);
    // No accepted snapshot last year: the comparison column says so instead of a figure.
    const lines = text.split('\n');
    const at = lines.indexOf('Đảng viên học tập, quán triệt nghị quyết');
    expect(lines.slice(at, at + 6)).toEqual(['Đảng viên học tập, quán triệt nghị quyết', '30/30', '100,0%', '100%', '—', 'Đạt']);
  });
});

describe('export file names', () => {
  it('keep the Vietnamese name in filename* (RFC 5987) with an ASCII fallback', () => {
    const name = exportFileName(sampleReportContent(), meta, 'xlsx');
    expect(name).toBe('Báo cáo học tập nghị quyết 2026 - Đảng bộ Khối các cơ quan Trung ương (v3).xlsx');
    expect(attachmentDisposition(name)).toBe(
      `attachment; filename="Bao cao hoc tap nghi quyet 2026 - Dang bo Khoi cac co quan Trung uong (v3).xlsx"; ` +
        `filename*=UTF-8''${encodeURIComponent(name).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
    );
  });
});

describe('snapshots older than a metric', () => {
  it('export a metric missing from a stored snapshot as not applicable instead of failing', async () => {
    const content = sampleReportContent();
    type Metrics = Partial<ReportContent['rows'][number]['metrics']>;
    for (const r of content.rows) delete (r.metrics as Metrics).inspectionCoverage;
    delete (content.previousYear!.metrics as Metrics).essaysOnTime;
    const book = await workbook(await buildReportXlsx(content, meta));
    const row = book.getWorksheet('Tổng hợp')!.getRow(9 + REPORT_METRIC_KEYS.indexOf('inspectionCoverage'));
    expect([row.getCell(5).value, row.getCell(7).value]).toEqual(['—', 'Không áp dụng']);
    const onTime = book.getWorksheet('Tổng hợp')!.getRow(9 + REPORT_METRIC_KEYS.indexOf('essaysOnTime'));
    expect([onTime.getCell(8).value, onTime.getCell(9).value]).toEqual(['—', '—']);
    const { text } = await documentTextOf(await buildReportDocx(content, meta));
    expect(text).toContain('Tỷ lệ tổ chức đảng được kiểm tra');
  });
});
