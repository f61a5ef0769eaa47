import { allocate, sample, SamplingCandidate, sampleSize } from './sampling';

const orgs = (kind: string, count: number, prefix = kind): SamplingCandidate[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${String(i).padStart(3, '0')}`,
    kind,
    lastInspectedOn: null,
    inspectedInTerm: false,
  }));
const params = { year: 2023, termStartYear: 2020, termEndYear: 2025, sharePercent: 15, seed: 42 };

describe('inspection sampling (pure rules)', () => {
  it('sizes the sample as ceil(N × share): 61 × 15 % → 10, 61 × 20 % → 13, 20 × 15 % → 3, 0 → 0', () => {
    expect(sampleSize(61, 15)).toBe(10);
    expect(sampleSize(61, 20)).toBe(13);
    expect(sampleSize(20, 15)).toBe(3);
    expect(sampleSize(40, 25)).toBe(10);
    expect(sampleSize(0, 20)).toBe(0);
  });

  it('allocates proportionally with at least one per stratum, and never below the forced floor', () => {
    expect(allocate([30, 9, 1], 6)).toEqual([4, 1, 1]);
    expect(allocate([30, 10], 4)).toEqual([3, 1]);
    expect(allocate([10, 10], 1)).toEqual([1, 0]);
    expect(allocate([10, 10], 4, [0, 3])).toEqual([1, 3]);
  });

  it('is reproducible and independent of the candidates order; another seed picks others', () => {
    // All inspected in 2021: nothing is forced, the seed decides within each stratum.
    const all = [...orgs('GRASSROOTS', 40), ...orgs('CELL', 20)].map((c) => ({ ...c, inspectedInTerm: true, lastInspectedOn: '2021-05-01' }));
    const a = sample(all, params);
    const b = sample([...all].reverse(), params);
    expect(b.picks).toEqual(a.picks);
    const c = sample(all, { ...params, seed: 43 });
    expect(c.picks.map((p) => p.organisationId).sort()).not.toEqual(a.picks.map((p) => p.organisationId).sort());
    expect(a.picks).toHaveLength(9);
    expect(a.picks.filter((p) => p.stratum === 'CELL')).toHaveLength(3);
    expect(a.picks.every((p) => p.reasons.some((r) => r.code === 'RANDOM_IN_STRATUM'))).toBe(true);
  });

  it('takes below-target and never-inspected organisations before recently inspected ones', () => {
    const all = orgs('GRASSROOTS', 20).map((c, i) => ({
      ...c,
      inspectedInTerm: i >= 2,
      lastInspectedOn: i >= 2 ? `2022-0${(i % 9) + 1}-15` : null,
      belowTarget: i === 5,
      missed: i === 5 ? ['studied'] : [],
    }));
    const r = sample(all, params);
    expect(r.picks.map((p) => p.organisationId)).toEqual(expect.arrayContaining(['GRASSROOTS-005', 'GRASSROOTS-000', 'GRASSROOTS-001']));
    expect(r.picks.find((p) => p.organisationId === 'GRASSROOTS-005')?.reasons[0]).toEqual({
      code: 'BELOW_TARGET',
      text: 'dưới chỉ tiêu trong báo cáo năm trước (studied)',
    });
    expect(r.picks.find((p) => p.organisationId === 'GRASSROOTS-005')?.reasons).toContainEqual({
      code: 'LAST_INSPECTED',
      text: 'lần kiểm tra gần nhất 15/06/2022',
    });
  });

  it('forces the organisations not inspected in the term when the years left require it', () => {
    const all = orgs('GRASSROOTS', 20);
    const lastYear = sample(all, { ...params, year: 2025 });
    expect(lastYear.picks).toHaveLength(20);
    expect(lastYear.picks.every((p) => p.forced && p.reasons[0].code === 'TERM_COVERAGE')).toBe(true);
    const firstYear = sample(all, { ...params, year: 2021 });
    // 20 uncovered, 5 years left, 3 a year: 20 − 4 × 3 = 8 forced.
    expect(firstYear.summary).toEqual(expect.objectContaining({ sampleSize: 3, forced: 8, picked: 8, remainingYears: 5 }));
  });
});
