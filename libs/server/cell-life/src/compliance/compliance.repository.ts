import { Injectable } from '@nestjs/common';
import { AccessScope, sql, subtreePredicate } from '@qt/server-core';
import { DataSource } from 'typeorm';
import { holdsMeetings } from '../shared/org-refs.repository';
import { monthsOf, monthStateSql, quartersOf, quarterStateSql } from './compliance-sql';
import { CellComplianceRow, CellComplianceTotals, CellMeetingMonth, ThematicQuarter } from './compliance.types';

export interface SummaryFilter {
  scope: AccessScope;
  within?: string;
  year: number;
  asOf: string;
  onlyWithIssues: boolean;
  after?: [string, string];
  limit: number;
}

/** Compliance of cell meetings, computed in SQL from cell_meetings (nothing stored). */
@Injectable()
export class ComplianceRepository {
  constructor(private readonly dataSource: DataSource) {}

  async months(organisationId: string, year: number, asOf: string): Promise<CellMeetingMonth[]> {
    return sql<CellMeetingMonth>(
      this.dataSource.manager,
      `WITH months AS (${monthsOf('$2::int')})
       SELECT to_char(mo.m, 'YYYY-MM') AS month, (mo.m + 9)::text AS "dueBy", r.id AS "meetingId", r.held_on::text AS "heldOn",
              ${monthStateSql('mo.m', 'r.held_on', '$3::date', 'o.active_from', 'o.dissolved_on')} AS state
         FROM organisations o CROSS JOIN months mo
         LEFT JOIN cell_meetings r ON r.organisation_id = o.id AND r.kind = 'REGULAR' AND r.for_month = mo.m AND r.held_on <= $3::date
        WHERE o.id = $1
        ORDER BY mo.m`,
      [organisationId, year, asOf],
    );
  }

  async quarters(organisationId: string, year: number, asOf: string): Promise<ThematicQuarter[]> {
    return sql<ThematicQuarter>(
      this.dataSource.manager,
      `WITH q AS (${quartersOf('$2::int')})
       SELECT q.quarter, t.n AS "thematicCount", t.first::text AS "firstThematicOn",
              ${quarterStateSql('q.qs', 't.n', '$3::date', 'o.active_from', 'o.dissolved_on')} AS state
         FROM organisations o CROSS JOIN q
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS n, min(cm.held_on) AS first FROM cell_meetings cm
            WHERE cm.organisation_id = o.id AND cm.kind = 'THEMATIC' AND cm.held_on >= q.qs
              AND cm.held_on < q.qs + interval '3 months' AND cm.held_on <= $3::date) t
        WHERE o.id = $1
        ORDER BY q.quarter`,
      [organisationId, year, asOf],
    );
  }

  /**
   * One set-based statement: cells of the subtree × months (generate_series) and × quarters, their states,
   * counts per cell, totals over all matching cells, and one page of cells by name. Never a loop over cells.
   * Always returns at least one row (the totals), with null cell columns when the page is empty.
   */
  async summary(f: SummaryFilter): Promise<{ rows: CellComplianceRow[]; totals: CellComplianceTotals }> {
    const params: unknown[] = [f.year, f.asOf];
    const where = [f.scope.pathPredicate('o.path', params), holdsMeetings('o')];
    if (f.within) where.push(subtreePredicate('o.path', `$${params.push(f.within)}::text`));
    where.push(`o.active_from <= make_date($1::int, 12, 31)`, `(o.dissolved_on IS NULL OR o.dissolved_on > make_date($1::int, 1, 1))`);
    const cursor = f.after ? `WHERE (p.name, p.id) > ($${params.push(f.after[0])}, $${params.push(f.after[1])}::uuid)` : '';
    const issues = f.onlyWithIssues ? `WHERE missed > 0 OR flagged > 0` : '';
    const rows = await sql<Record<string, unknown>>(
      this.dataSource.manager,
      `WITH cells AS (
         SELECT o.id, o.code, o.name, o.active_from, o.dissolved_on FROM organisations o WHERE ${where.join(' AND ')}
       ), months AS (${monthsOf('$1::int')}),
       quarters AS (${quartersOf('$1::int')}),
       month_states AS (
         SELECT c.id, ${monthStateSql('mo.m', 'r.held_on', '$2::date', 'c.active_from', 'c.dissolved_on')} AS state
           FROM cells c CROSS JOIN months mo
           LEFT JOIN cell_meetings r ON r.organisation_id = c.id AND r.kind = 'REGULAR' AND r.for_month = mo.m AND r.held_on <= $2::date
       ), thematic AS (
         SELECT cm.organisation_id AS id, date_trunc('quarter', cm.held_on)::date AS qs, count(*)::int AS n
           FROM cell_meetings cm JOIN cells c ON c.id = cm.organisation_id
          WHERE cm.kind = 'THEMATIC' AND cm.held_on >= make_date($1::int, 1, 1) AND cm.held_on < make_date($1::int + 1, 1, 1)
            AND cm.held_on <= $2::date
          GROUP BY 1, 2
       ), quarter_states AS (
         SELECT c.id, ${quarterStateSql('q.qs', 'COALESCE(t.n, 0)', '$2::date', 'c.active_from', 'c.dissolved_on')} AS state
           FROM cells c CROSS JOIN quarters q LEFT JOIN thematic t ON t.id = c.id AND t.qs = q.qs
       ), per_cell AS (
         SELECT c.id, c.code, c.name, m.on_time, m.late, m.missed, m.pending, q.ok, q.flagged
           FROM cells c
           JOIN (SELECT id, count(*) FILTER (WHERE state = 'ON_TIME')::int AS on_time, count(*) FILTER (WHERE state = 'LATE')::int AS late,
                        count(*) FILTER (WHERE state = 'MISSED')::int AS missed, count(*) FILTER (WHERE state = 'PENDING')::int AS pending
                   FROM month_states GROUP BY id) m ON m.id = c.id
           JOIN (SELECT id, count(*) FILTER (WHERE state = 'OK')::int AS ok, count(*) FILTER (WHERE state = 'FLAGGED')::int AS flagged
                   FROM quarter_states GROUP BY id) q ON q.id = c.id
       ), filtered AS (SELECT * FROM per_cell ${issues}),
       totals AS (
         SELECT count(*)::int AS cells, count(*) FILTER (WHERE missed > 0 OR flagged > 0)::int AS "cellsWithIssues",
                COALESCE(sum(on_time), 0)::int AS "onTimeMonths", COALESCE(sum(late), 0)::int AS "lateMonths",
                COALESCE(sum(missed), 0)::int AS "missedMonths", COALESCE(sum(flagged), 0)::int AS "quartersWithoutThematic"
           FROM filtered
       )
       SELECT t.*, p.id AS "organisationId", p.code, p.name, p.on_time AS "onTimeMonths_", p.late AS "lateMonths_",
              p.missed AS "missedMonths_", p.pending AS "pendingMonths", p.ok AS "quartersWithThematic", p.flagged AS "quartersWithoutThematic_"
         FROM totals t
         LEFT JOIN LATERAL (SELECT * FROM filtered p ${cursor} ORDER BY p.name, p.id LIMIT ${f.limit}) p ON true`,
      params,
    );
    const first = rows[0];
    const totals: CellComplianceTotals = {
      cells: first.cells as number,
      cellsWithIssues: first.cellsWithIssues as number,
      onTimeMonths: first.onTimeMonths as number,
      lateMonths: first.lateMonths as number,
      missedMonths: first.missedMonths as number,
      quartersWithoutThematic: first.quartersWithoutThematic as number,
    };
    return {
      totals,
      rows: rows
        .filter((r) => r.organisationId)
        .map((r) => ({
          organisationId: r.organisationId as string,
          code: r.code as string,
          name: r.name as string,
          onTimeMonths: r.onTimeMonths_ as number,
          lateMonths: r.lateMonths_ as number,
          missedMonths: r.missedMonths_ as number,
          pendingMonths: r.pendingMonths as number,
          quartersWithThematic: r.quartersWithThematic as number,
          quartersWithoutThematic: r.quartersWithoutThematic_ as number,
        })),
    };
  }
}
