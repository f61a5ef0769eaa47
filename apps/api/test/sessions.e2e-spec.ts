import { OrganisationKind, Role } from '@qt/shared-domain';
import { createSession, inMinutes, participants, studyTree, StudyTree } from './support/sessions-fixtures';
import { insertCampaign, insertSpeaker } from './support/study-fixtures';
import { TestApp } from './support/test-app';

describe('study sessions (hội nghị) and participant lists', () => {
  let t: TestApp;
  let tree: StudyTree;
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await TestApp.start();
    tree = await studyTree(t);
  });
  afterAll(() => t.close());

  it('plans a session in an issued campaign with the organiser subtree as its list, and plans its automatic close', async () => {
    const s = await createSession(t, tree.officeA, { campaignId: tree.campaign.id, organiserOrganisationId: tree.grassA.id });
    expect(s).toMatchObject({ status: 'PLANNED', organiserName: 'Đảng bộ Vụ Pháp chế', isMakeup: false });
    expect(s).not.toHaveProperty('organiserPath');
    const rows = await participants(t, s.id);
    expect(rows.map((r) => r.member_id).sort()).toEqual([...tree.a1, ...tree.a2].map((m) => m.id).sort());
    expect(rows.every((r) => r.source === 'GENERATED' && r.status === null)).toBe(true);

    const detail = await t.http.get(`/api/v1/sessions/${s.id}`).set(auth(tree.officeA));
    expect(detail.status).toBe(200);
    expect(detail.body.counters).toMatchObject({ expected: 5, unmarked: 5, present: 0 });
  });

  it('refuses bad plans: format not in the campaign, organiser outside scope, outside issuer subtree, draft campaign, points in person', async () => {
    const base = { campaignId: tree.campaign.id, title: 'X', startsAt: inMinutes(10), durationMinutes: 120, organiserOrganisationId: tree.grassA.id };
    const post = (token: string, body: object) => t.http.post('/api/v1/sessions').set(auth(token)).send(body);

    const fmt = await post(tree.officeA, { ...base, format: 'LIVE_BROADCAST' });
    expect(fmt.status).toBe(422);
    expect(fmt.body.fields[0].field).toBe('format');

    expect((await post(tree.officeB, { ...base, format: 'IN_PERSON' })).status).toBe(403);

    const draft = await insertCampaign(t, { issuer: tree.root, status: 'DRAFT' });
    const d = await post(tree.officeA, { ...base, campaignId: draft.id, format: 'IN_PERSON' });
    expect(d.status).toBe(422);
    expect(d.body.fields[0].field).toBe('campaignId');

    const other = await insertCampaign(t, { issuer: tree.upperB });
    const o = await post(tree.officeA, { ...base, campaignId: other.id, format: 'IN_PERSON' });
    expect(o.status).toBe(422);
    expect(o.body.fields[0].field).toBe('organiserOrganisationId');

    const pts = await post(tree.officeA, { ...base, format: 'IN_PERSON', connectionPoints: [{ hostOrganisationId: tree.cellA1.id, place: 'P1' }] });
    expect(pts.status).toBe(422);

    const past = await post(tree.officeA, { ...base, format: 'IN_PERSON', startsAt: inMinutes(-500) });
    expect(past.status).toBe(422);

    const bad = await post(tree.officeA, { ...base, format: 'IN_PERSON', durationMinutes: 5 });
    expect(bad.status).toBe(400);
    expect((await t.http.post('/api/v1/sessions').send(base)).status).toBe(401);
  });

  it('online session: only members under connection points, each assigned to their point', async () => {
    const s = await createSession(t, tree.bloc, {
      campaignId: tree.campaign.id,
      organiserOrganisationId: tree.root.id,
      format: 'ONLINE',
      connectionPoints: [
        { hostOrganisationId: tree.upperA.id, place: 'Hội trường Bộ Tư pháp' },
        { hostOrganisationId: tree.cellA2.id, place: 'Phòng họp Phòng 2' },
      ],
    });
    const points = await t.query<{ id: string; host_organisation_id: string }>(
      `SELECT id, host_organisation_id FROM session_connection_points WHERE session_id = $1`, [s.id]);
    const pointOf = (org: string) => points.find((p) => p.host_organisation_id === org)?.id;
    const rows = await participants(t, s.id);
    expect(rows).toHaveLength(5); // upperB's members have no point
    for (const m of tree.a1) expect(rows.find((r) => r.member_id === m.id)?.connection_point_id).toBe(pointOf(tree.upperA.id));
    for (const m of tree.a2) expect(rows.find((r) => r.member_id === m.id)?.connection_point_id).toBe(pointOf(tree.cellA2.id));

    const res = await t.gql(tree.bloc, `query($id: ID!) { studySession(id: $id) { format connectionPoints { place } counters { expected byConnectionPoint { connectionPointId expected } } } }`, { id: s.id });
    expect(res.data.studySession.counters.expected).toBe(5);
    expect(res.data.studySession.counters.byConnectionPoint).toHaveLength(2);

    // Office A sees the bloc conference its members attend, but only its own participants; office B sees none of A's.
    const a = await t.gql(tree.officeA, `query($id: ID!) { studySession(id: $id) { counters { expected } } sessionParticipants(sessionId: $id) { nodes { fullName } } }`, { id: s.id });
    expect(a.errors).toBeUndefined();
    expect(a.data.studySession.counters.expected).toBe(5);
    const b = await t.gql(tree.officeB, `query($id: ID!) { sessionParticipants(sessionId: $id) { nodes { fullName } } }`, { id: s.id });
    expect(b.data.sessionParticipants.nodes).toEqual([]);
  });

  it('KEY_LEADERS audience: key leaders and the organiser’s committee; subordinate committees and heads when extended', async () => {
    const root = tree.root;
    const leader = await t.member(tree.cellA1, { fullName: 'Cán bộ Chủ chốt', flags: { isKeyLeader: true } });
    const head = await t.member(tree.cellA2, { fullName: 'Vụ trưởng', flags: { isHeadOfUnit: true } });
    const subCommittee = await t.member(tree.cellB1, { fullName: 'Ủy viên Đảng ủy B' });
    await t.query(`INSERT INTO committee_offices (organisation_id, member_id, office, start_date) VALUES ($1, $2, 'COMMITTEE_MEMBER', '2020-01-01')`, [tree.upperB.id, subCommittee.id]);
    const narrow = await insertCampaign(t, { issuer: root, levels: [{ level: OrganisationKind.BLOC, audience: 'KEY_LEADERS', deadline: '2026-07-31' }] });
    const wide = await insertCampaign(t, {
      issuer: root,
      levels: [{ level: OrganisationKind.BLOC, audience: 'KEY_LEADERS', deadline: '2026-07-31', includeSubordinateCommittees: true, includeSubordinateHeads: true }],
    });
    const s1 = await createSession(t, tree.bloc, { campaignId: narrow.id, organiserOrganisationId: root.id });
    expect((await participants(t, s1.id)).map((r) => r.member_id)).toEqual([leader.id]);
    const s2 = await createSession(t, tree.bloc, { campaignId: wide.id, organiserOrganisationId: root.id });
    expect((await participants(t, s2.id)).map((r) => r.member_id).sort()).toEqual([leader.id, head.id, subCommittee.id].sort());
    await t.query(`DELETE FROM committee_offices WHERE member_id = $1`, [subCommittee.id]);
    await t.query(`UPDATE members SET is_key_leader = false, is_head_of_unit = false WHERE id = ANY($1)`, [[leader.id, head.id]]);
  });

  it('snapshot on the session date: a member transferred before it appears in the new organisation’s session, not the old', async () => {
    const mover = await t.member(tree.cellA1, { fullName: 'Người Chuyển Sinh Hoạt', since: '2020-01-01' });
    const orgBoard = await t.tokenFor([[Role.ORGANISATION_BOARD, tree.root]]);
    const res = await t.http.post(`/api/v1/members/${mover.id}/transfer`).set(auth(orgBoard))
      .send({ toOrganisationId: tree.cellB1.id, effectiveDate: new Date(Date.now() - 86400000).toISOString().slice(0, 10) });
    expect(res.status).toBe(200);
    const inA = await createSession(t, tree.officeA, { campaignId: tree.campaign.id, organiserOrganisationId: tree.cellA1.id });
    const inB = await createSession(t, tree.officeB, { campaignId: tree.campaign.id, organiserOrganisationId: tree.cellB1.id });
    expect((await participants(t, inA.id)).map((r) => r.member_id)).not.toContain(mover.id);
    const b = (await participants(t, inB.id)).find((r) => r.member_id === mover.id);
    expect(b?.organisation_id).toBe(tree.cellB1.id);
    // A session dated before the transfer still counts the member in the old cell.
    const early = await t.query<{ id: string }>(
      `INSERT INTO study_sessions (campaign_id, organiser_organisation_id, title, starts_at, duration_minutes, ends_at, format)
       VALUES ($1, $2, 'Cũ', now() + interval '1 hour', 60, now() + interval '2 hours', 'IN_PERSON') RETURNING id`,
      [tree.campaign.id, tree.cellA1.id]);
    await t.query(`UPDATE memberships SET valid_from = CURRENT_DATE + 7 WHERE member_id = $1 AND organisation_id = $2`, [mover.id, tree.cellB1.id]);
    await t.query(`UPDATE memberships SET valid_to = CURRENT_DATE + 7 WHERE member_id = $1 AND organisation_id = $2`, [mover.id, tree.cellA1.id]);
    const regen = await t.http.post(`/api/v1/sessions/${early[0].id}/participants/regenerate`).set(auth(tree.officeA));
    expect(regen.status).toBe(200);
    expect((await participants(t, early[0].id)).map((r) => r.member_id)).toContain(mover.id);
    await t.query(`DELETE FROM memberships WHERE member_id = $1`, [mover.id]);
  });

  it('edits the list with a mandatory reason (audited); regeneration is refused once roll call started', async () => {
    const s = await createSession(t, tree.officeA, { campaignId: tree.campaign.id, organiserOrganisationId: tree.cellA1.id });
    const noReason = await t.http.post(`/api/v1/sessions/${s.id}/participants/${tree.a1[0].id}/remove`).set(auth(tree.officeA)).send({});
    expect(noReason.status).toBe(400);
    const removed = await t.http.post(`/api/v1/sessions/${s.id}/participants/${tree.a1[0].id}/remove`).set(auth(tree.officeA))
      .send({ reason: 'Đi công tác nước ngoài dài hạn' });
    expect(removed.status).toBe(200);
    expect(removed.body.removedReason).toBe('Đi công tác nước ngoài dài hạn');
    const added = await t.http.post(`/api/v1/sessions/${s.id}/participants`).set(auth(tree.officeA))
      .send({ memberId: tree.a2[0].id, reason: 'Học cùng chi bộ bạn' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ source: 'MANUAL', addedReason: 'Học cùng chi bộ bạn', organisationId: tree.cellA2.id });
    const again = await t.http.post(`/api/v1/sessions/${s.id}/participants`).set(auth(tree.officeA)).send({ memberId: tree.a2[0].id, reason: 'x' });
    expect(again.status).toBe(409);
    const outsider = await t.http.post(`/api/v1/sessions/${s.id}/participants`).set(auth(tree.officeA)).send({ memberId: tree.b1[0].id, reason: 'x' });
    expect(outsider.status).toBe(403);
    const audit = await t.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY occurred_at`, [s.id]);
    expect(audit.map((a) => a.action)).toEqual(['session.create', 'session.participant.remove', 'session.participant.add']);

    // Regenerating keeps the manual edits while nobody is marked.
    expect((await t.http.post(`/api/v1/sessions/${s.id}/participants/regenerate`).set(auth(tree.officeA))).status).toBe(200);
    const rows = await participants(t, s.id);
    expect(rows.find((r) => r.member_id === tree.a1[0].id)?.removed_at).not.toBeNull();
    expect(rows.map((r) => r.member_id)).toContain(tree.a2[0].id);

    await t.query(`UPDATE session_participants SET status = 'EXCUSED', status_reason = 'Ốm' WHERE session_id = $1 AND member_id = $2`, [s.id, tree.a1[1].id]);
    expect((await t.http.post(`/api/v1/sessions/${s.id}/participants/regenerate`).set(auth(tree.officeA))).status).toBe(409);
  });

  it('lists sessions in scope with filters; participants by name ignoring diacritics; other subtrees refused', async () => {
    const s = await createSession(t, tree.officeB, { campaignId: tree.campaign.id, organiserOrganisationId: tree.upperB.id, title: 'Hội nghị Bộ Tài chính' });
    const listA = await t.gql(tree.officeA, `query($c: ID!) { studySessions(campaignId: $c, first: 100) { nodes { id organiserName } } }`, { c: tree.campaign.id });
    expect(listA.data.studySessions.nodes.map((n: { id: string }) => n.id)).not.toContain(s.id);
    const listB = await t.http.get('/api/v1/sessions').query({ campaignId: tree.campaign.id, organiserId: tree.upperB.id, status: 'PLANNED' }).set(auth(tree.officeB));
    expect(listB.status).toBe(200);
    expect(listB.body.nodes.map((n: { id: string }) => n.id)).toEqual([s.id]);
    const none = await t.http.get('/api/v1/sessions').query({ campaignId: tree.campaign.id, from: '2001-01-01', to: '2001-12-31' }).set(auth(tree.bloc));
    expect(none.body.nodes).toEqual([]);

    expect((await t.http.get(`/api/v1/sessions/${s.id}`).set(auth(tree.officeA))).status).toBe(403);
    const gql = await t.gql(tree.officeA, `query($id: ID!) { studySession(id: $id) { id } }`, { id: s.id });
    expect(gql.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const member = await t.tokenFor([[Role.MEMBER, tree.cellB1]], tree.b1[0].id);
    expect((await t.http.get(`/api/v1/sessions/${s.id}`).set(auth(member))).status).toBe(403);

    const found = await t.http.get(`/api/v1/sessions/${s.id}/participants`).query({ search: 'do van hai' }).set(auth(tree.officeB));
    expect(found.body.nodes.map((n: { fullName: string }) => n.fullName)).toEqual(['Đỗ Văn Hải']);
  });

  it('speakers from the roster on the organiser’s line; evaluation and secretary-presented facts; cancel', async () => {
    const s = await createSession(t, tree.officeA, { campaignId: tree.campaign.id, organiserOrganisationId: tree.grassA.id });
    const blocSpeaker = await insertSpeaker(t, { organisation: tree.root, level: 'BLOC', member: tree.a1[0] });
    const otherSpeaker = await insertSpeaker(t, { organisation: tree.upperB, level: 'UPPER_GRASSROOTS' });
    const ok = await t.gql(tree.officeA, `mutation($id: ID!, $sp: ID!) { assignSessionSpeaker(id: $id, input: { speakerId: $sp, topic: "Nghị quyết 26" }) { name topic } }`, { id: s.id, sp: blocSpeaker.id });
    expect(ok.data.assignSessionSpeaker).toEqual([{ name: 'Nguyễn Văn Ánh', topic: 'Nghị quyết 26' }]);
    const off = await t.gql(tree.officeA, `mutation($id: ID!, $sp: ID!) { assignSessionSpeaker(id: $id, input: { speakerId: $sp }) { name } }`, { id: s.id, sp: otherSpeaker.id });
    expect(off.errors?.[0].extensions.code).toBe('UNPROCESSABLE');
    const extra = await insertSpeaker(t, { organisation: tree.grassA, level: 'GRASSROOTS' });
    await t.http.post(`/api/v1/sessions/${s.id}/speakers`).set(auth(tree.officeA)).send({ speakerId: extra.id });
    const left = await t.http.post(`/api/v1/sessions/${s.id}/speakers/${extra.id}/unassign`).set(auth(tree.officeA));
    expect(left.body.map((x: { speakerId: string }) => x.speakerId)).toEqual([blocSpeaker.id]);
    await t.query(`UPDATE session_speakers SET score = 5 WHERE session_id = $1`, [s.id]);
    expect((await t.http.post(`/api/v1/sessions/${s.id}/speakers/${blocSpeaker.id}/unassign`).set(auth(tree.officeA))).status).toBe(409);

    const early = await t.http.post(`/api/v1/sessions/${s.id}/evaluation`).set(auth(tree.officeA)).send({ ruleCompliance: 4, speakerQuality: 5 });
    expect(early.status).toBe(422);
    await t.query(`UPDATE study_sessions SET starts_at = now() - interval '1 hour', ends_at = now() + interval '3 hours' WHERE id = $1`, [s.id]);
    const ev = await t.http.post(`/api/v1/sessions/${s.id}/evaluation`).set(auth(tree.officeA)).send({ ruleCompliance: 4, speakerQuality: 5, comment: 'Nghiêm túc' });
    expect(ev.status).toBe(200);
    expect(ev.body).toMatchObject({ evaluationRuleCompliance: 4, evaluationSpeakerQuality: 5 });
    expect((await t.http.post(`/api/v1/sessions/${s.id}/evaluation`).set(auth(tree.officeA)).send({ ruleCompliance: 6, speakerQuality: 5 })).status).toBe(400);

    const facts = await t.http.patch(`/api/v1/sessions/${s.id}`).set(auth(tree.officeA)).send({ secretaryPresented: true });
    expect(facts.body.secretaryPresented).toBe(true);

    const cancelled = await t.http.post(`/api/v1/sessions/${s.id}/cancel`).set(auth(tree.officeA)).send({ reason: 'Trùng lịch' });
    expect(cancelled.body).toMatchObject({ status: 'CANCELLED', cancelledReason: 'Trùng lịch' });
    expect((await t.http.patch(`/api/v1/sessions/${s.id}`).set(auth(tree.officeA)).send({ title: 'Mới' })).status).toBe(409);
  });

  it('pre-briefing of committee members (thông báo nhanh): before the start, shown and changed through GraphQL and REST', async () => {
    const startsAt = inMinutes(24 * 60);
    const base = { campaignId: tree.campaign.id, organiserOrganisationId: tree.grassA.id, startsAt };
    const after = await t.http.post('/api/v1/sessions').set(auth(tree.officeA))
      .send({ ...base, title: 'X', durationMinutes: 120, format: 'IN_PERSON', preBriefingAt: inMinutes(24 * 60 + 5) });
    expect(after.status).toBe(422);
    expect(after.body.fields.map((f: { field: string }) => f.field)).toEqual(['preBriefingAt']);

    const briefing = inMinutes(23 * 60);
    const s = await createSession(t, tree.officeA, { ...base, preBriefingAt: briefing, preBriefingNote: 'Đồng chí Bí thư thông báo nhanh cho cấp ủy viên' });
    expect(s).toMatchObject({ preBriefingAt: new Date(briefing).toISOString(), preBriefingNote: 'Đồng chí Bí thư thông báo nhanh cho cấp ủy viên' });
    const moved = await t.gql(tree.officeA, `mutation($id: ID!, $i: UpdateSessionInput!) { updateStudySession(id: $id, input: $i) { preBriefingAt preBriefingNote } }`,
      { id: s.id, i: { preBriefingAt: inMinutes(25 * 60) } });
    expect(moved.errors?.[0].extensions).toMatchObject({ code: 'UNPROCESSABLE', fields: [expect.objectContaining({ field: 'preBriefingAt' })] });
    const cleared = await t.gql(tree.officeA, `mutation($id: ID!) { updateStudySession(id: $id, input: { preBriefingAt: null, preBriefingNote: null }) { preBriefingAt preBriefingNote } }`, { id: s.id });
    expect(cleared.data?.updateStudySession).toEqual({ preBriefingAt: null, preBriefingNote: null });
    const ev = await t.gql(tree.officeA, `mutation($id: ID!) { cancelStudySession(id: $id, input: { reason: "Hoãn" }) { status cancelledReason } }`, { id: s.id });
    expect(ev.data?.cancelStudySession).toEqual({ status: 'CANCELLED', cancelledReason: 'Hoãn' });
  });

  it('a speaker or a member cannot plan, change, cancel or evaluate sessions, nor edit lists or speakers (REST and GraphQL)', async () => {
    const s = await createSession(t, tree.officeA, { campaignId: tree.campaign.id, organiserOrganisationId: tree.grassA.id });
    const speaker = await t.tokenFor([[Role.SPEAKER, tree.grassA]]);
    const member = await t.tokenFor([[Role.MEMBER, tree.cellA1]], tree.a1[2].id);
    const roster = await insertSpeaker(t, { organisation: tree.grassA, level: 'GRASSROOTS' });
    for (const token of [speaker, member]) {
      const send = (method: 'post' | 'patch', path: string, body: object = {}) => t.http[method](`/api/v1/sessions${path}`).set(auth(token)).send(body);
      expect((await send('post', '', { campaignId: tree.campaign.id, organiserOrganisationId: tree.grassA.id, title: 'X', startsAt: inMinutes(60), durationMinutes: 60, format: 'IN_PERSON' })).status).toBe(403);
      expect((await send('patch', `/${s.id}`, { title: 'Đổi tên' })).status).toBe(403);
      expect((await send('post', `/${s.id}/cancel`, { reason: 'x' })).status).toBe(403);
      expect((await send('post', `/${s.id}/evaluation`, { ruleCompliance: 1, speakerQuality: 1 })).status).toBe(403);
      expect((await send('post', `/${s.id}/participants`, { memberId: tree.a2[0].id, reason: 'x' })).status).toBe(403);
      expect((await send('post', `/${s.id}/participants/${tree.a1[0].id}/remove`, { reason: 'x' })).status).toBe(403);
      expect((await send('post', `/${s.id}/participants/regenerate`)).status).toBe(403);
      expect((await send('post', `/${s.id}/speakers`, { speakerId: roster.id })).status).toBe(403);
      const gql = await t.gql(token, `mutation($id: ID!) { cancelStudySession(id: $id, input: { reason: "x" }) { status } }`, { id: s.id });
      expect(gql.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    // Neither a member nor a speaker reads the session's list; a speaker sees their own sessions only (mySpeakerSessions).
    expect((await t.http.get(`/api/v1/sessions/${s.id}/participants`).set(auth(member))).status).toBe(403);
    expect((await t.http.get(`/api/v1/sessions/${s.id}`).set(auth(speaker))).status).toBe(403);
    expect((await t.http.get(`/api/v1/sessions/${s.id}/participants`).set(auth(speaker))).status).toBe(403);
    const [row] = await t.query<{ title: string; status: string }>(`SELECT title, status FROM study_sessions WHERE id = $1`, [s.id]);
    expect(row).toMatchObject({ status: 'PLANNED', title: 'Hội nghị học tập, quán triệt Nghị quyết' });
    expect(await t.query(`SELECT 1 FROM session_speakers WHERE session_id = $1`, [s.id])).toEqual([]);
  });

  it('GraphQL: list edits with reasons, regeneration, make-up for a member who left early, and the member’s own schedule', async () => {
    const s = await createSession(t, tree.officeA, { campaignId: tree.campaign.id, organiserOrganisationId: tree.cellA2.id });
    const [stay, leave] = tree.a2;
    const removed = await t.gql(tree.officeA, `mutation($s: ID!, $m: ID!) {
      removeSessionParticipant(sessionId: $s, memberId: $m, input: { reason: "Điều trị dài ngày" }) { removedReason } }`, { s: s.id, m: stay.id });
    expect(removed.data?.removeSessionParticipant).toEqual({ removedReason: 'Điều trị dài ngày' });
    const added = await t.gql(tree.officeA, `mutation($s: ID!, $i: AddParticipantInput!) {
      addSessionParticipant(sessionId: $s, input: $i) { source addedReason organisationId } }`, { s: s.id, i: { memberId: tree.a1[0].id, reason: 'Học ghép' } });
    expect(added.data?.addSessionParticipant).toEqual({ source: 'MANUAL', addedReason: 'Học ghép', organisationId: tree.cellA1.id });
    const noReason = await t.gql(tree.officeA, `mutation($s: ID!, $m: ID!) { removeSessionParticipant(sessionId: $s, memberId: $m, input: { reason: "" }) { removedReason } }`,
      { s: s.id, m: leave.id });
    expect(noReason.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const regen = await t.gql(tree.officeA, `mutation($id: ID!) { regenerateSessionParticipants(id: $id) }`, { id: s.id });
    const rows = await participants(t, s.id);
    expect(regen.data?.regenerateSessionParticipants).toBe(rows.filter((r) => r.source === 'GENERATED' && !r.removed_at).length);
    // The removed member stays removed, the manual addition stays.
    expect(rows.find((r) => r.member_id === stay.id)?.removed_at).not.toBeNull();
    expect(rows.filter((r) => !r.removed_at).map((r) => r.member_id)).toEqual(expect.arrayContaining([leave.id, tree.a1[0].id]));

    await t.query(`UPDATE study_sessions SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [s.id]);
    await t.query(`UPDATE session_participants SET status = 'LEFT_EARLY', status_source = 'SELF' WHERE session_id = $1 AND member_id = $2`, [s.id, leave.id]);
    const makeup = await t.gql(tree.officeA, `mutation($i: CreateSessionInput!) { createStudySession(input: $i) { id isMakeup } }`, {
      i: { campaignId: tree.campaign.id, organiserOrganisationId: tree.grassA.id, title: 'Học bù', startsAt: inMinutes(60), durationMinutes: 120, format: 'IN_PERSON', isMakeup: true },
    });
    expect(makeup.data?.createStudySession.isMakeup).toBe(true);
    const makeupId = makeup.data!.createStudySession.id;
    const assigned = await t.gql(tree.officeA, `mutation($s: ID!, $i: AssignMakeupInput!) { assignMakeup(sessionId: $s, input: $i) }`,
      { s: s.id, i: { makeupSessionId: makeupId, memberIds: [leave.id] } });
    expect(assigned.data?.assignMakeup).toBe(1);
    const notAbsent = await t.gql(tree.officeA, `mutation($s: ID!, $i: AssignMakeupInput!) { assignMakeup(sessionId: $s, input: $i) }`,
      { s: s.id, i: { makeupSessionId: makeupId, memberIds: [tree.a1[0].id] } });
    expect(notAbsent.errors?.[0].extensions.code).toBe('UNPROCESSABLE');

    const me = await t.tokenFor([[Role.MEMBER, tree.cellA2]], leave.id);
    const mine = await t.gql(me, `{ upcoming: mySessions { sessionId isMakeup } all: mySessions(upcoming: false) { sessionId status } }`);
    expect(mine.errors).toBeUndefined();
    expect(mine.data.upcoming).toContainEqual({ sessionId: makeupId, isMakeup: true });
    expect(mine.data.upcoming.map((x: { sessionId: string }) => x.sessionId)).not.toContain(s.id); // closed: not upcoming
    expect(mine.data.all).toEqual(expect.arrayContaining([{ sessionId: s.id, status: 'LEFT_EARLY' }, { sessionId: makeupId, status: null }]));
    const status = await t.gql(tree.officeA, `query($c: ID!, $m: ID!) { memberStudyStatus(campaignId: $c, memberId: $m) { studied needsMakeup } }`,
      { c: tree.campaign.id, m: leave.id });
    expect(status.data.memberStudyStatus).toEqual({ studied: false, needsMakeup: true });
  });
});
