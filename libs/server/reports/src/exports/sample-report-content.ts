import { MetricValue, REPORT_METRIC_KEYS, ReportContent, ReportMetricKey, ReportOrganisationRow } from '../report.types';

/** A metric from achieved/required with the snapshot's rules (1-decimal percent, below target when < target). */
export function metric(achieved: number, required: number, target = 100): MetricValue {
  const percent = required === 0 ? null : Math.round((achieved / required) * 1000) / 10;
  return { achieved, required, percent, target, belowTarget: percent !== null && percent < target };
}

function row(
  id: string,
  parentId: string | null,
  depth: number,
  name: string,
  kind: string,
  figures: Partial<Record<ReportMetricKey, MetricValue>>,
): ReportOrganisationRow {
  const metrics = Object.fromEntries(REPORT_METRIC_KEYS.map((k) => [k, figures[k] ?? metric(0, 0)])) as Record<ReportMetricKey, MetricValue>;
  return {
    organisationId: id,
    parentId,
    code: id.slice(0, 8).toUpperCase(),
    name,
    kind,
    depth,
    metrics,
    campaigns: [],
    essayGrades: {},
    speakersByLevel: {},
    ratings: { organisations: {}, members: {} },
    missed: REPORT_METRIC_KEYS.filter((k) => metrics[k].belowTarget),
  };
}

/**
 * A small hand-built report used by the export tests: a bloc, an upper-grassroots committee with two
 * cells (one below target on studying and on-time essays), and a grassroots committee on target.
 */
export function sampleReportContent(withPreviousYear = true): ReportContent {
  const ids = {
    root: '11111111-0000-4000-8000-000000000001',
    upper: '11111111-0000-4000-8000-000000000002',
    cellA: '11111111-0000-4000-8000-000000000003',
    cellB: '11111111-0000-4000-8000-000000000004',
    grass: '11111111-0000-4000-8000-000000000005',
  };
  const root = row(ids.root, null, 0, 'Đảng bộ Khối các cơ quan Trung ương', 'BLOC', {
    membersStudied: metric(27, 30),
    essaysSubmitted: metric(10, 10),
    essaysOnTime: metric(8, 10),
    essaysGraded: metric(10, 10),
    actionProgrammes: metric(3, 3),
    cellMeetingsOnTime: metric(24, 24),
  });
  root.campaigns = [{ campaignId: '22222222-0000-4000-8000-000000000001', code: 'HT-TW7-XII', required: 30, studied: 27, studiedInMakeUp: 4, exempt: 2 }];
  root.essayGrades = { '7': 3, '8': 5, '9': 2 };
  root.speakersByLevel = { BLOC: 2, UPPER_GRASSROOTS: 1, GRASSROOTS: 3 };
  const upper = row(ids.upper, ids.root, 1, 'Đảng bộ Bộ Tư pháp', 'UPPER_GRASSROOTS', {
    membersStudied: metric(17, 20),
    essaysSubmitted: metric(6, 6),
    essaysOnTime: metric(4, 6),
    essaysGraded: metric(6, 6),
    actionProgrammes: metric(2, 2),
    cellMeetingsOnTime: metric(12, 12),
  });
  const cellA = row(ids.cellA, ids.upper, 2, 'Chi bộ Vụ Pháp chế', 'CELL', {
    membersStudied: metric(7, 10),
    essaysSubmitted: metric(3, 3),
    essaysOnTime: metric(1, 3),
    essaysGraded: metric(3, 3),
    cellMeetingsOnTime: metric(6, 6),
  });
  const cellB = row(ids.cellB, ids.upper, 2, 'Chi bộ Văn phòng Bộ', 'CELL', {
    membersStudied: metric(10, 10),
    essaysSubmitted: metric(3, 3),
    essaysOnTime: metric(3, 3),
    essaysGraded: metric(3, 3),
    cellMeetingsOnTime: metric(6, 6),
  });
  const grass = row(ids.grass, ids.root, 1, 'Đảng bộ Tổng cục Thống kê', 'GRASSROOTS', {
    membersStudied: metric(10, 10),
    essaysSubmitted: metric(4, 4),
    essaysOnTime: metric(4, 4),
    essaysGraded: metric(4, 4),
    actionProgrammes: metric(1, 1),
    cellMeetingsOnTime: metric(12, 12),
  });
  const previousMetrics = Object.fromEntries(REPORT_METRIC_KEYS.map((k) => [k, metric(0, 0)])) as Record<ReportMetricKey, MetricValue>;
  previousMetrics.membersStudied = metric(95, 100);
  previousMetrics.essaysOnTime = metric(9, 10);
  return {
    year: 2026,
    rootOrganisationId: ids.root,
    rows: [root, upper, cellA, cellB, grass],
    previousYear: withPreviousYear ? { snapshotId: '33333333-0000-4000-8000-000000000001', version: 2, metrics: previousMetrics } : null,
  };
}
