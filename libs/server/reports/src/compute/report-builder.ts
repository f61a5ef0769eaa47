import { createHash } from 'node:crypto';
import { MetricValue, REPORT_METRIC_KEYS, ReportMetricKey, ReportOrganisationRow } from '../report.types';
import { CellRow, CountRow, GRADES, OrgRow, PairRow, StudyFigureRow } from './report-figures.repository';

/** Targets (chỉ tiêu): 100 % for every metric (02-NQ and seed 002 ask for all members, all cells, all committees). */
export const REPORT_TARGETS: Record<ReportMetricKey, number> = Object.fromEntries(REPORT_METRIC_KEYS.map((k) => [k, 100])) as Record<
  ReportMetricKey,
  number
>;

type Pair = [achieved: number, required: number];
interface CampaignFig {
  code: string;
  required: number;
  studied: number;
  studiedInMakeUp: number;
  exempt: number;
}

/** What one organisation contributes (own facts), then — after the roll-up — what its subtree adds up to. */
class Totals {
  pairs = Object.fromEntries(REPORT_METRIC_KEYS.map((k) => [k, [0, 0] as Pair])) as Record<ReportMetricKey, Pair>;
  campaigns = new Map<string, CampaignFig>();
  grades = GRADES.map(() => 0);
  speakers: Record<string, number> = {};
  orgRatings: Record<string, number> = {};
  memberRatings: Record<string, number> = {};
  cellMeetings = { due: 0, held: 0, late: 0 };
  inspectionsApplicable = false;

  add(o: Totals): void {
    for (const k of REPORT_METRIC_KEYS) {
      this.pairs[k][0] += o.pairs[k][0];
      this.pairs[k][1] += o.pairs[k][1];
    }
    for (const [id, c] of o.campaigns) {
      const mine = this.campaigns.get(id) ?? { code: c.code, required: 0, studied: 0, studiedInMakeUp: 0, exempt: 0 };
      mine.required += c.required;
      mine.studied += c.studied;
      mine.studiedInMakeUp += c.studiedInMakeUp;
      mine.exempt += c.exempt;
      this.campaigns.set(id, mine);
    }
    o.grades.forEach((n, g) => (this.grades[g] += n));
    addCounts(this.speakers, o.speakers);
    addCounts(this.orgRatings, o.orgRatings);
    addCounts(this.memberRatings, o.memberRatings);
    this.cellMeetings.due += o.cellMeetings.due;
    this.cellMeetings.held += o.cellMeetings.held;
    this.cellMeetings.late += o.cellMeetings.late;
  }
}

function addCounts(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, n] of Object.entries(from)) into[k] = (into[k] ?? 0) + n;
}

/** A metric against its target; below target only when something was owed and the exact share is short of it. */
export function metricValue(achieved: number, required: number, target: number): MetricValue {
  return {
    achieved,
    required,
    percent: required > 0 ? Math.round((achieved * 1000) / required) / 10 : null,
    target,
    belowTarget: required > 0 && achieved * 100 < target * required,
  };
}

export interface Figures {
  study: StudyFigureRow[];
  programmes: PairRow[];
  personalPlans: PairRow[];
  sessions: PairRow[];
  speakers: CountRow[];
  cells: CellRow[];
  ratings: CountRow[];
  /** null: the inspections module's tables are absent (coverage reported with required = 0). */
  inspections: PairRow[] | null;
}

export interface ReportRowExtras {
  /** Regular cell meetings of the subtree: months due, held by the 10th, of which on days 8-10. */
  cellMeetings: { due: number; held: number; late: number };
}

/**
 * Rolls the organisations' own figures up the tree in one pass (deepest first, each into its parent) and
 * returns the rows in tree order (depth-first, children by name), root first. Organisations that did not exist
 * during the year and have no figures are left out; their facts still count for their ancestors.
 */
export function buildRows(rootId: string, orgs: OrgRow[], f: Figures): (ReportOrganisationRow & ReportRowExtras)[] {
  const totals = new Map<string, Totals>(orgs.map((o) => [o.id, new Totals()]));
  const at = (id: string) => totals.get(id);
  const pair = (rows: PairRow[], key: ReportMetricKey) => {
    for (const r of rows) {
      const t = at(r.organisationId);
      if (!t) continue;
      t.pairs[key][0] += r.achieved;
      t.pairs[key][1] += r.required;
    }
  };
  for (const r of f.study) {
    const t = at(r.organisationId);
    if (!t) continue;
    t.pairs.membersStudied[0] += r.studied;
    t.pairs.membersStudied[1] += r.required;
    t.pairs.essaysSubmitted[0] += r.essaysSubmitted;
    t.pairs.essaysSubmitted[1] += r.essaysRequired;
    t.pairs.essaysOnTime[0] += r.essaysOnTime;
    t.pairs.essaysOnTime[1] += r.essaysRequired;
    t.pairs.essaysGraded[0] += r.essaysGraded;
    t.pairs.essaysGraded[1] += r.essaysSubmitted;
    t.campaigns.set(r.campaignId, { code: r.code, required: r.required, studied: r.studied, studiedInMakeUp: r.studiedInMakeUp, exempt: r.exempt });
    r.grades.forEach((n, g) => (t.grades[g] += Number(n)));
  }
  pair(f.programmes, 'actionProgrammes');
  pair(f.personalPlans, 'personalPlans');
  pair(f.sessions, 'secretaryPresented');
  pair(f.inspections ?? [], 'inspectionCoverage');
  for (const r of f.cells) {
    const t = at(r.organisationId);
    if (!t) continue;
    t.pairs.cellMeetingsOnTime[0] += r.monthsOnTime;
    t.pairs.cellMeetingsOnTime[1] += r.monthsDue;
    t.pairs.thematicMeetings[0] += r.quartersOk;
    t.pairs.thematicMeetings[1] += r.quartersDue;
    t.cellMeetings = { due: r.monthsDue, held: r.monthsOnTime, late: r.monthsLate };
  }
  for (const r of f.speakers) {
    const t = at(r.organisationId);
    if (t) t.speakers[r.key] = (t.speakers[r.key] ?? 0) + r.count;
  }
  for (const r of f.ratings) {
    const t = at(r.organisationId);
    if (!t) continue;
    const [who, level] = r.key.split(':');
    const into = who === 'ORG' ? t.orgRatings : t.memberRatings;
    into[level] = (into[level] ?? 0) + r.count;
  }

  // Own figures are complete; keep a copy of "has own facts" to decide which dissolved organisations to show.
  const hasFacts = new Set<string>();
  for (const [id, t] of totals) if (REPORT_METRIC_KEYS.some((k) => t.pairs[k][1] > 0) || Object.keys(t.speakers).length) hasFacts.add(id);

  // One pass, deepest first: each organisation's subtree totals are final when its parent takes them.
  const byDepth = [...orgs].sort((a, b) => b.depth - a.depth);
  for (const o of byDepth) {
    if (o.id === rootId || !o.parentId) continue;
    const parent = at(o.parentId);
    const own = at(o.id);
    if (parent && own) {
      parent.add(own);
      if (hasFacts.has(o.id)) hasFacts.add(o.parentId);
    }
  }

  const root = orgs.find((o) => o.id === rootId);
  if (!root) return [];
  const children = new Map<string, OrgRow[]>();
  for (const o of orgs) {
    if (o.id === rootId || !o.parentId) continue;
    const list = children.get(o.parentId) ?? [];
    list.push(o);
    children.set(o.parentId, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.code.localeCompare(b.code));

  const rows: (ReportOrganisationRow & ReportRowExtras)[] = [];
  const stack: OrgRow[] = [root];
  while (stack.length) {
    const o = stack.pop() as OrgRow;
    if (o.id === rootId || o.existed || hasFacts.has(o.id)) {
      rows.push(toRow(o, root.depth, totals.get(o.id) as Totals, o.id === rootId ? null : o.parentId));
      const kids = children.get(o.id) ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return rows;
}

function toRow(o: OrgRow, rootDepth: number, t: Totals, parentId: string | null): ReportOrganisationRow & ReportRowExtras {
  const metrics = Object.fromEntries(
    REPORT_METRIC_KEYS.map((k) => [k, metricValue(t.pairs[k][0], t.pairs[k][1], REPORT_TARGETS[k])]),
  ) as Record<ReportMetricKey, MetricValue>;
  return {
    organisationId: o.id,
    parentId,
    code: o.code,
    name: o.name,
    kind: o.kind,
    depth: o.depth - rootDepth,
    metrics,
    campaigns: [...t.campaigns.entries()]
      .map(([campaignId, c]) => ({ campaignId, ...c }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    essayGrades: Object.fromEntries(GRADES.map((g) => [String(g), t.grades[g]])),
    speakersByLevel: { BLOC: 0, UPPER_GRASSROOTS: 0, GRASSROOTS: 0, ...t.speakers },
    ratings: { organisations: ratingCounts(t.orgRatings), members: ratingCounts(t.memberRatings) },
    missed: REPORT_METRIC_KEYS.filter((k) => metrics[k].belowTarget),
    cellMeetings: { ...t.cellMeetings },
  };
}

function ratingCounts(c: Record<string, number>): Record<string, number> {
  return { EXCELLENT: 0, GOOD: 0, COMPLETED: 0, NOT_COMPLETED: 0, ...c };
}

/** SHA-256 of the figures the snapshot was computed from (same facts → same hash, whatever the version). */
export function inputsHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}
