import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { bullRootModule, ConfigModule, DatabaseModule, LoggingModule, RedisModule } from '@qt/server-core';
import { EssaysWorkerModule } from '@qt/server-essays';
import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { EDITED_COPY, ESSAY, eventually, OTHER_ESSAY, SHORT_ESSAY, submitEssay, vnDate } from './support/essays-fixtures';
import { insertCampaign, TestCampaign } from './support/study-fixtures';
import { TestApp, TestMember, TestOrg } from './support/test-app';

/**
 * Perfunctory-essay flags (sơ sài, đối phó) through the real path: the API queues
 * JOBS.detectEssayFlags after the submission commits, the essays worker (in-process, same
 * database and queue prefix) computes the flags.
 */
describe('essay flags: too short and near-duplicate, computed by the worker', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let root: TestOrg;
  let cell: TestOrg;
  let campaign: TestCampaign;
  const members: TestMember[] = [];
  const tokens: string[] = [];
  let grader: string;

  beforeAll(async () => {
    t = await TestApp.start();
    @Module({
      imports: [ConfigModule.forRoot(t.config), LoggingModule, DatabaseModule, RedisModule, bullRootModule(), EssaysWorkerModule],
    })
    class TestWorkerModule {}
    worker = await NestFactory.createApplicationContext(TestWorkerModule, { logger: false });
    await worker.init();
    root = await t.root();
    const committee = await t.org(root, K.UPPER_GRASSROOTS);
    cell = await t.org(committee, K.CELL);
    campaign = await insertCampaign(t, { issuer: root, essayDueOn: await vnDate(t, 7), essayMinWords: 100, essaySimilarityThreshold: 0.8 });
    for (const name of ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung']) {
      const m = await t.member(cell, { fullName: name });
      members.push(m);
      tokens.push(await t.tokenFor([[Role.MEMBER, cell]], m.id));
    }
    grader = await t.tokenFor([[Role.PROPAGANDA_BOARD, root]]);
  });
  afterAll(async () => {
    await worker?.close();
    await t.close();
  });

  interface FlagRow {
    id: string;
    member_id: string;
    flag_too_short: boolean | null;
    similar_essay_id: string | null;
    similarity: string | null;
    flags_checked_at: Date | null;
    version: number;
  }
  const flagsOf = (memberId: string) =>
    t.query<FlagRow>(`SELECT id, member_id, flag_too_short, similar_essay_id, similarity, flags_checked_at, version
                        FROM essays WHERE campaign_id = $1 AND member_id = $2`, [campaign.id, memberId]).then((r) => r[0]);
  /** Waits until the worker checked the current version of the member's essay. */
  const checked = (memberId: string) =>
    eventually(async () => {
      const row = await flagsOf(memberId);
      return row?.flags_checked_at ? row : undefined;
    });

  it('flags a lightly edited copy as a near-duplicate of the earlier essay, and a short essay as too short', async () => {
    expect((await submitEssay(t, tokens[0], campaign.id, ESSAY)).errors).toBeUndefined();
    const original = await checked(members[0].id);
    expect(original.flag_too_short).toBe(false);
    expect(original.similar_essay_id).toBeNull();

    expect((await submitEssay(t, tokens[1], campaign.id, EDITED_COPY)).errors).toBeUndefined();
    expect((await submitEssay(t, tokens[2], campaign.id, SHORT_ESSAY)).errors).toBeUndefined();
    expect((await submitEssay(t, tokens[3], campaign.id, OTHER_ESSAY)).errors).toBeUndefined();
    const copy = await checked(members[1].id);
    const short = await checked(members[2].id);
    const other = await checked(members[3].id);

    expect(copy.similar_essay_id).toBe(original.id);
    expect(Number(copy.similarity)).toBeGreaterThanOrEqual(0.8);
    expect(copy.flag_too_short).toBe(false);
    expect(short.flag_too_short).toBe(true);
    expect(short.similar_essay_id).toBeNull();
    expect(other.similar_essay_id).toBeNull();
    expect(other.flag_too_short).toBe(false);
    // Both essays of the pair are flagged: the original now points at its copy.
    expect((await flagsOf(members[0].id)).similar_essay_id).toBe(copy.id);
    const bands = await t.query(`SELECT count(*)::int AS n FROM essay_lsh_bands WHERE essay_id = $1`, [copy.id]);
    expect(bands).toEqual([{ n: 32 }]);
  });

  it('shows graders the flagged essays in the queue and the similar essay side by side', async () => {
    const copy = await flagsOf(members[1].id);
    const q = `query($c: ID!, $f: EssayFilterInput) { essaysToGrade(campaignId: $c, filter: $f) { nodes { memberId flags { tooShort nearDuplicate } } } }`;
    const dup = await t.gql(grader, q, { c: campaign.id, f: { nearDuplicate: true } });
    expect(dup.data.essaysToGrade.nodes.map((n: { memberId: string }) => n.memberId).sort()).toEqual([members[0].id, members[1].id].sort());
    const short = await t.gql(grader, q, { c: campaign.id, f: { tooShort: true } });
    expect(short.data.essaysToGrade.nodes).toEqual([{ memberId: members[2].id, flags: { tooShort: true, nearDuplicate: false } }]);
    const flagged = await t.gql(grader, q, { c: campaign.id, f: { flagged: false } });
    expect(flagged.data.essaysToGrade.nodes.map((n: { memberId: string }) => n.memberId)).toEqual([members[3].id]);

    const detail = await t.http.get(`/api/v1/essays/${copy.id}`).set({ authorization: `Bearer ${grader}` });
    expect(detail.status).toBe(200);
    expect(detail.body.essay.flags).toEqual(expect.objectContaining({ nearDuplicate: true, similarEssayId: expect.any(String) }));
    expect(detail.body.similarEssay).toEqual(
      expect.objectContaining({ authorName: 'Nguyễn Văn An', body: ESSAY, similarity: Number(copy.similarity) }),
    );
  });

  it('re-checks after an edit: rewriting the copy clears the flags of both essays', async () => {
    const before = await flagsOf(members[1].id);
    expect((await submitEssay(t, tokens[1], campaign.id, `${OTHER_ESSAY} ${ESSAY.slice(0, 200)}`.replace(/Là cán bộ/, 'Là đảng viên'))).errors).toBeUndefined();
    const after = await eventually(async () => {
      const row = await flagsOf(members[1].id);
      return row.version === before.version + 1 && row.flags_checked_at ? row : undefined;
    });
    expect(after.similar_essay_id).toBeNull();
    expect((await flagsOf(members[0].id)).similar_essay_id).toBeNull();
  });
});
