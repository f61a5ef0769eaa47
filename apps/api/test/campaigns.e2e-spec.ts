import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { at, day, insertEssay, insertExemption, insertOffice, insertStudySession, transfer } from './support/campaigns-fixtures';
import { insertCampaign, insertResolution, TestCampaign } from './support/study-fixtures';
import { TestApp, TestMember, TestOrg } from './support/test-app';

describe('campaigns: rules, cascade, exemptions, progress, refusals', () => {
  let t: TestApp;
  let root: TestOrg;
  let ug: TestOrg; // upper-grassroots A
  let gr: TestOrg; // grassroots under A
  let cell1: TestOrg;
  let cell2: TestOrg;
  let gr2: TestOrg; // second grassroots under A
  let cell3: TestOrg;
  let ugB: TestOrg; // upper-grassroots B
  let cellB: TestOrg;
  let propaganda: string; // bloc propaganda board
  let officeA: string;
  let officeB: string;
  let memberToken: string;
  let resolutionId: string;

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const fields = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field).sort();

  beforeAll(async () => {
    t = await TestApp.start();
    root = await t.root();
    ug = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Công Thương', 'DUK.BCT');
    gr = await t.org(ug, K.GRASSROOTS, 'Đảng bộ Vụ Kế hoạch', 'DUK.BCT.KH');
    cell1 = await t.org(gr, K.CELL, 'Chi bộ 1', 'DUK.BCT.KH.1');
    cell2 = await t.org(gr, K.CELL, 'Chi bộ 2', 'DUK.BCT.KH.2');
    gr2 = await t.org(ug, K.GRASSROOTS, 'Đảng bộ Vụ Pháp chế', 'DUK.BCT.PC');
    cell3 = await t.org(gr2, K.CELL, 'Chi bộ 3', 'DUK.BCT.PC.3');
    ugB = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Tư pháp', 'DUK.BTP');
    cellB = await t.org(ugB, K.CELL, 'Chi bộ B', 'DUK.BTP.B');
    propaganda = await t.tokenFor([[Role.PROPAGANDA_BOARD, root]]);
    officeA = await t.tokenFor([[Role.COMMITTEE_OFFICE, ug]]);
    officeB = await t.tokenFor([[Role.COMMITTEE_OFFICE, ugB]]);
    const someone = await t.member(cellB);
    memberToken = await t.tokenFor([[Role.MEMBER, cellB]], someone.id);
    resolutionId = (await insertResolution(t, { code: '26-NQ/TW' })).id;
  });
  afterAll(() => t.close());

  const input = (over: Record<string, unknown> = {}) => ({
    code: `HT-${Math.floor(Math.random() * 1e9)}`,
    title: 'Học tập, quán triệt Nghị quyết Hội nghị Trung ương 7 khóa XII',
    issuerOrganisationId: root.id,
    startsOn: day(-1),
    reportDueOn: day(90),
    formats: ['IN_PERSON', 'ONLINE'],
    expectedDurationMinutes: 480,
    discussionMinutes: 240,
    essayPolicy: 'KEY_LEADERS_ONLY',
    essayDueOn: day(60),
    programmeRequired: true,
    programmeDueOn: day(60),
    programmeLevels: ['UPPER_GRASSROOTS', 'GRASSROOTS'],
    personalPlansRequired: true,
    personalPlansDueOn: day(75),
    levels: [
      { level: 'BLOC', audience: 'KEY_LEADERS', includeSubordinateCommittees: true, deadline: day(20) },
      { level: 'UPPER_GRASSROOTS', audience: 'KEY_LEADERS', deadline: day(30) },
      { level: 'GRASSROOTS', deadline: day(45) },
      { level: 'CELL', deadline: day(45) },
    ],
    resolutionIds: [resolutionId],
    ...over,
  });

  describe('lifecycle and validation', () => {
    it('creates a draft, changes it, issues it (reminders scheduled) and closes it; no change once issued', async () => {
      const created = await t.http.post('/api/v1/campaigns').set(auth(propaganda)).send(input({ code: 'HT-TW7-XII-TEST' }));
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        code: 'HT-TW7-XII-TEST', status: 'DRAFT', issuedOn: null, essayPolicy: 'KEY_LEADERS_ONLY', issuerOrganisationId: root.id,
        resolutions: [expect.objectContaining({ id: resolutionId, code: '26-NQ/TW' })],
      });
      expect(created.body.levels.map((l: { level: string }) => l.level)).toEqual(['BLOC', 'UPPER_GRASSROOTS', 'GRASSROOTS', 'CELL']);
      expect(created.body.levels[0]).toMatchObject({ audience: 'KEY_LEADERS', includeSubordinateCommittees: true, deadline: day(20) });
      const id = created.body.id;

      const changed = await t.http.patch(`/api/v1/campaigns/${id}`).set(auth(propaganda))
        .send({ essayPolicy: 'NONE', programmeRequired: false, levels: [{ level: 'CELL', deadline: day(10) }] });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ essayPolicy: 'NONE', essayDueOn: null, programmeRequired: false, programmeDueOn: null, programmeLevels: [] });
      expect(changed.body.levels).toEqual([expect.objectContaining({ level: 'CELL', audience: 'ALL_MEMBERS', deadline: day(10) })]);

      const issued = await t.gql(propaganda, `mutation($id: ID!) { issueCampaign(id: $id) { status issuedOn } }`, { id });
      expect(issued.data?.issueCampaign).toEqual({ status: 'ISSUED', issuedOn: day(0) });
      const jobs = await t.redis.keys(`${t.config.QUEUE_PREFIX}:*`);
      expect(jobs.some((k) => k.includes(id))).toBe(true);

      const late = await t.http.patch(`/api/v1/campaigns/${id}`).set(auth(propaganda)).send({ title: 'Sửa sau khi ban hành' });
      expect(late.status).toBe(409);
      expect(fields(late.body)).toEqual(['status']);
      const again = await t.http.post(`/api/v1/campaigns/${id}/issue`).set(auth(propaganda));
      expect(again.status).toBe(409);
      const closed = await t.http.post(`/api/v1/campaigns/${id}/close`).set(auth(propaganda));
      expect(closed.status).toBe(200);
      expect(closed.body.status).toBe('CLOSED');
      const [audit] = await t.query<{ n: string }>(`SELECT count(*) AS n FROM audit_log WHERE entity_id = $1`, [id]);
      expect(Number(audit.n)).toBe(4);
    });

    it('names every incoherent field (422) and every malformed one (400); a duplicate code is 409', async () => {
      const incoherent = await t.http.post('/api/v1/campaigns').set(auth(propaganda)).send(input({
        reportDueOn: day(30),
        discussionMinutes: 600,
        essayPolicy: 'ALL_ATTENDEES',
        essayDueOn: null,
        programmeLevels: [],
        personalPlansRequired: false,
        levels: [{ level: 'CELL', deadline: day(40) }, { level: 'CELL', deadline: day(10) }, { level: 'GRASSROOTS', deadline: day(-5) }],
      }));
      expect(incoherent.status).toBe(422);
      expect(fields(incoherent.body)).toEqual(
        ['discussionMinutes', 'essayDueOn', 'levels.0.deadline', 'levels.1.level', 'levels.2.deadline', 'personalPlansDueOn',
          'programmeDueOn', 'programmeLevels'].sort(),
      );
      const noEssays = await t.http.post('/api/v1/campaigns').set(auth(propaganda)).send(input({ essayPolicy: 'NONE', essayDueOn: day(10) }));
      expect(noEssays.status).toBe(422);
      expect(fields(noEssays.body)).toEqual(['essayDueOn']);
      const aboveIssuer = await t.http.post('/api/v1/campaigns').set(auth(officeA))
        .send(input({ issuerOrganisationId: ug.id, programmeLevels: ['GRASSROOTS'] }));
      expect(aboveIssuer.status).toBe(422);
      expect(fields(aboveIssuer.body)).toEqual(['levels.0.level']);
      const malformed = await t.http.post('/api/v1/campaigns').set(auth(propaganda)).send(input({
        formats: ['FAX'], startsOn: '2026-02-30', expectedDurationMinutes: 5, essayPolicy: 'SOME', resolutionIds: [],
        levels: [{ level: 'PROVINCE', deadline: 'soon' }],
      }));
      expect(malformed.status).toBe(400);
      expect(fields(malformed.body)).toEqual(
        ['essayPolicy', 'expectedDurationMinutes', 'formats', 'levels.0.deadline', 'levels.0.level', 'resolutionIds', 'startsOn'].sort(),
      );
      const unknown = await t.http.post('/api/v1/campaigns').set(auth(propaganda))
        .send(input({ resolutionIds: ['00000000-0000-4000-8000-000000000000'] }));
      expect(unknown.status).toBe(422);
      expect(fields(unknown.body)).toEqual(['resolutionIds']);
      await t.http.post('/api/v1/campaigns').set(auth(propaganda)).send(input({ code: 'HT-DUP' })).expect(201);
      const dup = await t.http.post('/api/v1/campaigns').set(auth(propaganda)).send(input({ code: 'HT-DUP' }));
      expect(dup.status).toBe(409);
      expect(fields(dup.body)).toEqual(['code']);
      const gql = await t.gql(propaganda, `mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`, {
        i: input({ reportDueOn: day(-5) }),
      });
      expect(gql.errors?.[0].extensions.code).toBe('UNPROCESSABLE');
      expect(gql.errors?.[0].extensions.fields?.map((f) => f.field)).toContain('reportDueOn');
    });
  });

  describe('refusals across subtrees', () => {
    let campaignB: TestCampaign;
    let rootDraft: TestCampaign;
    let rootIssued: TestCampaign;

    beforeAll(async () => {
      campaignB = await insertCampaign(t, { issuer: ugB, status: 'DRAFT', resolutionIds: [resolutionId] });
      rootDraft = await insertCampaign(t, { issuer: root, status: 'DRAFT', resolutionIds: [resolutionId] });
      rootIssued = await insertCampaign(t, { issuer: root, status: 'ISSUED', resolutionIds: [resolutionId] });
    });

    it("the office of A neither reads nor issues B's campaigns, nor sees the root's drafts, but reads what the root issued", async () => {
      expect((await t.http.get(`/api/v1/campaigns/${campaignB.id}`).set(auth(officeA))).status).toBe(403);
      expect((await t.http.post(`/api/v1/campaigns/${campaignB.id}/issue`).set(auth(officeA))).status).toBe(403);
      expect((await t.http.patch(`/api/v1/campaigns/${campaignB.id}`).set(auth(officeA)).send({ title: 'x' })).status).toBe(403);
      expect((await t.http.get(`/api/v1/campaigns/${campaignB.id}/progress?organisationId=${ug.id}`).set(auth(officeA))).status).toBe(403);
      expect((await t.http.get(`/api/v1/campaigns/${campaignB.id}/progress?organisationId=${ugB.id}`).set(auth(officeA))).status).toBe(403);
      expect((await t.http.get(`/api/v1/campaigns/${rootDraft.id}`).set(auth(officeA))).status).toBe(403);
      expect((await t.http.get(`/api/v1/campaigns/${rootIssued.id}`).set(auth(officeA))).status).toBe(200);
      expect((await t.http.post(`/api/v1/campaigns/${rootIssued.id}/close`).set(auth(officeA))).status).toBe(403);
      const list = await t.http.get('/api/v1/campaigns?first=100').set(auth(officeA));
      const ids = list.body.nodes.map((c: { id: string }) => c.id);
      expect(ids).toContain(rootIssued.id);
      expect(ids).not.toContain(campaignB.id);
      expect(ids).not.toContain(rootDraft.id);
      const create = await t.http.post('/api/v1/campaigns').set(auth(officeA)).send(input({ issuerOrganisationId: ugB.id }));
      expect(create.status).toBe(403);
      const gql = await t.gql(officeA, `query($id: ID!) { campaign(id: $id) { id } }`, { id: campaignB.id });
      expect(gql.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it("the office of B reads the root campaign's progress for B only: not A's figures, members or obligations (REST and GraphQL)", async () => {
      const own = await t.http.get(`/api/v1/campaigns/${rootIssued.id}/progress?organisationId=${ugB.id}`).set(auth(officeB));
      expect(own.status).toBe(200);
      expect(own.body.children.map((c: { code: string }) => c.code)).toEqual(['DUK.BTP.B']);
      for (const org of [ug, gr, cell1, root]) {
        expect((await t.http.get(`/api/v1/campaigns/${rootIssued.id}/progress?organisationId=${org.id}`).set(auth(officeB))).status).toBe(403);
      }
      expect((await t.http.get(`/api/v1/campaigns/${rootIssued.id}/required-members?organisationId=${gr.id}`).set(auth(officeB))).status).toBe(403);
      expect((await t.http.get(`/api/v1/organisations/${ug.id}/campaign-obligations`).set(auth(officeB))).status).toBe(403);
      const gql = await t.gql(officeB, `query($c: ID!, $o: ID!) {
        p: campaignProgress(campaignId: $c, organisationId: $o) { campaignId } }`, { c: rootIssued.id, o: ug.id });
      expect(gql.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(gql.data).toBeNull();
      const members = await t.gql(officeB, `query($c: ID!, $o: ID!) { campaignRequiredMembers(campaignId: $c, organisationId: $o) { nodes { fullName } } }`,
        { c: rootIssued.id, o: cell1.id });
      expect(members.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const obligations = await t.gql(officeB, `query($o: ID!) { campaignObligations(organisationId: $o) { campaignId } }`, { o: ug.id });
      expect(obligations.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('refuses a speaker the staff views and writes of campaigns and exemptions', async () => {
      const speaker = await t.tokenFor([[Role.SPEAKER, root]]);
      expect((await t.http.get('/api/v1/campaigns').set(auth(speaker))).status).toBe(403);
      expect((await t.http.get(`/api/v1/campaigns/${rootIssued.id}/progress?organisationId=${root.id}`).set(auth(speaker))).status).toBe(403);
      expect((await t.http.post(`/api/v1/campaigns/${rootDraft.id}/issue`).set(auth(speaker))).status).toBe(403);
      expect((await t.http.get('/api/v1/exemptions').set(auth(speaker))).status).toBe(403);
      const gql = await t.gql(speaker, `query($c: ID!, $o: ID!) { campaignProgress(campaignId: $c, organisationId: $o) { campaignId } }`, { c: rootIssued.id, o: root.id });
      expect(gql.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const issue = await t.gql(memberToken, `mutation($id: ID!) { issueCampaign(id: $id) { status } }`, { id: rootDraft.id });
      expect(issue.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await t.query<{ status: string }>(`SELECT status FROM campaigns WHERE id = $1`, [rootDraft.id]))[0].status).toBe('DRAFT');
    });

    it('refuses a member (403) and an anonymous caller (401)', async () => {
      expect((await t.http.post('/api/v1/campaigns').set(auth(memberToken)).send(input())).status).toBe(403);
      expect((await t.http.get('/api/v1/campaigns').set(auth(memberToken))).status).toBe(403);
      expect((await t.http.get('/api/v1/campaigns')).status).toBe(401);
      expect((await t.http.get(`/api/v1/campaigns/${rootIssued.id}/progress?organisationId=${root.id}`)).status).toBe(401);
      expect((await t.http.get('/api/v1/exemptions')).status).toBe(401);
    });
  });

  describe('who is required (audience and exemption rules)', () => {
    let all: TestCampaign;
    let leaders: TestCampaign;
    const m: Record<string, TestMember> = {};
    let cellX: TestOrg;

    beforeAll(async () => {
      cellX = await t.org(ugB, K.CELL, 'Chi bộ Quy tắc', 'DUK.BTP.QT');
      m.plain = await t.member(cellX, { fullName: 'A Bình Thường' });
      m.retired = await t.member(cellX, { fullName: 'B Nghỉ Hưu', flags: { isRetired: true } });
      m.unfit = await t.member(cellX, { fullName: 'C Yếu Sức', flags: { isUnfitForWork: true } });
      m.inactive = await t.member(cellX, { fullName: 'D Miễn Sinh Hoạt', flags: { isExemptFromActivities: true } });
      m.recorded = await t.member(cellX, { fullName: 'E Có Quyết Định' });
      m.ended = await t.member(cellX, { fullName: 'F Hết Miễn' });
      m.leader = await t.member(cellX, { fullName: 'G Lãnh Đạo', flags: { isKeyLeader: true } });
      m.head = await t.member(cellX, { fullName: 'H Thủ Trưởng', flags: { isHeadOfUnit: true } });
      m.office = await t.member(cellX, { fullName: 'I Cấp Ủy' });
      await insertOffice(t, cellX, m.office);
      await insertExemption(t, m.recorded, { reason: 'OTHER', basis: 'Quyết định 12-QĐ/ĐU: điều trị dài ngày', validFrom: day(-30) });
      await insertExemption(t, m.ended, { reason: 'UNFIT_FOR_WORK', basis: 'Giấy ra viện', validFrom: day(-300), validTo: day(-100) });
      const levels = [{ level: K.UPPER_GRASSROOTS, deadline: day(30) }, { level: K.CELL, deadline: day(30) }];
      all = await insertCampaign(t, { issuer: ugB, essayPolicy: 'ALL_ATTENDEES', startsOn: day(-10), essayDueOn: day(40), reportDueOn: day(60), levels });
      leaders = await insertCampaign(t, { issuer: ugB, essayPolicy: 'KEY_LEADERS_ONLY', startsOn: day(-10), essayDueOn: day(40), reportDueOn: day(60), levels });
    });

    const required = async (campaign: TestCampaign, token = officeB, extra = '') => {
      const res = await t.gql(token, `query($c: ID!, $o: ID!) { campaignRequiredMembers(campaignId: $c, organisationId: $o, first: 100${extra}) {
        nodes { fullName studyRequired essayRequired exemptionReason exemptionBasis } } }`, { c: campaign.id, o: cellX.id });
      expect(res.errors).toBeUndefined();
      return Object.fromEntries(res.data.campaignRequiredMembers.nodes.map((n: { fullName: string }) => [n.fullName[0], n]));
    };

    it('ALL_ATTENDEES: retired and unfit study but need not write; exempt from activities do neither; a recorded exemption shows its reason and basis', async () => {
      const r = await required(all);
      expect(r.A).toMatchObject({ studyRequired: true, essayRequired: true, exemptionReason: null });
      expect(r.B).toMatchObject({ studyRequired: true, essayRequired: false, exemptionReason: 'RETIRED', exemptionBasis: 'Hồ sơ đảng viên' });
      expect(r.C).toMatchObject({ studyRequired: true, essayRequired: false, exemptionReason: 'UNFIT_FOR_WORK' });
      expect(r.D).toMatchObject({ studyRequired: false, essayRequired: false, exemptionReason: 'EXEMPT_FROM_ACTIVITIES' });
      expect(r.E).toMatchObject({ studyRequired: true, essayRequired: false, exemptionReason: 'OTHER', exemptionBasis: 'Quyết định 12-QĐ/ĐU: điều trị dài ngày' });
      expect(r.F).toMatchObject({ studyRequired: true, essayRequired: true, exemptionReason: null });
      const exemptOnly = await required(all, officeB, ', exempt: true');
      expect(Object.keys(exemptOnly).sort()).toEqual(['B', 'C', 'D', 'E']);
    });

    it('KEY_LEADERS_ONLY: only key leaders, heads and committee office holders write', async () => {
      const r = await required(leaders);
      const writers = Object.entries(r).filter(([, v]) => (v as { essayRequired: boolean }).essayRequired).map(([k]) => k).sort();
      expect(writers).toEqual(['G', 'H', 'I']);
      expect(r.A).toMatchObject({ studyRequired: true, exemptionReason: 'NOT_KEY_LEADER' });
      // "exempt" means a real exemption (retired, unfit, inactive, recorded), not "not a key leader".
      expect(Object.keys(await required(leaders, officeB, ', exempt: true')).sort()).toEqual(['B', 'C', 'D', 'E']);
    });

    it('records and ends exemptions through the API (approver = caller), scoped by the member organisation', async () => {
      const created = await t.http.post('/api/v1/exemptions').set(auth(officeB)).send({
        memberId: m.plain.id, reason: 'RETIRED', basis: 'Quyết định nghỉ hưu số 88/QĐ-BTP', validFrom: day(-2),
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ reason: 'RETIRED', validTo: null, approvedBy: expect.any(String), organisationId: cellX.id });
      expect((await required(all)).A).toMatchObject({ essayRequired: false, exemptionReason: 'RETIRED', exemptionBasis: 'Quyết định nghỉ hưu số 88/QĐ-BTP' });
      const overlap = await t.http.post('/api/v1/exemptions').set(auth(officeB)).send({
        memberId: m.plain.id, reason: 'RETIRED', basis: 'Trùng', validFrom: day(-1),
      });
      expect(overlap.status).toBe(409);
      const badEnd = await t.http.post(`/api/v1/exemptions/${created.body.id}/end`).set(auth(officeB)).send({ validTo: day(-10) });
      expect(badEnd.status).toBe(422);
      expect(fields(badEnd.body)).toEqual(['validTo']);
      const ended = await t.http.post(`/api/v1/exemptions/${created.body.id}/end`).set(auth(officeB)).send({ validTo: day(-1) });
      expect(ended.status).toBe(200);
      expect((await required(all)).A).toMatchObject({ essayRequired: true, exemptionReason: null });
      const bad = await t.http.post('/api/v1/exemptions').set(auth(officeB)).send({ memberId: m.plain.id, reason: 'LAZY', basis: '', validFrom: 'x' });
      expect(bad.status).toBe(400);
      expect(fields(bad.body)).toEqual(['basis', 'reason', 'validFrom']);
      // Office A may neither exempt B's member nor see B's exemptions.
      const foreign = await t.http.post('/api/v1/exemptions').set(auth(officeA)).send({
        memberId: m.plain.id, reason: 'OTHER', basis: 'Không có quyền', validFrom: day(0),
      });
      expect(foreign.status).toBe(403);
      const listA = await t.http.get('/api/v1/exemptions').set(auth(officeA));
      expect(listA.status).toBe(200);
      expect(listA.body.nodes).toEqual([]);
      const listB = await t.http.get(`/api/v1/exemptions?organisationId=${cellX.id}&activeOn=${day(0)}`).set(auth(officeB));
      expect(listB.body.nodes.map((e: { memberName: string }) => e.memberName)).toEqual(['E Có Quyết Định']);
      expect((await t.http.get(`/api/v1/campaigns/${all.id}/required-members?organisationId=${cellX.id}`).set(auth(officeA))).status).toBe(403);
    });

    it('GraphQL: records an exemption with basis, dates and the caller as approver, lists it and ends it; office A may not', async () => {
      const k = await t.member(cellX, { fullName: 'K Miễn Qua GraphQL' });
      const approver = await t.user([[Role.COMMITTEE_OFFICE, ugB]]);
      const token = await t.login(approver);
      const created = await t.gql(token, `mutation($i: CreateExemptionInput!) {
        createMemberExemption(input: $i) { id memberId reason basis validFrom validTo approvedBy } }`, {
        i: { memberId: k.id, reason: 'UNFIT_FOR_WORK', basis: 'Giấy xác nhận của Bệnh viện Bạch Mai', validFrom: day(-5), validTo: day(30) },
      });
      expect(created.errors).toBeUndefined();
      const [{ display_name }] = await t.query<{ display_name: string }>(`SELECT display_name FROM users WHERE id = $1`, [approver.id]);
      expect(created.data.createMemberExemption).toMatchObject({
        memberId: k.id, reason: 'UNFIT_FOR_WORK', basis: 'Giấy xác nhận của Bệnh viện Bạch Mai', validFrom: day(-5), validTo: day(30), approvedBy: display_name,
      });
      const id = created.data.createMemberExemption.id;
      expect((await required(all)).K).toMatchObject({ essayRequired: false, exemptionReason: 'UNFIT_FOR_WORK', exemptionBasis: 'Giấy xác nhận của Bệnh viện Bạch Mai' });
      const listed = await t.gql(officeB, `query($m: ID) { memberExemptions(memberId: $m) { nodes { id approvedBy } } }`, { m: k.id });
      expect(listed.data.memberExemptions.nodes).toEqual([{ id, approvedBy: display_name }]);

      const foreign = await t.gql(officeA, `mutation($id: ID!) { endMemberExemption(id: $id, input: { validTo: "${day(-1)}" }) { id } }`, { id });
      expect(foreign.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const notListed = await t.gql(officeA, `query($m: ID) { memberExemptions(memberId: $m) { nodes { id } } }`, { m: k.id });
      expect(notListed.data.memberExemptions.nodes).toEqual([]);
      const ended = await t.gql(token, `mutation($id: ID!) { endMemberExemption(id: $id, input: { validTo: "${day(-1)}" }) { validTo } }`, { id });
      expect(ended.data.endMemberExemption).toEqual({ validTo: day(-1) });
      expect((await required(all)).K).toMatchObject({ essayRequired: true, exemptionReason: null });
    });
  });

  describe('progress and per-level deadline states', () => {
    let c: TestCampaign;
    let ug2: TestOrg;
    let ug2cell: TestOrg;
    const m: Record<string, TestMember> = {};

    beforeAll(async () => {
      ug2 = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Y tế', 'DUK.BYT');
      ug2cell = await t.org(ug2, K.CELL, 'Chi bộ Y tế', 'DUK.BYT.1');
      m.leader = await t.member(cell1, { fullName: 'Lê Lãnh Đạo', flags: { isKeyLeader: true } });
      m.retired = await t.member(cell1, { fullName: 'Trần Hưu Trí', flags: { isRetired: true } });
      m.inactive = await t.member(cell1, { fullName: 'Phạm Miễn', flags: { isExemptFromActivities: true } });
      m.head = await t.member(cell2, { fullName: 'Ngô Thủ Trưởng', flags: { isHeadOfUnit: true } });
      m.mover = await t.member(cell3, { fullName: 'Đỗ Chuyển Đi' });
      m.stayer = await t.member(cell3, { fullName: 'Vũ Ở Lại' });
      m.early = await t.member(ug2cell, { fullName: 'Hồ Sớm' });
      m.late = await t.member(ug2cell, { fullName: 'Hà Muộn' });
      // Issued by the root, live: upper-grassroots deadline 10 days ago, grassroots and cells 20 days ahead.
      c = await insertCampaign(t, {
        issuer: root, startsOn: day(-40), reportDueOn: day(60), essayPolicy: 'KEY_LEADERS_ONLY', essayDueOn: day(30),
        programmeRequired: true, programmeDueOn: day(25), programmeLevels: [K.UPPER_GRASSROOTS, K.GRASSROOTS],
        personalPlansRequired: true, personalPlansDueOn: day(35),
        levels: [
          { level: K.BLOC, audience: 'KEY_LEADERS', deadline: day(-10) },
          { level: K.UPPER_GRASSROOTS, audience: 'KEY_LEADERS', deadline: day(-10) },
          { level: K.GRASSROOTS, deadline: day(20) },
          { level: K.CELL, deadline: day(20) },
        ],
        resolutionIds: [resolutionId],
      });
      await insertStudySession(t, { campaign: c, organiser: cell1, status: 'CLOSED', startsAt: at(-20), participants: [{ member: m.leader, status: 'PRESENT' }, { member: m.retired, status: 'UNEXCUSED' }] });
      await insertStudySession(t, { campaign: c, organiser: cell1, status: 'CLOSED', isMakeup: true, startsAt: at(-5), participants: [{ member: m.retired, status: 'LATE' }] });
      // A cancelled session and a left-early mark do not count as studied.
      await insertStudySession(t, { campaign: c, organiser: cell2, status: 'CANCELLED', startsAt: at(-8), participants: [{ member: m.head, status: 'PRESENT' }] });
      await insertStudySession(t, { campaign: c, organiser: cell2, status: 'CLOSED', startsAt: at(-7), participants: [{ member: m.head, status: 'LEFT_EARLY' }] });
      // The mover studied in cell 3, then moved to cell 2 three days ago: counted in cell 2 (grassroots 1) now.
      await insertStudySession(t, { campaign: c, organiser: cell3, status: 'CLOSED', startsAt: at(-12), participants: [{ member: m.mover, status: 'PRESENT' }, { member: m.stayer, status: 'PRESENT' }] });
      await transfer(t, m.mover, cell2, day(-3));
      await insertStudySession(t, { campaign: c, organiser: ug2cell, status: 'CLOSED', startsAt: at(-12), participants: [{ member: m.early, status: 'PRESENT' }, { member: m.late, status: 'UNEXCUSED' }] });
      await insertStudySession(t, { campaign: c, organiser: ug2cell, status: 'CLOSED', isMakeup: true, startsAt: at(-4), participants: [{ member: m.late, status: 'PRESENT' }] });
      await insertEssay(t, c.id, m.leader, 8);
      await insertEssay(t, c.id, m.retired); // not required: not counted
    });

    const progress = async (org: TestOrg, token = propaganda) => {
      const res = await t.http.get(`/api/v1/campaigns/${c.id}/progress?organisationId=${org.id}`).set(auth(token));
      expect(res.status).toBe(200);
      return res.body;
    };

    it('at the root: upper-grassroots A is OVERDUE (deadline passed, members pending), B-Y-tế LATE (all studied, one after)', async () => {
      const p = await progress(root);
      expect(p.asOf).toBe(day(0));
      const byCode = Object.fromEntries(p.children.map((x: { code: string }) => [x.code, x]));
      expect(byCode['DUK.BCT']).toMatchObject({
        deadline: day(-10), deadlineState: 'OVERDUE', membersRequired: 5, membersStudied: 4, membersPending: 1, membersExempt: 1,
        membersStudiedLate: 1, sessionsHeld: 4, essaysRequired: 2, essaysSubmitted: 1, essaysGraded: 1,
      });
      expect(byCode['DUK.BYT']).toMatchObject({ deadline: day(-10), deadlineState: 'LATE', membersRequired: 2, membersStudied: 2, membersStudiedLate: 1, sessionsHeld: 2 });
      // Nobody in B has studied this campaign yet: OVERDUE as well.
      expect(byCode['DUK.BTP']).toMatchObject({ deadlineState: 'OVERDUE', membersStudied: 0, sessionsHeld: 0 });
      expect(p.organisation).toMatchObject({ organisationId: root.id, kind: 'BLOC', deadline: day(-10), deadlineState: 'OVERDUE' });
      expect(p.organisation.membersRequired).toBe(p.children.reduce((s: number, x: { membersRequired: number }) => s + x.membersRequired, 0));
    });

    it('inside A: grassroots 1 PENDING (its deadline is ahead), grassroots 2 ON_TIME; the transferred member counts where they are now', async () => {
      const p = await progress(ug, officeA);
      expect(p.organisation).toMatchObject({ code: 'DUK.BCT', deadlineState: 'OVERDUE', membersPending: 1 });
      const byCode = Object.fromEntries(p.children.map((x: { code: string }) => [x.code, x]));
      expect(byCode['DUK.BCT.KH']).toMatchObject({
        deadline: day(20), deadlineState: 'PENDING', membersRequired: 4, membersStudied: 3, membersPending: 1, sessionsHeld: 3,
        essaysRequired: 2, essaysSubmitted: 1, essaysGraded: 1,
      });
      expect(byCode['DUK.BCT.PC']).toMatchObject({ deadline: day(20), deadlineState: 'ON_TIME', membersRequired: 1, membersStudied: 1, sessionsHeld: 1 });
      const cells = await progress(gr, officeA);
      const byCell = Object.fromEntries(cells.children.map((x: { code: string }) => [x.code, x]));
      expect(byCell['DUK.BCT.KH.1']).toMatchObject({ membersRequired: 2, membersStudied: 2, membersExempt: 1, deadlineState: 'ON_TIME', sessionsHeld: 2 });
      expect(byCell['DUK.BCT.KH.2']).toMatchObject({ membersRequired: 2, membersStudied: 1, membersPending: 1, deadlineState: 'PENDING' });
    });

    it('GraphQL gives the same figures; cascade obligations name the level deadline and programme/plan duties', async () => {
      const res = await t.gql(officeA, `query($c: ID!, $o: ID!) { campaignProgress(campaignId: $c, organisationId: $o) {
        organisation { membersPending deadlineState } children { code deadlineState } } }`, { c: c.id, o: gr.id });
      expect(res.data.campaignProgress.organisation).toEqual({ membersPending: 1, deadlineState: 'PENDING' });
      const ob = await t.http.get(`/api/v1/organisations/${gr.id}/campaign-obligations`).set(auth(officeA));
      expect(ob.status).toBe(200);
      const mine = ob.body.find((o: { campaignId: string }) => o.campaignId === c.id);
      expect(mine).toMatchObject({
        deadline: day(20), owesProgramme: true, programmeDueOn: day(25), owesPersonalPlans: true, personalPlansDueOn: day(35),
        essayDueOn: day(30), issuerOrganisationId: root.id, progress: { membersRequired: 4, membersPending: 1, deadlineState: 'PENDING' },
      });
      const cellOb = await t.gql(officeA, `query($o: ID!) { campaignObligations(organisationId: $o) { campaignId deadline owesProgramme programmeDueOn } }`, { o: cell1.id });
      expect(cellOb.data.campaignObligations.find((o: { campaignId: string }) => o.campaignId === c.id)).toEqual({
        campaignId: c.id, deadline: day(20), owesProgramme: false, programmeDueOn: null,
      });
      expect((await t.http.get(`/api/v1/organisations/${ugB.id}/campaign-obligations`).set(auth(officeA))).status).toBe(403);
    });

    it('required members list who studied and who is pending', async () => {
      const pending = await t.http.get(`/api/v1/campaigns/${c.id}/required-members?organisationId=${gr.id}&studied=false&studyRequired=true`).set(auth(officeA));
      expect(pending.status).toBe(200);
      expect(pending.body.nodes.map((n: { fullName: string }) => n.fullName)).toEqual(['Ngô Thủ Trưởng']);
      const mover = await t.http.get(`/api/v1/campaigns/${c.id}/required-members?organisationId=${gr.id}&search=chuyen di`).set(auth(officeA));
      expect(mover.body.nodes).toEqual([expect.objectContaining({ organisationId: cell2.id, studiedOn: day(-12), essayRequired: false })]);
    });
  });
});
