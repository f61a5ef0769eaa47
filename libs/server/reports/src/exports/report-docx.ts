import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Packer,
  Paragraph,
  ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { OrganisationKind } from '@qt/shared-domain';
import { MetricValue, REPORT_METRIC_KEYS, REPORT_METRIC_LABELS, ReportContent } from '../report.types';
import {
  calendarParts,
  formatNumberVi,
  formatPercentVi,
  metricOf,
  parentNames,
  ratio,
  ReportExportMeta,
  rootRow,
  rowsBelowTarget,
} from './export-format';

const FONT = 'Times New Roman';
/** Half-points: 13 pt body, 14 pt title and headings (Hướng dẫn thể thức văn bản của Đảng). */
const BODY = 26;
const TITLE = 28;

/** The symbol after "-BC/" in a document number, by the issuing committee's kind. */
const ISSUER_SYMBOL: Record<string, string> = {
  [OrganisationKind.BLOC]: 'ĐUK',
  [OrganisationKind.UPPER_GRASSROOTS]: 'ĐU',
  [OrganisationKind.GRASSROOTS]: 'ĐU',
  [OrganisationKind.CELL]: 'CB',
};

/** What each missed metric asks of the committees, for section IV (kiến nghị). */
const RECOMMENDATIONS: Record<(typeof REPORT_METRIC_KEYS)[number], string> = {
  membersStudied: 'tổ chức học tập bù cho đảng viên chưa tham gia học tập, quán triệt nghị quyết',
  essaysSubmitted: 'đôn đốc đảng viên chưa nộp bài thu hoạch hoàn thành và nộp bài',
  essaysOnTime: 'nhắc nhở, chấn chỉnh việc nộp bài thu hoạch chậm so với thời hạn',
  essaysGraded: 'hoàn thành việc chấm, nhận xét bài thu hoạch đã nộp',
  actionProgrammes: 'ban hành chương trình hành động thực hiện nghị quyết đối với cấp ủy chưa ban hành',
  personalPlans: 'yêu cầu bí thư, người đứng đầu chưa có kế hoạch hành động cá nhân xây dựng và đăng ký kế hoạch',
  secretaryPresented: 'bí thư cấp ủy trực tiếp quán triệt, triển khai nghị quyết tại hội nghị',
  cellMeetingsOnTime: 'duy trì sinh hoạt chi bộ thường kỳ đúng thời gian quy định',
  thematicMeetings: 'tổ chức sinh hoạt chuyên đề ít nhất mỗi quý một lần',
  inspectionCoverage: 'bảo đảm tỷ lệ tổ chức đảng được kiểm tra theo kế hoạch',
};

const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}) =>
  new TextRun({
    text,
    font: FONT,
    size: options.size ?? BODY,
    bold: options.bold,
    italics: options.italics,
    underline: options.underline ? {} : undefined,
  });

const para = (children: ParagraphChild[] | string, options: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean; after?: number } = {}) =>
  new Paragraph({
    children: typeof children === 'string' ? [run(children)] : children,
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    indent: options.indent ? { firstLine: convertMillimetersToTwip(10) } : undefined,
    spacing: { after: options.after ?? 80, line: 288 },
  });

const heading = (text: string) => para([run(text, { bold: true, size: TITLE })], { align: AlignmentType.LEFT, after: 120 });
const centred = (text: string, options: Parameters<typeof run>[1] = {}) => para([run(text, options)], { align: AlignmentType.CENTER, after: 0 });

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

/** Two borderless columns, as the heading and signature blocks of a Party document are laid out. */
function sideBySide(left: Paragraph[], right: Paragraph[], leftPercent: number): Table {
  const column = (children: Paragraph[], size: number) =>
    new TableCell({ children, width: { size, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [column(left, leftPercent), column(right, 100 - leftPercent)] })],
  });
}

/** The heading block (phần đầu văn bản): issuing committee on the left, the Party's name and the date on the right. */
function headingBlock(content: ReportContent, meta: ReportExportMeta): Table {
  const root = rootRow(content);
  const { day, month, year } = calendarParts(meta.issuedAt ?? meta.computedAt);
  const symbol = ISSUER_SYMBOL[root.kind] ?? 'ĐU';
  const left = [
    centred(root.name.toLocaleUpperCase('vi-VN'), { bold: true, size: BODY }),
    centred('*', { size: BODY }),
    centred(`Số ${meta.number ?? '      '}-BC/${symbol}`, { size: BODY }),
  ];
  const right = [
    centred('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: true, size: TITLE }),
    centred(''),
    centred(`${meta.place ?? 'Hà Nội'}, ngày ${day} tháng ${month} năm ${year}`, { italics: true, size: TITLE }),
  ];
  return sideBySide(left, right, 45);
}

function cell(text: string, options: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; shade?: string } = {}): TableCell {
  return new TableCell({
    children: [para([run(text, { bold: options.bold, size: 24 })], { align: options.align ?? AlignmentType.CENTER, after: 0 })],
    verticalAlign: VerticalAlign.CENTER,
    shading: options.shade ? { fill: options.shade, color: 'auto', type: 'clear' } : undefined,
  });
}

/** Section II's table: each metric against its target and last year. */
function summaryTable(content: ReportContent): Table {
  const root = rootRow(content);
  const previous = content.previousYear;
  const header = ['TT', 'Chỉ tiêu', 'Kết quả', 'Tỷ lệ', 'Chỉ tiêu đề ra', `Năm ${content.year - 1}`, 'Đánh giá'];
  const rows = REPORT_METRIC_KEYS.map((key, i) => {
    const m: MetricValue = metricOf(root.metrics, key);
    const before = previous ? metricOf(previous.metrics, key) : undefined;
    const verdict = m.required === 0 ? 'Không áp dụng' : m.belowTarget ? 'Chưa đạt' : 'Đạt';
    return new TableRow({
      children: [
        cell(String(i + 1)),
        cell(REPORT_METRIC_LABELS[key], { align: AlignmentType.LEFT }),
        cell(m.required === 0 ? '—' : ratio(m)),
        cell(formatPercentVi(m.percent), { bold: m.belowTarget }),
        cell(`${formatNumberVi(m.target)}%`),
        cell(before ? formatPercentVi(before.percent) : '—'),
        cell(verdict, { bold: m.belowTarget, shade: m.belowTarget ? 'FFC7CE' : undefined }),
      ],
    });
  });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, { bold: true, shade: 'D9E1F2' })) }), ...rows],
  });
}

function generalSituation(content: ReportContent): Paragraph[] {
  const root = rootRow(content);
  const below = content.rows.filter((r) => r.depth > 0);
  const studied = metricOf(root.metrics, 'membersStudied');
  const campaigns = root.campaigns.map((c) => c.code).join(', ');
  const exempt = root.campaigns.reduce((sum, c) => sum + c.exempt, 0);
  const speakers = Object.entries(root.speakersByLevel)
    .map(([level, n]) => `${formatNumberVi(n)} (${({ BLOC: 'cấp Khối', UPPER_GRASSROOTS: 'cấp trên cơ sở', GRASSROOTS: 'cấp cơ sở' } as Record<string, string>)[level] ?? level})`)
    .join(', ');
  return [
    para(
      `Năm ${content.year}, ${root.name} có ${formatNumberVi(below.length)} tổ chức đảng trực thuộc các cấp thực hiện việc học tập, ` +
        `quán triệt nghị quyết${campaigns ? ` qua các đợt học tập ${campaigns}` : ''}. ` +
        `Số lượt đảng viên phải học tập là ${formatNumberVi(studied.required)}` +
        `${exempt > 0 ? ` (không tính ${formatNumberVi(exempt)} lượt đảng viên được miễn)` : ''}.`,
      { indent: true },
    ),
    para(
      `Đội ngũ báo cáo viên: ${speakers || 'chưa có báo cáo viên'}. ` +
        `Số tổ chức đảng chưa đạt ít nhất một chỉ tiêu: ${formatNumberVi(rowsBelowTarget(content).length)}.`,
      { indent: true },
    ),
  ];
}

function results(content: ReportContent): (Paragraph | Table)[] {
  const root = rootRow(content);
  const out: (Paragraph | Table)[] = [
    para(`Kết quả thực hiện các chỉ tiêu của ${root.name} năm ${content.year} so với chỉ tiêu đề ra và năm trước:`, { indent: true }),
    summaryTable(content),
  ];
  for (const c of root.campaigns) {
    out.push(
      para(
        `- Đợt ${c.code}: ${formatNumberVi(c.studied)}/${formatNumberVi(c.required)} đảng viên đã học tập` +
          `${c.studiedInMakeUp > 0 ? `, trong đó ${formatNumberVi(c.studiedInMakeUp)} đảng viên học bù` : ''}` +
          `${c.exempt > 0 ? `; ${formatNumberVi(c.exempt)} đảng viên được miễn` : ''}.`,
        { indent: true },
      ),
    );
  }
  const grades = Object.entries(root.essayGrades).filter(([, n]) => n > 0);
  if (grades.length > 0) {
    out.push(para(`- Điểm bài thu hoạch: ${grades.map(([g, n]) => `điểm ${g}: ${formatNumberVi(n)} bài`).join('; ')}.`, { indent: true }));
  }
  return out;
}

function belowTargetList(content: ReportContent): Paragraph[] {
  const rows = rowsBelowTarget(content).filter((r) => r.depth > 0);
  if (rows.length === 0) return [para('Không có tổ chức đảng nào chưa đạt chỉ tiêu.', { indent: true })];
  const parents = parentNames(content);
  return rows.map((row, i) => {
    const parent = parents.get(row.organisationId);
    const misses = row.missed.map((key) => {
      const m = metricOf(row.metrics, key);
      return `${REPORT_METRIC_LABELS[key].toLocaleLowerCase('vi-VN')} (${ratio(m)}, ${formatPercentVi(m.percent)})`;
    });
    return para(
      [run(`${i + 1}. ${row.name}`, { bold: true }), run(`${parent ? ` (trực thuộc ${parent})` : ''}: chưa đạt ${misses.join('; ')}.`)],
      { indent: true },
    );
  });
}

function recommendations(content: ReportContent): Paragraph[] {
  const root = rootRow(content);
  const keys = REPORT_METRIC_KEYS.filter((key) => content.rows.some((r) => r.missed.includes(key)));
  const out = [para(`Đề nghị các cấp ủy trực thuộc ${root.name}:`, { indent: true })];
  if (keys.length === 0) {
    out.push(para('- Tiếp tục duy trì kết quả đạt 100% các chỉ tiêu học tập, quán triệt nghị quyết.', { indent: true }));
  }
  for (const key of keys) out.push(para(`- ${RECOMMENDATIONS[key][0].toLocaleUpperCase('vi-VN')}${RECOMMENDATIONS[key].slice(1)}.`, { indent: true }));
  return out;
}

/** Closing block: recipients on the left, the signature on the right. */
function closing(content: ReportContent): Table {
  const root = rootRow(content);
  const signer = root.kind === OrganisationKind.CELL ? 'T/M CHI BỘ' : 'T/M ĐẢNG ỦY';
  const recipients = [
    para([run('Nơi nhận:', { bold: true, italics: true, size: 24 })], { align: AlignmentType.LEFT, after: 0 }),
    para([run('- Cấp ủy cấp trên,', { size: 22 })], { align: AlignmentType.LEFT, after: 0 }),
    para([run('- Lưu Văn phòng cấp ủy.', { size: 22 })], { align: AlignmentType.LEFT, after: 0 }),
  ];
  return sideBySide(recipients, [centred(signer, { bold: true, size: TITLE }), centred('BÍ THƯ', { bold: true, size: TITLE })], 50);
}

/** The annual compliance report as a Party report (báo cáo) in DOCX: heading block, numbered sections, summary table. */
export async function buildReportDocx(content: ReportContent, meta: ReportExportMeta): Promise<Buffer> {
  const doc = new Document({
    creator: 'Quán Triệt',
    title: `Báo cáo kết quả học tập, quán triệt nghị quyết năm ${content.year}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(20),
              bottom: convertMillimetersToTwip(20),
              left: convertMillimetersToTwip(30),
              right: convertMillimetersToTwip(15),
            },
          },
        },
        children: [
          headingBlock(content, meta),
          para(''),
          centred('BÁO CÁO', { bold: true, size: TITLE }),
          centred(`Kết quả học tập, quán triệt nghị quyết năm ${content.year}`, { bold: true, size: TITLE }),
          centred('-----', { size: BODY }),
          heading('I. TÌNH HÌNH CHUNG'),
          ...generalSituation(content),
          heading('II. KẾT QUẢ THỰC HIỆN'),
          ...results(content),
          heading('III. TỔ CHỨC ĐẢNG CHƯA ĐẠT CHỈ TIÊU'),
          ...belowTargetList(content),
          heading('IV. KIẾN NGHỊ'),
          ...recommendations(content),
          para(''),
          closing(content),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
