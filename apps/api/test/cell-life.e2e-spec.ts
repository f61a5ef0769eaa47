import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { insertMeeting, transfer } from './support/cell-life-fixtures';
import { TestApp, TestMember, TestOrg } from './support/test-app';

describe('cell life: meetings, attendance, compliance calendar and summary, six-monthly checks', () => {
  let t: TestApp;
  let root: TestOrg;
  let a: TestOrg;
  let cellA1: TestOrg;
  let cellA2: TestOrg;
  let grassrootsCell: TestOrg; // chi bộ cơ sở: GRASSROOTS without sub-organisations
  let b: TestOrg;
  let cellB: TestOrg;
  let admin: string;
  let officeA: string;
  let officeB: string;
  let secA1: string;
  let memberToken: string;
  let m1: TestMember;
  let m2: TestMember;

  beforeAll(async () => {
    t = await TestApp.start();
    root = await t.root();
    a = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Công Thương');
    cellA1 = await t.org(a, K.CELL, 'Chi bộ Văn phòng');
    cellA2 = await t.org(a, K.CELL, 'Chi bộ Vụ Kế hoạch');
    grassrootsCell = await t.org(a, K.GRASSROOTS, 'Chi bộ cơ sở Viện Nghiên cứu');
    b = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Tư pháp');
    cellB = await t.org(b, K.CELL, 'Chi bộ Vụ Pháp chế');
    m1 = await t.member(cellA1, { fullName: 'Nguyễn Văn An', since: '2020-01-01' });
    m2 = await t.member(cellA1, { fullName: 'Trần Thị Bình', since: '2020-01-01' });
    admin = await t.tokenFor([[Role.ADMIN, root]]);
    officeA = await t.tokenFor([[Role.COMMITTEE_OFFICE, a]]);
    officeB = await t.tokenFor([[Role.COMMITTEE_OFFICE, b]]);
    secA1 = await t.tokenFor([[Role.CELL_SECRETARY, cellA1]], m1.id);
    memberToken = await t.tokenFor([[Role.MEMBER, cellA1]], m2.id);
  });
  afterAll(() => t.close());

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const fields = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field).sort();
  const meeting = (over: Record<string, unknown> = {}) => ({
    organisationId: cellA1.id,
    kind: 'REGULAR',
    heldOn: '2026-03-05',
    topic: 'Sinh hoạt chi bộ thường kỳ tháng 3',
    conclusion: 'Chi bộ kết luận: hoàn thành kế hoạch quý I, phân công đảng viên theo dõi.',
    ...over,
  });

  describe('recording meetings', () => {
    it('lets the cell secretary record a regular meeting that counts for the month held, with an audit record', async () => {
      const res = await t.http.post('/api/v1/cell-meetings').set(auth(secA1)).send(meeting());
      expect(res.status).toBe(201);
      expect(res.body).toEqual(
        expect.objectContaining({ organisationId: cellA1.id, kind: 'REGULAR', heldOn: '2026-03-05', forMonth: '2026-03', presentCount: 0 }),
      );
      expect(res.body.organisationPath).toBeUndefined();
      const [audit] = await t.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [res.body.id]);
      expect(audit).toEqual({ action: 'cellMeeting.record' });
    });

    it('refuses a second regular meeting for the same cell and month (409), but takes thematic meetings', async () => {
      const dup = await t.http.post('/api/v1/cell-meetings').set(auth(secA1)).send(meeting({ heldOn: '2026-03-20' }));
      expect(dup.status).toBe(409);
      expect(fields(dup.body)).toEqual(['forMonth']);
      const thematic = await t.http
        .post('/api/v1/cell-meetings')
        .set(auth(secA1))
        .send(meeting({ kind: 'THEMATIC', heldOn: '2026-03-20', topic: 'Chuyên đề: học tập và làm theo tư tưởng Hồ Chí Minh' }));
      expect(thematic.status).toBe(201);
      expect(thematic.body.forMonth).toBeNull();
    });

    it('requires the resolution or conclusion, and refuses bad dates and months', async () => {
      const { conclusion: _c, ...noConclusion } = meeting({ heldOn: '2026-04-02' });
      const missing = await t.http.post('/api/v1/cell-meetings').set(auth(secA1)).send(noConclusion);
      expect(missing.status).toBe(400);
      expect(fields(missing.body)).toEqual(['conclusion']);
      const blank = await t.http.post('/api/v1/cell-meetings').set(auth(secA1)).send(meeting({ heldOn: '2026-04-02', conclusion: '   ' }));
      expect(blank.status).toBe(400);
      const future = await t.http.post('/api/v1/cell-meetings').set(auth(secA1)).send(meeting({ heldOn: '2099-01-05' }));
      expect(future.status).toBe(422);
      const before = await t.http.post('/api/v1/cell-meetings').set(auth(secA1)).send(meeting({ heldOn: '2026-04-02', forMonth: '2026-05' }));
      expect(before.status).toBe(422);
      const thematicMonth = await t.http
        .post('/api/v1/cell-meetings')
        .set(auth(secA1))
        .send(meeting({ kind: 'THEMATIC', heldOn: '2026-04-02', forMonth: '2026-04' }));
      expect(thematicMonth.status).toBe(400);
      const badResolution = await t.http
        .post('/api/v1/cell-meetings')
        .set(auth(secA1))
        .send(meeting({ heldOn: '2026-04-02', resolutionId: '00000000-0000-4000-8000-000000000000' }));
      expect(badResolution.status).toBe(422);
      expect(fields(badResolution.body)).toEqual(['resolutionId']);
      expect(await t.query(`SELECT 1 FROM cell_meetings WHERE held_on = '2026-04-02'`)).toHaveLength(0);
    });

    it('accepts a grassroots cell without sub-organisations, refuses a committee with cells', async () => {
      const ok = await t.http.post('/api/v1/cell-meetings').set(auth(officeA)).send(meeting({ organisationId: grassrootsCell.id }));
      expect(ok.status).toBe(201);
      const committee = await t.http.post('/api/v1/cell-meetings').set(auth(officeA)).send(meeting({ organisationId: a.id }));
      expect(committee.status).toBe(422);
      expect(fields(committee.body)).toEqual(['organisationId']);
    });

    it('keeps a cell secretary to their own cell, and refuses other subtrees, members and anonymous callers', async () => {
      const other = await t.http.post('/api/v1/cell-meetings').set(auth(secA1)).send(meeting({ organisationId: cellA2.id }));
      expect(other.status).toBe(403);
      const a2Meeting = await insertMeeting(t, cellA2, { heldOn: '2026-02-03' });
      expect((await t.http.patch(`/api/v1/cell-meetings/${a2Meeting.id}`).set(auth(secA1)).send({ topic: 'Sửa' })).status).toBe(403);
      expect((await t.http.get(`/api/v1/cell-meetings/${a2Meeting.id}`).set(auth(secA1))).status).toBe(403);
      expect((await t.http.get(`/api/v1/cell-meetings/${a2Meeting.id}`).set(auth(officeB))).status).toBe(403);
      expect((await t.http.get(`/api/v1/cell-meetings/${a2Meeting.id}`).set(auth(officeA))).status).toBe(200);
      expect((await t.http.post('/api/v1/cell-meetings').set(auth(officeB)).send(meeting({ heldOn: '2026-06-03' }))).status).toBe(403);
      expect((await t.http.post('/api/v1/cell-meetings').set(auth(memberToken)).send(meeting({ heldOn: '2026-06-03' }))).status).toBe(403);
      expect((await t.http.post('/api/v1/cell-meetings').send(meeting({ heldOn: '2026-06-03' }))).status).toBe(401);
      const gql = await t.gql(secA1, `mutation($input: RecordCellMeetingInput!) { recordCellMeeting(input: $input) { id } }`, {
        input: meeting({ organisationId: cellA2.id, heldOn: '2026-06-03' }),
      });
      expect(gql.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const list = await t.http.get('/api/v1/cell-meetings').set(auth(secA1));
      expect(list.status).toBe(200);
      expect(list.body.nodes.every((n: { organisationId: string }) => n.organisationId === cellA1.id)).toBe(true);
    });

    it('refuses a SPEAKER the staff operations, even at the committee', async () => {
      const speaker = await t.tokenFor([[Role.SPEAKER, a]]);
      expect((await t.http.post('/api/v1/cell-meetings').set(auth(speaker)).send(meeting({ heldOn: '2026-06-03' }))).status).toBe(403);
      expect((await t.http.get('/api/v1/cell-meetings').set(auth(speaker))).status).toBe(403);
      expect((await t.http.get('/api/v1/cell-meetings/calendar').query({ organisationId: cellA1.id, year: 2025 }).set(auth(speaker))).status).toBe(403);
    });

    it('deletes a meeting recorded by mistake with its attendance, only within the cell', async () => {
      const own = await insertMeeting(t, cellA1, { heldOn: '2024-05-06', attendance: [{ member: m1, status: 'PRESENT' }] });
      const other = await insertMeeting(t, cellA2, { heldOn: '2024-05-07' });
      expect((await t.http.delete(`/api/v1/cell-meetings/${other.id}`).set(auth(secA1))).status).toBe(403);
      expect((await t.http.delete(`/api/v1/cell-meetings/${own.id}`).set(auth(memberToken))).status).toBe(403);
      expect((await t.http.delete(`/api/v1/cell-meetings/${own.id}`).set(auth(officeB))).status).toBe(403);
      expect(await t.query(`SELECT 1 FROM cell_meetings WHERE id = $1`, [other.id])).toHaveLength(1);
      const gone = await t.http.delete(`/api/v1/cell-meetings/${own.id}`).set(auth(secA1));
      expect(gone.status).toBe(204);
      expect(await t.query(`SELECT 1 FROM cell_meeting_attendance WHERE meeting_id = $1`, [own.id])).toHaveLength(0);
      const [audit] = await t.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [own.id]);
      expect(audit).toEqual({ action: 'cellMeeting.delete' });
      expect((await t.http.delete(`/api/v1/cell-meetings/${own.id}`).set(auth(secA1))).status).toBe(404);
    });
  });

  describe('attendance', () => {
    let meetingId: string;
    let newcomer: TestMember;
    let leaver: TestMember;

    beforeAll(async () => {
      meetingId = (await insertMeeting(t, cellA1, { heldOn: '2025-09-04' })).id;
      newcomer = await t.member(cellA2, { fullName: 'Lê Văn Cường', since: '2020-01-01' });
      await transfer(t, newcomer, cellA1, '2025-10-01'); // joined the cell after the meeting
      leaver = await t.member(cellA1, { fullName: 'Phạm Thị Dung', since: '2020-01-01' });
      await transfer(t, leaver, cellA2, '2025-10-01'); // was in the cell on the meeting date
    });

    it('lists the members of the cell on the meeting date', async () => {
      const res = await t.http.get(`/api/v1/cell-meetings/${meetingId}/attendance`).set(auth(secA1));
      expect(res.status).toBe(200);
      const names = res.body.map((r: { fullName: string }) => r.fullName);
      expect(names).toEqual(expect.arrayContaining(['Nguyễn Văn An', 'Trần Thị Bình', 'Phạm Thị Dung']));
      expect(names).not.toContain('Lê Văn Cường');
    });

    it('records attendance of the members on that date, a leaver included', async () => {
      const res = await t.http
        .put(`/api/v1/cell-meetings/${meetingId}/attendance`)
        .set(auth(secA1))
        .send({ entries: [
          { memberId: m1.id, status: 'PRESENT' },
          { memberId: m2.id, status: 'EXCUSED', reason: 'Đi công tác' },
          { memberId: leaver.id, status: 'UNEXCUSED' },
        ] });
      expect(res.status).toBe(200);
      const byName = Object.fromEntries(res.body.map((r: { fullName: string; status: string }) => [r.fullName, r.status]));
      expect(byName).toMatchObject({ 'Nguyễn Văn An': 'PRESENT', 'Trần Thị Bình': 'EXCUSED', 'Phạm Thị Dung': 'UNEXCUSED' });
      const got = await t.http.get(`/api/v1/cell-meetings/${meetingId}`).set(auth(secA1));
      expect(got.body).toMatchObject({ presentCount: 1, excusedCount: 1, unexcusedCount: 1 });
    });

    it('refuses a member who transferred in after the meeting date, writing nothing', async () => {
      const res = await t.http
        .put(`/api/v1/cell-meetings/${meetingId}/attendance`)
        .set(auth(secA1))
        .send({ entries: [{ memberId: m1.id, status: 'UNEXCUSED' }, { memberId: newcomer.id, status: 'PRESENT' }] });
      expect(res.status).toBe(422);
      expect(fields(res.body)).toEqual(['entries.1.memberId']);
      const [row] = await t.query(`SELECT status FROM cell_meeting_attendance WHERE meeting_id = $1 AND member_id = $2`, [meetingId, m1.id]);
      expect(row).toEqual({ status: 'PRESENT' });
    });

    it('needs a reason for an excused absence and refuses repeated members', async () => {
      const res = await t.http
        .put(`/api/v1/cell-meetings/${meetingId}/attendance`)
        .set(auth(secA1))
        .send({ entries: [{ memberId: m2.id, status: 'EXCUSED' }, { memberId: m1.id, status: 'PRESENT' }, { memberId: m1.id, status: 'PRESENT' }] });
      expect(res.status).toBe(400);
      expect(fields(res.body)).toEqual(['entries.0.reason', 'entries.2.memberId']);
    });

    it('refuses attendance for another cell and for members', async () => {
      const a2Meeting = await insertMeeting(t, cellA2, { heldOn: '2025-09-05' });
      const other = await t.http.put(`/api/v1/cell-meetings/${a2Meeting.id}/attendance`).set(auth(secA1)).send({ entries: [] });
      expect(other.status).toBe(403);
      const member = await t.http.put(`/api/v1/cell-meetings/${meetingId}/attendance`).set(auth(memberToken)).send({ entries: [] });
      expect(member.status).toBe(403);
    });
  });

  describe('compliance calendar', () => {
    let cal: TestOrg;

    beforeAll(async () => {
      cal = await t.org(b, K.CELL, 'Chi bộ Vụ Tổ chức cán bộ');
      await insertMeeting(t, cal, { heldOn: '2025-01-07' }); // last day of the first week
      await insertMeeting(t, cal, { heldOn: '2025-02-10' }); // last allowed day
      await insertMeeting(t, cal, { heldOn: '2025-03-11' }); // a day too late
      // April: none.
      await insertMeeting(t, cal, { heldOn: '2025-02-20', kind: 'THEMATIC' }); // Q1 has a thematic meeting; Q2 has none
      await insertMeeting(t, cal, { heldOn: '2025-07-03' });
      await insertMeeting(t, cal, { heldOn: '2025-08-15', kind: 'THEMATIC' });
    });

    const calendar = async (asOf: string) => {
      const res = await t.http.get('/api/v1/cell-meetings/calendar').query({ organisationId: cal.id, year: 2025, asOf }).set(auth(officeB));
      expect(res.status).toBe(200);
      const months = Object.fromEntries(res.body.months.map((m: { month: string }) => [m.month, m]));
      const quarters = res.body.quarters.map((q: { state: string }) => q.state);
      return { months, quarters };
    };

    it('marks a meeting on the 7th on time, on the 10th late, on the 11th missed (with its date), and a month without one missed', async () => {
      const { months } = await calendar('2026-01-01');
      expect(months['2025-01']).toMatchObject({ state: 'ON_TIME', heldOn: '2025-01-07', dueBy: '2025-01-10' });
      expect(months['2025-02']).toMatchObject({ state: 'LATE', heldOn: '2025-02-10' });
      expect(months['2025-03']).toMatchObject({ state: 'MISSED', heldOn: '2025-03-11' });
      expect(months['2025-04']).toMatchObject({ state: 'MISSED', heldOn: null, meetingId: null });
      expect(months['2025-07']).toMatchObject({ state: 'ON_TIME' });
    });

    it('keeps a month pending until the 10th has passed, and later months upcoming', async () => {
      const onThe10th = await calendar('2025-05-10');
      expect(onThe10th.months['2025-05'].state).toBe('PENDING');
      expect(onThe10th.months['2025-06'].state).toBe('UPCOMING');
      const onThe11th = await calendar('2025-05-11');
      expect(onThe11th.months['2025-05'].state).toBe('MISSED');
      // As it stood before the March meeting was held: March was already missed on the 11th (the meeting was not counted yet).
      const march = await calendar('2025-03-10');
      expect(march.months['2025-03']).toMatchObject({ state: 'PENDING', heldOn: null });
    });

    it('flags a quarter that ended without a thematic meeting, not one with it', async () => {
      expect((await calendar('2026-01-01')).quarters).toEqual(['OK', 'FLAGGED', 'OK', 'FLAGGED']);
      // On 31 December the fourth quarter is still running.
      expect((await calendar('2025-12-31')).quarters[3]).toBe('PENDING');
      expect((await calendar('2025-05-11')).quarters).toEqual(['OK', 'PENDING', 'UPCOMING', 'UPCOMING']);
      expect((await calendar('2025-06-30')).quarters[1]).toBe('PENDING');
      expect((await calendar('2025-07-01')).quarters[1]).toBe('FLAGGED');
    });

    it('gives the same states by GraphQL and refuses other subtrees and future dates', async () => {
      const res = await t.gql(officeB, `query($id: ID!) { cellMeetingCalendar(organisationId: $id, year: 2025, asOf: "2025-12-31") { months { month state } quarters { quarter state } } }`, { id: cal.id });
      expect(res.errors).toBeUndefined();
      expect(res.data.cellMeetingCalendar.months.slice(0, 4).map((m: { state: string }) => m.state)).toEqual(['ON_TIME', 'LATE', 'MISSED', 'MISSED']);
      expect((await t.http.get('/api/v1/cell-meetings/calendar').query({ organisationId: cal.id, year: 2025 }).set(auth(officeA))).status).toBe(403);
      expect((await t.http.get('/api/v1/cell-meetings/calendar').query({ organisationId: cal.id, year: 2025, asOf: '2099-01-01' }).set(auth(officeB))).status).toBe(422);
      expect((await t.http.get('/api/v1/cell-meetings/calendar').query({ organisationId: cal.id, year: 2025 }).set(auth(memberToken))).status).toBe(403);
    });

    it('sums the subtree per cell in the summary, with totals and the cells with issues', async () => {
      const res = await t.http.get('/api/v1/cell-meetings/summary').query({ withinId: b.id, year: 2025, asOf: '2026-01-01' }).set(auth(officeB));
      expect(res.status).toBe(200);
      const row = res.body.nodes.find((n: { organisationId: string }) => n.organisationId === cal.id);
      expect(row).toMatchObject({ onTimeMonths: 2, lateMonths: 1, missedMonths: 9, pendingMonths: 0, quartersWithThematic: 2, quartersWithoutThematic: 2 });
      const other = res.body.nodes.find((n: { organisationId: string }) => n.organisationId === cellB.id);
      expect(other).toMatchObject({ onTimeMonths: 0, missedMonths: 12, quartersWithoutThematic: 4 });
      expect(res.body.totals).toMatchObject({ cells: 2, cellsWithIssues: 2, onTimeMonths: 2, lateMonths: 1, missedMonths: 21, quartersWithoutThematic: 6 });
      const page = await t.gql(officeB, `query($id: ID) { cellMeetingSummary(withinId: $id, year: 2025, asOf: "2026-01-01", first: 1) { nodes { name } pageInfo { hasNextPage endCursor } totals { cells } } }`, { id: b.id });
      expect(page.data.cellMeetingSummary.nodes).toHaveLength(1);
      expect(page.data.cellMeetingSummary.pageInfo.hasNextPage).toBe(true);
      const next = await t.gql(officeB, `query($id: ID, $after: String) { cellMeetingSummary(withinId: $id, year: 2025, asOf: "2026-01-01", first: 1, after: $after) { nodes { name } pageInfo { hasNextPage } totals { cells } } }`, { id: b.id, after: page.data.cellMeetingSummary.pageInfo.endCursor });
      expect(next.data.cellMeetingSummary.nodes).toHaveLength(1);
      expect(next.data.cellMeetingSummary.totals.cells).toBe(2);
      expect((await t.http.get('/api/v1/cell-meetings/summary').query({ withinId: b.id, year: 2025 }).set(auth(officeA))).status).toBe(403);
    });

    it('does not count months and quarters before the cell existed (a quarter counts when the cell existed on its last day)', async () => {
      const young = await t.org(b, K.CELL, 'Chi bộ mới');
      await t.query(`UPDATE organisations SET active_from = '2025-06-15' WHERE id = $1`, [young.id]);
      const res = await t.http.get('/api/v1/cell-meetings/calendar').query({ organisationId: young.id, year: 2025, asOf: '2026-01-01' }).set(auth(admin));
      const states = res.body.months.map((m: { state: string }) => m.state);
      expect(states.slice(0, 6)).toEqual(Array(6).fill('NOT_APPLICABLE'));
      expect(states[6]).toBe('MISSED');
      expect(res.body.quarters.map((q: { state: string }) => q.state)).toEqual(['NOT_APPLICABLE', 'FLAGGED', 'FLAGGED', 'FLAGGED']);
    });
  });

  describe('six-monthly checks', () => {
    const check = (over: Record<string, unknown> = {}) => ({
      organisationId: cellA1.id,
      checkingOrganisationId: a.id,
      year: 2025,
      half: 1,
      checkedOn: '2025-06-20',
      findings: 'Chi bộ duy trì nền nếp sinh hoạt; biên bản đầy đủ.',
      conclusion: 'Đạt yêu cầu.',
      ...over,
    });

    it('records a check by an upper committee, once per cell and half', async () => {
      const res = await t.http.post('/api/v1/cell-checks').set(auth(officeA)).send(check());
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ organisationId: cellA1.id, checkingOrganisationId: a.id, year: 2025, half: 1 });
      const dup = await t.http.post('/api/v1/cell-checks').set(auth(officeA)).send(check({ checkedOn: '2025-06-25' }));
      expect(dup.status).toBe(409);
      const root = await t.http.post('/api/v1/cell-checks').set(auth(admin)).send(check({ checkingOrganisationId: (await t.root()).id, half: 2, checkedOn: '2025-12-10' }));
      expect(root.status).toBe(201);
    });

    it('refuses a checking organisation that is not an ancestor of the cell', async () => {
      const sibling = await t.http.post('/api/v1/cell-checks').set(auth(officeA)).send(check({ organisationId: cellA2.id, checkingOrganisationId: cellA1.id }));
      expect(sibling.status).toBe(422);
      expect(fields(sibling.body)).toEqual(['checkingOrganisationId']);
      const itself = await t.http.post('/api/v1/cell-checks').set(auth(officeA)).send(check({ organisationId: cellA2.id, checkingOrganisationId: cellA2.id }));
      expect(itself.status).toBe(422);
      const otherTree = await t.http.post('/api/v1/cell-checks').set(auth(admin)).send(check({ organisationId: cellA2.id, checkingOrganisationId: b.id }));
      expect(otherTree.status).toBe(422);
      const early = await t.http.post('/api/v1/cell-checks').set(auth(officeA)).send(check({ organisationId: cellA2.id, half: 2, checkedOn: '2025-06-30' }));
      expect(early.status).toBe(422);
      expect(fields(early.body)).toEqual(['checkedOn']);
    });

    it('refuses other subtrees, cell secretaries, members and anonymous callers', async () => {
      expect((await t.http.post('/api/v1/cell-checks').set(auth(officeB)).send(check({ organisationId: cellA2.id }))).status).toBe(403);
      expect((await t.http.post('/api/v1/cell-checks').set(auth(secA1)).send(check({ organisationId: cellA2.id }))).status).toBe(403);
      expect((await t.http.post('/api/v1/cell-checks').set(auth(memberToken)).send(check({ organisationId: cellA2.id }))).status).toBe(403);
      expect((await t.http.post('/api/v1/cell-checks').send(check({ organisationId: cellA2.id }))).status).toBe(401);
    });

    it('lists the cells not checked in a half', async () => {
      const res = await t.http.get('/api/v1/cell-checks/unchecked').query({ withinId: a.id, year: 2025, half: 1 }).set(auth(officeA));
      expect(res.status).toBe(200);
      const ids = res.body.nodes.map((n: { organisationId: string }) => n.organisationId);
      expect(ids).toEqual(expect.arrayContaining([cellA2.id, grassrootsCell.id]));
      expect(ids).not.toContain(cellA1.id);
      expect(ids).not.toContain(a.id);
      const list = await t.gql(officeA, `{ cellChecks(year: 2025) { nodes { organisationId half } } }`);
      expect(list.data.cellChecks.nodes).toHaveLength(2);
      const otherView = await t.gql(officeB, `{ cellChecks(year: 2025) { nodes { organisationId } } }`);
      expect(otherView.data.cellChecks.nodes).toHaveLength(0);
      expect((await t.http.get('/api/v1/cell-checks/unchecked').query({ withinId: a.id, year: 2025, half: 1 }).set(auth(officeB))).status).toBe(403);
    });
  });

  describe("a member's own meetings and attendance", () => {
    const mine = (token: string, year: number) => t.http.get('/api/v1/cell-meetings/mine').query({ year }).set(auth(token));

    it('shows a member the meetings of their cell in the year with their own attendance', async () => {
      const res = await mine(memberToken, 2025);
      expect(res.status).toBe(200);
      expect(res.body).toEqual([
        expect.objectContaining({ organisationId: cellA1.id, organisationName: 'Chi bộ Văn phòng', kind: 'REGULAR', heldOn: '2025-09-04', forMonth: '2025-09', status: 'EXCUSED', reason: 'Đi công tác' }),
      ]);
      const gql = await t.gql(memberToken, `{ myCellMeetings(year: 2026) { heldOn kind status conclusion } }`);
      expect(gql.errors).toBeUndefined();
      expect(gql.data.myCellMeetings).toEqual([
        { heldOn: '2026-03-20', kind: 'THEMATIC', status: null, conclusion: expect.any(String) },
        { heldOn: '2026-03-05', kind: 'REGULAR', status: null, conclusion: expect.any(String) },
      ]);
    });

    it('follows the membership on each meeting date: a leaver keeps the old cell’s meeting, a newcomer does not get it', async () => {
      const [leaver] = await t.query<{ id: string }>(`SELECT id FROM members WHERE full_name = 'Phạm Thị Dung'`);
      const [newcomer] = await t.query<{ id: string }>(`SELECT id FROM members WHERE full_name = 'Lê Văn Cường'`);
      const leaverRes = await mine(await t.tokenFor([[Role.MEMBER, cellA2]], leaver.id), 2025);
      expect(leaverRes.body.map((m: { organisationId: string; status: string }) => [m.organisationId, m.status])).toEqual([[cellA1.id, 'UNEXCUSED']]);
      const newcomerRes = await mine(await t.tokenFor([[Role.MEMBER, cellA1]], newcomer.id), 2025);
      expect(newcomerRes.body.map((m: { organisationId: string; heldOn: string }) => [m.organisationId, m.heldOn])).toEqual([[cellA2.id, '2025-09-05']]);
    });

    it('gives staff without a member record nothing, refuses anonymous callers and bad years', async () => {
      expect((await mine(officeA, 2025)).body).toEqual([]);
      expect((await t.http.get('/api/v1/cell-meetings/mine').query({ year: 2025 })).status).toBe(401);
      const bad = await t.http.get('/api/v1/cell-meetings/mine').query({ year: 'x' }).set(auth(memberToken));
      expect(bad.status).toBe(400);
      expect(fields(bad.body)).toEqual(['year']);
    });
  });
});
