import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { TestApp, TestOrg } from './support/test-app';

describe('organisations: tree, search, import, offices, refusals', () => {
  let t: TestApp;
  let root: TestOrg;
  let admin: string;
  let bct: TestOrg; // upper-grassroots committee A
  let btp: TestOrg; // upper-grassroots committee B
  let tongCuc: TestOrg;
  let cellA: TestOrg;
  let officeA: string; // COMMITTEE_OFFICE of A

  beforeAll(async () => {
    t = await TestApp.start();
    root = await t.root();
    bct = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Công Thương', 'DUK.BCT');
    btp = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Tư pháp', 'DUK.BTP');
    tongCuc = await t.org(bct, K.GRASSROOTS, 'Đảng bộ Tổng cục Quản lý thị trường', 'DUK.BCT.TCQLTT');
    cellA = await t.org(tongCuc, K.CELL, 'Chi bộ Văn phòng Tổng cục', 'DUK.BCT.TCQLTT.VP');
    admin = await t.tokenFor([[Role.ADMIN, root]]);
    officeA = await t.tokenFor([[Role.COMMITTEE_OFFICE, bct]]);
  });
  afterAll(() => t.close());

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  describe('create and update', () => {
    it('creates an organisation under a parent in scope, with its audit record', async () => {
      const res = await t.http
        .post('/api/v1/organisations')
        .set(auth(officeA))
        .send({ code: 'DUK.BCT.VU1', name: 'Chi bộ Vụ Kế hoạch', kind: 'CELL', parentId: bct.id, termStart: '2020-10-01', termEnd: '2025-10-01' });
      expect(res.status).toBe(201);
      expect(res.body).toEqual(expect.objectContaining({ code: 'DUK.BCT.VU1', kind: 'CELL', parentId: bct.id, depth: 2 }));
      expect(res.body.path).toBeUndefined();
      const [audit] = await t.query(`SELECT action, after FROM audit_log WHERE entity_id = $1`, [res.body.id]);
      expect(audit).toEqual(expect.objectContaining({ action: 'organisation.create' }));
    });

    it('refuses a duplicate code with 409 naming the field', async () => {
      const res = await t.http.post('/api/v1/organisations').set(auth(admin)).send({ code: 'DUK.BTP', name: 'Trùng', kind: 'GRASSROOTS', parentId: root.id });
      expect(res.status).toBe(409);
      expect(res.body.fields[0].field).toBe('code');
    });

    it('refuses children under a cell, a second BLOC, and reports malformed fields with 400', async () => {
      const underCell = await t.http.post('/api/v1/organisations').set(auth(admin)).send({ code: 'X1', name: 'X', kind: 'CELL', parentId: cellA.id });
      expect(underCell.status).toBe(422);
      expect(underCell.body.fields[0].field).toBe('parentId');
      const bloc = await t.http.post('/api/v1/organisations').set(auth(admin)).send({ code: 'X2', name: 'X', kind: 'BLOC', parentId: root.id });
      expect(bloc.status).toBe(422);
      const bad = await t.http
        .post('/api/v1/organisations')
        .set(auth(admin))
        .send({ code: 'bad code!', name: '', kind: 'TEAM', parentId: 'not-a-uuid', termStart: '2025-02-30', organisationId: root.id });
      expect(bad.status).toBe(400);
      expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(
        ['code', 'kind', 'name', 'organisationId', 'parentId', 'termStart'].sort(),
      );
    });

    it('updates the name and keeps diacritics in NFC', async () => {
      const nfd = 'Đảng bộ Bộ Tư pháp (mới)'.normalize('NFD');
      const res = await t.gql(admin, `mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { name } }`, {
        id: btp.id,
        input: { name: nfd },
      });
      expect(res.data?.updateOrganisation.name).toBe('Đảng bộ Bộ Tư pháp (mới)'.normalize('NFC'));
    });
  });

  describe('move', () => {
    it('moves a whole subtree: paths, depths and subtree queries follow', async () => {
      const a = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Di chuyển A');
      const a1 = await t.org(a, K.GRASSROOTS, 'Đảng bộ Con A1');
      const a11 = await t.org(a1, K.CELL, 'Chi bộ Cháu A11');
      await t.member(a11);
      const target = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Đích');
      const res = await t.http.post(`/api/v1/organisations/${a1.id}/move`).set(auth(admin)).send({ newParentId: target.id });
      expect(res.status).toBe(200);
      expect(res.body.parentId).toBe(target.id);
      const rows = await t.query<{ id: string; path: string; depth: number }>(
        `SELECT id, path, depth FROM organisations WHERE id = ANY($1)`,
        [[a1.id, a11.id]],
      );
      const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
      expect(byId[a1.id].path).toBe(`${target.path}${a1.id}/`);
      expect(byId[a11.id].path).toBe(`${target.path}${a1.id}/${a11.id}/`);
      expect(byId[a11.id].depth).toBe(3);
      const counts = await t.gql(admin, `query($a: ID!, $b: ID!) { a: organisation(id: $a) { memberCount descendantCount } b: organisation(id: $b) { memberCount descendantCount } }`, { a: a.id, b: target.id });
      expect(counts.data).toEqual({ a: { memberCount: 0, descendantCount: 1 }, b: { memberCount: 1, descendantCount: 3 } });
    });

    it('an import under a node being moved waits for the move and builds on the new path', async () => {
      const p = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ P', 'DUK.P');
      const q = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Q', 'DUK.Q');
      const g = await t.org(p, K.GRASSROOTS, 'Đảng bộ G', 'DUK.P.G');
      // Hold G so the move stops half-way (after taking the tree lock, before rewriting paths).
      const blocker = await t.db.connect();
      await blocker.query('BEGIN');
      await blocker.query('SELECT id FROM organisations WHERE id = $1 FOR SHARE', [g.id]);
      const move = t.http.post(`/api/v1/organisations/${g.id}/move`).set(auth(admin)).send({ newParentId: q.id }).then((r) => r);
      await new Promise((r) => setTimeout(r, 300));
      const importing = t.http.post('/api/v1/organisations/import').set(auth(admin)).set('content-type', 'text/csv')
        .send('code,name,kind,parent_code\nDUK.P.G.NEW,Chi bộ Mới,CELL,DUK.P.G\n').then((r) => r);
      await new Promise((r) => setTimeout(r, 300));
      await blocker.query('COMMIT');
      blocker.release();
      expect((await move).status).toBe(200);
      expect((await importing).body.created).toBe(1);
      const [child] = await t.query<{ path: string }>(`SELECT path FROM organisations WHERE code = 'DUK.P.G.NEW'`);
      expect(child.path.startsWith(`${q.path}${g.id}/`)).toBe(true);
    });

    it('refuses cycles: an organisation cannot move under itself or its descendants', async () => {
      const p = await t.org(root, K.UPPER_GRASSROOTS);
      const c = await t.org(p, K.GRASSROOTS);
      const g = await t.org(c, K.GRASSROOTS);
      for (const newParentId of [p.id, g.id, c.id]) {
        const res = await t.http.post(`/api/v1/organisations/${p.id}/move`).set(auth(admin)).send({ newParentId });
        expect(res.status).toBe(422);
        expect(res.body.fields[0].field).toBe('newParentId');
      }
      const root2 = await t.http.post(`/api/v1/organisations/${root.id}/move`).set(auth(admin)).send({ newParentId: p.id });
      expect(root2.status).toBe(422);
      const [row] = await t.query<{ path: string }>(`SELECT path FROM organisations WHERE id = $1`, [g.id]);
      expect(row.path).toBe(`${root.path}${p.id}/${c.id}/${g.id}/`);
    });

    it('refuses moving into another committee outside the caller\'s subtree', async () => {
      const res = await t.http.post(`/api/v1/organisations/${cellA.id}/move`).set(auth(officeA)).send({ newParentId: btp.id });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    });
  });

  describe('dissolve', () => {
    it('refuses while active children or members remain, then dissolves and hides it', async () => {
      const d = await t.org(bct, K.GRASSROOTS, 'Đảng bộ Sắp giải thể');
      const dc = await t.org(d, K.CELL, 'Chi bộ Con');
      const m = await t.member(dc);
      const first = await t.http.post(`/api/v1/organisations/${d.id}/dissolve`).set(auth(officeA)).send({ dissolvedOn: '2026-06-30' });
      expect(first.status).toBe(422);
      expect(first.body.message).toMatch(/1 active sub-organisation\(s\) and 0 member/);
      const cell = await t.http.post(`/api/v1/organisations/${dc.id}/dissolve`).set(auth(officeA)).send({ dissolvedOn: '2026-06-30' });
      expect(cell.status).toBe(422);
      expect(cell.body.message).toMatch(/1 member/);
      await t.query(`DELETE FROM memberships WHERE member_id = $1`, [m.id]);
      await t.query(`DELETE FROM members WHERE id = $1`, [m.id]);
      expect((await t.http.post(`/api/v1/organisations/${dc.id}/dissolve`).set(auth(officeA)).send({ dissolvedOn: '2026-06-30' })).status).toBe(200);
      const ok = await t.http.post(`/api/v1/organisations/${d.id}/dissolve`).set(auth(officeA)).send({ dissolvedOn: '2026-06-30' });
      expect(ok.status).toBe(200);
      expect(ok.body.dissolvedOn).toBe('2026-06-30');
      const list = await t.http.get('/api/v1/organisations').query({ withinId: bct.id, first: 100 }).set(auth(officeA));
      expect(list.body.nodes.map((o: { id: string }) => o.id)).not.toContain(d.id);
      const withDissolved = await t.http.get('/api/v1/organisations').query({ withinId: bct.id, includeDissolved: true, first: 100 }).set(auth(officeA));
      expect(withDissolved.body.nodes.map((o: { id: string }) => o.id)).toContain(d.id);
      const under = await t.http.post('/api/v1/organisations').set(auth(officeA)).send({ code: 'DUK.DEAD.X', name: 'X', kind: 'CELL', parentId: d.id });
      expect(under.status).toBe(422);
    });
  });

  describe('dissolution keeps history true', () => {
    it('refuses a date before the last membership ended, an open office, or a future date', async () => {
      const cell = await t.org(bct, K.CELL, 'Chi bộ Lịch sử');
      const other = await t.org(bct, K.CELL, 'Chi bộ Nhận');
      const m = await t.member(cell, { since: '2020-01-01' });
      const moved = await t.http.post(`/api/v1/members/${m.id}/transfer`).set(auth(admin))
        .send({ toOrganisationId: other.id, effectiveDate: '2024-06-01', reason: 'Chuyển công tác' });
      expect(moved.status).toBe(200);
      const early = await t.http.post(`/api/v1/organisations/${cell.id}/dissolve`).set(auth(admin)).send({ dissolvedOn: '2021-01-01' });
      expect(early.status).toBe(422);
      expect(early.body.fields[0].field).toBe('dissolvedOn');
      const future = await t.http.post(`/api/v1/organisations/${cell.id}/dissolve`).set(auth(admin)).send({ dissolvedOn: '2099-01-01' });
      expect(future.status).toBe(400);
      const holder = await t.member(other);
      const office = await t.http.post(`/api/v1/organisations/${other.id}/offices`).set(auth(admin))
        .send({ memberId: holder.id, office: 'SECRETARY', startDate: '2020-10-01' });
      expect(office.status).toBe(201);
      const ok = await t.http.post(`/api/v1/organisations/${cell.id}/dissolve`).set(auth(admin)).send({ dissolvedOn: '2024-06-01' });
      expect(ok.status).toBe(200);
    });

    it('refuses clearing a required field with null, naming it', async () => {
      const res = await t.http.patch(`/api/v1/organisations/${bct.id}`).set(auth(admin)).send({ name: null, kind: null });
      expect(res.status).toBe(400);
      expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['kind', 'name']);
    });
  });

  describe('search ignoring diacritics and case', () => {
    it.each([
      ['tong cuc', true],
      ['TỔNG CỤC', true],
      ['Tổng cục'.normalize('NFD'), true],
      ['quan ly thi truong', true],
      ['tcqltt', true],
      ['tong cuc thue', false],
    ])('"%s" finds the Tổng cục: %s', async (search, found) => {
      const res = await t.http.get('/api/v1/organisations').query({ search }).set(auth(admin));
      expect(res.status).toBe(200);
      expect(res.body.nodes.some((o: { id: string }) => o.id === tongCuc.id)).toBe(found);
    });

    it('refuses text with a NUL character with 400, not 500', async () => {
      const search = await t.http.get('/api/v1/organisations').query({ search: 'tong\u0000cuc' }).set(auth(admin));
      expect(search.status).toBe(400);
      const create = await t.http.post('/api/v1/organisations').set(auth(admin)).send({ code: 'DUK.NUL', name: 'Chi bộ\u0000', kind: 'CELL', parentId: bct.id });
      expect(create.status).toBe(400);
    });

    it('treats LIKE wildcards in the search text literally', async () => {
      const res = await t.http.get('/api/v1/organisations').query({ search: '%' }).set(auth(admin));
      expect(res.body.nodes).toEqual([]);
    });

    it('paginates with a stable cursor and caps the page size at 100', async () => {
      const page1 = await t.gql(admin, `{ organisations(first: 2) { nodes { id } pageInfo { hasNextPage endCursor } } }`);
      const page2 = await t.gql(admin, `query($after: String) { organisations(first: 2, after: $after) { nodes { id } } }`, {
        after: page1.data.organisations.pageInfo.endCursor,
      });
      expect(page1.data.organisations.pageInfo.hasNextPage).toBe(true);
      const ids1 = page1.data.organisations.nodes.map((n: { id: string }) => n.id);
      expect(page2.data.organisations.nodes.map((n: { id: string }) => n.id).some((id: string) => ids1.includes(id))).toBe(false);
      const tooMany = await t.gql(admin, `{ organisations(first: 101) { nodes { id } } }`);
      expect(tooMany.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(tooMany.errors?.[0].extensions.fields?.[0].field).toBe('first');
      const badCursor = await t.http.get('/api/v1/organisations').query({ after: 'garbage' }).set(auth(admin));
      expect(badCursor.status).toBe(400);
      const forged = Buffer.from(JSON.stringify(['Đảng bộ', 'not-a-uuid'])).toString('base64url');
      const nested = await t.gql(admin, `query($id: ID!, $after: String) { organisation(id: $id) { children(after: $after) { nodes { id } } } }`, { id: root.id, after: forged });
      expect(nested.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      const tooBig = await t.gql(admin, `query($id: ID!) { organisation(id: $id) { children(first: 1000) { nodes { id } } } }`, { id: root.id });
      expect(tooBig.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(tooBig.errors?.[0].extensions.fields?.[0].field).toBe('first');
    });
  });

  describe('GraphQL tree', () => {
    it('lazy-loads children with counts, and hides the parent above the caller\'s scope', async () => {
      const res = await t.gql(officeA, `{ organisationRoots { id parent { id } childCount children(first: 10) { nodes { code childCount parent { id } } } } }`);
      expect(res.errors).toBeUndefined();
      const [top] = res.data.organisationRoots;
      expect(top.id).toBe(bct.id);
      expect(top.parent).toBeNull();
      const codes = top.children.nodes.map((n: { code: string }) => n.code);
      expect(codes).toContain('DUK.BCT.TCQLTT');
      const tc = top.children.nodes.find((n: { code: string }) => n.code === 'DUK.BCT.TCQLTT');
      expect(tc.childCount).toBe(1);
      expect(tc.parent.id).toBe(bct.id);
    });
  });

  describe('CSV import', () => {
    it('imports a tree whose rows refer to earlier rows, with a result per row', async () => {
      const csv = [
        'code,name,kind,parent_code,agency,term_start,term_end',
        'DUK.NHNN,"Đảng bộ Ngân hàng Nhà nước Việt Nam",Đảng bộ cấp trên cơ sở,DUK,Ngân hàng Nhà nước,2020-10-01,2025-10-01',
        'DUK.NHNN.VKT,"Chi bộ Vụ Kiểm toán nội bộ, Văn phòng",CELL,DUK.NHNN,,,',
        'DUK.BTP,Đảng bộ Bộ Tư pháp (mới),UPPER_GRASSROOTS,DUK,,,',
      ].join('\n');
      const res = await t.http.post('/api/v1/organisations/import').set(auth(admin)).set('content-type', 'text/csv').send(csv);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(expect.objectContaining({ created: 2, unchanged: 1, failed: 0, rejected: false }));
      const [child] = await t.query<{ name: string; path: string }>(`SELECT name, path FROM organisations WHERE code = 'DUK.NHNN.VKT'`);
      expect(child.name).toBe('Chi bộ Vụ Kiểm toán nội bộ, Văn phòng');
      const [parent] = await t.query<{ id: string; path: string }>(`SELECT id, path FROM organisations WHERE code = 'DUK.NHNN'`);
      expect(child.path.startsWith(parent.path)).toBe(true);
    });

    it('writes nothing when a row fails and names every failing row', async () => {
      const before = await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM organisations`);
      const csv = [
        'code,name,kind,parent_code',
        'DUK.OK1,Đảng bộ Hợp lệ,GRASSROOTS,DUK',
        'DUK.BAD1,Sai loại,ĐỘI,DUK',
        'DUK.BAD2,Cha không có,CELL,DUK.KHONG.CO',
        'DUK.BAD3,Dưới chi bộ,CELL,DUK.BCT.TCQLTT.VP',
      ].join('\n');
      const res = await t.http.post('/api/v1/organisations/import').set(auth(admin)).set('content-type', 'text/csv').send(csv);
      expect(res.status).toBe(200);
      expect(res.body.rejected).toBe(true);
      expect(res.body.rows.map((r: { outcome: string }) => r.outcome)).toEqual(['valid', 'error', 'error', 'error']);
      expect(res.body.rows[1].errors[0]).toMatch(/kind/);
      expect(res.body.rows[2].errors[0]).toMatch(/parent_code DUK.KHONG.CO/);
      expect(res.body.rows[3].errors[0]).toMatch(/cell/);
      const after = await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM organisations`);
      expect(after[0].n).toBe(before[0].n);
    });

    it('rejects a file with broken quoting or outside the caller\'s scope', async () => {
      const broken = await t.http.post('/api/v1/organisations/import').set(auth(admin)).set('content-type', 'text/csv')
        .send('code,name,kind,parent_code\nDUK.Q,"Đảng bộ chưa đóng ngoặc,GRASSROOTS,DUK\n');
      expect(broken.status).toBe(400);
      expect(broken.body.fields[0].field).toBe('file');
      const outside = await t.http.post('/api/v1/organisations/import').set(auth(officeA)).set('content-type', 'text/csv')
        .send('code,name,kind,parent_code\nDUK.BTP.X,Chi bộ X,CELL,DUK.BTP\n');
      expect(outside.body.rows[0].errors[0]).toMatch(/outside your scope/);
    });
  });

  describe('committee offices', () => {
    it('records a secretary with dates and refuses two secretaries at once', async () => {
      const m1 = await t.member(cellA, { fullName: 'Nguyễn Văn Bí' });
      const m2 = await t.member(cellA, { fullName: 'Trần Thị Thư' });
      const ok = await t.http.post(`/api/v1/organisations/${cellA.id}/offices`).set(auth(officeA))
        .send({ memberId: m1.id, office: 'SECRETARY', startDate: '2020-10-01' });
      expect(ok.status).toBe(201);
      expect(ok.body).toEqual(expect.objectContaining({ memberName: 'Nguyễn Văn Bí', office: 'SECRETARY', endDate: null }));
      const second = await t.http.post(`/api/v1/organisations/${cellA.id}/offices`).set(auth(officeA))
        .send({ memberId: m2.id, office: 'SECRETARY', startDate: '2024-01-01' });
      expect(second.status).toBe(409);
      const ended = await t.http.post(`/api/v1/organisations/offices/${ok.body.id}/end`).set(auth(officeA)).send({ endDate: '2023-12-31' });
      expect(ended.status).toBe(200);
      const now = await t.http.post(`/api/v1/organisations/${cellA.id}/offices`).set(auth(officeA))
        .send({ memberId: m2.id, office: 'SECRETARY', startDate: '2024-01-01' });
      expect(now.status).toBe(201);
      const on2022 = await t.gql(officeA, `query($id: ID!) { organisation(id: $id) { offices(onDate: "2022-05-01") { memberName office } } }`, { id: cellA.id });
      expect(on2022.data.organisation.offices).toEqual([{ memberName: 'Nguyễn Văn Bí', office: 'SECRETARY' }]);
    });

    it('refuses an office for a member outside the organisation', async () => {
      const elsewhere = await t.member(btp);
      const res = await t.http.post(`/api/v1/organisations/${cellA.id}/offices`).set(auth(admin))
        .send({ memberId: elsewhere.id, office: 'COMMITTEE_MEMBER', startDate: '2020-10-01' });
      expect(res.status).toBe(422);
      expect(res.body.fields[0].field).toBe('memberId');
    });
  });

  describe('refusals across subtrees and roles', () => {
    it('an officer of committee A gets 403 / FORBIDDEN for anything under committee B', async () => {
      expect((await t.http.get(`/api/v1/organisations/${btp.id}`).set(auth(officeA))).status).toBe(403);
      expect((await t.http.patch(`/api/v1/organisations/${btp.id}`).set(auth(officeA)).send({ name: 'Đổi tên' })).status).toBe(403);
      expect((await t.http.post('/api/v1/organisations').set(auth(officeA)).send({ code: 'DUK.BTP.Z', name: 'Z', kind: 'CELL', parentId: btp.id })).status).toBe(403);
      expect((await t.http.get(`/api/v1/organisations/${btp.id}/offices`).set(auth(officeA))).status).toBe(403);
      expect((await t.http.get('/api/v1/organisations').query({ withinId: btp.id }).set(auth(officeA))).status).toBe(403);
      const gql = await t.gql(officeA, `query($id: ID!) { organisation(id: $id) { name } }`, { id: btp.id });
      expect(gql.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(gql.data).toBeNull();
      const list = await t.http.get('/api/v1/organisations').query({ first: 100 }).set(auth(officeA));
      const inA = new Set((await t.query<{ id: string }>(`SELECT id FROM organisations WHERE path LIKE $1`, [`${bct.path}%`])).map((r) => r.id));
      expect(list.body.nodes.length).toBeGreaterThan(2);
      expect(list.body.nodes.filter((o: { id: string }) => !inA.has(o.id))).toEqual([]);
      const move = await t.http.post(`/api/v1/organisations/${btp.id}/move`).set(auth(officeA)).send({ newParentId: bct.id });
      expect(move.status).toBe(403);
      const dissolve = await t.http.post(`/api/v1/organisations/${btp.id}/dissolve`).set(auth(officeA)).send({ dissolvedOn: '2026-01-01' });
      expect(dissolve.status).toBe(403);
    });

    it('a cell secretary may read but not change; a member may not read the tree; anonymous gets 401', async () => {
      const secretary = await t.tokenFor([[Role.CELL_SECRETARY, cellA]]);
      expect((await t.http.get(`/api/v1/organisations/${cellA.id}`).set(auth(secretary))).status).toBe(200);
      expect((await t.http.patch(`/api/v1/organisations/${cellA.id}`).set(auth(secretary)).send({ name: 'X' })).status).toBe(403);
      const member = await t.tokenFor([[Role.MEMBER, cellA]]);
      expect((await t.http.get('/api/v1/organisations').set(auth(member))).status).toBe(403);
      const gql = await t.gql(member, `{ organisations { nodes { id } } }`);
      expect(gql.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await t.http.get(`/api/v1/organisations/${cellA.id}`)).status).toBe(401);
    });

    it('a role held at a dissolved organisation grants nothing', async () => {
      const gone = await t.org(bct, K.CELL, 'Chi bộ đã giải thể');
      const token = await t.tokenFor([[Role.COMMITTEE_OFFICE, gone]]);
      await t.query(`UPDATE organisations SET dissolved_on = '2026-01-01' WHERE id = $1`, [gone.id]);
      expect((await t.http.get(`/api/v1/organisations/${gone.id}`).set(auth(token))).status).toBe(403);
    });
  });

  describe('audit log', () => {
    it('is readable by the administrator, scoped, and append-only in the database', async () => {
      const res = await t.gql(admin, `{ auditLog(entityType: "organisation", first: 5) { nodes { action actorLabel } } }`);
      expect(res.data.auditLog.nodes.length).toBeGreaterThan(0);
      await t.http.patch(`/api/v1/organisations/${btp.id}`).set(auth(admin)).send({ agency: 'Bộ Tư pháp' });
      const adminA = await t.tokenFor([[Role.ADMIN, bct]]);
      const scoped = await t.gql(adminA, `{ auditLog(first: 100) { nodes { organisationId } } }`);
      const ids = scoped.data.auditLog.nodes.map((n: { organisationId: string }) => n.organisationId);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids).not.toContain(btp.id);
      expect(ids).not.toContain(root.id);
      await expect(t.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
      await expect(t.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
      expect((await t.http.get('/api/v1/audit').set(auth(officeA))).status).toBe(403);
    });
  });

  describe('audit log filters: action and period (Asia/Ho_Chi_Minh days, inclusive)', () => {
    // Probe records around the Vietnamese midnights of 10 and 11 March 2026 (UTC+7), half under
    // committee A (bct), one under committee B (btp).
    const PROBES = [
      { action: 'probe.create', at: '2026-03-09T16:59:59.999Z', org: () => bct }, // 09/03 23:59:59 VN
      { action: 'probe.update', at: '2026-03-09T17:00:00.000Z', org: () => bct }, // 10/03 00:00 VN
      { action: 'probe.delete', at: '2026-03-11T16:59:59.999Z', org: () => bct }, // 11/03 23:59:59 VN
      { action: 'probe.update', at: '2026-03-11T17:00:00.000Z', org: () => bct }, // 12/03 00:00 VN
      { action: 'probe.update', at: '2026-03-10T05:00:00.000Z', org: () => btp }, // 10/03 12:00 VN, other subtree
    ];
    type Node = { action: string; occurredAt: string; organisationId: string };
    const FIELDS = `nodes { action occurredAt organisationId } pageInfo { hasNextPage endCursor }`;
    const list = async (token: string, args: string) => {
      const res = await t.gql(token, `{ auditLog(entityType: "probe", ${args}) { ${FIELDS} } }`);
      expect(res.errors).toBeUndefined();
      return res.data.auditLog as { nodes: Node[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    };
    let adminA: string;
    let adminB: string;

    beforeAll(async () => {
      for (const p of PROBES) {
        await t.query(
          `INSERT INTO audit_log (occurred_at, actor_label, action, entity_type, entity_id, organisation_id)
           VALUES ($1, 'probe', $2, 'probe', 'p', $3)`,
          [p.at, p.action, p.org().id],
        );
      }
      adminA = await t.tokenFor([[Role.ADMIN, bct]]);
      adminB = await t.tokenFor([[Role.ADMIN, btp]]);
    });

    it('filters by one exact action or a list of actions (GraphQL and REST)', async () => {
      const one = await list(adminA, `action: "probe.update"`);
      expect(one.nodes.map((n) => n.occurredAt)).toEqual(['2026-03-11T17:00:00.000Z', '2026-03-09T17:00:00.000Z']);
      expect((await list(adminA, `action: "probe"`)).nodes).toEqual([]); // exact, not a prefix
      const several = await list(adminA, `action: ["probe.create", "probe.delete"]`);
      expect(several.nodes.map((n) => n.action)).toEqual(['probe.delete', 'probe.create']);

      const rest = await t.http.get('/api/v1/audit?entityType=probe&action=probe.create&action=probe.delete').set(auth(adminA));
      expect(rest.status).toBe(200);
      expect(rest.body.nodes.map((n: Node) => n.action)).toEqual(['probe.delete', 'probe.create']);
      const restOne = await t.http.get('/api/v1/audit?entityType=probe&action=probe.create').set(auth(adminA));
      expect(restOne.body.nodes.map((n: Node) => n.occurredAt)).toEqual(['2026-03-09T16:59:59.999Z']);
    });

    it('keeps both edge days of the period, Vietnamese midnight to midnight, and pages with the cursor', async () => {
      const both = await list(adminA, `from: "2026-03-10", to: "2026-03-11"`);
      expect(both.nodes.map((n) => n.occurredAt)).toEqual(['2026-03-11T16:59:59.999Z', '2026-03-09T17:00:00.000Z']);
      const oneDay = await list(adminA, `from: "2026-03-10", to: "2026-03-10"`);
      expect(oneDay.nodes.map((n) => n.occurredAt)).toEqual(['2026-03-09T17:00:00.000Z']);
      expect((await list(adminA, `from: "2026-03-12"`)).nodes.map((n) => n.occurredAt)).toEqual(['2026-03-11T17:00:00.000Z']);
      expect((await list(adminA, `to: "2026-03-09"`)).nodes.map((n) => n.occurredAt)).toEqual(['2026-03-09T16:59:59.999Z']);

      const first = await list(adminA, `from: "2026-03-09", to: "2026-03-12", action: ["probe.update", "probe.delete"], first: 2`);
      expect(first.nodes.map((n) => n.action)).toEqual(['probe.update', 'probe.delete']);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const next = await list(adminA, `from: "2026-03-09", to: "2026-03-12", action: ["probe.update", "probe.delete"], first: 2, after: "${first.pageInfo.endCursor}"`);
      expect(next.nodes.map((n) => n.occurredAt)).toEqual(['2026-03-09T17:00:00.000Z']);
      expect(next.pageInfo.hasNextPage).toBe(false);

      const rest = await t.http.get('/api/v1/audit?entityType=probe&from=2026-03-10&to=2026-03-11').set(auth(adminA));
      expect(rest.body.nodes.map((n: Node) => n.occurredAt)).toEqual(['2026-03-11T16:59:59.999Z', '2026-03-09T17:00:00.000Z']);
    });

    it('refuses a period ending before it starts with 422 naming `to`, and a malformed date with 400 naming it', async () => {
      const rest = await t.http.get('/api/v1/audit?from=2026-03-12&to=2026-03-10').set(auth(adminA));
      expect(rest.status).toBe(422);
      expect(rest.body.fields.map((f: { field: string }) => f.field)).toEqual(['to']);
      const gql = await t.gql(adminA, `{ auditLog(from: "2026-03-12", to: "2026-03-10") { nodes { id } } }`);
      expect(gql.errors?.[0].extensions.code).toBe('UNPROCESSABLE');
      expect(gql.errors?.[0].extensions.fields?.map((f: { field: string }) => f.field)).toEqual(['to']);
      const bad = await t.http.get('/api/v1/audit?from=2026-02-30&action=').set(auth(adminA));
      expect(bad.status).toBe(400);
      expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['action', 'from']);
    });

    it('never shows records of another subtree, whatever the filters; other roles and anonymous are refused', async () => {
      const all = await list(adminA, `action: "probe.update", from: "2026-03-10", to: "2026-03-10"`);
      expect(all.nodes.map((n) => n.organisationId)).toEqual([bct.id]);
      const outside = await list(adminB, `action: ["probe.create", "probe.delete"], from: "2026-03-09", to: "2026-03-11"`);
      expect(outside.nodes).toEqual([]);
      const own = await list(adminB, `action: "probe.update"`);
      expect(own.nodes.map((n) => n.organisationId)).toEqual([btp.id]);
      expect((await t.http.get('/api/v1/audit?action=probe.update').set(auth(officeA))).status).toBe(403);
      expect((await t.http.get('/api/v1/audit?action=probe.update')).status).toBe(401);
    });
  });
});
