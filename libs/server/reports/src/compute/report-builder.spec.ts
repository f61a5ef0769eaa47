import { REPORT_METRIC_KEYS } from '../report.types';
import { buildRows, Figures, inputsHash, metricValue } from './report-builder';
import { OrgRow } from './report-figures.repository';

const none: Figures = { study: [], programmes: [], personalPlans: [], sessions: [], speakers: [], cells: [], ratings: [], inspections: [] };
const org = (id: string, parentId: string | null, depth: number, name: string, existed = true): OrgRow => ({
  id, parentId, code: id.toUpperCase(), name, kind: depth === 0 ? 'BLOC' : 'CELL', path: `/${id}/`, depth, existed,
});

describe('report builder', () => {
  it('is below target on the exact share, not the rounded percentage', () => {
    expect(metricValue(1999, 2000, 100)).toEqual({ achieved: 1999, required: 2000, percent: 100, target: 100, belowTarget: true });
    expect(metricValue(2000, 2000, 100).belowTarget).toBe(false);
    expect(metricValue(0, 0, 100)).toEqual({ achieved: 0, required: 0, percent: null, target: 100, belowTarget: false });
    expect(metricValue(1, 3, 100).percent).toBe(33.3);
  });

  it('rolls up deepest first, orders children by Vietnamese name, and drops organisations gone before the year without figures', () => {
    const orgs = [
      org('r', null, 0, 'Gốc'), org('b', 'r', 1, 'Đảng bộ B'), org('a', 'r', 1, 'Chi bộ Á'), org('c', 'a', 2, 'Chi bộ C'),
      org('gone', 'r', 1, 'Chi bộ đã giải thể', false),
    ];
    const rows = buildRows('r', orgs, {
      ...none,
      sessions: [{ organisationId: 'c', achieved: 1, required: 2 }, { organisationId: 'b', achieved: 0, required: 1 }],
      programmes: [{ organisationId: 'gone', achieved: 1, required: 1 }],
    });
    expect(rows.map((r) => r.organisationId)).toEqual(['r', 'a', 'c', 'gone', 'b']); // 'gone' has figures, so it stays; Á < C < Chi bộ đ… < Đ
    expect(rows[0].metrics.secretaryPresented).toMatchObject({ achieved: 1, required: 3 });
    expect(rows[0].metrics.actionProgrammes).toMatchObject({ achieved: 1, required: 1 });
    expect(rows[1].metrics.secretaryPresented).toMatchObject({ achieved: 1, required: 2 });
    expect(rows[1].missed).toEqual(['secretaryPresented']);
    expect(buildRows('r', orgs, none).map((r) => r.organisationId)).toEqual(['r', 'a', 'c', 'b']);
    expect(Object.keys(rows[0].metrics)).toEqual([...REPORT_METRIC_KEYS]);
  });

  it('hashes the same figures alike', () => {
    expect(inputsHash({ a: 1 })).toBe(inputsHash({ a: 1 }));
    expect(inputsHash({ a: 1 })).not.toBe(inputsHash({ a: 2 }));
  });
});
