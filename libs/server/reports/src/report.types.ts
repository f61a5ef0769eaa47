/**
 * The annual compliance report (báo cáo kết quả học tập, quán triệt nghị quyết) as stored in a snapshot.
 * This shape is a contract between the computation (worker), the exports (XLSX/DOCX), the SPA and
 * inspection sampling ("below target in the last report"). Add fields; do not rename or remove them.
 */

/** Every metric of domain.md §10 that has a target. */
export const REPORT_METRIC_KEYS = [
  /** Members who studied (PRESENT/LATE incl. make-up) / members required, over all campaigns of the year. */
  'membersStudied',
  /** Essays submitted / essays required. */
  'essaysSubmitted',
  /** Essays submitted by the due date / essays required. */
  'essaysOnTime',
  /** Essays graded / essays submitted. */
  'essaysGraded',
  /** Committees with an ISSUED action programme / committees that owe one. */
  'actionProgrammes',
  /** Secretaries and heads with a submitted personal plan / those who owe one. */
  'personalPlans',
  /** Sessions where the secretary presented / sessions held (grassroots level). */
  'secretaryPresented',
  /** Regular cell meetings held on time / regular meetings due. */
  'cellMeetingsOnTime',
  /** Quarters with a thematic meeting / quarters due (per cell). */
  'thematicMeetings',
  /** Subordinate organisations inspected / planned share of them (inspection coverage). */
  'inspectionCoverage',
] as const;
export type ReportMetricKey = (typeof REPORT_METRIC_KEYS)[number];

/** Vietnamese labels, used by the exports and the SPA. */
export const REPORT_METRIC_LABELS: Record<ReportMetricKey, string> = {
  membersStudied: 'Đảng viên học tập, quán triệt nghị quyết',
  essaysSubmitted: 'Bài thu hoạch đã nộp',
  essaysOnTime: 'Bài thu hoạch nộp đúng hạn',
  essaysGraded: 'Bài thu hoạch đã chấm',
  actionProgrammes: 'Cấp ủy có chương trình hành động',
  personalPlans: 'Bí thư, người đứng đầu có kế hoạch cá nhân',
  secretaryPresented: 'Hội nghị bí thư trực tiếp quán triệt',
  cellMeetingsOnTime: 'Sinh hoạt chi bộ thường kỳ đúng hạn',
  thematicMeetings: 'Sinh hoạt chuyên đề theo quý',
  inspectionCoverage: 'Tỷ lệ tổ chức đảng được kiểm tra',
};

export interface MetricValue {
  /** What was achieved (e.g. members who studied). */
  achieved: number;
  /** What was owed (e.g. members required, exempt members never counted). 0 = not applicable. */
  required: number;
  /** achieved / required as a percentage with 1 decimal, or null when required = 0. */
  percent: number | null;
  /** Target percentage (100 unless the seed says otherwise). */
  target: number;
  /** True when required > 0 and percent < target. */
  belowTarget: boolean;
}

/** One organisation of the subtree with its figures rolled up over its own subtree. */
export interface ReportOrganisationRow {
  organisationId: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: string;
  /** 0 for the report's root. */
  depth: number;
  metrics: Record<ReportMetricKey, MetricValue>;
  /** Per campaign of the year: members required / studied / studied in a make-up session / exempt. */
  campaigns: Array<{ campaignId: string; code: string; required: number; studied: number; studiedInMakeUp: number; exempt: number }>;
  /** Essay grades: count per grade 0..10 (keys as strings). */
  essayGrades: Record<string, number>;
  /** Speakers on the roster per level (BLOC, UPPER_GRASSROOTS, GRASSROOTS). */
  speakersByLevel: Record<string, number>;
  /** Year-end ratings of organisations and members in the subtree, count per rating level. */
  ratings: { organisations: Record<string, number>; members: Record<string, number> };
  /** Metric keys below target, in REPORT_METRIC_KEYS order. */
  missed: ReportMetricKey[];
  /** Regular cell meetings of the subtree: months due, held by the 10th (on time), of which on days 8-10 (late but allowed). */
  cellMeetings?: { due: number; held: number; late: number };
}

export interface ReportContent {
  year: number;
  rootOrganisationId: string;
  /** Rows in tree order (depth-first, by name), root first. */
  rows: ReportOrganisationRow[];
  /** The previous year's ACCEPTED snapshot's root metrics, for year-over-year comparison, when there is one. */
  previousYear: { snapshotId: string; version: number; metrics: Record<ReportMetricKey, MetricValue> } | null;
  /** The day the figures are taken on (yyyy-MM-dd): 31/12 of the year, or the computation day while the year runs. */
  asOf?: string;
  /** False when the inspections module's tables were absent: inspectionCoverage then has required = 0. */
  inspectionsAvailable?: boolean;
}
