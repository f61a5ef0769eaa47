import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { TestApp, TestMember, TestOrg } from './support/test-app';

describe('members: records, effective-dated memberships, search, filters, refusals', () => {
  let t: TestApp;
  let root: TestOrg;
  let a: TestOrg; // committee A
  let cellA: TestOrg;
  let cellA2: TestOrg;
  let b: TestOrg; // committee B
  let cellB: TestOrg;
  let admin: string;
  let officeA: string; // COMMITTEE_OFFICE of A
  let bMember: TestMember;

  beforeAll(async () => {
    t = await TestApp.start();
    root = await t.root();
    a = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Công Thương', 'DUK.BCT');
    cellA = await t.org(a, K.CELL, 'Chi bộ Văn phòng', 'DUK.BCT.VP');
    cellA2 = await t.org(a, K.CELL, 'Chi bộ Vụ Kế hoạch', 'DUK.BCT.KH');
    b = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Tư pháp', 'DUK.BTP');
    cellB = await t.org(b, K.CELL, 'Chi bộ Vụ Pháp chế', 'DUK.BTP.PC');
    admin = await t.tokenFor([[Role.ADMIN, root]]);
    officeA = await t.tokenFor([[Role.COMMITTEE_OFFICE, a]]);
    bMember = await t.member(cellB, { fullName: 'Phạm Thị Bình', cardNumber: 'B0000001' });
  });
  afterAll(() => t.close());

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const fields = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field).sort();
  const createInput = (over: Record<string, unknown> = {}) => ({
    cardNumber: `C${Math.floor(Math.random() * 1e9).toString().padStart(9, '0')}`,
    fullName: 'Nguyễn Văn An',
    birthDate: '1980-05-17',
    gender: 'MALE',
    standing: 'OFFICIAL',
    organisationId: cellA.id,
    joinedOn: '2020-01-01',
    ...over,
  });

  describe('create and update', () => {
    it('creates a member with a first membership and an audit record, names stored NFC', async () => {
      const nfd = 'Hoàng Thị Huệ'.normalize('NFD');
      const res = await t.http
        .post('/api/v1/members')
        .set(auth(officeA))
        .send(createInput({ cardNumber: '01.000001', fullName: `  ${nfd} `, position: 'Chuyên viên', isKeyLeader: true }));
      expect(res.status).toBe(201);
      expect(res.body).toEqual(
        expect.objectContaining({
          cardNumber: '01.000001', fullName: 'Hoàng Thị Huệ', organisationId: cellA.id, isKeyLeader: true, isRetired: false,
          position: 'Chuyên viên', birthDate: '1980-05-17', gender: 'MALE', standing: 'OFFICIAL',
        }),
      );
      expect(res.body.organisationPath).toBeUndefined();
      const memberships = await t.query(`SELECT organisation_id, valid_from, valid_to FROM memberships WHERE member_id = $1`, [res.body.id]);
      expect(memberships).toEqual([{ organisation_id: cellA.id, valid_from: expect.anything(), valid_to: null }]);
      const [audit] = await t.query(`SELECT action, organisation_id FROM audit_log WHERE entity_id = $1`, [res.body.id]);
      expect(audit).toEqual({ action: 'member.create', organisation_id: cellA.id });
    });

    it('refuses malformed input with 400 naming every field, and a duplicate card with 409', async () => {
      const bad = await t.http
        .post('/api/v1/members')
        .set(auth(officeA))
        .send({
          cardNumber: 'abc', fullName: '', birthDate: '1980-02-30', gender: 'X', standing: 'MAYBE', organisationId: 'nope',
          joinedOn: '01/01/2020', isRetired: 'yes', role: 'ADMIN',
        });
      expect(bad.status).toBe(400);
      expect(fields(bad.body)).toEqual(
        ['birthDate', 'cardNumber', 'fullName', 'gender', 'isRetired', 'joinedOn', 'organisationId', 'role', 'standing'].sort(),
      );
      const dup = await t.http.post('/api/v1/members').set(auth(officeA)).send(createInput({ cardNumber: '01.000001' }));
      expect(dup.status).toBe(409);
      expect(fields(dup.body)).toEqual(['cardNumber']);
      const tooLong = await t.http.post('/api/v1/members').set(auth(officeA)).send(createInput({ fullName: 'x'.repeat(121) }));
      expect(tooLong.status).toBe(400);
      expect(fields(tooLong.body)).toEqual(['fullName']);
    });

    it('refuses joining a dissolved organisation and dates in the future (422)', async () => {
      const gone = await t.org(a, K.CELL, 'Chi bộ đã giải thể');
      await t.query(`UPDATE organisations SET dissolved_on = '2024-01-01' WHERE id = $1`, [gone.id]);
      const res = await t.http.post('/api/v1/members').set(auth(officeA)).send(createInput({ organisationId: gone.id }));
      expect(res.status).toBe(422);
      expect(fields(res.body)).toEqual(['organisationId']);
      const future = await t.http.post('/api/v1/members').set(auth(officeA)).send(createInput({ joinedOn: '2999-01-01' }));
      expect(future.status).toBe(422);
      expect(fields(future.body)).toEqual(['joinedOn']);
    });

    it('updates personal fields and flags (audited) but never the organisation', async () => {
      const m = await t.member(cellA, { fullName: 'Đỗ Văn Sửa' });
      const res = await t.http
        .patch(`/api/v1/members/${m.id}`)
        .set(auth(officeA))
        .send({ fullName: 'Đỗ Văn Đã Sửa', isRetired: true, position: 'Nghỉ hưu' });
      expect(res.status).toBe(200);
      expect(res.body).toEqual(expect.objectContaining({ fullName: 'Đỗ Văn Đã Sửa', isRetired: true, position: 'Nghỉ hưu' }));
      const [audit] = await t.query<{ before: Record<string, unknown>; after: Record<string, unknown> }>(
        `SELECT before, after FROM audit_log WHERE entity_id = $1 AND action = 'member.update'`,
        [m.id],
      );
      expect(audit.before).toEqual({ fullName: 'Đỗ Văn Sửa', isRetired: false, position: null });
      expect(audit.after).toEqual({ fullName: 'Đỗ Văn Đã Sửa', isRetired: true, position: 'Nghỉ hưu' });

      const move = await t.http.patch(`/api/v1/members/${m.id}`).set(auth(officeA)).send({ organisationId: cellA2.id });
      expect(move.status).toBe(400);
      expect(fields(move.body)).toEqual(['organisationId']);
      const nulled = await t.http.patch(`/api/v1/members/${m.id}`).set(auth(officeA)).send({ fullName: null });
      expect(nulled.status).toBe(400);

      const gql = await t.gql(officeA, `mutation($id: ID!) { updateMember(id: $id, input: { isKeyLeader: true, position: null }) { isKeyLeader position } }`, { id: m.id });
      expect(gql.data?.updateMember).toEqual({ isKeyLeader: true, position: null });
    });
  });

  describe('effective-dated memberships and transfers', () => {
    let mover: string;

    beforeAll(async () => {
      const res = await t.http
        .post('/api/v1/members')
        .set(auth(admin))
        .send(createInput({ cardNumber: '02.000001', fullName: 'Vũ Văn Chuyển', organisationId: cellA.id, joinedOn: '2020-01-01' }));
      expect(res.status).toBe(201);
      mover = res.body.id;
      const moved = await t.http
        .post(`/api/v1/members/${mover}/transfer`)
        .set(auth(admin))
        .send({ toOrganisationId: cellB.id, effectiveDate: '2025-07-01', reason: 'Chuyển công tác' });
      expect(moved.status).toBe(200);
      expect(moved.body.organisationId).toBe(cellB.id);
    });

    const onDate = async (within: TestOrg, date: string) => {
      const res = await t.gql(admin, `query($w: ID!, $d: String!) { members(withinId: $w, onDate: $d, first: 100) { nodes { id } } }`, {
        w: within.id,
        d: date,
      });
      expect(res.errors).toBeUndefined();
      return res.data.members.nodes.map((n: { id: string }) => n.id) as string[];
    };

    it('counts the member in A until the day before the transfer and in B from that day', async () => {
      expect(await onDate(a, '2025-06-30')).toContain(mover);
      expect(await onDate(a, '2025-07-01')).not.toContain(mover);
      expect(await onDate(b, '2025-07-01')).toContain(mover);
      expect(await onDate(b, '2025-06-30')).not.toContain(mover);
      expect(await onDate(a, '2019-12-31')).not.toContain(mover);
      // Without a date: where the member is today.
      const today = await t.http.get(`/api/v1/members?withinId=${b.id}`).set(auth(admin));
      expect(today.body.nodes.map((n: { id: string }) => n.id)).toContain(mover);
    });

    it('keeps the history: two memberships, the first closed at the transfer date (exclusive)', async () => {
      const rest = await t.http.get(`/api/v1/members/${mover}/memberships`).set(auth(admin));
      expect(rest.status).toBe(200);
      expect(rest.body).toEqual([
        expect.objectContaining({ organisationId: cellA.id, validFrom: '2020-01-01', validTo: '2025-07-01', reason: null }),
        expect.objectContaining({ organisationId: cellB.id, validFrom: '2025-07-01', validTo: null, reason: 'Chuyển công tác' }),
      ]);
      const gql = await t.gql(admin, `query($id: ID!) { member(id: $id) { organisation { code } memberships { validFrom validTo organisation { code } } } }`, { id: mover });
      expect(gql.data?.member).toEqual({
        organisation: { code: 'DUK.BTP.PC' },
        memberships: [
          { validFrom: '2020-01-01', validTo: '2025-07-01', organisation: { code: 'DUK.BCT.VP' } },
          { validFrom: '2025-07-01', validTo: null, organisation: { code: 'DUK.BTP.PC' } },
        ],
      });
      const [audit] = await t.query(`SELECT action, before, after FROM audit_log WHERE entity_id = $1 AND action = 'member.transfer'`, [mover]);
      expect(audit).toEqual(expect.objectContaining({ before: expect.objectContaining({ organisationId: cellA.id }) }));
    });

    it('refuses a backdated or overlapping transfer (on or before the current membership began) with 422', async () => {
      for (const effectiveDate of ['2025-06-01', '2025-07-01', '2019-01-01']) {
        const res = await t.http.post(`/api/v1/members/${mover}/transfer`).set(auth(admin)).send({ toOrganisationId: cellA.id, effectiveDate });
        expect(res.status).toBe(422);
        expect(fields(res.body)).toEqual(['effectiveDate']);
      }
      const same = await t.http.post(`/api/v1/members/${mover}/transfer`).set(auth(admin)).send({ toOrganisationId: cellB.id, effectiveDate: '2025-08-01' });
      expect(same.status).toBe(422);
      const future = await t.http.post(`/api/v1/members/${mover}/transfer`).set(auth(admin)).send({ toOrganisationId: cellA.id, effectiveDate: '2999-01-01' });
      expect(future.status).toBe(422);
      const [{ n }] = await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM memberships WHERE member_id = $1`, [mover]);
      expect(n).toBe(2);
    });

    it('concurrent transfers of one member never lose it: each answers 200 or 422, history stays consistent', async () => {
      const res = await t.http.post('/api/v1/members').set(auth(admin))
        .send(createInput({ cardNumber: '02.000077', fullName: 'Đỗ Văn Song Song', organisationId: cellA.id, joinedOn: '2020-01-01' }));
      const id = res.body.id;
      const targets: [TestOrg, string][] = [[cellB, '2024-01-01'], [cellA, '2024-06-01'], [cellB, '2025-01-01']];
      const answers = await Promise.all(
        targets.map(([to, date]) =>
          t.http.post(`/api/v1/members/${id}/transfer`).set(auth(admin)).send({ toOrganisationId: to.id, effectiveDate: date, reason: 'Đồng thời' }),
        ),
      );
      for (const a of answers) expect([200, 422]).toContain(a.status);
      expect(answers.some((a) => a.status === 200)).toBe(true);
      const history = await t.query<{ organisation_id: string; valid_from: string; valid_to: string | null }>(
        `SELECT organisation_id, valid_from, valid_to FROM memberships WHERE member_id = $1 ORDER BY valid_from`,
        [id],
      );
      for (let i = 0; i < history.length - 1; i++) expect(history[i].valid_to).toBe(history[i + 1].valid_from);
      const open = history[history.length - 1];
      expect(open.valid_to).toBeNull();
      const [member] = await t.query<{ organisation_id: string }>(`SELECT organisation_id FROM members WHERE id = $1`, [id]);
      expect(member.organisation_id).toBe(open.organisation_id);
    });

    it('transfers through GraphQL too', async () => {
      const m = await t.member(cellA, { since: '2021-03-01' });
      const res = await t.gql(officeA, `mutation($id: ID!, $to: ID!) { transferMember(id: $id, input: { toOrganisationId: $to, effectiveDate: "2024-01-15" }) { organisationId memberships { validFrom validTo } } }`, { id: m.id, to: cellA2.id });
      expect(res.errors).toBeUndefined();
      expect(res.data.transferMember).toEqual({
        organisationId: cellA2.id,
        memberships: [{ validFrom: '2021-03-01', validTo: '2024-01-15' }, { validFrom: '2024-01-15', validTo: null }],
      });
    });
  });

  describe('search and filters', () => {
    let cellS: TestOrg;
    beforeAll(async () => {
      cellS = await t.org(a, K.CELL, 'Chi bộ Vụ Thị trường', 'DUK.BCT.TT');
      await t.member(cellS, { fullName: 'Nguyễn Văn Đức', cardNumber: 'S0000001', flags: { isKeyLeader: true, isHeadOfUnit: true } });
      await t.member(cellS, { fullName: 'Nguyễn Vân Anh', cardNumber: 'S0000002', flags: { isRetired: true } });
      await t.member(cellS, { fullName: 'Trần Thị Đào', cardNumber: 'S0000003', flags: { isRetired: true, isExemptFromActivities: true } });
      await t.member(cellS, { fullName: 'Lê Quang Vinh', cardNumber: 'S0000004' });
    });

    const search = async (text: string, token = officeA) => {
      const res = await t.gql(token, `query($s: String!, $w: ID!) { members(search: $s, withinId: $w) { nodes { fullName } } }`, { s: text, w: cellS.id });
      expect(res.errors).toBeUndefined();
      return res.data.members.nodes.map((n: { fullName: string }) => n.fullName) as string[];
    };

    it('ignores diacritics and case, also with NFD input and đ', async () => {
      expect(await search('nguyen van')).toEqual(['Nguyễn Vân Anh', 'Nguyễn Văn Đức']);
      expect(await search('NGUYỄN VĂN')).toEqual(['Nguyễn Vân Anh', 'Nguyễn Văn Đức']);
      expect(await search('Nguyễn Văn Đức'.normalize('NFD'))).toEqual(['Nguyễn Văn Đức']);
      expect(await search('dao')).toEqual(['Trần Thị Đào']);
      expect(await search('S0000004')).toEqual(['Lê Quang Vinh']);
      expect(await search('100%_')).toEqual([]);
      const rest = await t.http.get(`/api/v1/members?search=${encodeURIComponent('tran thi')}`).set(auth(officeA));
      expect(rest.body.nodes.map((n: { fullName: string }) => n.fullName)).toEqual(['Trần Thị Đào']);
    });

    it('filters by flags and standing (GraphQL and REST query strings)', async () => {
      const gql = await t.gql(officeA, `query($w: ID!) { retired: members(withinId: $w, isRetired: true) { nodes { fullName } }
          retiredNotExempt: members(withinId: $w, isRetired: true, isExemptFromActivities: false) { nodes { fullName } }
          leaders: members(withinId: $w, isKeyLeader: true, isHeadOfUnit: true, standing: OFFICIAL) { nodes { fullName } } }`, { w: cellS.id });
      expect(gql.errors).toBeUndefined();
      const names = (k: string) => gql.data[k].nodes.map((n: { fullName: string }) => n.fullName);
      expect(names('retired')).toEqual(['Nguyễn Vân Anh', 'Trần Thị Đào']);
      expect(names('retiredNotExempt')).toEqual(['Nguyễn Vân Anh']);
      expect(names('leaders')).toEqual(['Nguyễn Văn Đức']);
      const rest = await t.http.get(`/api/v1/members?withinId=${cellS.id}&isRetired=false&isKeyLeader=false`).set(auth(officeA));
      expect(rest.status).toBe(200);
      expect(rest.body.nodes.map((n: { fullName: string }) => n.fullName)).toEqual(['Lê Quang Vinh']);
      const bad = await t.http.get(`/api/v1/members?isRetired=maybe&first=500`).set(auth(officeA));
      expect(bad.status).toBe(400);
      expect(fields(bad.body)).toEqual(['first', 'isRetired']);
    });

    it('pages by (full name, id) with an opaque cursor', async () => {
      const seen: string[] = [];
      let after: string | undefined;
      for (let i = 0; i < 10; i++) {
        const res = await t.http
          .get(`/api/v1/members?withinId=${cellS.id}&first=3${after ? `&after=${after}` : ''}`)
          .set(auth(officeA));
        expect(res.status).toBe(200);
        seen.push(...res.body.nodes.map((n: { fullName: string }) => n.fullName));
        if (!res.body.pageInfo.hasNextPage) break;
        after = res.body.pageInfo.endCursor;
      }
      expect(seen).toEqual(['Lê Quang Vinh', 'Nguyễn Vân Anh', 'Nguyễn Văn Đức', 'Trần Thị Đào']);
      const bad = await t.http.get(`/api/v1/members?after=garbage`).set(auth(officeA));
      expect(bad.status).toBe(400);
    });
  });

  describe('committee offices of a member', () => {
    it('lists the offices a member holds on a date, with the organisation', async () => {
      const m = await t.member(cellA, { fullName: 'Bùi Văn Bí Thư' });
      await t.query(
        `INSERT INTO committee_offices (organisation_id, member_id, office, start_date, end_date)
         VALUES ($1, $2, 'SECRETARY', '2020-10-01', NULL), ($3, $2, 'COMMITTEE_MEMBER', '2015-10-01', '2020-09-30')`,
        [cellA.id, m.id, a.id],
      );
      const q = `query($id: ID!, $d: String) { member(id: $id) { committeeOffices(onDate: $d) { office organisationId startDate endDate } } }`;
      const now = await t.gql(officeA, q, { id: m.id });
      expect(now.data?.member.committeeOffices).toEqual([
        { office: 'SECRETARY', organisationId: cellA.id, startDate: '2020-10-01', endDate: null },
      ]);
      const then = await t.gql(officeA, q, { id: m.id, d: '2018-01-01' });
      expect(then.data?.member.committeeOffices).toEqual([
        { office: 'COMMITTEE_MEMBER', organisationId: a.id, startDate: '2015-10-01', endDate: '2020-09-30' },
      ]);
    });

    it('batches member fields: one list of many members resolves its fields without error', async () => {
      const res = await t.gql(admin, `{ members(first: 100) { nodes { id organisation { code } memberships { validFrom } committeeOffices { office } } } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data.members.nodes.length).toBeGreaterThan(5);
    });
  });

  describe('refusals', () => {
    it('an officer of A cannot read, or move members into, committee B', async () => {
      const rest = await t.http.get(`/api/v1/members/${bMember.id}`).set(auth(officeA));
      expect(rest.status).toBe(403);
      expect(rest.body.code).toBe('FORBIDDEN');
      const history = await t.http.get(`/api/v1/members/${bMember.id}/memberships`).set(auth(officeA));
      expect(history.status).toBe(403);
      const gql = await t.gql(officeA, `query($id: ID!) { member(id: $id) { fullName } }`, { id: bMember.id });
      expect(gql.data).toBeNull();
      expect(gql.errors?.[0].extensions.code).toBe('FORBIDDEN');

      const mine = await t.member(cellA);
      const into = await t.http
        .post(`/api/v1/members/${mine.id}/transfer`)
        .set(auth(officeA))
        .send({ toOrganisationId: cellB.id, effectiveDate: '2024-01-01' });
      expect(into.status).toBe(403);
      const out = await t.http
        .post(`/api/v1/members/${bMember.id}/transfer`)
        .set(auth(officeA))
        .send({ toOrganisationId: cellA.id, effectiveDate: '2024-01-01' });
      expect(out.status).toBe(403);
      const create = await t.http.post('/api/v1/members').set(auth(officeA)).send(createInput({ organisationId: cellB.id }));
      expect(create.status).toBe(403);
      const patch = await t.http.patch(`/api/v1/members/${bMember.id}`).set(auth(officeA)).send({ isRetired: true });
      expect(patch.status).toBe(403);
      const gqlTransfer = await t.gql(officeA, `mutation($id: ID!, $to: ID!) { transferMember(id: $id, input: { toOrganisationId: $to, effectiveDate: "2024-01-01" }) { id } }`, { id: mine.id, to: cellB.id });
      expect(gqlTransfer.errors?.[0].extensions.code).toBe('FORBIDDEN');

      const list = await t.http.get('/api/v1/members?first=100').set(auth(officeA));
      expect(list.status).toBe(200);
      expect(list.body.nodes.map((n: { id: string }) => n.id)).not.toContain(bMember.id);
      const within = await t.http.get(`/api/v1/members?withinId=${b.id}`).set(auth(officeA));
      expect(within.status).toBe(403);
      const [{ n }] = await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM memberships WHERE member_id = $1`, [mine.id]);
      expect(n).toBe(1);
    });

    it('a cell secretary reads but cannot write', async () => {
      const secretary = await t.tokenFor([[Role.CELL_SECRETARY, cellA]]);
      expect((await t.http.get('/api/v1/members').set(auth(secretary))).status).toBe(200);
      const create = await t.http.post('/api/v1/members').set(auth(secretary)).send(createInput());
      expect(create.status).toBe(403);
    });

    it('a MEMBER gets 403 on the list but reads their own record via /members/me and myMemberRecord', async () => {
      const self = await t.member(cellA, { fullName: 'Đinh Thị Tự' });
      const token = await t.tokenFor([[Role.MEMBER, cellA]], self.id);
      const list = await t.http.get('/api/v1/members').set(auth(token));
      expect(list.status).toBe(403);
      expect((await t.http.get(`/api/v1/members/${self.id}`).set(auth(token))).status).toBe(403);
      const me = await t.http.get('/api/v1/members/me').set(auth(token));
      expect(me.status).toBe(200);
      expect(me.body).toEqual(expect.objectContaining({ id: self.id, fullName: 'Đinh Thị Tự', organisationId: cellA.id }));
      const history = await t.http.get('/api/v1/members/me/memberships').set(auth(token));
      expect(history.body).toEqual([expect.objectContaining({ organisationId: cellA.id, validFrom: '2020-01-01' })]);
      const gql = await t.gql(token, `{ myMemberRecord { id fullName organisation { id } memberships { validFrom } } }`);
      expect(gql.errors).toBeUndefined();
      // A plain member may not read the organisation tree: the organisation is hidden, not leaked.
      expect(gql.data.myMemberRecord).toEqual({ id: self.id, fullName: 'Đinh Thị Tự', organisation: null, memberships: [{ validFrom: '2020-01-01' }] });
      const gqlList = await t.gql(token, `{ members { nodes { id } } }`);
      expect(gqlList.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('answers 404 for an unknown member and 400 naming the field for a malformed id', async () => {
      const unknown = await t.http.get('/api/v1/members/00000000-0000-4000-8000-000000000000').set(auth(admin));
      expect(unknown.status).toBe(404);
      const malformed = await t.http.get('/api/v1/members/not-a-uuid').set(auth(admin));
      expect(malformed.status).toBe(400);
      expect(fields(malformed.body)).toEqual(['id']);
      const gql = await t.gql(admin, `{ member(id: "nope") { id } }`);
      expect(gql.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it('a user who is not a member gets 404 from /members/me', async () => {
      const res = await t.http.get('/api/v1/members/me').set(auth(admin));
      expect(res.status).toBe(404);
    });

    it('anonymous callers get 401 everywhere', async () => {
      for (const req of [
        t.http.get('/api/v1/members'),
        t.http.get('/api/v1/members/me'),
        t.http.get(`/api/v1/members/${bMember.id}`),
        t.http.post('/api/v1/members').send(createInput()),
        t.http.post('/api/v1/members/bulk').send({ rows: [] }),
      ]) {
        expect((await req).status).toBe(401);
      }
      const gql = await t.gql(null, `{ members { nodes { id } } }`);
      expect(gql.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    });
  });
});
