import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { insertSpeaker } from './support/study-fixtures';
import { TestApp, TestMember, TestOrg } from './support/test-app';

describe('reporters: speaker rosters (báo cáo viên) — appointment rules, trainings, assignments, refusals', () => {
  let t: TestApp;
  let root: TestOrg;
  let u1: TestOrg; // upper-grassroots committee
  let g1: TestOrg; // grassroots under u1
  let cell1: TestOrg;
  let u2: TestOrg;
  let cell2: TestOrg;
  let board: string; // PROPAGANDA_BOARD at the bloc
  let officeU1: string;
  let officeU2: string;
  let memberToken: string;
  let m1: TestMember; // in u1's subtree
  let m2: TestMember; // in u2's subtree

  beforeAll(async () => {
    t = await TestApp.start();
    root = await t.root();
    u1 = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Công Thương', 'DUK.BCT');
    g1 = await t.org(u1, K.GRASSROOTS, 'Đảng bộ Vụ Thị trường', 'DUK.BCT.TT');
    cell1 = await t.org(g1, K.CELL, 'Chi bộ Phòng 1', 'DUK.BCT.TT.P1');
    u2 = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Tư pháp', 'DUK.BTP');
    cell2 = await t.org(u2, K.CELL, 'Chi bộ Vụ Pháp chế', 'DUK.BTP.PC');
    m1 = await t.member(cell1, { fullName: 'Nguyễn Thị Hương' });
    m2 = await t.member(cell2, { fullName: 'Trần Văn Pháp' });
    board = await t.tokenFor([[Role.PROPAGANDA_BOARD, root]]);
    officeU1 = await t.tokenFor([[Role.COMMITTEE_OFFICE, u1]]);
    officeU2 = await t.tokenFor([[Role.COMMITTEE_OFFICE, u2]]);
    memberToken = await t.tokenFor([[Role.MEMBER, cell1]], (await t.member(cell1)).id);
  });
  afterAll(() => t.close());

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const fields = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field).sort();
  const post = (token: string, body: Record<string, unknown>) => t.http.post('/api/v1/speakers').set(auth(token)).send(body);

  describe('appointing', () => {
    it('appoints a member of the subtree and an external expert; audited; name searchable without diacritics', async () => {
      const member = await post(officeU1, {
        organisationId: u1.id, level: 'UPPER_GRASSROOTS', memberId: m1.id, title: 'Phó Vụ trưởng',
        expertise: ['Kinh tế', 'Xây dựng Đảng'], appointedOn: '2024-03-01',
      });
      expect(member.status).toBe(201);
      expect(member.body).toEqual(expect.objectContaining({
        organisationId: u1.id, level: 'UPPER_GRASSROOTS', memberId: m1.id, name: 'Nguyễn Thị Hương', isExternal: false,
        expertise: ['Kinh tế', 'Xây dựng Đảng'], appointedOn: '2024-03-01', endedOn: null,
      }));
      expect(member.body.organisationPath).toBeUndefined();
      const external = await post(board, {
        organisationId: root.id, level: 'BLOC', externalName: 'PGS.TS. Đặng Văn Lý', externalWorkplace: 'Học viện Chính trị quốc gia',
        expertise: ['Lý luận chính trị'], appointedOn: '2023-01-01',
      });
      expect(external.status).toBe(201);
      expect(external.body).toEqual(expect.objectContaining({ name: 'PGS.TS. Đặng Văn Lý', isExternal: true, memberId: null }));
      const [audit] = await t.query(`SELECT action, organisation_id FROM audit_log WHERE entity_id = $1`, [external.body.id]);
      expect(audit).toEqual({ action: 'speaker.create', organisation_id: root.id });

      const search = await t.http.get('/api/v1/speakers').query({ search: 'nguyen thi huong' }).set(auth(board));
      expect(search.status).toBe(200);
      expect(search.body.nodes.map((s: { id: string }) => s.id)).toEqual([member.body.id]);
      const byExpertise = await t.http.get('/api/v1/speakers').query({ search: 'ly luan' }).set(auth(board));
      expect(byExpertise.body.nodes.map((s: { id: string }) => s.id)).toEqual([external.body.id]);
      // A rename of the member follows into the speaker search.
      await t.query(`UPDATE members SET full_name = 'Nguyễn Thị Hường' WHERE id = $1`, [m1.id]);
      const renamed = await t.http.get('/api/v1/speakers').query({ search: 'Huong' }).set(auth(board));
      expect(renamed.body.nodes.map((s: { name: string }) => s.name)).toEqual(['Nguyễn Thị Hường']);
    });

    it('refuses member-and-external both or neither with 400 naming both fields', async () => {
      const both = await post(officeU1, {
        organisationId: u1.id, level: 'UPPER_GRASSROOTS', memberId: m1.id, externalName: 'Ai đó', appointedOn: '2024-01-01',
      });
      expect(both.status).toBe(400);
      expect(fields(both.body)).toEqual(['externalName', 'memberId']);
      const neither = await post(officeU1, { organisationId: u1.id, level: 'UPPER_GRASSROOTS', appointedOn: '2024-01-01' });
      expect(neither.status).toBe(400);
      expect(fields(neither.body)).toEqual(['externalName', 'memberId']);
      const gql = await t.gql(officeU1, `mutation($i: CreateSpeakerInput!) { createSpeaker(input: $i) { id } }`, {
        i: { organisationId: u1.id, level: 'UPPER_GRASSROOTS', appointedOn: '2024-01-01' },
      });
      expect(gql.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(gql.errors?.[0].extensions.fields?.map((f) => f.field).sort()).toEqual(['externalName', 'memberId']);
      const bad = await post(officeU1, { organisationId: 'x', level: 'CELL', externalName: '', appointedOn: '2024-02-30', expertise: 'a' });
      expect(bad.status).toBe(400);
      expect(fields(bad.body)).toEqual(['appointedOn', 'expertise', 'externalName', 'level', 'organisationId']);
    });

    it('refuses a level that is not the kind of the organisation, a cell, a member outside the subtree (422)', async () => {
      const mismatch = await post(officeU1, { organisationId: u1.id, level: 'GRASSROOTS', externalName: 'Chuyên gia A', appointedOn: '2024-01-01' });
      expect(mismatch.status).toBe(422);
      expect(fields(mismatch.body)).toEqual(['level']);
      const blocLevel = await post(board, { organisationId: g1.id, level: 'BLOC', externalName: 'Chuyên gia B', appointedOn: '2024-01-01' });
      expect(blocLevel.status).toBe(422);
      expect(fields(blocLevel.body)).toEqual(['level']);
      const cell = await post(officeU1, { organisationId: cell1.id, level: 'GRASSROOTS', externalName: 'Chuyên gia C', appointedOn: '2024-01-01' });
      expect(cell.status).toBe(422);
      expect(fields(cell.body)).toEqual(['organisationId']);
      const outside = await post(board, { organisationId: u1.id, level: 'UPPER_GRASSROOTS', memberId: m2.id, appointedOn: '2024-01-01' });
      expect(outside.status).toBe(422);
      expect(fields(outside.body)).toEqual(['memberId']);
      const future = await post(officeU1, { organisationId: g1.id, level: 'GRASSROOTS', externalName: 'Chuyên gia D', appointedOn: '2999-01-01' });
      expect(future.status).toBe(422);
      expect(fields(future.body)).toEqual(['appointedOn']);
      const count = await t.query(`SELECT count(*)::int AS n FROM speakers WHERE external_name LIKE 'Chuyên gia _'`);
      expect(count).toEqual([{ n: 0 }]);
    });

    it('refuses a second open appointment of the same member on one roster (409)', async () => {
      const again = await post(officeU1, { organisationId: u1.id, level: 'UPPER_GRASSROOTS', memberId: m1.id, appointedOn: '2025-01-01' });
      expect(again.status).toBe(409);
      expect(fields(again.body)).toEqual(['memberId']);
      // On the grassroots roster below, the same member may serve too.
      const below = await post(officeU1, { organisationId: g1.id, level: 'GRASSROOTS', memberId: m1.id, appointedOn: '2025-01-01' });
      expect(below.status).toBe(201);
    });

    it('refuses writes across subtrees, for MEMBER and anonymous callers', async () => {
      const other = await post(officeU2, { organisationId: u1.id, level: 'UPPER_GRASSROOTS', externalName: 'X', appointedOn: '2024-01-01' });
      expect(other.status).toBe(403);
      const upward = await post(officeU1, { organisationId: root.id, level: 'BLOC', externalName: 'X', appointedOn: '2024-01-01' });
      expect(upward.status).toBe(403);
      const member = await post(memberToken, { organisationId: u1.id, level: 'UPPER_GRASSROOTS', externalName: 'X', appointedOn: '2024-01-01' });
      expect(member.status).toBe(403);
      const anon = await t.http.post('/api/v1/speakers').send({ organisationId: u1.id, level: 'UPPER_GRASSROOTS', externalName: 'X', appointedOn: '2024-01-01' });
      expect(anon.status).toBe(401);
      const inspection = await t.tokenFor([[Role.INSPECTION_COMMISSION, root]]);
      expect((await post(inspection, { organisationId: u1.id, level: 'UPPER_GRASSROOTS', externalName: 'X', appointedOn: '2024-01-01' })).status).toBe(403);
      expect((await t.http.get('/api/v1/speakers').set(auth(inspection))).status).toBe(200);
    });
  });

  describe('reading, updating, ending', () => {
    let speakerU2: string;
    let speakerU1: string;

    beforeAll(async () => {
      speakerU2 = (await insertSpeaker(t, { organisation: u2, level: 'UPPER_GRASSROOTS', member: m2, appointedOn: '2022-01-01' })).id;
      speakerU1 = (await insertSpeaker(t, { organisation: u1, level: 'UPPER_GRASSROOTS', externalName: 'TS. Lê Minh Tâm', appointedOn: '2022-01-01' })).id;
    });

    it('reads only the rosters of the scope; a guessed id from another subtree is 403', async () => {
      const list = await t.http.get('/api/v1/speakers').query({ first: 100 }).set(auth(officeU2));
      expect(list.status).toBe(200);
      expect(list.body.nodes.map((s: { id: string }) => s.id)).toEqual([speakerU2]);
      expect((await t.http.get(`/api/v1/speakers/${speakerU1}`).set(auth(officeU2))).status).toBe(403);
      expect((await t.http.get(`/api/v1/speakers/${speakerU2}`).set(auth(officeU2))).status).toBe(200);
      const gql = await t.gql(officeU2, `query($id: ID!) { speaker(id: $id) { id } }`, { id: speakerU1 });
      expect(gql.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await t.http.get('/api/v1/speakers').set(auth(memberToken))).status).toBe(403);
      expect((await t.http.get('/api/v1/speakers')).status).toBe(401);
      expect((await t.http.get('/api/v1/speakers/not-a-uuid').set(auth(board))).status).toBe(400);
    });

    it('records trainings and yearly assignments, shown on the speaker (REST detail and GraphQL fields)', async () => {
      const tr = await t.http.post(`/api/v1/speakers/${speakerU1}/trainings`).set(auth(officeU1))
        .send({ title: 'Bồi dưỡng kỹ năng tuyên truyền miệng', organiser: 'Ban Tuyên giáo Đảng ủy Khối', heldOn: '2025-04-10' });
      expect(tr.status).toBe(201);
      const as = await t.http.post(`/api/v1/speakers/${speakerU1}/assignments`).set(auth(officeU1))
        .send({ year: 2026, description: 'Truyền đạt Nghị quyết Hội nghị Trung ương 7 khóa XII' });
      expect(as.status).toBe(201);
      const futureTraining = await t.http.post(`/api/v1/speakers/${speakerU1}/trainings`).set(auth(officeU1))
        .send({ title: 'Sau này', heldOn: '2999-01-01' });
      expect(futureTraining.status).toBe(422);
      const badYear = await t.http.post(`/api/v1/speakers/${speakerU1}/assignments`).set(auth(officeU1)).send({ year: 1999, description: '' });
      expect(badYear.status).toBe(400);
      expect(fields(badYear.body)).toEqual(['description', 'year']);
      const cross = await t.http.post(`/api/v1/speakers/${speakerU1}/trainings`).set(auth(officeU2)).send({ title: 'X', heldOn: '2025-01-01' });
      expect(cross.status).toBe(403);

      const detail = await t.http.get(`/api/v1/speakers/${speakerU1}`).set(auth(officeU1));
      expect(detail.body.trainings).toEqual([expect.objectContaining({ title: 'Bồi dưỡng kỹ năng tuyên truyền miệng', heldOn: '2025-04-10' })]);
      expect(detail.body.assignments).toEqual([expect.objectContaining({ year: 2026 })]);
      const gql = await t.gql(board, `{ speakers(first: 100) { nodes { id trainings { heldOn } assignments { year description } } } }`);
      const node = gql.data?.speakers.nodes.find((n: { id: string }) => n.id === speakerU1);
      expect(node).toEqual({ id: speakerU1, trainings: [{ heldOn: '2025-04-10' }], assignments: [{ year: 2026, description: expect.any(String) }] });

      const removed = await t.http.delete(`/api/v1/speakers/${speakerU1}/trainings/${tr.body.id}`).set(auth(officeU1));
      expect(removed.status).toBe(204);
      const again = await t.http.delete(`/api/v1/speakers/${speakerU1}/trainings/${tr.body.id}`).set(auth(officeU1));
      expect(again.status).toBe(404);
      // An assignment id of one speaker is not removed through another speaker.
      const wrong = await t.http.delete(`/api/v1/speakers/${speakerU2}/assignments/${as.body.id}`).set(auth(board));
      expect(wrong.status).toBe(404);
    });

    it('updates an external speaker; refuses external fields on a member speaker (400)', async () => {
      const ok = await t.http.patch(`/api/v1/speakers/${speakerU1}`).set(auth(officeU1))
        .send({ externalWorkplace: 'Viện Kinh tế', title: 'Nghiên cứu viên cao cấp', expertise: ['Kinh tế quốc tế'] });
      expect(ok.status).toBe(200);
      expect(ok.body).toEqual(expect.objectContaining({ externalWorkplace: 'Viện Kinh tế', expertise: ['Kinh tế quốc tế'] }));
      const bad = await t.http.patch(`/api/v1/speakers/${speakerU2}`).set(auth(officeU2)).send({ externalName: 'Đổi tên' });
      expect(bad.status).toBe(400);
      expect(fields(bad.body)).toEqual(['externalName']);
      const level = await t.http.patch(`/api/v1/speakers/${speakerU2}`).set(auth(officeU2)).send({ level: 'BLOC' });
      expect(level.status).toBe(400);
      expect(fields(level.body)).toEqual(['level']);
    });

    it('ends an appointment (not deleted): gone from the active roster, kept with includeEnded, cannot end twice', async () => {
      const early = await t.http.post(`/api/v1/speakers/${speakerU2}/end`).set(auth(officeU2)).send({ endedOn: '2021-12-31' });
      expect(early.status).toBe(422);
      expect(fields(early.body)).toEqual(['endedOn']);
      const ended = await t.http.post(`/api/v1/speakers/${speakerU2}/end`).set(auth(officeU2)).send({ endedOn: '2025-06-01', reason: 'Nghỉ hưu' });
      expect(ended.status).toBe(200);
      expect(ended.body).toEqual(expect.objectContaining({ endedOn: '2025-06-01', notes: 'Kết thúc 2025-06-01: Nghỉ hưu' }));
      const twice = await t.http.post(`/api/v1/speakers/${speakerU2}/end`).set(auth(officeU2)).send({ endedOn: '2025-07-01' });
      expect(twice.status).toBe(422);
      const active = await t.http.get('/api/v1/speakers').query({ withinId: u2.id }).set(auth(officeU2));
      expect(active.body.nodes).toEqual([]);
      const past = await t.http.get('/api/v1/speakers').query({ withinId: u2.id, activeOn: '2024-01-01' }).set(auth(officeU2));
      expect(past.body.nodes.map((s: { id: string }) => s.id)).toEqual([speakerU2]);
      const all = await t.http.get('/api/v1/speakers').query({ withinId: u2.id, includeEnded: 'true' }).set(auth(officeU2));
      expect(all.body.nodes.map((s: { id: string }) => s.id)).toEqual([speakerU2]);
      expect(await t.query(`SELECT count(*)::int AS n FROM speakers WHERE id = $1`, [speakerU2])).toEqual([{ n: 1 }]);
    });
  });

  describe('a speaker reads their own record', () => {
    it('mySpeakerRecords returns the caller’s roster entries only; a non-member SPEAKER gets none', async () => {
      const speakerUser = await t.tokenFor([[Role.SPEAKER, u1]], m1.id);
      const res = await t.http.get('/api/v1/speakers/me').set(auth(speakerUser));
      expect(res.status).toBe(200);
      expect(res.body.map((s: { organisationId: string }) => s.organisationId).sort()).toEqual([u1.id, g1.id].sort());
      const gql = await t.gql(speakerUser, `{ mySpeakerRecords { name level } }`);
      expect(gql.data?.mySpeakerRecords).toHaveLength(2);
      const noMember = await t.tokenFor([[Role.SPEAKER, u1]]);
      expect((await t.http.get('/api/v1/speakers/me').set(auth(noMember))).body).toEqual([]);
      // The SPEAKER role does not open the rosters.
      expect((await t.http.get('/api/v1/speakers').set(auth(speakerUser))).status).toBe(403);
      expect((await t.http.get('/api/v1/speakers/me')).status).toBe(401);
    });
  });
});
