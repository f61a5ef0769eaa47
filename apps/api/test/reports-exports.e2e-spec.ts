import { INestApplicationContext } from '@nestjs/common';
import { OrganisationKind as K, Role } from '@qt/shared-domain';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { insertReportSession, startReportsWorker, until } from './support/reports-fixtures';
import { insertCampaign } from './support/study-fixtures';
import { TestApp, TestOrg } from './support/test-app';

/** Report metric keys in snapshot order (libs/server/reports/src/report.types.ts). */
const METRICS = [
  'membersStudied', 'essaysSubmitted', 'essaysOnTime', 'essaysGraded', 'actionProgrammes',
  'personalPlans', 'secretaryPresented', 'cellMeetingsOnTime', 'thematicMeetings', 'inspectionCoverage',
] as const;
/** The red fill officials see on a figure below target. */
const SHORTFALL_FILL = 'FFFFC7CE';

interface Metric { achieved: number; required: number; percent: number | null; belowTarget: boolean }
interface Row { organisationId: string; name: string; depth: number; metrics: Record<string, Metric>; missed: string[] }

/**
 * Exports of a computed snapshot, read back as a user would open them: the XLSX with exceljs, the DOCX by
 * unzipping word/document.xml. A small tree for 2025 where one cell studied only half its members:
 *
 *   root  Đảng bộ Khối các cơ quan Trung ương (BLOC)
 *   ├── A   Đảng bộ Bộ Tư pháp (UPPER_GRASSROOTS)
 *   │   ├── A1  Chi bộ Vụ Pháp chế (CELL): 2 members, 1 PRESENT, 1 UNEXCUSED → 1/2 = 50 %
 *   │   └── A2  Chi bộ Văn phòng Bộ (CELL): 1 member PRESENT → 1/1
 *   └── B   Đảng bộ Tổng cục Thống kê (GRASSROOTS): 1 member PRESENT → 1/1
 *   members studied: A 2/3 = 66,7 %, root 3/4 = 75 %.
 */
describe('annual report exports (XLSX, DOCX)', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let root: TestOrg, A: TestOrg, A1: TestOrg, A2: TestOrg, B: TestOrg;
  let board: string, officeA: string, secretaryA1: string;
  let snapshotId: string;
  let rows: Row[];

  beforeAll(async () => {
    t = await TestApp.start();
    worker = await startReportsWorker(t);
    root = await t.root();
    A = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Tư pháp');
    A1 = await t.org(A, K.CELL, 'Chi bộ Vụ Pháp chế');
    A2 = await t.org(A, K.CELL, 'Chi bộ Văn phòng Bộ');
    B = await t.org(root, K.GRASSROOTS, 'Đảng bộ Tổng cục Thống kê');
    const [a11, a12, a21, b1] = [await t.member(A1), await t.member(A1), await t.member(A2), await t.member(B)];
    const campaign = await insertCampaign(t, {
      issuer: root, startsOn: '2025-03-01', reportDueOn: '2025-09-30', essayPolicy: 'NONE',
      levels: [K.BLOC, K.UPPER_GRASSROOTS, K.GRASSROOTS, K.CELL].map((level) => ({ level, deadline: '2025-06-30' })),
    });
    await insertReportSession(t, {
      campaign, organiser: A1, startsAt: '2025-05-10T01:00:00Z',
      participants: [{ member: a11, status: 'PRESENT' }, { member: a12, status: 'UNEXCUSED' }],
    });
    await insertReportSession(t, { campaign, organiser: A2, startsAt: '2025-05-12T01:00:00Z', participants: [{ member: a21, status: 'PRESENT' }] });
    await insertReportSession(t, { campaign, organiser: B, startsAt: '2025-05-15T01:00:00Z', participants: [{ member: b1, status: 'PRESENT' }] });

    board = await t.tokenFor([[Role.PROPAGANDA_BOARD, root]]);
    officeA = await t.tokenFor([[Role.COMMITTEE_OFFICE, A]]);
    secretaryA1 = await t.tokenFor([[Role.CELL_SECRETARY, A1]]);

    const job = await t.http.post('/api/v1/reports/jobs').set('authorization', `Bearer ${board}`).send({ rootOrganisationId: root.id, year: 2025 });
    expect(job.status).toBe(202);
    const done = await until(async () => {
      const res = await t.http.get(`/api/v1/reports/jobs/${job.body.id}`).set('authorization', `Bearer ${board}`);
      return res.body.status === 'DONE' || res.body.status === 'FAILED' ? res.body : undefined;
    });
    expect(done.status).toBe('DONE');
    snapshotId = done.snapshotId;
    [{ rows }] = await t.query<{ rows: Row[] }>(`SELECT content->'rows' AS rows FROM report_snapshots WHERE id = $1`, [snapshotId]);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  const download = (token: string | null, format: 'xlsx' | 'docx', id = snapshotId) => {
    const req = t.http
      .get(`/api/v1/reports/${id}/export.${format}`)
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    if (token) req.set('authorization', `Bearer ${token}`);
    return req;
  };
  const rowOf = (org: TestOrg) => rows.find((r) => r.organisationId === org.id) as Row;

  it('the snapshot holds the worked-out figures the exports must show', () => {
    const studied = (org: TestOrg) => {
      const m = rowOf(org).metrics.membersStudied;
      return [m.achieved, m.required, m.percent, m.belowTarget];
    };
    expect(studied(A1)).toEqual([1, 2, 50, true]);
    expect(studied(A2)).toEqual([1, 1, 100, false]);
    expect(studied(A)).toEqual([2, 3, 66.7, true]);
    expect(studied(B)).toEqual([1, 1, 100, false]);
    expect(studied(root)).toEqual([3, 4, 75, true]);
  });

  it('XLSX: a workbook with the Vietnamese file name, the figures, shortfalls filled red exactly where the snapshot is below target', async () => {
    const res = await download(board, 'xlsx');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Bao cao hoc tap nghi quyet 2025 - Dang bo Khoi cac co quan Trung uong (v1).xlsx"; ` +
        `filename*=UTF-8''${encodeURIComponent('Báo cáo học tập nghị quyết 2025 - Đảng bộ Khối các cơ quan Trung ương ')}%28v1%29.xlsx`,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Cấp 1', 'Cấp 2']);

    const summary = book.getWorksheet('Tổng hợp')!;
    expect(summary.getCell('B2').value).toBe('Đảng bộ Khối các cơ quan Trung ương');
    expect(summary.getCell('B3').value).toBe('2025');
    expect(summary.getCell('B5').value).toBe('Dự thảo');
    const studied = summary.getRow(9);
    expect([2, 3, 4, 5, 7].map((c) => studied.getCell(c).value)).toEqual(['Đảng viên học tập, quán triệt nghị quyết', 3, 4, 0.75, 'Chưa đạt']);
    expect((studied.getCell(5).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(SHORTFALL_FILL);

    const sheet = book.getWorksheet('Cấp 2')!;
    const byName = new Map<unknown, ExcelJS.Row>();
    sheet.eachRow((row, n) => n > 9 && byName.set(row.getCell(3).value, row));
    expect([...byName.keys()]).toEqual([
      'Đảng bộ Khối các cơ quan Trung ương', 'Đảng bộ Bộ Tư pháp', 'Chi bộ Văn phòng Bộ', 'Chi bộ Vụ Pháp chế', 'Đảng bộ Tổng cục Thống kê',
    ]);
    const a1 = byName.get('Chi bộ Vụ Pháp chế')!;
    expect([5, 6, 7].map((c) => a1.getCell(c).value)).toEqual([1, 2, 0.5]);
    expect(a1.getCell(3).alignment?.indent).toBe(4);
    // Every metric cell of every organisation is red exactly when the snapshot says it is below target.
    for (const row of rows) {
      const xl = byName.get(row.name)!;
      METRICS.forEach((key, k) => {
        const fill = (xl.getCell(7 + k * 3).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
        expect([row.name, key, fill === SHORTFALL_FILL]).toEqual([row.name, key, row.metrics[key].belowTarget]);
      });
    }
    expect(String(a1.getCell(5 + METRICS.length * 3).value)).toContain('Đảng viên học tập, quán triệt nghị quyết');
  });

  it('DOCX: a Party report with the heading block, the summary figures and the organisations below target, diacritics intact', async () => {
    const res = await download(board, 'docx');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Báo cáo học tập nghị quyết 2025')}`);
    const xml = await (await JSZip.loadAsync(res.body)).file('word/document.xml')!.async('string');
    const lines = xml
      .split('</w:p>')
      .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
      .filter(Boolean);
    expect(lines.slice(0, 4)).toEqual(['ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG', '*', 'Số       -BC/ĐUK', 'ĐẢNG CỘNG SẢN VIỆT NAM']);
    expect(lines[4]).toMatch(/^Hà Nội, ngày \d{2} tháng \d{2} năm \d{4}$/);
    expect(lines).toContain('Kết quả học tập, quán triệt nghị quyết năm 2025');
    const at = lines.indexOf('Đảng viên học tập, quán triệt nghị quyết');
    expect(lines.slice(at, at + 6)).toEqual(['Đảng viên học tập, quán triệt nghị quyết', '3/4', '75,0%', '100%', '—', 'Chưa đạt']);

    const section3 = lines.slice(lines.indexOf('III. TỔ CHỨC ĐẢNG CHƯA ĐẠT CHỈ TIÊU') + 1, lines.indexOf('IV. KIẾN NGHỊ'));
    expect(section3.find((l) => l.includes('Chi bộ Vụ Pháp chế'))).toMatch(
      /^\d+\. Chi bộ Vụ Pháp chế \(trực thuộc Đảng bộ Bộ Tư pháp\): chưa đạt .*đảng viên học tập, quán triệt nghị quyết \(1\/2, 50,0%\)/,
    );
    // Listed: exactly the organisations (below the root) that miss something, in tree order.
    const expected = rows.filter((r) => r.depth > 0 && r.missed.length > 0).map((r) => r.name);
    expect(section3.map((l) => /^\d+\. (.+?) \(trực thuộc/.exec(l)?.[1])).toEqual(expected);
    expect(expected).toContain('Chi bộ Vụ Pháp chế');
  });

  it('refuses anonymous callers, roles without report access, other subtrees, unknown and malformed ids', async () => {
    expect((await download(null, 'xlsx')).status).toBe(401);
    expect((await download(secretaryA1, 'docx')).status).toBe(403);
    // The committee office of A reads A's subtree only; the snapshot is the root's.
    expect((await download(officeA, 'xlsx')).status).toBe(403);
    expect((await download(officeA, 'docx')).status).toBe(403);
    expect((await download(board, 'xlsx', '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await download(board, 'docx', 'not-an-id')).status).toBe(400);
  });
});
