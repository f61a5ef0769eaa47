import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { bullRootModule, ConfigModule, DatabaseModule, LoggingModule, RedisModule } from '@qt/server-core';
import { SessionCloseService, SessionsWorkerModule } from '@qt/server-sessions';
import {
  DeliveryRetentionService, MissedDeadlinesService, WEBHOOK_LOG_RETENTION_DAYS, WebhookRelayService, WebhooksWorkerModule,
} from '@qt/server-webhooks';
import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { apiClient } from './support/api-client';
import { eventually, vnDate } from './support/essays-fixtures';
import { insertCampaign, insertSession } from './support/study-fixtures';
import { TestApp, TestOrg } from './support/test-app';

/**
 * Webhooks end to end: clients (service accounts, OAuth2 client credentials) and an ADMIN on their behalf
 * subscribe URLs of a real local HTTP receiver; the worker (in-process: relay scheduler, deliveries with
 * retries and exponential backoff, missed-deadline scan, session close) delivers signed domain events.
 */
describe('webhooks: subscriptions, signed deliveries with retries, delivery log and replay', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let receiver: Server;
  let base: string;

  interface Received {
    path: string;
    headers: IncomingHttpHeaders;
    body: string;
    /** Signature and timestamp checked as an integrator would, with the subscription's secret for the path. */
    verified: boolean;
    answered: number;
  }
  const received: Received[] = [];
  const secrets = new Map<string, string>();
  const at = (path: string) => received.filter((r) => r.path === path);

  let root: TestOrg;
  let committeeA: TestOrg;
  let cellA: TestOrg;
  let committeeB: TestOrg;
  let cellB: TestOrg;
  let rootAdmin: string;
  let adminB: string;
  let clientA: { id: string; token: string };
  let clientB: { id: string; token: string };
  let clientReadOnly: { id: string; token: string };
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  /** A service account at `org` with `scopes`, and its token from the OAuth2 client-credentials endpoint. */
  async function client(org: TestOrg, scopes: string[]): Promise<{ id: string; token: string }> {
    const id = randomUUID();
    const clientId = `qtc_${randomBytes(12).toString('hex')}`;
    const secret = `qts_${randomBytes(32).toString('base64url')}`;
    await t.query(`INSERT INTO users (id, username, display_name, password_hash, is_active) VALUES ($1, $2, $3, '!service-account', false)`, [
      id, `client:${clientId}`, `Hệ thống tích hợp ${clientId.slice(-4)}`,
    ]);
    await t.query(
      `INSERT INTO service_accounts (id, name, organisation_id, client_id, secret_hash, scopes) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, `Hệ thống tích hợp ${clientId.slice(-4)}`, org.id, clientId, createHash('sha256').update(secret).digest('hex'), scopes],
    );
    const res = await t.http.post('/api/v1/oauth/token').send({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret });
    if (res.status !== 200) throw new Error(`token: ${res.status} ${JSON.stringify(res.body)}`);
    return { id, token: res.body.access_token };
  }

  async function event(type: string, org: TestOrg, data: Record<string, unknown> = {}): Promise<string> {
    const [row] = await t.query<{ id: string }>(
      `INSERT INTO domain_events (type, organisation_id, data, dedupe_key) VALUES ($1, $2, $3::jsonb, $4) RETURNING id::text`,
      [type, org.id, JSON.stringify(data), `test:${randomUUID()}`],
    );
    return row.id;
  }

  const deliveriesOf = (eventId: string) =>
    t.query<{ id: string; subscription_id: string; status: string; attempt_count: number }>(
      `SELECT id, subscription_id, status, attempt_count FROM webhook_deliveries WHERE event_id = $1 ORDER BY subscription_id`,
      [eventId],
    );

  async function subscribe(token: string, body: Record<string, unknown>) {
    const res = await t.http.post('/api/v1/webhooks/subscriptions').set(auth(token)).send(body);
    expect(res.status).toBe(201);
    secrets.set(new URL(res.body.url).pathname, res.body.signingSecret);
    return res.body as { id: string; url: string; signingSecret: string };
  }

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const path = req.url ?? '/';
        const secret = secrets.get(path) ?? '';
        const ts = String(req.headers['x-quantriet-timestamp'] ?? '');
        const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex')}`);
        const given = Buffer.from(String(req.headers['x-quantriet-signature'] ?? ''));
        const fresh = Math.abs(Date.now() / 1000 - Number(ts)) <= 300;
        const verified = fresh && given.length === expected.length && timingSafeEqual(given, expected);
        const delivery = req.headers['x-quantriet-delivery'];
        const seen = received.filter((r) => r.path === path && r.headers['x-quantriet-delivery'] === delivery).length;
        // /flaky fails the first two attempts of each delivery; /down always fails; the rest accept.
        const answered = path === '/down' || (path === '/flaky' && seen < 2) ? 500 : 204;
        received.push({ path, headers: req.headers, body, verified, answered });
        res.statusCode = answered;
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

    t = await TestApp.start({ WEBHOOK_BACKOFF_MS: '150', WEBHOOK_MAX_ATTEMPTS: '3', WEBHOOK_RELAY_EVERY_MS: '300', WEBHOOK_TIMEOUT_MS: '3000' });
    @Module({
      imports: [
        ConfigModule.forRoot(t.config), LoggingModule, DatabaseModule, RedisModule, bullRootModule(), WebhooksWorkerModule, SessionsWorkerModule,
      ],
    })
    class TestWorkerModule {}
    worker = await NestFactory.createApplicationContext(TestWorkerModule, { logger: false });
    await worker.init();

    root = await t.root();
    committeeA = await t.org(root, K.UPPER_GRASSROOTS);
    cellA = await t.org(committeeA, K.CELL);
    committeeB = await t.org(root, K.UPPER_GRASSROOTS);
    cellB = await t.org(committeeB, K.CELL);
    rootAdmin = await t.tokenFor([[Role.ADMIN, root]]);
    adminB = await t.tokenFor([[Role.ADMIN, committeeB]]);
    clientA = await client(committeeA, ['webhooks:manage', 'members:read']);
    clientB = await client(committeeB, ['webhooks:manage']);
    clientReadOnly = await client(committeeA, ['members:read']);
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  let flaky: { id: string; signingSecret: string };

  it('lets a client subscribe itself and an ADMIN subscribe a client of their subtree; the secret is shown once', async () => {
    flaky = await subscribe(clientA.token, { url: `${base}/flaky`, eventTypes: ['session.completed', 'campaign.deadline_missed'], description: 'Cổng thông tin' });
    expect(flaky.signingSecret).toMatch(/^whsec_/);
    const ok = await subscribe(clientA.token, { url: `${base}/ok`, eventTypes: ['report.submitted'], description: 'Tạm' });
    const patched = await t.http.patch(`/api/v1/webhooks/subscriptions/${ok.id}`).set(auth(clientA.token))
      .send({ eventTypes: ['report.accepted'], description: null, isActive: true });
    expect(patched.status).toBe(200);
    expect(patched.body).toEqual(expect.objectContaining({ url: `${base}/ok`, eventTypes: ['report.accepted'], description: null, isActive: true }));
    const badPatch = await t.http.patch(`/api/v1/webhooks/subscriptions/${ok.id}`).set(auth(clientA.token)).send({ url: 'http://example.org/x' });
    expect(badPatch.status).toBe(400);
    await subscribe(clientA.token, { url: `${base}/down`, eventTypes: ['inspection.plan_published'] });

    const gql = await t.gql(
      adminB,
      `mutation($i: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { id serviceAccountId url eventTypes signingSecret isActive } }`,
      { i: { url: `${base}/b`, eventTypes: ['SESSION_COMPLETED', 'REPORT_ACCEPTED'], serviceAccountId: clientB.id } },
    );
    expect(gql.errors).toBeUndefined();
    expect(gql.data.createWebhookSubscription).toEqual(
      expect.objectContaining({ serviceAccountId: clientB.id, eventTypes: ['SESSION_COMPLETED', 'REPORT_ACCEPTED'], isActive: true }),
    );
    secrets.set('/b', gql.data.createWebhookSubscription.signingSecret);

    const read = await t.http.get(`/api/v1/webhooks/subscriptions/${flaky.id}`).set(auth(clientA.token));
    expect(read.status).toBe(200);
    expect(read.body).toEqual(expect.objectContaining({ url: `${base}/flaky`, description: 'Cổng thông tin', serviceAccountId: clientA.id }));
    expect(read.body.signingSecret).toBeUndefined();
    const mine = await t.http.get('/api/v1/webhooks/subscriptions').set(auth(clientA.token));
    expect(mine.body.nodes.map((s: { url: string }) => new URL(s.url).pathname).sort()).toEqual(['/down', '/flaky', '/ok']);
    const theirs = await t.http.get('/api/v1/webhooks/subscriptions').set(auth(clientB.token));
    expect(theirs.body.nodes.map((s: { url: string }) => new URL(s.url).pathname)).toEqual(['/b']);
  });

  it('refuses bad URLs and events by field, other subtrees, other roles, clients without the scope, and anonymous callers', async () => {
    const post = (token: string | null, body: object) => {
      const req = t.http.post('/api/v1/webhooks/subscriptions');
      if (token) req.set(auth(token));
      return req.send(body);
    };
    const plainHttp = await post(clientA.token, { url: 'http://hooks.example.gov.vn/x', eventTypes: ['report.submitted'] });
    expect(plainHttp.status).toBe(400);
    expect(plainHttp.body.fields).toEqual([expect.objectContaining({ field: 'url' })]);
    const badEvent = await post(clientA.token, { url: 'https://hooks.example.gov.vn/x', eventTypes: ['member.created'] });
    expect(badEvent.status).toBe(400);
    expect(badEvent.body.fields.map((f: { field: string }) => f.field)).toContain('eventTypes');
    const noAccount = await post(rootAdmin, { url: 'https://hooks.example.gov.vn/x', eventTypes: ['report.submitted'] });
    expect(noAccount.status).toBe(400);
    expect(noAccount.body.fields).toEqual([expect.objectContaining({ field: 'serviceAccountId' })]);

    // An ADMIN of committee B cannot subscribe (or read) client A, who sits in committee A.
    expect((await post(adminB, { url: 'https://hooks.example.gov.vn/x', eventTypes: ['report.submitted'], serviceAccountId: clientA.id })).status).toBe(403);
    expect((await t.http.get(`/api/v1/webhooks/subscriptions/${flaky.id}`).set(auth(adminB))).status).toBe(403);
    // A client subscribes only itself, and cannot touch another client's subscription.
    expect((await post(clientB.token, { url: 'https://hooks.example.gov.vn/x', eventTypes: ['report.submitted'], serviceAccountId: clientA.id })).status).toBe(403);
    expect((await t.http.post(`/api/v1/webhooks/subscriptions/${flaky.id}/rotate-secret`).set(auth(clientB.token))).status).toBe(403);
    expect((await t.http.delete(`/api/v1/webhooks/subscriptions/${flaky.id}`).set(auth(clientB.token))).status).toBe(403);
    // Wrong role, no scope, nobody.
    const board = await t.tokenFor([[Role.PROPAGANDA_BOARD, root]]);
    expect((await post(board, { url: 'https://hooks.example.gov.vn/x', eventTypes: ['report.submitted'], serviceAccountId: clientA.id })).status).toBe(403);
    expect((await t.http.get('/api/v1/webhooks/deliveries').set(auth(board))).status).toBe(403);
    expect((await t.http.get('/api/v1/webhooks/subscriptions').set(auth(clientReadOnly.token))).status).toBe(403);
    expect((await post(null, { url: 'https://hooks.example.gov.vn/x', eventTypes: ['report.submitted'] })).status).toBe(401);
    const gql = await t.gql(clientReadOnly.token, `{ webhookDeliveries { nodes { id } } }`);
    expect(gql.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const gqlBad = await t.gql(
      clientA.token,
      `mutation($i: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { id } }`,
      { i: { url: 'ftp://hooks.example.gov.vn/x', eventTypes: ['REPORT_SUBMITTED'] } },
    );
    expect(gqlBad.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'url' })] }));

    // One live subscription per URL and client: a retried create is a conflict on url, not a second subscription.
    const twice = await post(clientA.token, { url: `${base}/flaky`, eventTypes: ['report.submitted'] });
    expect(twice.status).toBe(409);
    expect(twice.body.fields).toEqual([expect.objectContaining({ field: 'url' })]);

    const count = await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM webhook_subscriptions`);
    expect(count).toEqual([{ n: 4 }]);
  });

  let flakyDelivery: string;

  it('delivers a signed event: two 500s, then the third attempt succeeds; the log shows every attempt', async () => {
    const eventId = await event('session.completed', cellA, { sessionId: 'S-1' });
    const requests = await eventually(async () => {
      const r = at('/flaky');
      return r.length >= 3 ? r : undefined;
    });
    expect(requests.map((r) => r.answered)).toEqual([500, 500, 204]);
    expect(requests.every((r) => r.verified)).toBe(true);
    const first = requests[0];
    expect(first.headers['x-quantriet-event']).toBe('session.completed');
    expect(first.headers['content-type']).toBe('application/json');
    const deliveryId = String(first.headers['x-quantriet-delivery']);
    expect(requests.every((r) => r.headers['x-quantriet-delivery'] === deliveryId)).toBe(true);
    const body = JSON.parse(first.body);
    expect(body).toEqual({ id: eventId, type: 'session.completed', occurredAt: expect.any(String), organisationId: cellA.id, data: { sessionId: 'S-1' } });
    expect(new Date(body.occurredAt).toISOString()).toBe(body.occurredAt);
    flakyDelivery = deliveryId;

    const log = await eventually(async () => {
      const res = await t.http.get(`/api/v1/webhooks/deliveries/${deliveryId}`).set(auth(clientA.token));
      return res.body.status === 'DELIVERED' ? res.body : undefined;
    });
    expect(log).toEqual(expect.objectContaining({ eventId, eventType: 'session.completed', organisationId: cellA.id, attemptCount: 3, lastStatusCode: 204, nextRetryAt: null }));
    expect(log.attempts.map((a: { attempt: number; statusCode: number; succeeded: boolean; isReplay: boolean }) => [a.attempt, a.statusCode, a.succeeded, a.isReplay]))
      .toEqual([[1, 500, false, false], [2, 500, false, false], [3, 204, true, false]]);
    expect(log.attempts[0].error).toMatch(/500/);
    expect(log.attempts[0].nextRetryAt).not.toBeNull();
    expect(log.attempts[1].nextRetryAt).not.toBeNull();
    expect(log.attempts[2].nextRetryAt).toBeNull();
    // Exponential backoff: the second retry waited about twice as long as the first.
    const started = log.attempts.map((a: { startedAt: string }) => Date.parse(a.startedAt));
    expect(started[1] - started[0]).toBeGreaterThanOrEqual(140);
    expect(started[2] - started[1]).toBeGreaterThanOrEqual(290);
    expect(log.attempts.every((a: { durationMs: number }) => a.durationMs >= 0)).toBe(true);
  });

  it('replays a delivery: same delivery id, a new signed attempt; a failing receiver ends FAILED after the last retry', async () => {
    const replay = await t.http.post(`/api/v1/webhooks/deliveries/${flakyDelivery}/replay`).set(auth(clientA.token));
    expect(replay.status).toBe(202);
    expect(replay.body.id).toBe(flakyDelivery);
    const again = await eventually(async () => (at('/flaky').length >= 4 ? at('/flaky')[3] : undefined));
    expect(again.headers['x-quantriet-delivery']).toBe(flakyDelivery);
    expect(again.verified).toBe(true);
    expect(again.answered).toBe(204);
    const log = await eventually(async () => {
      const res = await t.gql(clientA.token, `query($id: ID!) { webhookDelivery(id: $id) { status attemptCount attempts { attempt isReplay succeeded } } }`, { id: flakyDelivery });
      return res.data?.webhookDelivery.status === 'DELIVERED' && res.data.webhookDelivery.attemptCount === 4 ? res.data.webhookDelivery : undefined;
    });
    expect(log.attempts[3]).toEqual({ attempt: 4, isReplay: true, succeeded: true });

    await event('inspection.plan_published', cellA, { planId: 'P-1' });
    const failed = await eventually(async () => {
      const res = await t.http.get('/api/v1/webhooks/deliveries?status=FAILED').set(auth(clientA.token));
      return res.body.nodes?.length === 1 ? res.body.nodes[0] : undefined;
    });
    expect(failed).toEqual(expect.objectContaining({ eventType: 'inspection.plan_published', attemptCount: 3, lastStatusCode: 500, nextRetryAt: null }));
    expect(at('/down')).toHaveLength(3);
    expect(at('/down').every((r) => r.verified)).toBe(true);

    // A replay starts a new round; a second replay while that round runs (PENDING) is refused.
    expect((await t.http.post(`/api/v1/webhooks/deliveries/${failed.id}/replay`).set(auth(clientA.token))).status).toBe(202);
    const twice = await t.http.post(`/api/v1/webhooks/deliveries/${failed.id}/replay`).set(auth(clientA.token));
    expect(twice.status).toBe(409);
    expect(twice.body.fields).toEqual([expect.objectContaining({ field: 'status' })]);
    const replayed = await eventually(async () => {
      const res = await t.http.get(`/api/v1/webhooks/deliveries/${failed.id}`).set(auth(clientA.token));
      return res.body.status === 'FAILED' && res.body.attemptCount === 6 ? res.body : undefined;
    });
    expect(replayed.attempts.map((a: { isReplay: boolean }) => a.isReplay)).toEqual([false, false, false, true, true, true]);
    expect(at('/down')).toHaveLength(6);
  });

  it('delivers only events inside the client subtree', async () => {
    const inB = await event('session.completed', cellB, { sessionId: 'S-B' });
    const atRoot = await event('session.completed', root, { sessionId: 'S-ROOT' });
    await eventually(async () => at('/b').some((r) => JSON.parse(r.body).id === inB));
    await eventually(async () => (await t.query(`SELECT 1 FROM domain_events WHERE id = $1 AND dispatched_at IS NOT NULL`, [atRoot])).length > 0);
    expect((await deliveriesOf(inB)).map((d) => d.subscription_id)).toHaveLength(1);
    expect(await deliveriesOf(atRoot)).toEqual([]);
    expect(at('/flaky').some((r) => [inB, atRoot].includes(JSON.parse(r.body).id))).toBe(false);
    expect(at('/b').every((r) => r.verified)).toBe(true);
  });

  it('never shows or replays a delivery to another client or an ADMIN of another subtree', async () => {
    // Client B as another system would call: the typed client of the OpenAPI contract.
    const api = await apiClient(t, clientB.token);
    const listB = await api.GET('/api/v1/webhooks/deliveries', { params: { query: { first: 50 } } });
    expect(listB.response.status).toBe(200);
    expect(listB.data?.nodes.length).toBeGreaterThan(0);
    expect(listB.data?.nodes.every((d) => d.serviceAccountId === clientB.id && d.attempts.length > 0)).toBe(true);
    expect((await api.GET('/api/v1/webhooks/deliveries/{id}', { params: { path: { id: flakyDelivery } } })).response.status).toBe(403);
    expect((await api.POST('/api/v1/webhooks/deliveries/{id}/replay', { params: { path: { id: flakyDelivery } } })).response.status).toBe(403);
    expect((await t.http.post(`/api/v1/webhooks/deliveries/${flakyDelivery}/replay`).set(auth(adminB))).status).toBe(403);
    const gql = await t.gql(clientB.token, `mutation($id: ID!) { replayWebhookDelivery(id: $id) { id } }`, { id: flakyDelivery });
    expect(gql.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(at('/flaky')).toHaveLength(4);
    // The root ADMIN sees both clients' deliveries.
    const all = await t.http.get('/api/v1/webhooks/deliveries?first=100').set(auth(rootAdmin));
    expect(new Set(all.body.nodes.map((d: { serviceAccountId: string }) => d.serviceAccountId))).toEqual(new Set([clientA.id, clientB.id]));
  });

  it('never delivers twice when relays run at once on several workers', async () => {
    const ids = (
      await t.query<{ id: string }>(
        `INSERT INTO domain_events (type, organisation_id, data, dedupe_key)
         SELECT 'report.accepted', $1, jsonb_build_object('n', g), 'test-burst:' || g FROM generate_series(1, 30) g RETURNING id::text`,
        [cellA.id],
      )
    ).map((r) => r.id);
    const relay = worker.get(WebhookRelayService);
    await Promise.all([relay.relay(), relay.relay(), relay.relay()]);
    await eventually(async () => {
      const [row] = await t.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM webhook_deliveries WHERE event_id = ANY($1::bigint[]) AND status = 'DELIVERED'`, [ids]);
      return row.n === 30;
    });
    await relay.relay();
    await new Promise((r) => setTimeout(r, 1000));
    const rows = await t.query<{ n: number; subs: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT subscription_id)::int AS subs FROM webhook_deliveries WHERE event_id = ANY($1::bigint[])`, [ids]);
    // Client A's /ok and client B's /b (committee B does not hold cell A: none there).
    expect(rows).toEqual([{ n: 30, subs: 1 }]);
    const burst = at('/ok').filter((r) => ids.includes(JSON.parse(r.body).id));
    expect(burst).toHaveLength(30);
    expect(new Set(burst.map((r) => r.headers['x-quantriet-delivery'])).size).toBe(30);
    expect(burst.every((r) => r.verified)).toBe(true);
  });

  it('rotates the signing secret (the old one stops signing) and stops deliveries to a deleted subscription', async () => {
    const rotated = await t.http.post(`/api/v1/webhooks/subscriptions/${flaky.id}/rotate-secret`).set(auth(clientA.token));
    expect(rotated.status).toBe(200);
    expect(rotated.body.signingSecret).not.toBe(flaky.signingSecret);
    const oldSecret = secrets.get('/flaky') as string;
    secrets.set('/flaky', rotated.body.signingSecret);
    const before = at('/flaky').length;
    await event('campaign.deadline_missed', cellA, { campaignId: 'C-1' });
    const [delivered] = await eventually(async () => {
      const r = at('/flaky').slice(before).filter((x) => x.answered === 204);
      return r.length ? r : undefined;
    });
    expect(delivered.verified).toBe(true);
    const ts = delivered.headers['x-quantriet-timestamp'];
    const withOld = `sha256=${createHmac('sha256', oldSecret).update(`${ts}.${delivered.body}`).digest('hex')}`;
    expect(delivered.headers['x-quantriet-signature']).not.toBe(withOld);

    const del = await t.http.delete(`/api/v1/webhooks/subscriptions/${flaky.id}`).set(auth(clientA.token));
    expect(del.status).toBe(200);
    expect(del.body.isActive).toBe(false);
    const after = await event('session.completed', cellA, { sessionId: 'S-2' });
    await eventually(async () => (await t.query(`SELECT 1 FROM domain_events WHERE id = $1 AND dispatched_at IS NOT NULL`, [after])).length > 0);
    expect(await deliveriesOf(after)).toEqual([]);
    expect((await t.http.get(`/api/v1/webhooks/subscriptions/${flaky.id}`).set(auth(clientA.token))).status).toBe(404);
    // The log of the deleted subscription stays readable.
    expect((await t.http.get(`/api/v1/webhooks/deliveries/${flakyDelivery}`).set(auth(clientA.token))).status).toBe(200);
  });

  it('records session.completed when a study session closes, and delivers it', async () => {
    const campaign = await insertCampaign(t, { issuer: root });
    const m1 = await t.member(cellB);
    const m2 = await t.member(cellB);
    const session = await insertSession(t, {
      campaign, organiser: cellB, startsAt: new Date(Date.now() - 5 * 3600_000).toISOString(), durationMinutes: 120,
      participants: [{ member: m1, status: 'PRESENT' }, { member: m2 }],
    });
    await worker.get(SessionCloseService).close(session.id);
    const [ev] = await t.query<{ id: string; organisation_id: string; data: Record<string, unknown> }>(
      `SELECT id::text, organisation_id, data FROM domain_events WHERE dedupe_key = $1`, [`session.completed:${session.id}`]);
    expect(ev).toEqual(expect.objectContaining({ organisation_id: cellB.id }));
    expect(ev.data).toEqual(expect.objectContaining({
      sessionId: session.id, campaignId: campaign.id, isMakeup: false, participantsListed: 2, participantsStudied: 1, participantsAbsent: 1,
    }));
    expect(await worker.get(SessionCloseService).close(session.id)).toBe(false);
    const got = await eventually(async () => at('/b').find((r) => JSON.parse(r.body).id === ev.id));
    expect(got.verified).toBe(true);
    expect(JSON.parse(got.body).data.sessionId).toBe(session.id);
  });

  it('stops delivering to a revoked client, whose token is refused from then on', async () => {
    const revoke = await t.http.post(`/api/v1/service-accounts/${clientB.id}/revoke`).set(auth(rootAdmin)).send({});
    expect(revoke.status).toBe(200);
    const before = at('/b').length;
    const inB = await event('session.completed', cellB, { sessionId: 'S-B2' });
    await eventually(async () => (await t.query(`SELECT 1 FROM domain_events WHERE id = $1 AND dispatched_at IS NOT NULL`, [inB])).length > 0);
    expect(await deliveriesOf(inB)).toEqual([]);
    expect(at('/b')).toHaveLength(before);
    expect((await t.http.get('/api/v1/webhooks/deliveries').set(auth(clientB.token))).status).toBe(401);
    // Its log stays with the administrators.
    const log = await t.http.get(`/api/v1/webhooks/deliveries?serviceAccountId=${clientB.id}`).set(auth(adminB));
    expect(log.status).toBe(200);
    expect(log.body.nodes.length).toBeGreaterThan(0);
  });

  it('purges finished deliveries older than the retention period, with their attempts', async () => {
    const [old] = await t.query<{ id: string }>(`SELECT id FROM webhook_deliveries WHERE status = 'FAILED' LIMIT 1`);
    await t.query(`UPDATE webhook_deliveries SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [old.id, WEBHOOK_LOG_RETENTION_DAYS + 1]);
    const [{ n: before }] = await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM webhook_deliveries`);
    expect(await worker.get(DeliveryRetentionService).purge()).toEqual({ purged: 1 });
    expect(await t.query(`SELECT 1 FROM webhook_delivery_attempts WHERE delivery_id = $1`, [old.id])).toEqual([]);
    expect((await t.http.get(`/api/v1/webhooks/deliveries/${old.id}`).set(auth(rootAdmin))).status).toBe(404);
    expect(await t.query(`SELECT count(*)::int AS n FROM webhook_deliveries`)).toEqual([{ n: before - 1 }]);
  });

  it('records campaign.deadline_missed once per organisation of a level whose deadline passed with members not studied', async () => {
    const yesterday = await vnDate(t, -1);
    const campaign = await insertCampaign(t, {
      issuer: committeeA, startsOn: await vnDate(t, -20), reportDueOn: await vnDate(t, 30), essayPolicy: 'NONE',
      levels: [{ level: K.UPPER_GRASSROOTS, deadline: await vnDate(t, 10) }, { level: K.CELL, deadline: yesterday }],
    });
    const cellDone = await t.org(committeeA, K.CELL);
    const studied = await t.member(cellA);
    const missing = await t.member(cellA);
    const done = await t.member(cellDone);
    await insertSession(t, {
      campaign, organiser: committeeA, status: 'CLOSED', startsAt: `${await vnDate(t, -5)}T02:00:00Z`,
      participants: [{ member: studied, status: 'PRESENT' }, { member: missing, status: 'UNEXCUSED' }, { member: done, status: 'LATE' }],
    });
    const scan = worker.get(MissedDeadlinesService);
    await scan.scan();
    await scan.scan();
    const rows = await t.query<{ organisation_id: string; data: Record<string, unknown> }>(
      `SELECT organisation_id, data FROM domain_events WHERE type = 'campaign.deadline_missed' AND data->>'campaignId' = $1`, [campaign.id]);
    expect(rows).toEqual([{
      organisation_id: cellA.id,
      data: { campaignId: campaign.id, campaignCode: campaign.code, level: 'CELL', deadline: yesterday, membersRequired: 2, membersNotStudied: 1 },
    }]);
    expect(JSON.stringify(rows)).not.toContain(missing.fullName);
  });
});
