import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { TestApp, TestOrg } from './support/test-app';

describe('resolutions: reference data, search, study materials (links, upload, download)', () => {
  let t: TestApp;
  let root: TestOrg;
  let ug: TestOrg;
  let propaganda: string;
  let propagandaBelow: string; // propaganda board of a subordinate committee: not bloc level
  let officeA: string;
  let memberToken: string;

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const fields = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field).sort();
  const create = (token: string, body: Record<string, unknown>) => t.http.post('/api/v1/resolutions').set(auth(token)).send(body);

  beforeAll(async () => {
    t = await TestApp.start({ UPLOAD_MAX_MEGABYTES: '1' });
    root = await t.root();
    ug = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Công Thương', 'DUK.BCT');
    const cell = await t.org(ug, K.CELL, 'Chi bộ Văn phòng', 'DUK.BCT.VP');
    propaganda = await t.tokenFor([[Role.PROPAGANDA_BOARD, root]]);
    propagandaBelow = await t.tokenFor([[Role.PROPAGANDA_BOARD, ug]]);
    officeA = await t.tokenFor([[Role.COMMITTEE_OFFICE, ug]]);
    const member = await t.member(cell);
    memberToken = await t.tokenFor([[Role.MEMBER, cell]], member.id);
  });
  afterAll(() => t.close());

  let nq26: string;

  it('the bloc propaganda board creates and updates resolutions; nobody below the root writes them', async () => {
    const res = await create(propaganda, {
      code: '26-NQ/TW', title: 'Về tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược',
      issuer: 'Ban Chấp hành Trung ương', issuedOn: '2018-05-19', type: 'RESOLUTION',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ code: '26-NQ/TW', issuedOn: '2018-05-19', type: 'RESOLUTION', materials: [] });
    nq26 = res.body.id;
    await create(propaganda, { code: '04-KL/ĐUK', title: 'Kết luận về tiếp tục thực hiện Nghị quyết 02-NQ/ĐUK', issuer: 'Ban Chấp hành Đảng bộ Khối', issuedOn: '2021-10-26', type: 'CONCLUSION' }).expect(201);
    const updated = await t.http.patch(`/api/v1/resolutions/${nq26}`).set(auth(propaganda)).send({ summary: 'Cán bộ là then chốt của then chốt' });
    expect(updated.status).toBe(200);
    expect(updated.body.summary).toBe('Cán bộ là then chốt của then chốt');

    const dup = await create(propaganda, { code: '26-NQ/TW', title: 'x', issuer: 'y', issuedOn: '2018-05-19', type: 'RESOLUTION' });
    expect(dup.status).toBe(409);
    expect(fields(dup.body)).toEqual(['code']);
    const bad = await create(propaganda, { code: '', title: '', issuer: 'y', issuedOn: '19/05/2018', type: 'LAW' });
    expect(bad.status).toBe(400);
    expect(fields(bad.body)).toEqual(['code', 'issuedOn', 'title', 'type']);
    const body = { code: '99-NQ/TW', title: 'Thử', issuer: 'Thử', issuedOn: '2020-01-01', type: 'RESOLUTION' };
    expect((await create(propagandaBelow, body)).status).toBe(403);
    expect((await create(officeA, body)).status).toBe(403);
    expect((await create(memberToken, body)).status).toBe(403);
    expect((await t.http.post('/api/v1/resolutions').send(body)).status).toBe(401);
    const gql = await t.gql(officeA, `mutation { createResolution(input: { code: "98-NQ/TW", title: "t", issuer: "i", issuedOn: "2020-01-01", type: RESOLUTION }) { id } }`);
    expect(gql.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('everyone signed in reads them; search ignores diacritics; filter by type', async () => {
    const search = await t.http.get('/api/v1/resolutions?search=cap chien luoc').set(auth(memberToken));
    expect(search.status).toBe(200);
    expect(search.body.nodes.map((r: { code: string }) => r.code)).toEqual(['26-NQ/TW']);
    const byCode = await t.http.get(`/api/v1/resolutions?search=${encodeURIComponent('kl/duk')}`).set(auth(officeA));
    expect(byCode.body.nodes.map((r: { code: string }) => r.code)).toEqual(['04-KL/ĐUK']);
    const gql = await t.gql(memberToken, `{ resolutions(type: CONCLUSION) { nodes { code type } } }`);
    expect(gql.data.resolutions.nodes).toEqual([{ code: '04-KL/ĐUK', type: 'CONCLUSION' }]);
    expect((await t.http.get('/api/v1/resolutions')).status).toBe(401);
  });

  it('adds a material link (GraphQL and REST)', async () => {
    const gql = await t.gql(propaganda, `mutation($id: ID!) { addResolutionMaterialLink(resolutionId: $id, input: { kind: QA, title: "Tài liệu hỏi - đáp", url: "https://tuyengiao.vn/hoi-dap-tw7" }) { kind url downloadPath } }`, { id: nq26 });
    expect(gql.data.addResolutionMaterialLink).toEqual({ kind: 'QA', url: 'https://tuyengiao.vn/hoi-dap-tw7', downloadPath: null });
    const bad = await t.http.post(`/api/v1/resolutions/${nq26}/materials`).set(auth(propaganda)).send({ kind: 'BOOK', title: '', url: 'javascript:alert(1)' });
    expect(bad.status).toBe(400);
    expect(fields(bad.body)).toEqual(['kind', 'title', 'url']);
    expect((await t.http.post(`/api/v1/resolutions/${nq26}/materials`).set(auth(officeA)).send({ kind: 'QA', title: 'x', url: 'https://a.vn' })).status).toBe(403);
  });

  it('uploads a study file and gives it back with its Vietnamese name', async () => {
    const content = Buffer.from('%PDF-1.4\nTài liệu học tập\n', 'utf8');
    const name = 'Tài liệu học tập Nghị quyết 26.pdf';
    const up = await t.http.post(`/api/v1/resolutions/${nq26}/materials/upload`).set(auth(propaganda))
      .field('kind', 'STUDY').attach('file', content, name);
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ kind: 'STUDY', title: name, fileName: name, contentType: 'application/pdf', sizeBytes: content.length, url: null });
    const down = await t.http.get(up.body.downloadPath.replace(/^\/api\/v1/, '/api/v1')).set(auth(memberToken)).buffer(true)
      .parse((res, cb) => { const chunks: Buffer[] = []; res.on('data', (c: Buffer) => chunks.push(c)); res.on('end', () => cb(null, Buffer.concat(chunks))); });
    expect(down.status).toBe(200);
    expect(Buffer.compare(down.body as Buffer, content)).toBe(0);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.headers['content-disposition']).toBe(
      `attachment; filename="Tai lieu hoc tap Nghi quyet 26.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    const got = await t.http.get(`/api/v1/resolutions/${nq26}`).set(auth(memberToken));
    expect(got.body.materials.map((m: { kind: string }) => m.kind)).toEqual(['STUDY', 'QA']);
    expect((await t.http.get(up.body.downloadPath)).status).toBe(401);
  });

  it('refuses a file over the limit (413, nothing kept), a dangerous type (422) and a missing kind (400)', async () => {
    const before = await t.query<{ n: string }>(`SELECT count(*) AS n FROM resolution_materials`);
    const big = await t.http.post(`/api/v1/resolutions/${nq26}/materials/upload`).set(auth(propaganda))
      .field('kind', 'RESEARCH').attach('file', Buffer.alloc(1024 * 1024 + 10, 65), 'lon.pdf');
    expect(big.status).toBe(413);
    const exe = await t.http.post(`/api/v1/resolutions/${nq26}/materials/upload`).set(auth(propaganda))
      .field('kind', 'RESEARCH').attach('file', Buffer.from('MZ'), 'cai-dat.exe');
    expect(exe.status).toBe(422);
    expect(fields(exe.body)).toEqual(['file']);
    const html = await t.http.post(`/api/v1/resolutions/${nq26}/materials/upload`).set(auth(propaganda))
      .field('kind', 'RESEARCH').attach('file', Buffer.from('<script>'), 'trang.html');
    expect(html.status).toBe(422);
    const noKind = await t.http.post(`/api/v1/resolutions/${nq26}/materials/upload`).set(auth(propaganda))
      .attach('file', Buffer.from('x'), 'a.pdf');
    expect(noKind.status).toBe(400);
    expect(fields(noKind.body)).toEqual(['kind']);
    const notMultipart = await t.http.post(`/api/v1/resolutions/${nq26}/materials/upload`).set(auth(propaganda)).send({ kind: 'QA' });
    expect(notMultipart.status).toBe(400);
    const foreign = await t.http.post(`/api/v1/resolutions/${nq26}/materials/upload`).set(auth(officeA))
      .field('kind', 'QA').attach('file', Buffer.from('x'), 'a.pdf');
    expect(foreign.status).toBe(403);
    const after = await t.query<{ n: string }>(`SELECT count(*) AS n FROM resolution_materials`);
    expect(after[0].n).toBe(before[0].n);
    const link = (await t.query<{ id: string }>(`SELECT id FROM resolution_materials WHERE url IS NOT NULL LIMIT 1`))[0];
    expect((await t.http.get(`/api/v1/materials/${link.id}/file`).set(auth(memberToken))).status).toBe(404);
  });
});
