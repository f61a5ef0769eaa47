import { Role } from '@qt/shared-domain';
import { createSession, participants, studyTree, StudyTree } from './support/sessions-fixtures';
import { TestApp } from './support/test-app';

/**
 * A conference system (hệ thống hội nghị truyền hình) as a service account: it reads the sessions of its
 * subtree and imports attendance with scope attendance:write; the marks and the audit name the client.
 * Sessions of another subtree are refused even with their ids.
 */
describe('service accounts: sessions and attendance import', () => {
  let t: TestApp;
  let tree: StudyTree;
  let session: { id: string };
  let sessionB: { id: string };
  let conference: { id: string; clientId: string; token: string };
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  const newClient = async (organisationId: string, scopes: string[]) => {
    const admin = await t.tokenFor([[Role.ADMIN, tree.root]]);
    const res = await t.http.post('/api/v1/service-accounts').set(auth(admin))
      .send({ organisationId, name: `Hệ thống hội nghị ${scopes.join(' ')}`, scopes });
    expect(res.status).toBe(201);
    const token = await t.http.post('/api/v1/oauth/token').auth(res.body.account.clientId, res.body.clientSecret)
      .type('form').send({ grant_type: 'client_credentials' });
    expect(token.status).toBe(200);
    return { id: res.body.account.id as string, clientId: res.body.account.clientId as string, token: token.body.access_token as string };
  };

  beforeAll(async () => {
    t = await TestApp.start();
    tree = await studyTree(t);
    session = await createSession(t, tree.officeA, { campaignId: tree.campaign.id, organiserOrganisationId: tree.grassA.id });
    sessionB = await createSession(t, tree.officeB, { campaignId: tree.campaign.id, organiserOrganisationId: tree.upperB.id });
    conference = await newClient(tree.upperA.id, ['sessions:read', 'attendance:write']);
  });
  afterAll(() => t?.close());

  it('reads the sessions of its subtree and not those of another', async () => {
    expect((await t.http.get(`/api/v1/sessions/${session.id}`).set(auth(conference.token))).status).toBe(200);
    expect((await t.http.get(`/api/v1/sessions/${sessionB.id}`).set(auth(conference.token))).status).toBe(403);
  });

  it('imports attendance by card number; the marks and the audit name the client', async () => {
    const [row] = await t.query<{ starts_at: Date }>(`SELECT starts_at FROM study_sessions WHERE id = $1`, [session.id]);
    const at = (mins: number) => new Date(row.starts_at.getTime() + mins * 60_000).toISOString();
    const res = await t.http.post(`/api/v1/sessions/${session.id}/attendance/import`).set(auth(conference.token))
      .set('Idempotency-Key', 'conf-2026-0001')
      .send({ rows: [{ cardNumber: tree.a1[0].cardNumber, checkedInAt: at(-5) }, { cardNumber: tree.b1[0].cardNumber, checkedInAt: at(0) }] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 2, applied: 1, failed: 1 });

    const marked = (await participants(t, session.id)).find((p) => p.member_id === tree.a1[0].id);
    expect(marked).toMatchObject({ status: 'PRESENT', status_source: 'IMPORT' });
    const [mark] = await t.query<{ marked_by: string }>(
      `SELECT marked_by FROM session_participants WHERE session_id = $1 AND member_id = $2`, [session.id, tree.a1[0].id],
    );
    expect(mark.marked_by).toBe(conference.id);
    const audit = await t.query(`SELECT actor_user_id, actor_label FROM audit_log WHERE action = 'session.attendance.import'`);
    expect(audit).toEqual([{ actor_user_id: conference.id, actor_label: `client:${conference.clientId}` }]);
  });

  it('refuses imports into another subtree, and without attendance:write', async () => {
    const body = { rows: [{ cardNumber: tree.b1[0].cardNumber, checkedInAt: new Date().toISOString() }] };
    const other = await t.http.post(`/api/v1/sessions/${sessionB.id}/attendance/import`).set(auth(conference.token))
      .set('Idempotency-Key', 'conf-2026-0002').send(body);
    expect(other.status).toBe(403);
    const reader = await newClient(tree.upperA.id, ['sessions:read']);
    const refused = await t.http.post(`/api/v1/sessions/${session.id}/attendance/import`).set(auth(reader.token))
      .set('Idempotency-Key', 'conf-2026-0003').send({ rows: [{ cardNumber: tree.a1[1].cardNumber, checkedInAt: new Date().toISOString() }] });
    expect(refused.status).toBe(403);
    const b = (await participants(t, sessionB.id)).filter((p) => p.status !== null);
    expect(b).toEqual([]);
    expect((await participants(t, session.id)).find((p) => p.member_id === tree.a1[1].id)?.status).toBeNull();
  });
});
