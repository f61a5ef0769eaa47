import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { insertEssay, insertMeeting, insertStudySession } from './support/cell-life-fixtures';
import { insertCampaign } from './support/study-fixtures';
import { TestApp, TestMember, TestOrg } from './support/test-app';

describe('registrations and ratings: targets, year-end ratings, rating inputs, distribution, refusals', () => {
  let t: TestApp;
  let root: TestOrg;
  let a: TestOrg;
  let cellA1: TestOrg;
  let cellA2: TestOrg;
  let b: TestOrg;
  let admin: string;
  let officeA: string;
  let boardB: string;
  let secA1: string;
  let memberToken: string;
  let m1: TestMember;
  let m2: TestMember;
  let m3: TestMember; // in cell A2

  beforeAll(async () => {
    t = await TestApp.start();
    root = await t.root();
    a = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Công Thương');
    cellA1 = await t.org(a, K.CELL, 'Chi bộ Văn phòng');
    cellA2 = await t.org(a, K.CELL, 'Chi bộ Vụ Kế hoạch');
    b = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Tư pháp');
    await t.org(b, K.CELL, 'Chi bộ Vụ Pháp chế');
    m1 = await t.member(cellA1, { fullName: 'Nguyễn Văn An' });
    m2 = await t.member(cellA1, { fullName: 'Trần Thị Bình' });
    m3 = await t.member(cellA2, { fullName: 'Lê Văn Cường' });
    admin = await t.tokenFor([[Role.ADMIN, root]]);
    officeA = await t.tokenFor([[Role.COMMITTEE_OFFICE, a]]);
    boardB = await t.tokenFor([[Role.ORGANISATION_BOARD, b]]);
    secA1 = await t.tokenFor([[Role.CELL_SECRETARY, cellA1]], m1.id);
    memberToken = await t.tokenFor([[Role.MEMBER, cellA1]], m2.id);
  });
  afterAll(() => t.close());

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const fields = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field).sort();

  describe('start-of-year registrations', () => {
    it('registers a cell target of GOOD or better, once a year', async () => {
      const res = await t.http.post('/api/v1/registrations/organisations').set(auth(secA1))
        .send({ organisationId: cellA1.id, year: 2025, targetRating: 'GOOD', registeredOn: '2025-01-15' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ subject: 'ORGANISATION', organisationId: cellA1.id, memberId: null, targetRating: 'GOOD', subjectName: 'Chi bộ Văn phòng' });
      const dup = await t.http.post('/api/v1/registrations/organisations').set(auth(officeA))
        .send({ organisationId: cellA1.id, year: 2025, targetRating: 'EXCELLENT', registeredOn: '2025-01-20' });
      expect(dup.status).toBe(409);
      const nextYear = await t.http.post('/api/v1/registrations/organisations').set(auth(secA1))
        .send({ organisationId: cellA1.id, year: 2026, targetRating: 'EXCELLENT', registeredOn: '2025-12-20' });
      expect(nextYear.status).toBe(201);
    });

    it('refuses a target below GOOD and dates outside the year', async () => {
      const low = await t.http.post('/api/v1/registrations/organisations').set(auth(officeA))
        .send({ organisationId: cellA2.id, year: 2025, targetRating: 'COMPLETED', registeredOn: '2025-01-15' });
      expect(low.status).toBe(422);
      expect(fields(low.body)).toEqual(['targetRating']);
      const early = await t.http.post('/api/v1/registrations/organisations').set(auth(officeA))
        .send({ organisationId: cellA2.id, year: 2025, targetRating: 'GOOD', registeredOn: '2024-06-01' });
      expect(early.status).toBe(422);
      expect(fields(early.body)).toEqual(['registeredOn']);
    });

    it("registers a member's tasks and target, once a year, only within the secretary's cell", async () => {
      const res = await t.http.post('/api/v1/registrations/members').set(auth(secA1))
        .send({ memberId: m1.id, year: 2025, tasks: 'Phụ trách công tác tuyên truyền của chi bộ', targetRating: 'EXCELLENT', registeredOn: '2025-01-15' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ subject: 'MEMBER', memberId: m1.id, organisationId: cellA1.id, subjectName: 'Nguyễn Văn An' });
      const dup = await t.http.post('/api/v1/registrations/members').set(auth(secA1))
        .send({ memberId: m1.id, year: 2025, tasks: 'Khác', targetRating: 'GOOD', registeredOn: '2025-02-01' });
      expect(dup.status).toBe(409);
      const noTasks = await t.http.post('/api/v1/registrations/members').set(auth(secA1))
        .send({ memberId: m2.id, year: 2025, targetRating: 'GOOD', registeredOn: '2025-02-01' });
      expect(noTasks.status).toBe(400);
      expect(fields(noTasks.body)).toEqual(['tasks']);
      const other = await t.http.post('/api/v1/registrations/members').set(auth(secA1))
        .send({ memberId: m3.id, year: 2025, tasks: 'Nhiệm vụ', targetRating: 'GOOD', registeredOn: '2025-02-01' });
      expect(other.status).toBe(403);
      const patch = await t.http.patch(`/api/v1/registrations/${res.body.id}`).set(auth(secA1)).send({ targetRating: 'GOOD' });
      expect(patch.status).toBe(200);
      expect(patch.body.targetRating).toBe('GOOD');
      expect((await t.http.patch(`/api/v1/registrations/${res.body.id}`).set(auth(secA1)).send({ targetRating: 'NOT_COMPLETED' })).status).toBe(422);
    });

    it('refuses members, other subtrees and anonymous callers', async () => {
      const body = { organisationId: cellA2.id, year: 2025, targetRating: 'GOOD', registeredOn: '2025-01-15' };
      expect((await t.http.post('/api/v1/registrations/organisations').set(auth(memberToken)).send(body)).status).toBe(403);
      expect((await t.http.post('/api/v1/registrations/organisations').set(auth(boardB)).send(body)).status).toBe(403);
      expect((await t.http.post('/api/v1/registrations/organisations').send(body)).status).toBe(401);
      const list = await t.gql(boardB, `{ registrations(year: 2025) { nodes { id } } }`);
      expect(list.data.registrations.nodes).toHaveLength(0);
      const mine = await t.gql(officeA, `{ registrations(year: 2025, subject: MEMBER) { nodes { subjectName tasks } } }`);
      expect(mine.data.registrations.nodes).toEqual([{ subjectName: 'Nguyễn Văn An', tasks: 'Phụ trách công tác tuyên truyền của chi bộ' }]);
    });
  });

  describe('rating inputs from sessions, essays and cell meetings', () => {
    beforeAll(async () => {
      const campaign = await insertCampaign(t, {
        issuer: root, startsOn: '2025-03-01', reportDueOn: '2025-09-30', essayDueOn: '2025-07-31',
        levels: [{ level: K.BLOC, deadline: '2025-06-30' }, { level: K.UPPER_GRASSROOTS, deadline: '2025-06-30' }, { level: K.CELL, deadline: '2025-06-30' }],
      });
      await insertStudySession(t, {
        campaign, organiser: a, startsAt: '2025-04-10T01:00:00Z', status: 'CLOSED',
        participants: [{ member: m1, status: 'PRESENT' }, { member: m2, status: 'UNEXCUSED' }],
      });
      await insertStudySession(t, {
        campaign, organiser: a, startsAt: '2025-05-10T01:00:00Z', status: 'CLOSED', isMakeup: true,
        participants: [{ member: m2, status: 'LATE' }],
      });
      await insertStudySession(t, {
        campaign, organiser: a, startsAt: '2025-05-20T01:00:00Z', status: 'CANCELLED',
        participants: [{ member: m1, status: null }],
      });
      await insertEssay(t, { campaignId: campaign.id, member: m1, grade: 8 });
      // A campaign of another year does not count.
      const old = await insertCampaign(t, { issuer: root, startsOn: '2024-03-01', reportDueOn: '2024-09-30', essayDueOn: '2024-07-31',
        levels: [{ level: K.CELL, deadline: '2024-06-30' }] });
      await insertStudySession(t, { campaign: old, organiser: a, startsAt: '2024-04-10T01:00:00Z', status: 'CLOSED', participants: [{ member: m1, status: 'PRESENT' }] });
      await insertEssay(t, { campaignId: old.id, member: m1, grade: 2 });
      await insertMeeting(t, cellA1, { heldOn: '2025-01-06', attendance: [{ member: m1, status: 'PRESENT' }, { member: m2, status: 'EXCUSED', reason: 'Ốm' }] });
      await insertMeeting(t, cellA1, { heldOn: '2025-02-05', attendance: [{ member: m1, status: 'PRESENT' }] });
      await insertMeeting(t, cellA1, { heldOn: '2025-03-12', kind: 'THEMATIC' });
    });

    const MEMBER_INPUTS = `query($id: ID!) { memberRatingInputs(memberId: $id, year: 2025) {
      fullName organisationId referenceDate
      study { campaignsRequired campaignsStudied sessionsInvited sessionsAttended makeupSessionsAttended }
      essays { required submitted late graded averageGrade }
      meetings { expected present excused unexcused unrecorded }
      registration { targetRating tasks } rating { rating } } }`;

    it("shows a member's attendance, essays and meetings for the year", async () => {
      const res = await t.gql(secA1, MEMBER_INPUTS, { id: m1.id });
      expect(res.errors).toBeUndefined();
      expect(res.data.memberRatingInputs).toEqual({
        fullName: 'Nguyễn Văn An', organisationId: cellA1.id, referenceDate: '2025-12-31',
        study: { campaignsRequired: 1, campaignsStudied: 1, sessionsInvited: 1, sessionsAttended: 1, makeupSessionsAttended: 0 },
        essays: { required: 1, submitted: 1, late: 0, graded: 1, averageGrade: 8 },
        meetings: { expected: 3, present: 2, excused: 0, unexcused: 0, unrecorded: 1 },
        registration: { targetRating: 'GOOD', tasks: 'Phụ trách công tác tuyên truyền của chi bộ' },
        rating: null,
      });
    });

    it('counts a make-up session as studied, and a missing essay as not submitted', async () => {
      const res = await t.http.get('/api/v1/ratings/inputs/member').query({ memberId: m2.id, year: 2025 }).set(auth(officeA));
      expect(res.status).toBe(200);
      expect(res.body.study).toEqual({ campaignsRequired: 1, campaignsStudied: 1, sessionsInvited: 1, sessionsAttended: 0, makeupSessionsAttended: 1 });
      expect(res.body.essays).toMatchObject({ required: 1, submitted: 0, averageGrade: null });
      expect(res.body.meetings).toMatchObject({ expected: 3, present: 0, excused: 1 });
    });

    it("shows a cell's compliance, members' study and essays and its registration", async () => {
      const res = await t.http.get('/api/v1/ratings/inputs/cell').query({ organisationId: cellA1.id, year: 2025 }).set(auth(officeA));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        members: 2,
        meetingCompliance: { onTimeMonths: 2, lateMonths: 0, missedMonths: 10, quartersWithThematic: 1, quartersWithoutThematic: 3, halvesChecked: 0 },
        meetingAttendance: { expected: 6, present: 2, excused: 1, unrecorded: 3 },
        study: { campaignsRequired: 2, campaignsStudied: 2, sessionsInvited: 2, sessionsAttended: 1, makeupSessionsAttended: 1 },
        essays: { required: 2, submitted: 1, averageGrade: 8 },
        registration: { targetRating: 'GOOD' },
        rating: null,
      });
    });

    it("refuses the inputs of another cell's member to a secretary, and to other subtrees", async () => {
      expect((await t.gql(secA1, MEMBER_INPUTS, { id: m3.id })).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await t.http.get('/api/v1/ratings/inputs/member').query({ memberId: m1.id, year: 2025 }).set(auth(boardB))).status).toBe(403);
      expect((await t.http.get('/api/v1/ratings/inputs/cell').query({ organisationId: cellA1.id, year: 2025 }).set(auth(memberToken))).status).toBe(403);
      expect((await t.http.get('/api/v1/ratings/inputs/cell').query({ organisationId: cellA1.id, year: 2025 })).status).toBe(401);
    });
  });

  describe("task results and the member's own rating screen", () => {
    const report = (token: string | null, body: Record<string, unknown>) => {
      const req = t.http.put('/api/v1/registrations/mine/result');
      return (token ? req.set(auth(token)) : req).send(body);
    };

    beforeAll(async () => {
      await t.http.post('/api/v1/registrations/members').set(auth(secA1))
        .send({ memberId: m2.id, year: 2025, tasks: 'Theo dõi công tác đảng viên dự bị', targetRating: 'GOOD', registeredOn: '2025-01-20' })
        .expect(201);
    });

    it('lets the cell record the year-end result of registered tasks, dated today', async () => {
      const [reg] = await t.query<{ id: string }>(`SELECT id FROM registrations WHERE member_id = $1 AND year = 2025`, [m2.id]);
      const res = await t.http.patch(`/api/v1/registrations/${reg.id}`).set(auth(secA1)).send({ taskResult: 'Chi bộ ghi nhận: hoàn thành' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ taskResult: 'Chi bộ ghi nhận: hoàn thành', taskResultOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
      expect((await t.http.patch(`/api/v1/registrations/${reg.id}`).set(auth(boardB)).send({ taskResult: 'X' })).status).toBe(403);
    });

    it('lets the member write their own task result, which replaces it and is audited', async () => {
      const res = await report(memberToken, { year: 2025, taskResult: 'Đã theo dõi, giúp đỡ 2 đảng viên dự bị được công nhận chính thức' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ subject: 'MEMBER', memberId: m2.id, taskResult: 'Đã theo dõi, giúp đỡ 2 đảng viên dự bị được công nhận chính thức' });
      const gql = await t.gql(memberToken, `mutation { reportMyTaskResult(input: { year: 2025, taskResult: "Hoàn thành nhiệm vụ được phân công" }) { taskResult taskResultOn } }`);
      expect(gql.errors).toBeUndefined();
      expect(gql.data.reportMyTaskResult.taskResult).toBe('Hoàn thành nhiệm vụ được phân công');
      const [audit] = await t.query(`SELECT action FROM audit_log WHERE action = 'registration.ownResult' LIMIT 1`);
      expect(audit).toEqual({ action: 'registration.ownResult' });
    });

    it('refuses a result without a registration, before 1 November of the year, blank, without a member record, anonymous', async () => {
      const m3Token = await t.tokenFor([[Role.MEMBER, cellA2]], m3.id);
      const none = await report(m3Token, { year: 2025, taskResult: 'Không đăng ký' });
      expect(none.status).toBe(422);
      expect(fields(none.body)).toEqual(['year']);
      const early = await report(memberToken, { year: 2100, taskResult: 'Quá sớm' });
      expect(early.status).toBe(422);
      expect(fields(early.body)).toEqual(['year']);
      const blank = await report(memberToken, { year: 2025, taskResult: '   ' });
      expect(blank.status).toBe(400);
      expect(fields(blank.body)).toEqual(['taskResult']);
      expect((await report(officeA, { year: 2025, taskResult: 'Văn phòng' })).status).toBe(403);
      expect((await report(null, { year: 2025, taskResult: 'Ẩn danh' })).status).toBe(401);
    });

    it('shows the task result on the rating screen, to the member (own screen only) and to the cell', async () => {
      const own = await t.http.get('/api/v1/ratings/mine').query({ year: 2025 }).set(auth(memberToken));
      expect(own.status).toBe(200);
      expect(own.body).toMatchObject({
        memberId: m2.id, organisationId: cellA1.id,
        study: { campaignsRequired: 1, campaignsStudied: 1, makeupSessionsAttended: 1 },
        essays: { required: 1, submitted: 0 },
        meetings: { expected: 3, excused: 1 },
        registration: { tasks: 'Theo dõi công tác đảng viên dự bị', taskResult: 'Hoàn thành nhiệm vụ được phân công' },
        rating: null,
      });
      const staff = await t.gql(secA1, `query($id: ID!) { memberRatingInputs(memberId: $id, year: 2025) { registration { taskResult } } }`, { id: m2.id });
      expect(staff.data.memberRatingInputs.registration.taskResult).toBe('Hoàn thành nhiệm vụ được phân công');
      // The MEMBER role opens only their own screen.
      expect((await t.http.get('/api/v1/ratings/inputs/member').query({ memberId: m1.id, year: 2025 }).set(auth(memberToken))).status).toBe(403);
      expect((await t.gql(memberToken, `{ ratings(year: 2025) { nodes { id } } }`)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await t.http.get('/api/v1/ratings/mine').query({ year: 2025 }).set(auth(officeA))).status).toBe(403);
      expect((await t.http.get('/api/v1/ratings/mine').query({ year: 2025 })).status).toBe(401);
    });
  });

  describe('year-end ratings', () => {
    it('lets a cell secretary rate the members of their cell, replacing an earlier rating', async () => {
      const res = await t.http.put('/api/v1/ratings/members').set(auth(secA1))
        .send({ memberId: m2.id, year: 2025, rating: 'COMPLETED', comment: 'Còn thiếu bài thu hoạch', ratedOn: '2025-12-15' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ subject: 'MEMBER', memberId: m2.id, organisationId: cellA1.id, rating: 'COMPLETED', ratedOn: '2025-12-15' });
      const again = await t.http.put('/api/v1/ratings/members').set(auth(secA1))
        .send({ memberId: m2.id, year: 2025, rating: 'GOOD', ratedOn: '2025-12-20' });
      expect(again.status).toBe(200);
      expect(again.body.id).toBe(res.body.id);
      expect(again.body.rating).toBe('GOOD');
      expect(await t.query(`SELECT rating FROM ratings WHERE member_id = $1`, [m2.id])).toEqual([{ rating: 'GOOD' }]);
      const audit = await t.query(`SELECT before FROM audit_log WHERE entity_id = $1 ORDER BY id`, [res.body.id]);
      expect(audit[1].before).toMatchObject({ rating: 'COMPLETED' });
      await t.http.put('/api/v1/ratings/members').set(auth(secA1)).send({ memberId: m1.id, year: 2025, rating: 'EXCELLENT', ratedOn: '2025-12-15' });
    });

    it('refuses a cell secretary rating members of another cell or any cell', async () => {
      const other = await t.http.put('/api/v1/ratings/members').set(auth(secA1)).send({ memberId: m3.id, year: 2025, rating: 'GOOD', ratedOn: '2025-12-15' });
      expect(other.status).toBe(403);
      const cell = await t.http.put('/api/v1/ratings/organisations').set(auth(secA1)).send({ organisationId: cellA1.id, year: 2025, rating: 'EXCELLENT', ratedOn: '2025-12-15' });
      expect(cell.status).toBe(403);
      const gql = await t.gql(secA1, `mutation { rateMember(input: { memberId: "${m3.id}", year: 2025, rating: GOOD, ratedOn: "2025-12-15" }) { id } }`);
      expect(gql.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('lets the upper committee rate its cells, never its own organisation, and refuses early dates', async () => {
      const res = await t.http.put('/api/v1/ratings/organisations').set(auth(officeA))
        .send({ organisationId: cellA1.id, year: 2025, rating: 'EXCELLENT', comment: 'Chi bộ trong sạch, vững mạnh', ratedOn: '2025-12-28' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ subject: 'ORGANISATION', rating: 'EXCELLENT', ratedOn: '2025-12-28' });
      expect(res.body.ratedBy).toEqual(expect.any(String));
      const self = await t.http.put('/api/v1/ratings/organisations').set(auth(officeA)).send({ organisationId: a.id, year: 2025, rating: 'EXCELLENT', ratedOn: '2025-12-28' });
      expect(self.status).toBe(403);
      const byRoot = await t.http.put('/api/v1/ratings/organisations').set(auth(admin)).send({ organisationId: a.id, year: 2025, rating: 'GOOD', ratedOn: '2025-12-28' });
      expect(byRoot.status).toBe(200);
      const early = await t.http.put('/api/v1/ratings/organisations').set(auth(officeA)).send({ organisationId: cellA2.id, year: 2025, rating: 'GOOD', ratedOn: '2025-06-01' });
      expect(early.status).toBe(422);
      expect(fields(early.body)).toEqual(['ratedOn']);
      const bad = await t.http.put('/api/v1/ratings/organisations').set(auth(officeA)).send({ organisationId: cellA2.id, year: 2025, rating: 'SUPERB' });
      expect(bad.status).toBe(400);
      expect(fields(bad.body)).toEqual(['rating']);
      expect((await t.http.put('/api/v1/ratings/organisations').set(auth(boardB)).send({ organisationId: cellA2.id, year: 2025, rating: 'GOOD', ratedOn: '2025-12-28' })).status).toBe(403);
      expect((await t.http.put('/api/v1/ratings/members').set(auth(memberToken)).send({ memberId: m2.id, year: 2025, rating: 'GOOD', ratedOn: '2025-12-28' })).status).toBe(403);
      expect((await t.http.put('/api/v1/ratings/members').send({ memberId: m2.id, year: 2025, rating: 'GOOD' })).status).toBe(401);
    });

    it('shows the rating on the inputs screen and the distribution of a subtree', async () => {
      const inputs = await t.http.get('/api/v1/ratings/inputs/cell').query({ organisationId: cellA1.id, year: 2025 }).set(auth(officeA));
      expect(inputs.body.rating).toMatchObject({ rating: 'EXCELLENT' });
      expect(inputs.body.memberRatings).toEqual({ excellent: 1, good: 1, completed: 0, notCompleted: 0, unrated: 0 });
      const dist = await t.gql(officeA, `query($id: ID) { ratingDistribution(withinId: $id, year: 2025) {
        organisations { excellent good completed notCompleted unrated } members { excellent good completed notCompleted unrated } } }`, { id: a.id });
      expect(dist.errors).toBeUndefined();
      expect(dist.data.ratingDistribution).toEqual({
        organisations: { excellent: 1, good: 1, completed: 0, notCompleted: 0, unrated: 1 },
        members: { excellent: 1, good: 1, completed: 0, notCompleted: 0, unrated: 1 },
      });
      const other = await t.http.get('/api/v1/ratings/distribution').query({ year: 2025 }).set(auth(boardB));
      expect(other.body.members).toEqual({ excellent: 0, good: 0, completed: 0, notCompleted: 0, unrated: 0 });
      expect((await t.http.get('/api/v1/ratings/distribution').query({ withinId: a.id, year: 2025 }).set(auth(boardB))).status).toBe(403);
      const own = await t.gql(memberToken, `{ myRatingInputs(year: 2025) { rating { rating } registration { taskResult } } }`);
      expect(own.errors).toBeUndefined();
      expect(own.data.myRatingInputs.rating).toEqual({ rating: 'GOOD' });
      // Once rated, the member's own task result is closed.
      const late = await t.http.put('/api/v1/registrations/mine/result').set(auth(memberToken)).send({ year: 2025, taskResult: 'Sửa sau xếp loại' });
      expect(late.status).toBe(422);
      expect(fields(late.body)).toEqual(['year']);
      const speaker = await t.tokenFor([[Role.SPEAKER, a]]);
      expect((await t.http.put('/api/v1/ratings/members').set(auth(speaker)).send({ memberId: m2.id, year: 2025, rating: 'GOOD', ratedOn: '2025-12-28' })).status).toBe(403);
      expect((await t.http.get('/api/v1/ratings/inputs/cell').query({ organisationId: cellA1.id, year: 2025 }).set(auth(speaker))).status).toBe(403);
      const list = await t.http.get('/api/v1/ratings').query({ year: 2025, subject: 'MEMBER' }).set(auth(secA1));
      expect(list.body.nodes.map((n: { subjectName: string }) => n.subjectName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    });
  });
});
