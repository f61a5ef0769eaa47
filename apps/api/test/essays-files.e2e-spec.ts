import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { ESSAY, gradeEssay, OTHER_ESSAY, submitEssay, vnDate } from './support/essays-fixtures';
import { insertCampaign, TestCampaign } from './support/study-fixtures';
import { TestApp, TestMember, TestOrg } from './support/test-app';

/** Essay attachments: upload with the text, download by the author and graders in scope, size and type refusals. */
describe('essay files (REST multipart)', () => {
  const storageDir = mkdtempSync(join(tmpdir(), 'qt-essay-files-'));
  let t: TestApp;
  let cellA: TestOrg;
  let campaign: TestCampaign;
  let overdue: TestCampaign;
  let an: TestMember;
  let anToken: string;
  let binhToken: string;
  let secretaryA: string;
  let officeB: string;
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2048, 'a'), Buffer.from('\n%%EOF\n')]);
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const bytes = (res: { body: unknown }) => res.body as Buffer;
  const binary = (res: NodeJS.ReadableStream & { setEncoding: (e: string) => void }, done: (err: Error | null, body: Buffer) => void) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  };
  const storedFiles = () => readdirSync(storageDir, { recursive: true }).filter((f) => String(f).split('/').length === 3);

  beforeAll(async () => {
    t = await TestApp.start({ UPLOAD_MAX_MEGABYTES: '1', STORAGE_DIR: storageDir });
    const root = await t.root();
    const a = await t.org(root, K.UPPER_GRASSROOTS);
    cellA = await t.org(a, K.CELL);
    const b = await t.org(root, K.UPPER_GRASSROOTS);
    campaign = await insertCampaign(t, { issuer: root, essayDueOn: await vnDate(t, 3) });
    overdue = await insertCampaign(t, { issuer: root, essayDueOn: await vnDate(t, -2) });
    an = await t.member(cellA, { fullName: 'Nguyễn Văn An' });
    const binh = await t.member(cellA, { fullName: 'Trần Thị Bình' });
    anToken = await t.tokenFor([[Role.MEMBER, cellA]], an.id);
    binhToken = await t.tokenFor([[Role.MEMBER, cellA]], binh.id);
    secretaryA = await t.tokenFor([[Role.CELL_SECRETARY, cellA]]);
    officeB = await t.tokenFor([[Role.COMMITTEE_OFFICE, b]]);
  });
  afterAll(async () => {
    await t.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  it('submits the text and a file in one request; the author and a grader in scope download it', async () => {
    const res = await t.http
      .post(`/api/v1/essays/${campaign.id}/mine/file`)
      .set(auth(anToken))
      .field('body', ESSAY)
      .attach('file', pdf, { filename: 'Bài thu hoạch NQ26.pdf', contentType: 'application/pdf' });
    expect(res.status).toBe(200);
    expect(res.body.file).toEqual({ name: 'Bài thu hoạch NQ26.pdf', contentType: 'application/pdf', sizeBytes: pdf.length });
    expect(res.body.body).toBe(ESSAY);

    const own = await t.http.get(`/api/v1/essays/${campaign.id}/mine/file`).set(auth(anToken)).buffer(true).parse(binary);
    expect(own.status).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    expect(own.headers['content-disposition']).toContain("filename*=UTF-8''B%C3%A0i%20thu%20ho%E1%BA%A1ch%20NQ26.pdf");
    expect(bytes(own).equals(pdf)).toBe(true);

    const graderDownload = await t.http.get(`/api/v1/essays/${res.body.id}/file`).set(auth(secretaryA)).buffer(true).parse(binary);
    expect(graderDownload.status).toBe(200);
    expect(bytes(graderDownload).equals(pdf)).toBe(true);
    expect((await t.http.get(`/api/v1/essays/${res.body.id}/file`).set(auth(officeB))).status).toBe(403);
    expect((await t.http.get(`/api/v1/essays/${res.body.id}/file`).set(auth(binhToken))).status).toBe(403);
    expect((await t.http.get(`/api/v1/essays/${campaign.id}/mine/file`).set(auth(binhToken))).status).toBe(404);
  });

  it('replaces the file of an existing essay and removes the old one from storage', async () => {
    const before = storedFiles().length;
    const res = await t.http
      .post(`/api/v1/essays/${campaign.id}/mine/file`)
      .set(auth(anToken))
      .attach('file', Buffer.from('Bản thu hoạch dạng văn bản.'), { filename: 'thu-hoach.txt', contentType: 'text/plain' });
    expect(res.status).toBe(200);
    expect(res.body.file.name).toBe('thu-hoach.txt');
    expect(res.body.body).toBe(ESSAY); // the text is kept
    expect(storedFiles().length).toBe(before);
  });

  it('refuses a file larger than UPLOAD_MAX_MEGABYTES (413) and keeps nothing', async () => {
    const before = storedFiles().length;
    const big = Buffer.alloc(1024 * 1024 + 10, 'x');
    const res = await t.http
      .post(`/api/v1/essays/${campaign.id}/mine/file`)
      .set(auth(anToken))
      .attach('file', big, { filename: 'to.pdf', contentType: 'application/pdf' });
    expect(res.status).toBe(413);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['file']);
    expect(storedFiles().length).toBe(before);
    const [row] = await t.query<{ file_name: string }>(`SELECT file_name FROM essays WHERE member_id = $1`, [an.id]);
    expect(row.file_name).toBe('thu-hoach.txt');
  });

  it('refuses other file types, a missing file, and a first submission without text (field named)', async () => {
    const exe = await t.http
      .post(`/api/v1/essays/${campaign.id}/mine/file`)
      .set(auth(anToken))
      .attach('file', Buffer.from('MZ'), { filename: 'virus.exe', contentType: 'application/octet-stream' });
    expect(exe.status).toBe(400);
    expect(exe.body.fields.map((f: { field: string }) => f.field)).toEqual(['file']);
    const json = await t.http.post(`/api/v1/essays/${campaign.id}/mine/file`).set(auth(anToken)).send({ body: 'x' });
    expect(json.status).toBe(400);
    const noText = await t.http
      .post(`/api/v1/essays/${campaign.id}/mine/file`)
      .set(auth(binhToken))
      .attach('file', pdf, { filename: 'a.pdf', contentType: 'application/pdf' });
    expect(noText.status).toBe(422);
    expect(noText.body.fields.map((f: { field: string }) => f.field)).toEqual(['body']);
  });

  it('refuses a new file after the deadline or after grading (422, field file)', async () => {
    const late = await t.http
      .post(`/api/v1/essays/${overdue.id}/mine/file`)
      .set(auth(binhToken))
      .field('body', OTHER_ESSAY)
      .attach('file', pdf, { filename: 'a.pdf', contentType: 'application/pdf' });
    expect(late.status).toBe(200);
    expect(late.body.isLate).toBe(true);
    const again = await t.http
      .post(`/api/v1/essays/${overdue.id}/mine/file`)
      .set(auth(binhToken))
      .attach('file', pdf, { filename: 'b.pdf', contentType: 'application/pdf' });
    expect(again.status).toBe(422);
    expect(again.body.fields.map((f: { field: string }) => f.field)).toEqual(['file']);

    const mine = (await submitEssay(t, anToken, campaign.id, ESSAY)).data.submitEssay;
    expect((await gradeEssay(t, secretaryA, mine.id, 7)).errors).toBeUndefined();
    const graded = await t.http
      .post(`/api/v1/essays/${campaign.id}/mine/file`)
      .set(auth(anToken))
      .attach('file', pdf, { filename: 'c.pdf', contentType: 'application/pdf' });
    expect(graded.status).toBe(422);
    expect(graded.body.fields.map((f: { field: string }) => f.field)).toEqual(['file']);
  });
});
