import { Role } from '@qt/shared-domain';
import { checkInKey, codeFor, windowOf } from '../../../libs/server/sessions/src/rules/check-in-code';
import { createSession, participants, shiftSession, studyTree, StudyTree } from './support/sessions-fixtures';
import { TestApp } from './support/test-app';

describe('roll call (điểm danh): secretary, self check-in, conference import, make-up', () => {
  let t: TestApp;
  let tree: StudyTree;
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await TestApp.start();
    tree = await studyTree(t);
  });
  afterAll(() => t.close());

  /** A grassroots session of A that started `ago` minutes ago (240 minutes long). */
  async function running(ago: number, body: Record<string, unknown> = {}) {
    const s = await createSession(t, tree.officeA, { campaignId: tree.campaign.id, organiserOrganisationId: tree.grassA.id, ...body });
    if (ago) await shiftSession(t, s.id, ago);
    return s;
  }
  const code = async (token: string, sessionId: string, point?: string) => {
    const res = await t.http.get(`/api/v1/sessions/${sessionId}/check-in-code`).query(point ? { connectionPointId: point } : {}).set(auth(token));
    expect(res.status).toBe(200);
    return res.body as { code: string; payload: string };
  };
  const tokens = new Map<string, string>();
  /** One user per member (users.member_id is unique), logged in once. */
  const memberToken = async (i: 0 | 1 | 2, cell: 'a1' | 'b1' = 'a1') => {
    const m = tree[cell][i];
    if (!tokens.has(m.id)) tokens.set(m.id, await t.tokenFor([[Role.MEMBER, cell === 'a1' ? tree.cellA1 : tree.cellB1]], m.id));
    return tokens.get(m.id) as string;
  };

  it('secretary bulk marking: many at once, EXCUSED needs a reason, same mark twice is one record, other cells refused by name', async () => {
    const s = await running(5);
    const secA1 = await t.tokenFor([[Role.CELL_SECRETARY, tree.cellA1]]);
    const mark = (token: string, marks: object[], extra: object = {}) =>
      t.http.post(`/api/v1/sessions/${s.id}/roll-call`).set(auth(token)).send({ marks, ...extra });

    const noReason = await mark(secA1, [{ memberId: tree.a1[0].id, status: 'EXCUSED' }]);
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields[0].field).toBe('marks.0.reason');

    const ok = await mark(secA1, [
      { memberId: tree.a1[0].id, status: 'PRESENT' },
      { memberId: tree.a1[1].id, status: 'EXCUSED', reason: 'Ốm, có giấy' },
      { memberId: tree.a1[2].id, status: 'LATE' },
    ]);
    expect(ok.status).toBe(200);
    expect(ok.body.counters).toMatchObject({ expected: 3, present: 1, excused: 1, late: 1, unmarked: 0 });
    expect((await mark(secA1, [{ memberId: tree.a1[0].id, status: 'PRESENT' }])).status).toBe(200);
    const rows = (await participants(t, s.id)).filter((r) => r.member_id === tree.a1[0].id);
    expect(rows).toHaveLength(1);

    const other = await mark(secA1, [{ memberId: tree.a1[0].id, status: 'PRESENT' }, { memberId: tree.a2[1].id, status: 'PRESENT' }]);
    expect(other.status).toBe(403);
    expect(other.body.message).toContain('Hoàng Văn Em');
    expect((await participants(t, s.id)).find((r) => r.member_id === tree.a2[1].id)?.status).toBeNull();

    const member = await memberToken(0);
    expect((await mark(member, [{ memberId: tree.a1[1].id, status: 'PRESENT' }])).status).toBe(403);
    expect((await mark(tree.officeB, [{ memberId: tree.a1[1].id, status: 'PRESENT' }])).status).toBe(403);
  });

  it('corrections after close need a reason and are audited with before/after', async () => {
    const s = await running(300);
    await t.query(`UPDATE study_sessions SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [s.id]);
    await t.query(`UPDATE session_participants SET status = 'UNEXCUSED', status_source = 'AUTO_CLOSE' WHERE session_id = $1`, [s.id]);
    const body = { marks: [{ memberId: tree.a2[0].id, status: 'EXCUSED', reason: 'Đi công tác theo quyết định' }] };
    const refused = await t.http.post(`/api/v1/sessions/${s.id}/roll-call`).set(auth(tree.officeA)).send(body);
    expect(refused.status).toBe(422);
    expect(refused.body.fields[0].field).toBe('correctionReason');
    const ok = await t.http.post(`/api/v1/sessions/${s.id}/roll-call`).set(auth(tree.officeA)).send({ ...body, correctionReason: 'Bổ sung giấy công tác' });
    expect(ok.status).toBe(200);
    const [audit] = await t.query<{ before: { status: string }; after: { status: string; correctionReason: string } }>(
      `SELECT before, after FROM audit_log WHERE action = 'session.rollCall.correct' AND entity_id = $1 AND after->>'sessionId' = $2`,
      [tree.a2[0].id, s.id]);
    expect(audit.before.status).toBe('UNEXCUSED');
    expect(audit.after).toMatchObject({ status: 'EXCUSED', correctionReason: 'Bổ sung giấy công tác' });
  });

  it('self check-in with the rotating code: on time PRESENT, twice one record, check-out early LEFT_EARLY', async () => {
    const s = await running(0, { startsAt: new Date(Date.now() + 5 * 60_000).toISOString() });
    const member = await memberToken(0);
    const { code: c, payload } = await code(tree.officeA, s.id);
    expect(payload).toBe(`qt-checkin:v1:${s.id}:venue:${c}`);
    const first = await t.gql(member, `mutation($s: ID!, $c: String!) { checkInToSession(sessionId: $s, input: { code: $c }) { status statusSource checkedInAt } }`, { s: s.id, c });
    expect(first.errors).toBeUndefined();
    expect(first.data.checkInToSession).toMatchObject({ status: 'PRESENT', statusSource: 'SELF' });
    const again = await t.http.post(`/api/v1/sessions/${s.id}/check-in`).set(auth(member)).send({ code: c });
    expect(again.status).toBe(200);
    expect(again.body.checkedInAt).toBe(first.data.checkInToSession.checkedInAt);
    expect((await participants(t, s.id)).filter((r) => r.member_id === tree.a1[0].id)).toHaveLength(1);

    await shiftSession(t, s.id, 30); // now 30 minutes in, 210 to go: leaving now is leaving early
    const out = await t.http.post(`/api/v1/sessions/${s.id}/check-out`).set(auth(member)).send({ code: (await code(tree.officeA, s.id)).code });
    expect(out.status).toBe(200);
    expect(out.body.status).toBe('LEFT_EARLY');
  });

  it('check-in after start + 15 min is LATE; a walk-in from the organiser subtree is accepted, from elsewhere refused', async () => {
    const s = await running(20);
    const late = await t.http.post(`/api/v1/sessions/${s.id}/check-in`).set(auth(await memberToken(1))).send({ code: (await code(tree.officeA, s.id)).code });
    expect(late.body).toMatchObject({ status: 'LATE', source: 'GENERATED' });

    await t.query(`DELETE FROM session_participants WHERE session_id = $1 AND member_id = $2`, [s.id, tree.a1[2].id]);
    const walkIn = await t.http.post(`/api/v1/sessions/${s.id}/check-in`).set(auth(await memberToken(2))).send({ code: (await code(tree.officeA, s.id)).code });
    expect(walkIn.status).toBe(200);
    expect(walkIn.body).toMatchObject({ source: 'WALK_IN', organisationId: tree.cellA1.id });

    const outsider = await t.http.post(`/api/v1/sessions/${s.id}/check-in`).set(auth(await memberToken(0, 'b1'))).send({ code: (await code(tree.officeA, s.id)).code });
    expect(outsider.status).toBe(403);
  });

  it('refuses an expired code, another session’s code, another point’s code, and check-in outside the session time', async () => {
    const s = await running(10, { format: 'ONLINE', connectionPoints: [{ hostOrganisationId: tree.cellA1.id, place: 'P1' }, { hostOrganisationId: tree.cellA2.id, place: 'P2' }] });
    const other = await running(10);
    const points = await t.query<{ id: string; host_organisation_id: string }>(`SELECT id, host_organisation_id FROM session_connection_points WHERE session_id = $1`, [s.id]);
    const p1 = points.find((p) => p.host_organisation_id === tree.cellA1.id)!.id;
    const p2 = points.find((p) => p.host_organisation_id === tree.cellA2.id)!.id;
    const member = await memberToken(0);
    const checkIn = (body: object, session = s.id) => t.http.post(`/api/v1/sessions/${session}/check-in`).set(auth(member)).send(body);

    const ttl = t.config.CHECKIN_CODE_TTL_SECONDS;
    const stale = codeFor(checkInKey(t.config.JWT_SECRET), s.id, p1, windowOf(new Date(), ttl) - 2);
    const expired = await checkIn({ connectionPointId: p1, code: stale });
    expect(expired.status).toBe(422);
    expect(expired.body.fields[0].field).toBe('code');
    expect((await checkIn({ connectionPointId: p1, code: (await code(tree.officeA, other.id)).code })).status).toBe(422);
    expect((await checkIn({ connectionPointId: p1, code: (await code(tree.officeA, s.id, p2)).code })).status).toBe(422);
    expect((await checkIn({ connectionPointId: p2, code: 'not-a-code' })).status).toBe(400);

    // The host of a point sees its code; another subtree does not.
    const secA2 = await t.tokenFor([[Role.CELL_SECRETARY, tree.cellA2]]);
    expect((await t.http.get(`/api/v1/sessions/${s.id}/check-in-code`).query({ connectionPointId: p2 }).set(auth(secA2))).status).toBe(200);
    expect((await t.http.get(`/api/v1/sessions/${s.id}/check-in-code`).query({ connectionPointId: p1 }).set(auth(secA2))).status).toBe(403);
    expect((await t.http.get(`/api/v1/sessions/${s.id}/check-in-code`).set(auth(tree.officeB))).status).toBe(403);

    const notIn = await t.http.post(`/api/v1/sessions/${s.id}/check-out`).set(auth(member)).send({ connectionPointId: p1, code: (await code(tree.officeA, s.id, p1)).code });
    expect(notIn.status).toBe(422);
    const ok = await checkIn({ connectionPointId: p1, code: (await code(tree.officeA, s.id, p1)).code });
    expect(ok.body).toMatchObject({ status: 'PRESENT', connectionPointId: p1 });

    await shiftSession(t, s.id, 300);
    expect((await checkIn({ connectionPointId: p1, code: codeFor(checkInKey(t.config.JWT_SECRET), s.id, p1, windowOf(new Date(), ttl)) })).status).toBe(422);
  });

  it('conference import: a result per row, statuses like check-in, idempotent by key, the key with another body refused', async () => {
    const s = await running(0, { startsAt: new Date(Date.now() + 60_000).toISOString() });
    const [row] = await t.query<{ starts_at: Date; ends_at: Date }>(`SELECT starts_at, ends_at FROM study_sessions WHERE id = $1`, [s.id]);
    const at = (mins: number) => new Date(row.starts_at.getTime() + mins * 60_000).toISOString();
    const body = {
      rows: [
        { cardNumber: tree.a1[0].cardNumber, checkedInAt: at(-5), checkedOutAt: at(240) },
        { cardNumber: tree.a1[1].cardNumber, checkedInAt: at(25) },
        { cardNumber: tree.a1[2].cardNumber, checkedInAt: at(0), checkedOutAt: at(120) },
        { cardNumber: 'KHONG-CO-9999', checkedInAt: at(0) },
        { cardNumber: tree.b1[0].cardNumber, checkedInAt: at(0) },
      ],
    };
    const send = (key: string | undefined, b: object = body) => {
      const req = t.http.post(`/api/v1/sessions/${s.id}/attendance/import`).set(auth(tree.officeA));
      return key ? req.set('Idempotency-Key', key).send(b) : req.send(b);
    };
    expect((await send(undefined)).status).toBe(400);
    const first = await send('import-2026-001');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: 5, applied: 3, failed: 2 });
    expect(first.body.rows.map((r: { status: string | null }) => r.status)).toEqual(['PRESENT', 'LATE', 'LEFT_EARLY', null, null]);
    expect(first.body.rows[3].errors).toEqual(['Unknown card number']);

    const auditBefore = await t.query(`SELECT 1 FROM audit_log WHERE action = 'session.attendance.import'`);
    const retry = await send('import-2026-001');
    expect(retry.body).toEqual(first.body);
    expect(await t.query(`SELECT 1 FROM audit_log WHERE action = 'session.attendance.import'`)).toHaveLength(auditBefore.length);
    const changed = await send('import-2026-001', { rows: body.rows.slice(0, 1) });
    expect(changed.status).toBe(422);

    // CSV from the conference system: a later check-out of the same member merges into the one record.
    const csv = `cardNumber,checkedInAt,checkedOutAt\n${tree.a1[2].cardNumber},${at(2)},${at(239)}\n`;
    const fromCsv = await t.http.post(`/api/v1/sessions/${s.id}/attendance/import`).set(auth(tree.officeA))
      .set('Idempotency-Key', 'import-2026-002').set('content-type', 'text/csv').send(csv);
    expect(fromCsv.status).toBe(200);
    expect(fromCsv.body.rows[0].status).toBe('PRESENT');
    const rows = (await participants(t, s.id)).filter((r) => r.member_id === tree.a1[2].id);
    expect(rows).toHaveLength(1);
    expect(rows[0].status_source).toBe('IMPORT');

    const secA1 = await t.tokenFor([[Role.CELL_SECRETARY, tree.cellA1]]);
    expect((await t.http.post(`/api/v1/sessions/${s.id}/attendance/import`).set(auth(secA1)).set('Idempotency-Key', 'import-2026-003').send(body)).status).toBe(403);
  });

  it('make-up (học bù): absentees of a closed session studied once PRESENT in the make-up session', async () => {
    const s = await running(300);
    await t.query(`UPDATE study_sessions SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [s.id]);
    await t.query(`UPDATE session_participants SET status = CASE WHEN member_id = $2 THEN 'PRESENT' ELSE 'UNEXCUSED' END, status_source = 'SECRETARY' WHERE session_id = $1`, [s.id, tree.a1[0].id]);
    const status = async (memberId: string) => (await t.gql(tree.officeA,
      `query($c: ID!, $m: ID!) { memberStudyStatus(campaignId: $c, memberId: $m) { studied needsMakeup sessions { status isMakeup } } }`,
      { c: tree.campaign.id, m: memberId })).data.memberStudyStatus;
    const absentee = tree.a2[0];
    await t.query(`DELETE FROM session_participants sp USING study_sessions s WHERE s.id = sp.session_id AND s.campaign_id = $1 AND sp.member_id = $2 AND s.id <> $3`, [tree.campaign.id, absentee.id, s.id]);
    expect(await status(absentee.id)).toMatchObject({ studied: false, needsMakeup: true });

    const makeup = await createSession(t, tree.officeA, { campaignId: tree.campaign.id, organiserOrganisationId: tree.grassA.id, isMakeup: true, title: 'Học bù' });
    expect(await participants(t, makeup.id)).toEqual([]);
    const refused = await t.http.post(`/api/v1/sessions/${s.id}/makeup`).set(auth(tree.officeA)).send({ makeupSessionId: makeup.id, memberIds: [tree.a1[0].id] });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toContain('Nguyễn Văn Ánh');
    const ok = await t.http.post(`/api/v1/sessions/${s.id}/makeup`).set(auth(tree.officeA)).send({ makeupSessionId: makeup.id, memberIds: [absentee.id] });
    expect(ok.body).toEqual({ assigned: 1 });
    const [listed] = await t.query<{ source: string; added_reason: string }>(`SELECT source, added_reason FROM session_participants WHERE session_id = $1`, [makeup.id]);
    expect(listed).toEqual({ source: 'MANUAL', added_reason: 'Học bù' });

    await shiftSession(t, makeup.id, 5);
    const mark = await t.http.post(`/api/v1/sessions/${makeup.id}/roll-call`).set(auth(tree.officeA)).send({ marks: [{ memberId: absentee.id, status: 'PRESENT' }] });
    expect(mark.status).toBe(200);
    const after = await status(absentee.id);
    expect(after).toMatchObject({ studied: true, needsMakeup: false });
    expect(after.sessions).toEqual([{ status: 'UNEXCUSED', isMakeup: false }, { status: 'PRESENT', isMakeup: true }]);

    // The member sees their own sessions; no one else's.
    const me = await t.tokenFor([[Role.MEMBER, tree.cellA2]], absentee.id);
    const mine = await t.http.get('/api/v1/sessions/mine').query({ upcoming: 'false' }).set(auth(me));
    expect(mine.status).toBe(200);
    expect(mine.body.map((x: { sessionId: string }) => x.sessionId)).toEqual(expect.arrayContaining([s.id, makeup.id]));
    expect((await t.gql(me, `query($c: ID!, $m: ID!) { memberStudyStatus(campaignId: $c, memberId: $m) { studied } }`, { c: tree.campaign.id, m: absentee.id })).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('online session: each connection point keeps its own attendance; the host cell’s secretary marks their members there', async () => {
    const s = await running(5, {
      format: 'ONLINE',
      connectionPoints: [{ hostOrganisationId: tree.cellA1.id, place: 'Phòng họp 1' }, { hostOrganisationId: tree.cellA2.id, place: 'Phòng họp 2' }],
    });
    const points = await t.query<{ id: string; host_organisation_id: string }>(`SELECT id, host_organisation_id FROM session_connection_points WHERE session_id = $1`, [s.id]);
    const p1 = points.find((p) => p.host_organisation_id === tree.cellA1.id)!.id;
    const p2 = points.find((p) => p.host_organisation_id === tree.cellA2.id)!.id;

    const checkIn = await t.gql(await memberToken(0), `mutation($s: ID!, $p: ID, $c: String!) {
      checkInToSession(sessionId: $s, input: { connectionPointId: $p, code: $c }) { status connectionPointId } }`,
      { s: s.id, p: p1, c: (await code(tree.officeA, s.id, p1)).code });
    expect(checkIn.data?.checkInToSession).toEqual({ status: 'PRESENT', connectionPointId: p1 });

    const secA2 = await t.tokenFor([[Role.CELL_SECRETARY, tree.cellA2]]);
    const markQ = `mutation($s: ID!, $i: MarkAttendanceInput!) { markAttendance(sessionId: $s, input: $i) {
      marked counters { expected present unexcused byConnectionPoint { connectionPointId expected present unexcused unmarked } } } }`;
    const marked = await t.gql(secA2, markQ, {
      s: s.id, i: { marks: [{ memberId: tree.a2[0].id, status: 'PRESENT' }, { memberId: tree.a2[1].id, status: 'UNEXCUSED' }] },
    });
    expect(marked.errors).toBeUndefined();
    // The secretary of cell A2 sees only their point's figures.
    expect(marked.data.markAttendance.counters).toEqual({
      expected: 2, present: 1, unexcused: 1,
      byConnectionPoint: [{ connectionPointId: p2, expected: 2, present: 1, unexcused: 1, unmarked: 0 }],
    });
    const foreign = await t.gql(secA2, markQ, { s: s.id, i: { marks: [{ memberId: tree.a1[1].id, status: 'PRESENT' }] } });
    expect(foreign.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const all = await t.gql(tree.officeA, `query($id: ID!) { studySession(id: $id) { counters { expected present unexcused unmarked
      byConnectionPoint { connectionPointId expected present unexcused unmarked } } } }`, { id: s.id });
    const byPoint = Object.fromEntries(all.data.studySession.counters.byConnectionPoint.map((c: { connectionPointId: string }) => [c.connectionPointId, c]));
    expect(byPoint[p1]).toEqual({ connectionPointId: p1, expected: 3, present: 1, unexcused: 0, unmarked: 2 });
    expect(byPoint[p2]).toEqual({ connectionPointId: p2, expected: 2, present: 1, unexcused: 1, unmarked: 0 });
    expect(all.data.studySession.counters).toMatchObject({ expected: 5, present: 2, unexcused: 1, unmarked: 2 });

    const atP2 = await t.http.get(`/api/v1/sessions/${s.id}/participants`).query({ connectionPointId: p2 }).set(auth(tree.officeA));
    expect(atP2.body.nodes.map((n: { fullName: string; status: string }) => [n.fullName, n.status])).toEqual([
      ['Hoàng Văn Em', 'UNEXCUSED'],
      ['Phạm Thị Dung', 'PRESENT'],
    ]);
  });

  it('concurrent check-ins of one member (double tap, two phones) make one row with one check-in time', async () => {
    const s = await running(2);
    // Not on the list: the racing requests all take the INSERT path.
    await t.query(`DELETE FROM session_participants WHERE session_id = $1 AND member_id = $2`, [s.id, tree.a1[1].id]);
    const member = await memberToken(1);
    const { code: c } = await code(tree.officeA, s.id);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => t.http.post(`/api/v1/sessions/${s.id}/check-in`).set(auth(member)).send({ code: c })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const rows = (await participants(t, s.id)).filter((r) => r.member_id === tree.a1[1].id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'PRESENT', source: 'WALK_IN', status_source: 'SELF' });
    expect(new Set(results.map((r) => r.body.checkedInAt))).toEqual(new Set([rows[0].checked_in_at!.toISOString()]));
  });

  it('a check-in or import does not overwrite the secretary’s mark; GraphQL marking and import are idempotent as well', async () => {
    const s = await running(30);
    const markQ = `mutation($s: ID!, $i: MarkAttendanceInput!) { markAttendance(sessionId: $s, input: $i) { marked counters { present excused } } }`;
    const marks = { marks: [{ memberId: tree.a1[0].id, status: 'PRESENT' }, { memberId: tree.a2[1].id, status: 'EXCUSED', reason: 'Nghỉ phép năm' }] };
    const first = await t.gql(tree.officeA, markQ, { s: s.id, i: marks });
    expect(first.errors).toBeUndefined();
    expect(await t.gql(tree.officeA, markQ, { s: s.id, i: marks })).toEqual(first);
    expect(first.data.markAttendance.counters).toEqual({ present: 1, excused: 1 });

    // Half an hour in, a check-in would be LATE: the secretary's PRESENT stands.
    const late = await t.http.post(`/api/v1/sessions/${s.id}/check-in`).set(auth(await memberToken(0))).send({ code: (await code(tree.officeA, s.id)).code });
    expect(late.body).toMatchObject({ status: 'PRESENT', statusSource: 'SECRETARY' });

    const [row] = await t.query<{ starts_at: Date }>(`SELECT starts_at FROM study_sessions WHERE id = $1`, [s.id]);
    const at = (mins: number) => new Date(row.starts_at.getTime() + mins * 60_000).toISOString();
    const importQ = `mutation($s: ID!, $rows: [AttendanceImportRow!]!, $k: String!) {
      importSessionAttendance(sessionId: $s, rows: $rows, idempotencyKey: $k) { total applied failed rows { cardNumber status errors } } }`;
    const rows = [
      { cardNumber: tree.a1[0].cardNumber, checkedInAt: at(40) },
      { cardNumber: tree.a1[2].cardNumber, checkedInAt: at(1), checkedOutAt: at(60) },
    ];
    const imported = await t.gql(tree.officeA, importQ, { s: s.id, rows, k: 'gql-import-0001' });
    expect(imported.errors).toBeUndefined();
    expect(imported.data.importSessionAttendance).toMatchObject({ total: 2, applied: 2, failed: 0 });
    expect(imported.data.importSessionAttendance.rows.map((r: { status: string }) => r.status)).toEqual(['PRESENT', 'LEFT_EARLY']);
    const audits = async () => (await t.query(`SELECT 1 FROM audit_log WHERE action = 'session.attendance.import' AND entity_id = $1`, [s.id])).length;
    expect(await audits()).toBe(1);
    expect(await t.gql(tree.officeA, importQ, { s: s.id, rows, k: 'gql-import-0001' })).toEqual(imported);
    expect(await audits()).toBe(1);
    const reused = await t.gql(tree.officeA, importQ, { s: s.id, rows: rows.slice(1), k: 'gql-import-0001' });
    expect(reused.errors?.[0].extensions.code).toBe('UNPROCESSABLE');
  });

  it('a speaker or a member cannot run staff operations: roll call, import, make-up, check-in codes (REST and GraphQL)', async () => {
    const s = await running(1);
    const speaker = await t.tokenFor([[Role.SPEAKER, tree.grassA]]);
    const member = await memberToken(2);
    const a11 = tree.a1[1].id;
    for (const token of [speaker, member]) {
      const post = (path: string, body: object) => t.http.post(`/api/v1/sessions/${s.id}${path}`).set(auth(token)).send(body);
      expect((await post('/roll-call', { marks: [{ memberId: a11, status: 'PRESENT' }] })).status).toBe(403);
      expect((await post('/makeup', { makeupSessionId: s.id, memberIds: [a11] })).status).toBe(403);
      const imp = await t.http.post(`/api/v1/sessions/${s.id}/attendance/import`).set(auth(token)).set('Idempotency-Key', 'refused-import-1')
        .send({ rows: [{ cardNumber: tree.a1[1].cardNumber, checkedInAt: new Date().toISOString() }] });
      expect(imp.status).toBe(403);
      expect((await t.http.get(`/api/v1/sessions/${s.id}/check-in-code`).set(auth(token))).status).toBe(403);
      const gql = await t.gql(token, `mutation($s: ID!, $m: ID!) { markAttendance(sessionId: $s, input: { marks: [{ memberId: $m, status: PRESENT }] }) { marked } }`, { s: s.id, m: a11 });
      expect(gql.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const code = await t.gql(token, `query($s: ID!) { sessionCheckInCode(sessionId: $s) { code } }`, { s: s.id });
      expect(code.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await participants(t, s.id)).every((r) => r.status === null)).toBe(true);
    // Self check-in is for party members: a secretary account without a member record is refused.
    const secA1 = await t.tokenFor([[Role.CELL_SECRETARY, tree.cellA1]]);
    expect((await t.http.post(`/api/v1/sessions/${s.id}/check-in`).set(auth(secA1)).send({ code: '12345678' })).status).toBe(403);
  });
});
