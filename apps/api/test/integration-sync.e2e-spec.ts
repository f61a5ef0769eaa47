import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { apiClient, ApiClient } from './support/api-client';
import { insertCampaign, insertResolution } from './support/study-fixtures';
import { TestApp, TestOrg } from './support/test-app';

/**
 * Collections for other systems' sync, through the typed client of the
 * OpenAPI contract: keyset pagination that neither skips nor repeats rows
 * while others insert, `updatedSince` incremental sync, ETag / If-None-Match.
 */
describe('integration: collections for sync (cursor, updatedSince, ETag)', () => {
  let t: TestApp;
  let root: TestOrg;
  let ministry: TestOrg;
  let cell: TestOrg;
  let api: ApiClient;
  let otherApi: ApiClient;
  const seeded: string[] = [];

  beforeAll(async () => {
    t = await TestApp.start();
    root = await t.root();
    ministry = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Ngoại giao', 'DUK.BNG');
    cell = await t.org(ministry, K.CELL, 'Chi bộ Vụ Lễ tân', 'DUK.BNG.LT');
    for (let i = 0; i < 24; i++) {
      seeded.push((await t.member(cell, { fullName: `Đảng viên Đồng bộ ${String(i).padStart(2, '0')}` })).id);
    }
    api = await apiClient(t, await t.tokenFor([[Role.ORGANISATION_BOARD, ministry]]));
    const otherMinistry = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Nội vụ', 'DUK.BNV');
    otherApi = await apiClient(t, await t.tokenFor([[Role.ORGANISATION_BOARD, otherMinistry]]));
  });
  afterAll(() => t.close());

  /** Pages through members, running `between` after each page; returns every id received, in order. */
  async function pageMembers(query: { orderBy?: 'DEFAULT' | 'UPDATED_AT'; updatedSince?: string }, between: (page: number) => Promise<void>) {
    const ids: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 50; page++) {
      const { data, response } = await api.GET('/api/v1/members', { params: { query: { withinId: ministry.id, first: 5, after, ...query } } });
      expect(response.status).toBe(200);
      ids.push(...data!.nodes.map((m) => m.id));
      if (!data!.pageInfo.hasNextPage) return ids;
      after = data!.pageInfo.endCursor ?? undefined;
      await between(page);
    }
    throw new Error('did not finish paging');
  }

  it('keyset pages by name neither skip nor repeat a row while members are inserted before and after the cursor', async () => {
    const inserted: string[] = [];
    const ids = await pageMembers({}, async (page) => {
      // One name sorts before every seeded name ("A…"), one after ("Ư…"): only the later ones can show up.
      inserted.push((await t.member(cell, { fullName: `An Trước ${page}` })).id);
      inserted.push((await t.member(cell, { fullName: `Ưng Sau ${page}` })).id);
    });
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of seeded) expect(ids.filter((x) => x === id)).toHaveLength(1);
    const lateNames = ids.filter((id) => inserted.includes(id));
    expect(lateNames.length).toBeGreaterThan(0);
    expect(ids.some((id) => inserted.indexOf(id) % 2 === 0)).toBe(false); // the "An Trước" rows were behind the cursor
  });

  it('the sync order (updatedAt, id) neither skips nor repeats a row while rows are inserted; new rows come at the end', async () => {
    const before = await pageMembers({ orderBy: 'UPDATED_AT' }, async () => undefined);
    const inserted: string[] = [];
    const ids = await pageMembers({ orderBy: 'UPDATED_AT' }, async (page) => {
      inserted.push((await t.member(cell, { fullName: `Thêm Khi Đồng Bộ ${page}` })).id);
    });
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of before) expect(ids.filter((x) => x === id)).toHaveLength(1);
    // Every row inserted while paging is received (its updated_at is later than every cursor).
    for (const id of inserted) expect(ids).toContain(id);
    expect(ids.slice(before.length).sort()).toEqual([...inserted].sort());
  });

  it('updatedSince returns only the rows changed since the last sync, members and organisations alike', async () => {
    await new Promise((r) => setTimeout(r, 20));
    const mark = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    expect((await api.GET('/api/v1/members', { params: { query: { updatedSince: mark } } })).data!.nodes).toEqual([]);

    const changed = seeded[7];
    const patch = await api.PATCH('/api/v1/members/{id}', { params: { path: { id: changed } }, body: { position: 'Phó Vụ trưởng' } });
    expect(patch.response.status).toBe(200);
    const org = await api.PATCH('/api/v1/organisations/{id}', { params: { path: { id: cell.id } }, body: { name: 'Chi bộ Vụ Lễ tân Nhà nước' } });
    expect(org.response.status).toBe(200);

    const members = await api.GET('/api/v1/members', { params: { query: { updatedSince: mark } } });
    expect(members.data!.nodes.map((m) => [m.id, m.position])).toEqual([[changed, 'Phó Vụ trưởng']]);
    const orgs = await api.GET('/api/v1/organisations', { params: { query: { updatedSince: mark } } });
    expect(orgs.data!.nodes.map((o) => o.code)).toEqual(['DUK.BNG.LT']);
    // The next sync starts from what the last one saw: nothing new.
    const next = new Date(new Date(members.data!.nodes[0].updatedAt).getTime() + 1).toISOString();
    const [{ now }] = await t.query<{ now: Date }>(`SELECT now()`);
    expect(new Date(next).getTime()).toBeLessThanOrEqual(now.getTime() + 1);
    expect((await api.GET('/api/v1/members', { params: { query: { updatedSince: next } } })).data!.nodes).toEqual([]);
    // Sync is scoped like everything else: another ministry sees none of it.
    expect((await otherApi.GET('/api/v1/members', { params: { query: { updatedSince: mark } } })).data!.nodes).toEqual([]);
  });

  it('X-Sync-Until: a long write that commits after a shorter one is not missed by the next sync', async () => {
    await new Promise((r) => setTimeout(r, 20));
    const mark = new Date().toISOString();
    // A long transaction (a big bulk upsert) stamps its rows with its start and commits late.
    const long = await t.db.connect();
    try {
      await long.query('BEGIN');
      await long.query(`UPDATE members SET position = 'Vụ phó' WHERE id = $1`, [seeded[11]]);
      await new Promise((r) => setTimeout(r, 30));
      await api.PATCH('/api/v1/members/{id}', { params: { path: { id: seeded[12] } }, body: { position: 'Chuyên viên chính' } });

      const first = await api.GET('/api/v1/members', { params: { query: { updatedSince: mark } } });
      expect(first.data!.nodes.map((m) => m.id)).toEqual([seeded[12]]);
      const until = first.response.headers.get('x-sync-until')!;
      const [{ started }] = (await long.query(`SELECT xact_start AS started FROM pg_stat_activity WHERE pid = pg_backend_pid()`)).rows;
      expect(new Date(until).getTime()).toBeLessThanOrEqual(new Date(started).getTime());
      await long.query('COMMIT');

      // Continuing from the largest updatedAt received would miss the late commit…
      const naive = new Date(new Date(first.data!.nodes[0].updatedAt).getTime() + 1).toISOString();
      expect((await api.GET('/api/v1/members', { params: { query: { updatedSince: naive } } })).data!.nodes).toEqual([]);
      // …continuing from X-Sync-Until receives it.
      const next = await api.GET('/api/v1/members', { params: { query: { updatedSince: until } } });
      expect(next.data!.nodes.map((m) => m.id)).toContain(seeded[11]);
    } finally {
      await long.query('ROLLBACK').catch(() => undefined);
      long.release();
    }
  });

  it('a campaign whose resolutions change is synced again and changes its ETag', async () => {
    const campaign = await insertCampaign(t, { issuer: root, status: 'DRAFT' });
    const writer = await apiClient(t, await t.tokenFor([[Role.PROPAGANDA_BOARD, root]]));
    const before = await writer.GET('/api/v1/campaigns/{id}', { params: { path: { id: campaign.id } } });
    const etag = before.response.headers.get('etag')!;
    await new Promise((r) => setTimeout(r, 20));
    const mark = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    const patched = await writer.PATCH('/api/v1/campaigns/{id}', {
      params: { path: { id: campaign.id } }, body: { resolutionIds: [(await insertResolution(t)).id] },
    });
    expect([patched.response.status, patched.error]).toEqual([200, undefined]);
    const synced = await writer.GET('/api/v1/campaigns', { params: { query: { updatedSince: mark } } });
    expect(synced.data!.nodes.map((c) => c.id)).toEqual([campaign.id]);
    const after = await writer.GET('/api/v1/campaigns/{id}', { params: { path: { id: campaign.id }, header: { 'If-None-Match': etag } } });
    expect(after.response.status).toBe(200);
    expect(after.response.headers.get('etag')).not.toBe(etag);
  });

  it('refuses a malformed updatedSince and a cursor of the other order with 400 naming the field', async () => {
    const bad = await api.GET('/api/v1/members', { params: { query: { updatedSince: 'hôm qua' } } });
    expect(bad.response.status).toBe(400);
    expect(bad.error!.fields![0].field).toBe('updatedSince');
    const byName = await api.GET('/api/v1/members', { params: { query: { first: 2 } } });
    const crossed = await api.GET('/api/v1/members', {
      params: { query: { first: 2, orderBy: 'UPDATED_AT', after: byName.data!.pageInfo.endCursor! } },
    });
    expect(crossed.response.status).toBe(400);
    expect(crossed.error!.fields![0].field).toBe('after');
  });

  it('ETag / If-None-Match: 304 while unchanged, a new ETag after an update, on organisations and members', async () => {
    const first = await api.GET('/api/v1/organisations/{id}', { params: { path: { id: ministry.id } } });
    const etag = first.response.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    const same = await api.GET('/api/v1/organisations/{id}', { params: { path: { id: ministry.id }, header: { 'If-None-Match': etag } } });
    expect(same.response.status).toBe(304);
    expect(same.data).toBeUndefined();

    await api.PATCH('/api/v1/organisations/{id}', { params: { path: { id: ministry.id } }, body: { agency: 'Bộ Ngoại giao' } });
    const changed = await api.GET('/api/v1/organisations/{id}', { params: { path: { id: ministry.id }, header: { 'If-None-Match': etag } } });
    expect(changed.response.status).toBe(200);
    expect(changed.data!.agency).toBe('Bộ Ngoại giao');
    expect(changed.response.headers.get('etag')).not.toBe(etag);

    const member = await api.GET('/api/v1/members/{id}', { params: { path: { id: seeded[3] } } });
    const memberTag = member.response.headers.get('etag')!;
    expect((await api.GET('/api/v1/members/{id}', { params: { path: { id: seeded[3] }, header: { 'If-None-Match': memberTag } } })).response.status).toBe(304);
    await api.PATCH('/api/v1/members/{id}', { params: { path: { id: seeded[3] } }, body: { isKeyLeader: true } });
    const after = await api.GET('/api/v1/members/{id}', { params: { path: { id: seeded[3] }, header: { 'If-None-Match': memberTag } } });
    expect(after.response.status).toBe(200);
    expect(after.data!.isKeyLeader).toBe(true);
    // Outside the scope there is no ETag to learn anything from.
    const refused = await otherApi.GET('/api/v1/members/{id}', { params: { path: { id: seeded[3] }, header: { 'If-None-Match': memberTag } } });
    expect(refused.response.status).toBe(403);
    expect(refused.response.headers.get('etag')).toBeNull();
  });
});
