import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { apiClient, ApiClient } from './support/api-client';
import { createSession, shiftSession, studyTree, StudyTree } from './support/sessions-fixtures';
import { TestApp } from './support/test-app';

/**
 * The nightly sync of the national party-member database (CSDL đảng viên 3.0)
 * and conference attendance, through the typed client of the OpenAPI contract:
 * organisations keyed by code with parents by code (restructurings move
 * subtrees without losing study history), members keyed by party card number,
 * attendance by card number and time, each idempotent under an Idempotency-Key.
 */
describe('integration: bulk sync of organisations, members and attendance', () => {
  let t: TestApp;
  let tree: StudyTree;
  let board: ApiClient; // ORGANISATION_BOARD at the bloc root
  let officeA: ApiClient;
  let sessionId: string;

  const count = async (table: string) => Number((await t.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await TestApp.start();
    tree = await studyTree(t);
    board = await apiClient(t, await t.tokenFor([[Role.ORGANISATION_BOARD, tree.root]]));
    officeA = await apiClient(t, tree.officeA);
    // A session of upper-grassroots A with cell A1 studying in it: the study history a restructuring must keep.
    const s = await createSession(t, tree.officeA, { campaignId: tree.campaign.id, organiserOrganisationId: tree.grassA.id });
    await shiftSession(t, s.id, 30);
    sessionId = s.id;
  });
  afterAll(() => t.close());

  it('organisations by code: parents first whatever the order, a result per row, an idempotent replay, a changed body refused', async () => {
    const rows = [
      { code: 'DUK.BTP.VPC.CB3', name: 'Chi bộ Phòng 3', kind: K.CELL, parentCode: 'DUK.BTP.VPC' },
      { code: 'DUK.BTP.VPC', name: 'Đảng bộ Văn phòng Chính phủ', kind: K.GRASSROOTS, parentCode: tree.upperA.code },
      { code: tree.cellA2.code, name: 'Chi bộ Phòng 2 (đổi tên)', kind: K.CELL, parentCode: tree.grassA.code },
      { code: tree.cellA1.code, name: 'Chi bộ Phòng 1', kind: K.CELL, parentCode: tree.grassA.code },
      { code: 'DUK.X', name: 'Không có cấp trên', kind: K.CELL, parentCode: 'KHONG.TON.TAI' },
    ];
    const orgsBefore = await count('organisations');
    const first = await board.POST('/api/v1/organisations/bulk', { body: { rows }, params: { header: { 'Idempotency-Key': 'csdl-2026-11-23-org' } } });
    expect(first.response.status).toBe(200);
    expect(first.data).toMatchObject({ total: 5, created: 2, updated: 1, moved: 0, unchanged: 1, failed: 1 });
    expect(first.data!.rows.map((r) => [r.code, r.outcome])).toEqual([
      ['DUK.BTP.VPC.CB3', 'created'], ['DUK.BTP.VPC', 'created'], [tree.cellA2.code, 'updated'], [tree.cellA1.code, 'unchanged'], ['DUK.X', 'error'],
    ]);
    expect(first.data!.rows[4].errors[0]).toContain('KHONG.TON.TAI');
    const [child] = await t.query<{ parent: string }>(
      `SELECT p.code AS parent FROM organisations o JOIN organisations p ON p.id = o.parent_id WHERE o.code = 'DUK.BTP.VPC.CB3'`);
    expect(child.parent).toBe('DUK.BTP.VPC');
    expect(await count('organisations')).toBe(orgsBefore + 2);

    const audit = await count('audit_log');
    const replay = await board.POST('/api/v1/organisations/bulk', { body: { rows }, params: { header: { 'Idempotency-Key': 'csdl-2026-11-23-org' } } });
    expect(replay.response.status).toBe(200);
    expect(replay.data).toEqual(first.data);
    expect(await count('organisations')).toBe(orgsBefore + 2);
    expect(await count('audit_log')).toBe(audit);

    const other = await board.POST('/api/v1/organisations/bulk', {
      body: { rows: rows.slice(0, 1) }, params: { header: { 'Idempotency-Key': 'csdl-2026-11-23-org' } },
    });
    expect(other.response.status).toBe(422);
    expect(other.error!.fields![0].field).toBe('Idempotency-Key');
  });

  it('a restructuring by code moves a cell under a new parent and keeps its members’ memberships and attendance', async () => {
    const member = tree.a1[0];
    // The member studied in the session before the restructuring.
    const imported = await officeA.POST('/api/v1/sessions/{id}/attendance/import', {
      params: { path: { id: sessionId }, header: { 'Idempotency-Key': 'hoi-nghi-truoc-sap-xep' } },
      body: { rows: [{ cardNumber: member.cardNumber, checkedInAt: new Date(Date.now() - 29 * 60_000).toISOString() }] },
    });
    expect(imported.data!.rows[0].status).toBe('PRESENT');
    const study = () => board.GET('/api/v1/sessions/study-status', { params: { query: { campaignId: tree.campaign.id, memberId: member.id } } });
    expect((await study()).data!.studied).toBe(true);
    const historyBefore = await t.query(`SELECT id, organisation_id, valid_from, valid_to FROM memberships WHERE member_id = $1 ORDER BY id`, [member.id]);

    // The upper-grassroots committee of A cannot move its cell out of its subtree: a row error, nothing written.
    const refused = await officeA.POST('/api/v1/organisations/bulk', {
      body: { rows: [{ code: tree.cellA1.code, name: 'Chi bộ Phòng 1', kind: K.CELL, parentCode: tree.upperB.code }] },
    });
    expect(refused.data).toMatchObject({ moved: 0, failed: 1 });
    expect(refused.data!.rows[0].errors[0]).toContain('outside your scope');

    const moved = await board.POST('/api/v1/organisations/bulk', {
      params: { header: { 'Idempotency-Key': 'csdl-2026-11-24-org' } },
      body: { rows: [{ code: tree.cellA1.code, name: 'Chi bộ Phòng 1', kind: K.CELL, parentCode: tree.upperB.code }] },
    });
    expect(moved.data!.rows[0]).toMatchObject({ outcome: 'moved', id: tree.cellA1.id });
    const [cell] = await t.query<{ parent_id: string; path: string; depth: number }>(`SELECT parent_id, path, depth FROM organisations WHERE id = $1`, [tree.cellA1.id]);
    expect(cell).toEqual({ parent_id: tree.upperB.id, path: `${tree.upperB.path}${tree.cellA1.id}/`, depth: 2 });

    // Same ids, same history: memberships and attendance still name the cell; the member still studied.
    expect(await t.query(`SELECT id, organisation_id, valid_from, valid_to FROM memberships WHERE member_id = $1 ORDER BY id`, [member.id])).toEqual(historyBefore);
    const [attendance] = await t.query<{ organisation_id: string; status: string }>(
      `SELECT organisation_id, status FROM session_participants WHERE session_id = $1 AND member_id = $2`, [sessionId, member.id]);
    expect(attendance).toEqual({ organisation_id: tree.cellA1.id, status: 'PRESENT' });
    expect((await study()).data!.studied).toBe(true);
    // The member now belongs to B's subtree, and A's committee office no longer sees them.
    const inB = await board.GET('/api/v1/members', { params: { query: { withinId: tree.upperB.id, first: 100 } } });
    expect(inB.data!.nodes.map((m) => m.id)).toContain(member.id);
    expect((await officeA.GET('/api/v1/members/{id}', { params: { path: { id: member.id } } })).response.status).toBe(403);
  });

  it('refuses callers without the right: anonymous 401, a member 403, malformed rows 400 naming the field', async () => {
    const body = { rows: [{ code: 'DUK.Y', name: 'Chi bộ Y', kind: K.CELL, parentCode: tree.upperB.code }] };
    expect((await (await apiClient(t)).POST('/api/v1/organisations/bulk', { body })).response.status).toBe(401);
    const member = await apiClient(t, await t.tokenFor([[Role.MEMBER, tree.cellB1]], tree.b1[0].id));
    expect((await member.POST('/api/v1/organisations/bulk', { body })).response.status).toBe(403);
    const bad = await board.POST('/api/v1/organisations/bulk', { body: { rows: [{ ...body.rows[0], kind: 'TỔ' as K }] } });
    expect(bad.response.status).toBe(400);
    expect(bad.error!.fields![0].field).toBe('rows.0.kind');
    expect(await t.query(`SELECT 1 FROM organisations WHERE code = 'DUK.Y'`)).toEqual([]);
  });

  it('a service account with organisations:write syncs organisations inside its subtree only; organisations:read alone is refused', async () => {
    const admin = await t.tokenFor([[Role.ADMIN, tree.root]]);
    const clientFor = async (scopes: string[]) => {
      const created = await t.http.post('/api/v1/service-accounts').set({ authorization: `Bearer ${admin}` })
        .send({ organisationId: tree.upperB.id, name: `CSDL đảng viên ${scopes.join(' ')}`, scopes });
      expect(created.status).toBe(201);
      const token = await t.http.post('/api/v1/oauth/token').auth(created.body.account.clientId, created.body.clientSecret)
        .type('form').send({ grant_type: 'client_credentials' });
      return apiClient(t, token.body.access_token as string);
    };
    const csdl = await clientFor(['organisations:read', 'organisations:write']);
    const inside = await csdl.POST('/api/v1/organisations/bulk', {
      body: { rows: [{ code: 'DUK.B.CB9', name: 'Chi bộ Phòng 9', kind: K.CELL, parentCode: tree.upperB.code }] },
      params: { header: { 'Idempotency-Key': 'csdl-client-org-1' } },
    });
    expect(inside.response.status).toBe(200);
    expect(inside.data!.rows[0].outcome).toBe('created');
    const outside = await csdl.POST('/api/v1/organisations/bulk', {
      body: { rows: [{ code: 'DUK.A.CB9', name: 'Chi bộ ngoài phạm vi', kind: K.CELL, parentCode: tree.upperA.code }] },
      params: { header: { 'Idempotency-Key': 'csdl-client-org-2' } },
    });
    expect(outside.data!.rows[0]).toMatchObject({ outcome: 'error' });
    expect(outside.data!.rows[0].errors[0]).toContain('outside your scope');
    expect(await t.query(`SELECT 1 FROM organisations WHERE code = 'DUK.A.CB9'`)).toEqual([]);
    const readOnly = await clientFor(['organisations:read']);
    const refused = await readOnly.POST('/api/v1/organisations/bulk', {
      body: { rows: [{ code: 'DUK.B.CB8', name: 'Chi bộ Phòng 8', kind: K.CELL, parentCode: tree.upperB.code }] },
    });
    expect(refused.response.status).toBe(403);
    expect(await t.query(`SELECT 1 FROM organisations WHERE code = 'DUK.B.CB8'`)).toEqual([]);
  });

  it('members by party card number (CSDL shape): an idempotent replay writes nothing twice; a changed body is refused', async () => {
    const rows = [
      { cardNumber: '01.066001', fullName: 'Nguyễn Thị Lan', birthDate: '1985-03-02', gender: 'FEMALE' as const,
        standing: 'OFFICIAL' as const, organisationCode: tree.cellB1.code, effectiveDate: '2024-01-15' },
      { cardNumber: tree.b1[1].cardNumber, fullName: 'Đỗ Văn Hải', birthDate: '1980-05-17', gender: 'MALE' as const,
        standing: 'OFFICIAL' as const, organisationCode: tree.cellA2.code, position: 'Chuyên viên' },
    ];
    const before = { members: await count('members'), memberships: await count('memberships') };
    const send = (body: { rows: typeof rows }) =>
      board.POST('/api/v1/members/bulk', { body, params: { header: { 'Idempotency-Key': 'csdl-2026-11-23-dv' } } });
    const first = await send({ rows });
    expect(first.response.status).toBe(200);
    expect(first.data).toMatchObject({ total: 2, created: 1, updated: 1, transferred: 1, failed: 0 });
    const after = { members: await count('members'), memberships: await count('memberships') };
    expect(after).toEqual({ members: before.members + 1, memberships: before.memberships + 2 });

    const replay = await send({ rows });
    expect(replay.data).toEqual(first.data);
    expect({ members: await count('members'), memberships: await count('memberships') }).toEqual(after);
    const changed = await send({ rows: rows.slice(0, 1) });
    expect(changed.response.status).toBe(422);
  });

  it('attendance by card number and time: an idempotent replay adds no rows; a changed body is refused', async () => {
    const at = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
    const rows = [
      { cardNumber: tree.a2[0].cardNumber, checkedInAt: at(28) },
      { cardNumber: tree.a2[1].cardNumber, checkedInAt: at(10) },
      { cardNumber: 'KHONG-CO-0000', checkedInAt: at(28) },
    ];
    const send = (body: { rows: typeof rows }) => officeA.POST('/api/v1/sessions/{id}/attendance/import', {
      params: { path: { id: sessionId }, header: { 'Idempotency-Key': 'hoi-nghi-2026-11-23' } }, body,
    });
    const participants = () => count(`session_participants WHERE session_id = '${sessionId}'`);
    const before = await participants();
    // A conference dashboard polls the session and its attendance with If-None-Match.
    const poll = async (etags: { session?: string; page?: string } = {}) => {
      const session = await officeA.GET('/api/v1/sessions/{id}', { params: { path: { id: sessionId }, header: { 'If-None-Match': etags.session } } });
      const page = await officeA.GET('/api/v1/sessions/{id}/participants', {
        params: { path: { id: sessionId }, query: { first: 100 }, header: { 'If-None-Match': etags.page } },
      });
      return { status: [session.response.status, page.response.status], session: session.response.headers.get('etag')!, page: page.response.headers.get('etag')! };
    };
    const seen = await poll();
    expect((await poll(seen)).status).toEqual([304, 304]);
    const first = await send({ rows });
    expect(first.response.status).toBe(200);
    expect(first.data).toMatchObject({ total: 3, applied: 2, failed: 1 });
    expect(first.data!.rows.map((r) => r.status)).toEqual(['PRESENT', 'LATE', null]);
    const changedTags = await poll(seen);
    expect(changedTags.status).toEqual([200, 200]); // roll-call counters and attendance changed
    expect(changedTags.session).not.toBe(seen.session);
    expect(changedTags.page).not.toBe(seen.page);
    const synced = await officeA.GET('/api/v1/sessions/{id}/participants', { params: { path: { id: sessionId }, query: { orderBy: 'UPDATED_AT', first: 100 } } });
    const lastTwo = synced.data!.nodes.slice(-2).map((p) => p.cardNumber).sort();
    expect(lastTwo).toEqual([tree.a2[0].cardNumber, tree.a2[1].cardNumber].sort());
    const replay = await send({ rows });
    expect(replay.data).toEqual(first.data);
    expect(await participants()).toBe(before);
    const changed = await send({ rows: rows.slice(0, 2) });
    expect(changed.response.status).toBe(422);
    expect(changed.error!.fields![0].field).toBe('Idempotency-Key');
  });
});
