import { createHash } from 'node:crypto';
import { ReportContent } from '@qt/server-reports';
import { EntityManager } from 'typeorm';
import { buildRows, inputsHash } from '../../../libs/server/reports/src/compute/report-builder';
import { ReportFiguresRepository } from '../../../libs/server/reports/src/compute/report-figures.repository';
import type { StudyContext } from './context';

/**
 * Last year's annual reports (báo cáo kết quả học tập, quán triệt), ACCEPTED, so this year's reports show a
 * year-over-year comparison from the first run: the bloc's (accepted by the Central Propaganda Commission,
 * outside the system) and the Ministry of Industry and Trade committee's (DUK.BCT, the `vanphong.bct` login),
 * accepted by the bloc. Computed with the report's own set-based SQL and roll-up, as of 31/12 of last year.
 */
export async function seedReports(ctx: StudyContext): Promise<void> {
  const year = Number(ctx.today.slice(0, 4)) - 1;
  const asOf = `${year}-12-31`;
  // The figures' SQL runs on the seeding transaction's client.
  const manager = { query: async (text: string, params?: unknown[]) => (await ctx.client.query(text, params)).rows } as unknown as EntityManager;
  const figures = new ReportFiguresRepository();
  const { rows: roots } = await ctx.client.query<{ id: string; path: string; code: string; depth: number }>(
    `SELECT id, path, code, depth FROM organisations WHERE depth = 0 OR code = 'DUK.BCT' ORDER BY depth`,
  );
  for (const root of roots) {
    const t = Date.now();
    const args = [manager, root.path, year, asOf] as const;
    const rows = buildRows(root.id, await figures.organisations(...args), {
      study: await figures.study(...args),
      programmes: await figures.programmes(...args),
      personalPlans: await figures.personalPlans(...args),
      sessions: await figures.sessions(...args),
      speakers: await figures.speakers(...args),
      cells: await figures.cells(...args),
      ratings: await figures.ratings(...args),
      inspections: await figures.inspections(...args),
    });
    const content: ReportContent = { year, rootOrganisationId: root.id, rows, previousYear: null, asOf, inspectionsAvailable: true };
    const id = createHash('md5').update(`report:${root.id}:${year}`).digest('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
    await ctx.client.query(
      `INSERT INTO report_snapshots (id, root_organisation_id, year, version, inputs_hash, content, as_of, computed_at, duration_ms)
       VALUES ($1, $2, $3::int, 1, $4, $5::jsonb, $6, make_date($3::int + 1, 1, 5)::timestamptz, $7)`,
      [id, root.id, year, inputsHash(rows), JSON.stringify(content), asOf, Date.now() - t],
    );
    await ctx.client.query(
      `INSERT INTO report_snapshot_rows (snapshot_id, organisation_id, depth, below_target, missed)
       SELECT $1, (r->>'organisationId')::uuid, (r->>'depth')::int, jsonb_array_length(r->'missed') > 0,
              ARRAY(SELECT jsonb_array_elements_text(r->'missed'))
         FROM report_snapshots s CROSS JOIN LATERAL jsonb_array_elements(s.content->'rows') r WHERE s.id = $1`,
      [id],
    );
    await ctx.client.query(
      `UPDATE report_snapshots SET status = 'SUBMITTED', submitted_at = make_date($2::int + 1, 1, 10)::timestamptz WHERE id = $1`,
      [id, year],
    );
    await ctx.client.query(
      `UPDATE report_snapshots SET status = 'ACCEPTED', reviewed_at = make_date($2::int + 1, 1, 20)::timestamptz, review_comment = $3
        WHERE id = $1`,
      [id, year, root.depth === 0 ? 'Ban Tuyên giáo Trung ương đã tiếp nhận báo cáo' : 'Đảng ủy Khối tiếp nhận báo cáo'],
    );
    ctx.log(`reports: ${year} report of ${root.code} (${rows.length} organisations) accepted, in ${Date.now() - t} ms`);
  }
}
