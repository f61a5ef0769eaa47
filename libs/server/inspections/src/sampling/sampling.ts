import { createHash } from 'node:crypto';
import { ORGANISATION_KIND_LABEL_VI, OrganisationKind } from '@qt/shared-domain';

/**
 * Seeded, stratified sampling of the directly subordinate organisations an annual inspection plan inspects
 * (domain.md §9). Pure: the same inputs and seed give the same picks, whatever order the candidates come in.
 *
 * Rules (each has a test in sampling.spec.ts and inspections-sampling.e2e-spec.ts):
 * 1. Sample size n = ceil(N × share / 100) for N candidates (at least the share is inspected: 61 × 15 % = 9.15 → 10).
 * 2. Term coverage (nhiệm kỳ): with R years of the term left including this one, the U candidates not yet inspected
 *    in the term must fit in the years left: max(0, U − (R − 1) × n) of them are forced in this year (in the last
 *    year of the term every one left). When more are forced than n, the sample grows to the forced count.
 * 3. Strata by organisation kind, proportional allocation by largest remainder (Hamilton), at least one per
 *    stratum when the sample is at least the number of strata; a stratum never gets fewer than its forced picks.
 * 4. Within a stratum, candidates are taken in priority order: below target in last year's report first, then not
 *    inspected in the term, then least recently inspected by year (never inspected first), then a seeded random key.
 *    The random key (SHA-256 of seed and organisation id, a counter-based generator) decides only among candidates
 *    of equal priority; such picks say so ("chọn ngẫu nhiên theo tầng …").
 */
export interface SamplingCandidate {
  id: string;
  kind: string;
  /** Latest inspection before the plan's year (yyyy-MM-dd), null when never inspected. */
  lastInspectedOn: string | null;
  /** Inspected in an earlier year of the plan's term. */
  inspectedInTerm: boolean;
  /** Below target in the previous year's report (undefined when no report is available). */
  belowTarget?: boolean;
  /** Metrics missed in that report. */
  missed?: string[];
}

export interface SamplingParams {
  year: number;
  termStartYear: number;
  termEndYear: number;
  sharePercent: number;
  seed: number;
}

export interface PickReason {
  code: 'TERM_COVERAGE' | 'NOT_INSPECTED_IN_TERM' | 'BELOW_TARGET' | 'NEVER_INSPECTED' | 'LAST_INSPECTED' | 'RANDOM_IN_STRATUM';
  text: string;
}

export interface Pick {
  organisationId: string;
  stratum: string;
  /** 1-based order of the pick in the run (forced first, then by stratum and priority). */
  rank: number;
  forced: boolean;
  reasons: PickReason[];
}

export interface StratumSummary {
  kind: string;
  size: number;
  allocated: number;
  forced: number;
}

export interface SamplingResult {
  picks: Pick[];
  summary: {
    candidates: number;
    sampleSize: number;
    picked: number;
    forced: number;
    remainingYears: number;
    notInspectedInTerm: number;
    strata: StratumSummary[];
  };
}

const KIND_ORDER = [OrganisationKind.UPPER_GRASSROOTS, OrganisationKind.GRASSROOTS, OrganisationKind.CELL, OrganisationKind.BLOC] as string[];
const kindRank = (k: string) => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);
const kindLabel = (k: string) => ORGANISATION_KIND_LABEL_VI[k as OrganisationKind] ?? k;

/** Sample size for N candidates at a share: ceil, so that at least the share is inspected. */
export function sampleSize(candidates: number, sharePercent: number): number {
  // Work in hundredths of a percent to keep 15.00 × 20 exact.
  return Math.ceil((candidates * Math.round(sharePercent * 100)) / 10_000);
}

/** Counter-based seeded random key in [0, 1): SHA-256 of the seed and the organisation id. */
export function randomKey(seed: number, id: string): number {
  const digest = createHash('sha256').update(`${seed}:${id}`).digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
}

/** dd/MM/yyyy of a yyyy-MM-dd calendar date. */
export const viDate = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/** Largest-remainder allocation of `total` over sizes, at least one per stratum when total allows, within sizes. */
export function allocate(sizes: number[], total: number, floors: number[] = sizes.map(() => 0)): number[] {
  const N = sizes.reduce((a, b) => a + b, 0);
  if (N === 0) return sizes.map(() => 0);
  const quotas = sizes.map((s) => (s * total) / N);
  const alloc = quotas.map(Math.floor);
  const order = quotas.map((q, i) => i).sort((a, b) => quotas[b] - Math.floor(quotas[b]) - (quotas[a] - Math.floor(quotas[a])) || sizes[b] - sizes[a] || a - b);
  let left = total - alloc.reduce((a, b) => a + b, 0);
  for (const i of order) {
    if (left <= 0) break;
    if (alloc[i] < sizes[i]) {
      alloc[i] += 1;
      left -= 1;
    }
  }
  const minOne = total >= sizes.filter((s) => s > 0).length;
  const final = alloc.map((a, i) => Math.min(sizes[i], Math.max(a, floors[i], minOne && sizes[i] > 0 ? 1 : 0)));
  // Give back what the minimums took, from the strata furthest above their quota.
  let excess = final.reduce((a, b) => a + b, 0) - Math.max(total, floors.reduce((a, b) => a + b, 0));
  while (excess > 0) {
    let best = -1;
    for (let i = 0; i < final.length; i += 1) {
      const min = Math.max(floors[i], minOne && sizes[i] > 0 ? 1 : 0);
      if (final[i] <= min) continue;
      if (best < 0 || final[i] - quotas[i] > final[best] - quotas[best]) best = i;
    }
    if (best < 0) break;
    final[best] -= 1;
    excess -= 1;
  }
  return final;
}

interface Ranked extends SamplingCandidate {
  key: number;
  lastYear: number;
}

/** Priority: below target, not inspected in term, least recently inspected (year; never first), seeded key. */
function byPriority(a: Ranked, b: Ranked): number {
  return (
    Number(b.belowTarget === true) - Number(a.belowTarget === true) ||
    Number(a.inspectedInTerm) - Number(b.inspectedInTerm) ||
    a.lastYear - b.lastYear ||
    a.key - b.key ||
    (a.id < b.id ? -1 : 1)
  );
}
const sameTier = (a: Ranked, b: Ranked) =>
  (a.belowTarget === true) === (b.belowTarget === true) && a.inspectedInTerm === b.inspectedInTerm && a.lastYear === b.lastYear;

export function sample(candidates: SamplingCandidate[], params: SamplingParams): SamplingResult {
  const ranked: Ranked[] = candidates.map((c) => ({
    ...c,
    key: randomKey(params.seed, c.id),
    lastYear: c.lastInspectedOn ? Number(c.lastInspectedOn.slice(0, 4)) : 0,
  }));
  const n = sampleSize(ranked.length, params.sharePercent);
  const remainingYears = Math.max(1, params.termEndYear - params.year + 1);
  const uncovered = ranked.filter((c) => !c.inspectedInTerm).sort(byPriority);
  const forcedCount = Math.max(0, uncovered.length - (remainingYears - 1) * n);
  const forced = new Set(uncovered.slice(0, forcedCount).map((c) => c.id));
  const total = Math.max(n, forcedCount);

  const kinds = [...new Set(ranked.map((c) => c.kind))].sort((a, b) => kindRank(a) - kindRank(b) || (a < b ? -1 : 1));
  const strata = kinds.map((kind) => ranked.filter((c) => c.kind === kind).sort(byPriority));
  const forcedPer = strata.map((s) => s.filter((c) => forced.has(c.id)).length);
  const alloc = allocate(strata.map((s) => s.length), total, forcedPer);

  const picks: Pick[] = [];
  const summaries: StratumSummary[] = [];
  strata.forEach((members, si) => {
    const kind = kinds[si];
    const forcedHere = members.filter((c) => forced.has(c.id));
    const others = members.filter((c) => !forced.has(c.id));
    const chosenOthers = others.slice(0, alloc[si] - forcedHere.length);
    const boundary = chosenOthers[chosenOthers.length - 1];
    const next = others[chosenOthers.length];
    // A tie group split by the sample: its chosen members were decided by the seeded key.
    const splitTier = boundary && next && sameTier(boundary, next) ? boundary : undefined;
    const tierSize = splitTier ? others.filter((c) => sameTier(c, splitTier)).length : 0;
    const tierChosen = splitTier ? chosenOthers.filter((c) => sameTier(c, splitTier)).length : 0;
    for (const c of [...forcedHere, ...chosenOthers]) {
      const reasons: PickReason[] = [];
      const isForced = forced.has(c.id);
      if (isForced) {
        reasons.push({
          code: 'TERM_COVERAGE',
          text: `bắt buộc để mọi tổ chức trực thuộc được kiểm tra trong nhiệm kỳ ${params.termStartYear}–${params.termEndYear} (còn ${remainingYears} năm)`,
        });
      }
      if (c.belowTarget) {
        const missed = c.missed?.length ? ` (${c.missed.join(', ')})` : '';
        reasons.push({ code: 'BELOW_TARGET', text: `dưới chỉ tiêu trong báo cáo năm trước${missed}` });
      }
      if (!c.inspectedInTerm) reasons.push({ code: 'NOT_INSPECTED_IN_TERM', text: 'chưa được kiểm tra trong nhiệm kỳ' });
      reasons.push(
        c.lastInspectedOn
          ? { code: 'LAST_INSPECTED', text: `lần kiểm tra gần nhất ${viDate(c.lastInspectedOn)}` }
          : { code: 'NEVER_INSPECTED', text: 'chưa từng được kiểm tra' },
      );
      if (!isForced && splitTier && sameTier(c, splitTier)) {
        reasons.push({
          code: 'RANDOM_IN_STRATUM',
          text: `chọn ngẫu nhiên theo tầng ${kindLabel(kind)} (${tierChosen}/${tierSize} tổ chức cùng mức ưu tiên)`,
        });
      }
      picks.push({ organisationId: c.id, stratum: kind, rank: 0, forced: isForced, reasons });
    }
    summaries.push({ kind, size: members.length, allocated: alloc[si], forced: forcedHere.length });
  });
  picks.sort((a, b) => Number(b.forced) - Number(a.forced));
  picks.forEach((p, i) => (p.rank = i + 1));
  return {
    picks,
    summary: {
      candidates: ranked.length,
      sampleSize: n,
      picked: picks.length,
      forced: forcedCount,
      remainingYears,
      notInspectedInTerm: uncovered.length,
      strata: summaries,
    },
  };
}
