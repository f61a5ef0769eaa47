import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { assignSpeaker, endSpeakerOn, insertTraining, setTermStart } from './support/reporters-fixtures';
import { insertCampaign, insertSession, insertSpeaker, TestCampaign } from './support/study-fixtures';
import { TestApp, TestMember, TestOrg } from './support/test-app';

/**
 * The bloc: root with three upper-grassroots committees (u1, u2, u3) and one
 * grassroots committee directly under it (g0); g1 is a grassroots committee under u1.
 * Active rosters today: 2 bloc, 3 upper-grassroots (2 at u1, 1 at u2; u3's only speaker
 * ended in 2025), 1 grassroots (g1).
 */
describe('reporters: Propaganda Board views and the organisers’ evaluation of speakers', () => {
  let t: TestApp;
  let root: TestOrg;
  let u1: TestOrg;
  let u2: TestOrg;
  let u3: TestOrg;
  let g1: TestOrg;
  let board: string;
  let officeU1: string;
  let officeU2: string;
  let memberToken: string;
  let campaign: TestCampaign;
  let mBloc: TestMember;
  let mU1: TestMember;
  const sp: Record<string, string> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    root = await t.root();
    u1 = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Công Thương', 'DUK.BCT');
    u2 = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Tư pháp', 'DUK.BTP');
    u3 = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Xây dựng', 'DUK.BXD');
    await t.org(root, K.GRASSROOTS, 'Đảng bộ Báo Nhân Dân', 'DUK.BND'); // g0: no roster
    g1 = await t.org(u1, K.GRASSROOTS, 'Đảng bộ Vụ Thị trường', 'DUK.BCT.TT');
    const cell1 = await t.org(g1, K.CELL, 'Chi bộ Phòng 1');
    const cellRoot = await t.org(root, K.CELL, 'Chi bộ Cơ quan Đảng ủy Khối');
    await t.org(u3, K.CELL, 'Chi bộ Vụ Quy hoạch');
    const dissolved = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ đã giải thể', 'DUK.OLD');
    await t.query(`UPDATE organisations SET dissolved_on = '2024-01-01' WHERE id = $1`, [dissolved.id]);
    await setTermStart(t, root.id, '2020-10-01');
    await setTermStart(t, u1.id, '2025-01-01');

    mBloc = await t.member(cellRoot, { fullName: 'Hoàng Văn Khối' });
    mU1 = await t.member(cell1, { fullName: 'Nguyễn Thị Công' });
    const mU1b = await t.member(cell1, { fullName: 'Phạm Văn Thương' });
    const mG1 = await t.member(cell1, { fullName: 'Lê Thị Trường' });

    sp.blocMember = (await insertSpeaker(t, { organisation: root, level: 'BLOC', member: mBloc })).id;
    sp.blocExternal = (await insertSpeaker(t, { organisation: root, level: 'BLOC', externalName: 'GS.TS. Vũ Văn Ngoài' })).id;
    sp.u1a = (await insertSpeaker(t, { organisation: u1, level: 'UPPER_GRASSROOTS', member: mU1 })).id;
    sp.u1b = (await insertSpeaker(t, { organisation: u1, level: 'UPPER_GRASSROOTS', member: mU1b })).id;
    sp.u2 = (await insertSpeaker(t, { organisation: u2, level: 'UPPER_GRASSROOTS', externalName: 'TS. Đỗ Văn Luật' })).id;
    sp.u3ended = (await insertSpeaker(t, { organisation: u3, level: 'UPPER_GRASSROOTS', externalName: 'Ông Đã Thôi' })).id;
    await endSpeakerOn(t, sp.u3ended, '2025-01-01');
    sp.g1 = (await insertSpeaker(t, { organisation: g1, level: 'GRASSROOTS', member: mG1 })).id;
    // Appointed after 2024-06-01: not counted on that date.
    sp.g1late = (await insertSpeaker(t, { organisation: g1, level: 'GRASSROOTS', externalName: 'Bà Mới Vào', appointedOn: '2026-01-01' })).id;

    await insertTraining(t, sp.blocMember, '2022-05-01');
    await insertTraining(t, sp.u1a, '2023-03-01'); // before u1's term (2025-01-01)
    await insertTraining(t, sp.u1b, '2025-03-01');
    await insertTraining(t, sp.u2, '2021-06-01'); // u2 has no term: the bloc's (2020-10-01) applies
    await insertTraining(t, sp.g1late, '2026-02-01');
    await insertTraining(t, sp.u3ended, '2019-01-01');

    board = await t.tokenFor([[Role.PROPAGANDA_BOARD, root]]);
    officeU1 = await t.tokenFor([[Role.COMMITTEE_OFFICE, u1]]);
    officeU2 = await t.tokenFor([[Role.COMMITTEE_OFFICE, u2]]);
    memberToken = await t.tokenFor([[Role.MEMBER, cell1]], mG1.id);
    campaign = await insertCampaign(t, { issuer: root });
  });
  afterAll(() => t.close());

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const fields = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field).sort();
  const ids = (nodes: { speaker: { id: string } }[]) => nodes.map((n) => n.speaker.id).sort();

  describe('speakers per level and per committee', () => {
    it('counts active speakers per level (an ended one and one appointed later not counted) and per committee roster', async () => {
      const res = await t.http.get('/api/v1/speakers/counts').query({ onDate: '2025-06-01' }).set(auth(board));
      expect(res.status).toBe(200);
      expect(res.body.byLevel).toEqual([
        { level: 'BLOC', count: 2 },
        { level: 'UPPER_GRASSROOTS', count: 3 },
        { level: 'GRASSROOTS', count: 1 },
      ]);
      expect(res.body.total).toBe(6);
      const byCommittee = Object.fromEntries(res.body.byCommittee.map((c: { code: string; count: number }) => [c.code, c.count]));
      expect(byCommittee).toEqual({ DUK: 2, 'DUK.BCT': 2, 'DUK.BTP': 1, 'DUK.BCT.TT': 1 });

      const past = await t.gql(board, `{ speakerCounts(onDate: "2024-06-01") { total byLevel { level count } } }`);
      expect(past.data?.speakerCounts.byLevel).toEqual([
        { level: 'BLOC', count: 2 },
        { level: 'UPPER_GRASSROOTS', count: 4 },
        { level: 'GRASSROOTS', count: 1 },
      ]);
      const today = await t.gql(board, `{ speakerCounts { byLevel { level count } } }`);
      expect(today.data?.speakerCounts.byLevel[2]).toEqual({ level: 'GRASSROOTS', count: 2 });
    });

    it('counts only the scope: a committee office sees its own and subordinate rosters', async () => {
      const res = await t.http.get('/api/v1/speakers/counts').query({ onDate: '2025-06-01' }).set(auth(officeU1));
      expect(res.body.byLevel).toEqual([
        { level: 'BLOC', count: 0 },
        { level: 'UPPER_GRASSROOTS', count: 2 },
        { level: 'GRASSROOTS', count: 1 },
      ]);
      expect((await t.http.get('/api/v1/speakers/counts').query({ withinId: u2.id }).set(auth(officeU1))).status).toBe(403);
      expect((await t.http.get('/api/v1/speakers/counts').set(auth(memberToken))).status).toBe(403);
      expect((await t.http.get('/api/v1/speakers/counts')).status).toBe(401);
    });
  });

  describe('committees without speakers', () => {
    it('lists the directly subordinate committees with no active speaker (x of y have speakers)', async () => {
      const res = await t.http.get('/api/v1/speakers/coverage').query({ onDate: '2025-06-01' }).set(auth(board));
      expect(res.status).toBe(200);
      expect(res.body).toEqual(expect.objectContaining({ organisationId: root.id, committees: 4, withSpeakers: 2 }));
      expect(res.body.byKind).toEqual([
        { kind: 'UPPER_GRASSROOTS', committees: 3, withSpeakers: 2 },
        { kind: 'GRASSROOTS', committees: 1, withSpeakers: 0 },
      ]);
      expect(res.body.withoutSpeakers.map((c: { code: string }) => c.code)).toEqual(['DUK.BND', 'DUK.BXD']);
      // Before u3's speaker ended, u3 had one.
      const past = await t.gql(board, `query($o: ID!) { speakerCoverage(organisationId: $o, onDate: "2024-06-01") { withSpeakers withoutSpeakers { code } } }`, { o: root.id });
      expect(past.data?.speakerCoverage).toEqual({ withSpeakers: 3, withoutSpeakers: [{ code: 'DUK.BND' }] });
      const ofU1 = await t.http.get('/api/v1/speakers/coverage').set(auth(officeU1));
      expect(ofU1.body).toEqual(expect.objectContaining({ organisationId: u1.id, committees: 1, withSpeakers: 1, withoutSpeakers: [] }));
      expect((await t.http.get('/api/v1/speakers/coverage').query({ organisationId: root.id }).set(auth(officeU1))).status).toBe(403);
    });
  });

  describe('speakers never trained this term', () => {
    it('uses the roster committee’s term start, else the bloc’s; ended speakers are left out', async () => {
      const res = await t.http.get('/api/v1/speakers/untrained').query({ first: 100 }).set(auth(board));
      expect(res.status).toBe(200);
      expect(ids(res.body.nodes)).toEqual([sp.blocExternal, sp.u1a, sp.g1].sort());
      const u1a = res.body.nodes.find((n: { speaker: { id: string } }) => n.speaker.id === sp.u1a);
      expect(u1a).toEqual(expect.objectContaining({ since: '2025-01-01', lastTrainedOn: '2023-03-01' }));
      const ext = res.body.nodes.find((n: { speaker: { id: string } }) => n.speaker.id === sp.blocExternal);
      expect(ext).toEqual(expect.objectContaining({ since: '2020-10-01', lastTrainedOn: null }));
    });

    it('with `since`, trainings before it do not count; pages by name', async () => {
      const res = await t.gql(board, `{ untrainedSpeakers(since: "2024-01-01", first: 2) { nodes { speaker { id name } since } pageInfo { hasNextPage endCursor } } }`);
      const page1 = res.data?.untrainedSpeakers;
      expect(page1.nodes).toHaveLength(2);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const rest = await t.gql(board, `query($a: String) { untrainedSpeakers(since: "2024-01-01", first: 100, after: $a) { nodes { speaker { id } } } }`, {
        a: page1.pageInfo.endCursor,
      });
      const all = [...page1.nodes, ...rest.data?.untrainedSpeakers.nodes].map((n: { speaker: { id: string } }) => n.speaker.id).sort();
      expect(all).toEqual([sp.blocMember, sp.blocExternal, sp.u1a, sp.u2, sp.g1].sort());
      expect(page1.nodes[0].since).toBe('2024-01-01');
    });

    it('is limited to the scope', async () => {
      const res = await t.http.get('/api/v1/speakers/untrained').set(auth(officeU2));
      expect(res.body.nodes).toEqual([]);
    });
  });

  describe('evaluation by the organisers and the average per speaker', () => {
    let s1: string; // u1, closed, secretary presented
    let s2: string; // u1, closed, secretary did not present
    let s3: string; // u2, closed, not recorded
    let cancelled: string;
    let planned: string;

    beforeAll(async () => {
      s1 = (await insertSession(t, { campaign, organiser: u1, status: 'CLOSED', startsAt: '2026-06-15T01:00:00Z', secretaryPresented: true })).id;
      s2 = (await insertSession(t, { campaign, organiser: u1, status: 'CLOSED', startsAt: '2026-07-01T01:00:00Z', secretaryPresented: false })).id;
      s3 = (await insertSession(t, { campaign, organiser: u2, status: 'CLOSED', startsAt: '2026-07-02T01:00:00Z' })).id;
      cancelled = (await insertSession(t, { campaign, organiser: u1, status: 'CANCELLED', startsAt: '2026-07-03T01:00:00Z' })).id;
      planned = (await insertSession(t, { campaign, organiser: u1, status: 'PLANNED', startsAt: '2099-01-10T01:00:00Z' })).id;
      await insertSession(t, { campaign, organiser: g1, status: 'CLOSED', startsAt: '2026-07-04T01:00:00Z', secretaryPresented: true });
      await insertSession(t, { campaign, organiser: g1, status: 'PLANNED', startsAt: '2026-07-05T01:00:00Z', secretaryPresented: false });
      await assignSpeaker(t, s1, sp.u1a);
      await assignSpeaker(t, s1, sp.blocMember);
      await assignSpeaker(t, s2, sp.u1a);
      await assignSpeaker(t, s3, sp.u2);
      await assignSpeaker(t, cancelled, sp.u1b, { score: 1, comment: 'Không tính' });
      await assignSpeaker(t, planned, sp.u1b);
    });

    const evaluate = (token: string, speakerId: string, sessionId: string, body: Record<string, unknown>) =>
      t.http.put(`/api/v1/speakers/${speakerId}/sessions/${sessionId}/evaluation`).set(auth(token)).send(body);

    it('lets the organiser’s office evaluate each speaker of its session, a bloc speaker included; audited', async () => {
      const a = await evaluate(officeU1, sp.u1a, s1, { score: 4, comment: 'Truyền đạt rõ ràng' });
      expect(a.status).toBe(200);
      expect(a.body).toEqual(expect.objectContaining({ sessionId: s1, speakerId: sp.u1a, score: 4, comment: 'Truyền đạt rõ ràng' }));
      expect((await evaluate(officeU1, sp.blocMember, s1, { score: 5, comment: 'Rất sinh động' })).status).toBe(200);
      const gql = await t.gql(officeU1, `mutation($i: EvaluateSessionSpeakerInput!) { evaluateSessionSpeaker(input: $i) { score comment evaluatedAt } }`, {
        i: { sessionId: s2, speakerId: sp.u1a, score: 2, comment: 'Cần liên hệ thực tiễn hơn' },
      });
      expect(gql.data?.evaluateSessionSpeaker).toEqual({ score: 2, comment: 'Cần liên hệ thực tiễn hơn', evaluatedAt: expect.any(String) });
      const [row] = await t.query(`SELECT score, comment, evaluated_by IS NOT NULL AS "by" FROM session_speakers WHERE session_id = $1 AND speaker_id = $2`, [s2, sp.u1a]);
      expect(row).toEqual({ score: 2, comment: 'Cần liên hệ thực tiễn hơn', by: true });
      const [audit] = await t.query(`SELECT action, organisation_id FROM audit_log WHERE action = 'speaker.evaluate' AND entity_id = $1`, [s2]);
      expect(audit).toEqual({ action: 'speaker.evaluate', organisation_id: u1.id });
    });

    it('refuses an unassigned speaker (422), another subtree (403), cancelled or future sessions (422), bad scores (400)', async () => {
      const unassigned = await evaluate(officeU1, sp.g1, s1, { score: 3 });
      expect(unassigned.status).toBe(422);
      expect(fields(unassigned.body)).toEqual(['speakerId']);
      expect((await evaluate(officeU2, sp.u1a, s1, { score: 1, comment: 'Không được phép' })).status).toBe(403);
      expect((await evaluate(officeU1, sp.u2, s3, { score: 1 })).status).toBe(403);
      const gqlCross = await t.gql(officeU2, `mutation($i: EvaluateSessionSpeakerInput!) { evaluateSessionSpeaker(input: $i) { score } }`, {
        i: { sessionId: s1, speakerId: sp.u1a, score: 1 },
      });
      expect(gqlCross.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await evaluate(officeU1, sp.u1b, cancelled, { score: 3 })).status).toBe(422);
      expect((await evaluate(officeU1, sp.u1b, planned, { score: 3 })).status).toBe(422);
      const bad = await evaluate(officeU1, sp.u1a, s1, { score: 6, comment: 5 });
      expect(bad.status).toBe(400);
      expect(fields(bad.body)).toEqual(['comment', 'score']);
      expect((await evaluate(memberToken, sp.u1a, s1, { score: 1 })).status).toBe(403);
      expect((await t.http.put(`/api/v1/speakers/${sp.u1a}/sessions/${s1}/evaluation`).send({ score: 1 })).status).toBe(401);
      const [row] = await t.query(`SELECT score FROM session_speakers WHERE session_id = $1 AND speaker_id = $2`, [s1, sp.u1a]);
      expect(row).toEqual({ score: 4 });
      const self = await t.tokenFor([[Role.COMMITTEE_OFFICE, u1]], mU1.id);
      expect((await evaluate(self, sp.u1a, s1, { score: 5 })).status).toBe(403);
      // A speaker cannot evaluate anyone nor read the board's views.
      const speaker = await t.tokenFor([[Role.SPEAKER, u1]]);
      expect((await evaluate(speaker, sp.u1b, s1, { score: 5 })).status).toBe(403);
      expect((await t.http.get('/api/v1/speakers/evaluations').set(auth(speaker))).status).toBe(403);
      expect((await t.gql(speaker, `{ speakerCounts { total } }`)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('averages the evaluations per speaker with the number evaluated and the last comment; cancelled sessions excluded', async () => {
      const res = await t.http.get('/api/v1/speakers/evaluations').query({ first: 100 }).set(auth(board));
      expect(res.status).toBe(200);
      const by = Object.fromEntries(res.body.nodes.map((n: { speaker: { id: string } }) => [n.speaker.id, n]));
      expect(Object.keys(by).sort()).toEqual([sp.u1a, sp.blocMember, sp.u2, sp.u1b].sort());
      expect(by[sp.u1a]).toEqual(expect.objectContaining({ sessions: 2, evaluatedSessions: 2, averageScore: 3, lastComment: 'Cần liên hệ thực tiễn hơn' }));
      expect(by[sp.blocMember]).toEqual(expect.objectContaining({ sessions: 1, evaluatedSessions: 1, averageScore: 5, lastComment: 'Rất sinh động' }));
      expect(by[sp.u2]).toEqual(expect.objectContaining({ sessions: 1, evaluatedSessions: 0, averageScore: null, lastComment: null }));
      // u1b spoke only at a cancelled session (its score ignored) and a planned one.
      expect(by[sp.u1b]).toEqual(expect.objectContaining({ sessions: 1, evaluatedSessions: 0, averageScore: null }));
      const june = await t.gql(board, `{ speakerEvaluations(from: "2026-06-01", to: "2026-06-30") { nodes { speaker { id } averageScore evaluatedSessions } } }`);
      expect(june.data?.speakerEvaluations.nodes).toEqual(expect.arrayContaining([{ speaker: { id: sp.u1a }, averageScore: 4, evaluatedSessions: 1 }]));
      const u2view = await t.http.get('/api/v1/speakers/evaluations').set(auth(officeU2));
      expect(ids(u2view.body.nodes)).toEqual([sp.u2]);
    });

    it('shows a speaker their sessions with the evaluations, newest first', async () => {
      const speaker = await t.tokenFor([[Role.SPEAKER, u1]], mBloc.id);
      const res = await t.http.get('/api/v1/speakers/me/sessions').set(auth(speaker));
      expect(res.status).toBe(200);
      expect(res.body.nodes).toEqual([expect.objectContaining({ sessionId: s1, score: 5, comment: 'Rất sinh động', organiserName: 'Đảng bộ Bộ Công Thương' })]);
      const gql = await t.gql(speaker, `{ mySpeakerSessions { nodes { sessionId status } } }`);
      expect(gql.data?.mySpeakerSessions.nodes).toEqual([{ sessionId: s1, status: 'CLOSED' }]);
      const staff = await t.gql(officeU1, `query($id: ID!) { speakerSessions(speakerId: $id, first: 1) { nodes { sessionId score } pageInfo { hasNextPage } } }`, { id: sp.u1a });
      expect(staff.errors).toBeUndefined();
      expect(staff.data?.speakerSessions).toEqual({ nodes: [{ sessionId: s2, score: 2 }], pageInfo: { hasNextPage: true } });
      expect((await t.http.get(`/api/v1/speakers/${sp.u1a}/sessions`).set(auth(officeU2))).status).toBe(403);
    });

    it('counts closed sessions per organiser where the secretary presented in person, did not, or not recorded', async () => {
      const res = await t.http.get('/api/v1/speakers/secretary-presence').set(auth(board));
      expect(res.status).toBe(200);
      const by = Object.fromEntries(res.body.nodes.map((n: { code: string }) => [n.code, n]));
      expect(Object.keys(by).sort()).toEqual(['DUK.BCT', 'DUK.BCT.TT', 'DUK.BTP']);
      expect(by['DUK.BCT']).toEqual(expect.objectContaining({ closedSessions: 2, presented: 1, notPresented: 1, unknown: 0 }));
      expect(by['DUK.BTP']).toEqual(expect.objectContaining({ closedSessions: 1, presented: 0, notPresented: 0, unknown: 1 }));
      expect(by['DUK.BCT.TT']).toEqual(expect.objectContaining({ closedSessions: 1, presented: 1, notPresented: 0, unknown: 0 }));
      const u2only = await t.gql(officeU2, `{ secretaryPresence { nodes { code closedSessions } } }`);
      expect(u2only.data?.secretaryPresence.nodes).toEqual([{ code: 'DUK.BTP', closedSessions: 1 }]);
      const july = await t.http.get('/api/v1/speakers/secretary-presence').query({ from: '2026-07-01', campaignId: campaign.id }).set(auth(officeU1));
      expect(july.body.nodes).toEqual([
        expect.objectContaining({ code: 'DUK.BCT', closedSessions: 1, notPresented: 1 }),
        expect.objectContaining({ code: 'DUK.BCT.TT', closedSessions: 1, presented: 1 }),
      ]);
      const bad = await t.http.get('/api/v1/speakers/secretary-presence').query({ from: '2026-07-01', to: '2026-06-01' }).set(auth(board));
      expect(bad.status).toBe(400);
      expect(fields(bad.body)).toEqual(['to']);
    });
  });
});
