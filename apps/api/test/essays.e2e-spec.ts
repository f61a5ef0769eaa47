import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { ESSAY, ESSAY_FIELDS, gradeEssay, insertExemption, OTHER_ESSAY, submitEssay, vnDate } from './support/essays-fixtures';
import { insertCampaign, TestCampaign } from './support/study-fixtures';
import { TestApp, TestMember, TestOrg } from './support/test-app';

describe('essays (bài thu hoạch): submission, deadline, grading, scope, missing essays', () => {
  let t: TestApp;
  let root: TestOrg;
  let a: TestOrg;
  let cellA: TestOrg;
  let b: TestOrg;
  let cellB: TestOrg;
  let open: TestCampaign; // due in 5 days
  let overdue: TestCampaign; // due yesterday
  let an: TestMember;
  let binh: TestMember;
  let retired: TestMember;
  let exempt: TestMember;
  let withDecision: TestMember;
  let memberB: TestMember;
  let anToken: string;
  let binhToken: string;
  let secretaryA: string; // CELL_SECRETARY of cell A
  let officeB: string; // COMMITTEE_OFFICE of committee B

  beforeAll(async () => {
    t = await TestApp.start();
    root = await t.root();
    a = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Công Thương');
    cellA = await t.org(a, K.CELL, 'Chi bộ Văn phòng');
    b = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Tư pháp');
    cellB = await t.org(b, K.CELL, 'Chi bộ Vụ Pháp chế');
    an = await t.member(cellA, { fullName: 'Nguyễn Văn An' });
    binh = await t.member(cellA, { fullName: 'Trần Thị Bình' });
    retired = await t.member(cellA, { fullName: 'Lê Văn Cường', flags: { isRetired: true } });
    exempt = await t.member(cellA, { fullName: 'Phạm Văn Dũng', flags: { isExemptFromActivities: true } });
    withDecision = await t.member(cellA, { fullName: 'Hoàng Thị Em' });
    await insertExemption(t, withDecision.id, 'UNFIT_FOR_WORK', 'Quyết định số 12-QĐ/ĐU ngày 05/01/2026');
    memberB = await t.member(cellB, { fullName: 'Vũ Văn Giang' });
    open = await insertCampaign(t, { issuer: root, essayDueOn: await vnDate(t, 5), essayMinWords: 50 });
    overdue = await insertCampaign(t, { issuer: root, essayDueOn: await vnDate(t, -1) });
    anToken = await t.tokenFor([[Role.MEMBER, cellA]], an.id);
    binhToken = await t.tokenFor([[Role.MEMBER, cellA]], binh.id);
    secretaryA = await t.tokenFor([[Role.CELL_SECRETARY, cellA]]);
    officeB = await t.tokenFor([[Role.COMMITTEE_OFFICE, b]]);
  });
  afterAll(() => t.close());

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const codeOf = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code;
  const fieldsOf = (res: { errors?: { extensions: { fields?: { field: string }[] } }[] }) =>
    (res.errors?.[0]?.extensions.fields ?? []).map((f) => f.field);

  describe('submit and edit', () => {
    it('submits, counts words server-side (NFC), and a second submit edits the same essay', async () => {
      const first = await submitEssay(t, anToken, open.id, `  ${'Học tập nghị quyết'.normalize('NFD')} ${ESSAY}  `);
      expect(first.errors).toBeUndefined();
      const essay = first.data.submitEssay;
      expect(essay).toEqual(
        expect.objectContaining({ campaignId: open.id, memberId: an.id, authorName: 'Nguyễn Văn An', organisationId: cellA.id, isLate: false, version: 1 }),
      );
      expect(essay.body.startsWith('Học tập nghị quyết Qua')).toBe(true);
      expect(essay.wordCount).toBe(ESSAY.split(/\s+/).length + 4);
      expect(essay.flags).toBeNull(); // the committee's flags are not shown to the author

      const edit = await submitEssay(t, anToken, open.id, ESSAY);
      expect(edit.data.submitEssay).toEqual(expect.objectContaining({ id: essay.id, version: 2, wordCount: ESSAY.split(/\s+/).length }));
      // The same text again changes nothing (a retried request).
      const again = await submitEssay(t, anToken, open.id, ESSAY);
      expect(again.data.submitEssay.version).toBe(2);
      expect(await t.query(`SELECT count(*)::int AS n FROM essays WHERE member_id = $1`, [an.id])).toEqual([{ n: 1 }]);
      const audit = await t.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [essay.id]);
      expect(audit.map((r) => r.action)).toEqual(['essay.submit', 'essay.update']);
    });

    it('shows the member their own essays only (myEssay, myEssays, REST /essays/{campaignId}/mine)', async () => {
      const mine = await t.gql(anToken, `query($c: ID!) { myEssay(campaignId: $c) { id memberId } myEssays { nodes { id } } }`, { c: open.id });
      expect(mine.data.myEssay.memberId).toBe(an.id);
      expect(mine.data.myEssays.nodes).toHaveLength(1);
      const none = await t.gql(binhToken, `query($c: ID!) { myEssay(campaignId: $c) { id } myEssays { nodes { id } } }`, { c: open.id });
      expect(none.data).toEqual({ myEssay: null, myEssays: { nodes: [] } });
      expect((await t.http.get(`/api/v1/essays/${open.id}/mine`).set(auth(binhToken))).status).toBe(404);
      const rest = await t.http.get(`/api/v1/essays/${open.id}/mine`).set(auth(anToken));
      expect(rest.status).toBe(200);
      expect(rest.body.id).toBe(mine.data.myEssay.id);
    });

    it('submits and edits through REST PUT, with bad input refused (400, field named)', async () => {
      const res = await t.http.put(`/api/v1/essays/${open.id}/mine`).set(auth(binhToken)).send({ body: OTHER_ESSAY });
      expect(res.status).toBe(200);
      expect(res.body.memberId).toBe(binh.id);
      const empty = await t.http.put(`/api/v1/essays/${open.id}/mine`).set(auth(binhToken)).send({ body: '   ' });
      expect(empty.status).toBe(400);
      expect(empty.body.fields.map((f: { field: string }) => f.field)).toEqual(['body']);
      const gqlBad = await t.gql(binhToken, `mutation { submitEssay(input: { campaignId: "nope", body: "x" }) { id } }`);
      expect(codeOf(gqlBad)).toBe('BAD_USER_INPUT');
    });

    it('accepts a first submission after the due day as late, then refuses edits (422, field body)', async () => {
      const late = await submitEssay(t, anToken, overdue.id, ESSAY);
      expect(late.errors).toBeUndefined();
      expect(late.data.submitEssay.isLate).toBe(true);
      const edit = await submitEssay(t, anToken, overdue.id, `${ESSAY} Bổ sung.`);
      expect(codeOf(edit)).toBe('UNPROCESSABLE');
      expect(fieldsOf(edit)).toEqual(['body']);
      const rest = await t.http.put(`/api/v1/essays/${overdue.id}/mine`).set(auth(anToken)).send({ body: 'Sửa lại.' });
      expect(rest.status).toBe(422);
      // Retrying the accepted text is still fine.
      expect((await submitEssay(t, anToken, overdue.id, ESSAY)).data.submitEssay.isLate).toBe(true);
    });

    it('is on time on the due day itself', async () => {
      const dueToday = await insertCampaign(t, { issuer: root, essayDueOn: await vnDate(t, 0) });
      const res = await submitEssay(t, binhToken, dueToday.id, ESSAY);
      expect(res.data.submitEssay.isLate).toBe(false);
      expect((await submitEssay(t, binhToken, dueToday.id, OTHER_ESSAY)).data.submitEssay.version).toBe(2);
    });

    it('refuses members the campaign does not require, accepts voluntary essays from retired members', async () => {
      const exemptToken = await t.tokenFor([[Role.MEMBER, cellA]], exempt.id);
      const refused = await submitEssay(t, exemptToken, open.id, ESSAY);
      expect(codeOf(refused)).toBe('UNPROCESSABLE');
      expect(fieldsOf(refused)).toEqual(['campaignId']);
      const campaignB = await insertCampaign(t, { issuer: b, essayDueOn: await vnDate(t, 5) });
      const outside = await submitEssay(t, anToken, campaignB.id, ESSAY);
      expect(fieldsOf(outside)).toEqual(['campaignId']);
      const retiredToken = await t.tokenFor([[Role.MEMBER, cellA]], retired.id);
      expect((await submitEssay(t, retiredToken, open.id, OTHER_ESSAY)).errors).toBeUndefined();
    });

    it('refuses essays for draft campaigns and campaigns without essays, and users who are not members', async () => {
      const draft = await insertCampaign(t, { issuer: root, status: 'DRAFT', essayDueOn: await vnDate(t, 5) });
      expect(fieldsOf(await submitEssay(t, binhToken, draft.id, ESSAY))).toEqual(['campaignId']);
      const none = await insertCampaign(t, { issuer: root, essayPolicy: 'NONE' });
      expect(fieldsOf(await submitEssay(t, binhToken, none.id, ESSAY))).toEqual(['campaignId']);
      expect(codeOf(await submitEssay(t, secretaryA, open.id, ESSAY))).toBe('NOT_FOUND');
      expect(codeOf(await submitEssay(t, binhToken, '00000000-0000-4000-8000-000000000000', ESSAY))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(null, `query { myEssays { nodes { id } } }`))).toBe('UNAUTHENTICATED');
    });
  });

  describe('grading', () => {
    let anEssayId: string;
    let binhEssayId: string;
    beforeAll(async () => {
      anEssayId = (await t.query<{ id: string }>(`SELECT id FROM essays WHERE campaign_id = $1 AND member_id = $2`, [open.id, an.id]))[0].id;
      binhEssayId = (await t.query<{ id: string }>(`SELECT id FROM essays WHERE campaign_id = $1 AND member_id = $2`, [open.id, binh.id]))[0].id;
    });

    it('lists the queue of the grader’s subtree with filters and pages', async () => {
      const q = `query($c: ID!, $o: ID, $f: EssayFilterInput, $first: Int, $after: String) {
        essaysToGrade(campaignId: $c, organisationId: $o, filter: $f, first: $first, after: $after) {
          nodes { id memberId flags { tooShort } } pageInfo { hasNextPage endCursor } } }`;
      const page1 = await t.gql(secretaryA, q, { c: open.id, first: 2 });
      expect(page1.errors).toBeUndefined();
      expect(page1.data.essaysToGrade.pageInfo.hasNextPage).toBe(true);
      const page2 = await t.gql(secretaryA, q, { c: open.id, first: 2, after: page1.data.essaysToGrade.pageInfo.endCursor });
      const ids = [...page1.data.essaysToGrade.nodes, ...page2.data.essaysToGrade.nodes].map((n: { memberId: string }) => n.memberId);
      expect(ids.sort()).toEqual([an.id, binh.id, retired.id].sort());
      const ungraded = await t.gql(secretaryA, q, { c: open.id, o: cellA.id, f: { graded: false } });
      expect(ungraded.data.essaysToGrade.nodes).toHaveLength(3);
      const rest = await t.http.get('/api/v1/essays').query({ campaignId: open.id, graded: 'true' }).set(auth(secretaryA));
      expect(rest.status).toBe(200);
      expect(rest.body.nodes).toEqual([]);
    });

    it('grades 0-10 with a comment; the author sees it and can no longer edit (422)', async () => {
      const res = await gradeEssay(t, secretaryA, binhEssayId, 8, 'Liên hệ thực tế tốt.');
      expect(res.errors).toBeUndefined();
      expect(res.data.gradeEssay).toEqual(expect.objectContaining({ grade: 8, gradeComment: 'Liên hệ thực tế tốt.' }));
      const mine = await t.gql(binhToken, `query($c: ID!) { myEssay(campaignId: $c) { grade gradeComment } }`, { c: open.id });
      expect(mine.data.myEssay).toEqual({ grade: 8, gradeComment: 'Liên hệ thực tế tốt.' });
      const edit = await submitEssay(t, binhToken, open.id, `${OTHER_ESSAY} Bổ sung.`);
      expect(codeOf(edit)).toBe('UNPROCESSABLE');
      expect(fieldsOf(edit)).toEqual(['body']);
      const bad = await gradeEssay(t, secretaryA, binhEssayId, 11);
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      const restBad = await t.http.post(`/api/v1/essays/${binhEssayId}/grade`).set(auth(secretaryA)).send({ grade: -1 });
      expect(restBad.status).toBe(400);
      const restOk = await t.http.post(`/api/v1/essays/${binhEssayId}/grade`).set(auth(secretaryA)).send({ grade: 9 });
      expect(restOk.status).toBe(200);
      expect(restOk.body.grade).toBe(9);
      const graded = await t.http.get('/api/v1/essays').query({ campaignId: open.id, graded: 'true' }).set(auth(secretaryA));
      expect(graded.body.nodes.map((n: { id: string }) => n.id)).toEqual([binhEssayId]);
    });

    it('refuses a grader of another subtree (403), even with a guessed id', async () => {
      expect(codeOf(await gradeEssay(t, officeB, anEssayId, 5))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(officeB, `query($id: ID!) { essay(id: $id) { essay { id } } }`, { id: anEssayId }))).toBe('FORBIDDEN');
      expect((await t.http.get(`/api/v1/essays/${anEssayId}`).set(auth(officeB))).status).toBe(403);
      const queue = await t.gql(officeB, `query($c: ID!, $o: ID) { essaysToGrade(campaignId: $c, organisationId: $o) { nodes { id } } }`, {
        c: open.id,
        o: cellA.id,
      });
      expect(codeOf(queue)).toBe('FORBIDDEN');
      const own = await t.gql(officeB, `query($c: ID!) { essaysToGrade(campaignId: $c) { nodes { id } } }`, { c: open.id });
      expect(own.data.essaysToGrade.nodes).toEqual([]);
      expect((await t.query(`SELECT grade FROM essays WHERE id = $1`, [anEssayId]))[0].grade).toBeNull();
    });

    it("refuses a member reading or grading another member's essay (403)", async () => {
      expect(codeOf(await t.gql(binhToken, `query($id: ID!) { essay(id: $id) { essay { body } } }`, { id: anEssayId }))).toBe('FORBIDDEN');
      expect((await t.http.get(`/api/v1/essays/${anEssayId}`).set(auth(binhToken))).status).toBe(403);
      expect(codeOf(await gradeEssay(t, binhToken, anEssayId, 10))).toBe('FORBIDDEN');
      const memberBToken = await t.tokenFor([[Role.MEMBER, cellB]], memberB.id);
      expect((await t.http.get(`/api/v1/essays/${anEssayId}/file`).set(auth(memberBToken))).status).toBe(403);
      expect((await t.http.get(`/api/v1/essays/${anEssayId}`)).status).toBe(401);
    });

    it('refuses a member or a speaker the grading queue and the tracking views (GraphQL and REST); essays are never listed', async () => {
      const speaker = await t.tokenFor([[Role.SPEAKER, root]]);
      for (const token of [binhToken, speaker]) {
        const queue = await t.gql(token, `query($c: ID!) { essaysToGrade(campaignId: $c) { nodes { id body } } }`, { c: open.id });
        expect(codeOf(queue)).toBe('FORBIDDEN');
        expect(queue.data).toBeNull();
        const status = await t.gql(token, `query($c: ID!) { essayStatus(campaignId: $c) { nodes { memberId } } }`, { c: open.id });
        expect(codeOf(status)).toBe('FORBIDDEN');
        expect((await t.http.get('/api/v1/essays').query({ campaignId: open.id }).set(auth(token))).status).toBe(403);
        expect((await t.http.get('/api/v1/essays/status').query({ campaignId: open.id }).set(auth(token))).status).toBe(403);
        expect((await t.http.post(`/api/v1/essays/${anEssayId}/grade`).set(auth(token)).send({ grade: 10 })).status).toBe(403);
      }
      // The speaker's own essays are only theirs (none: not a party member on record).
      expect(codeOf(await t.gql(speaker, `query($c: ID!) { myEssay(campaignId: $c) { id } }`, { c: open.id }))).toBe('NOT_FOUND');
      expect((await t.query(`SELECT grade FROM essays WHERE id = $1`, [anEssayId]))[0].grade).toBeNull();
    });

    it('shows a grader the essay detail with its flags', async () => {
      const res = await t.gql(secretaryA, `query($id: ID!) { essay(id: $id) { essay { ${ESSAY_FIELDS} } similarEssay { id } } }`, { id: anEssayId });
      expect(res.errors).toBeUndefined();
      expect(res.data.essay.essay.memberId).toBe(an.id);
      expect(res.data.essay.essay.flags).toEqual(expect.objectContaining({ nearDuplicate: false }));
      expect(res.data.essay.similarEssay).toBeNull();
    });
  });

  describe('missing essays and exemptions', () => {
    it('lists required members without an essay; exempt members never appear as missing', async () => {
      const res = await t.gql(secretaryA, `query($c: ID!, $o: ID) { missingEssays(campaignId: $c, organisationId: $o) { nodes { memberId fullName state } } }`, {
        c: open.id,
        o: cellA.id,
      });
      expect(res.errors).toBeUndefined();
      // An and Bình submitted; Cường is retired (wrote voluntarily), Dũng exempt from activities, Em unfit by decision.
      expect(res.data.missingEssays.nodes).toEqual([]);
      const campaign = await insertCampaign(t, { issuer: root, essayDueOn: await vnDate(t, 5) });
      const all = await t.http.get('/api/v1/essays/missing').query({ campaignId: campaign.id, organisationId: cellA.id }).set(auth(secretaryA));
      expect(all.status).toBe(200);
      expect(all.body.nodes.map((n: { fullName: string }) => n.fullName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    });

    it('shows each member’s state with the exemption reason and basis', async () => {
      const res = await t.gql(secretaryA, `query($c: ID!) { essayStatus(campaignId: $c) {
          nodes { memberId state essayRequired exemptionReason exemptionBasis isLate } } }`, { c: open.id });
      expect(res.errors).toBeUndefined();
      const byMember = Object.fromEntries(res.data.essayStatus.nodes.map((n: { memberId: string }) => [n.memberId, n]));
      expect(byMember[an.id]).toEqual(expect.objectContaining({ state: 'SUBMITTED', essayRequired: true, exemptionReason: null, isLate: false }));
      expect(byMember[retired.id]).toEqual(expect.objectContaining({ state: 'VOLUNTARY', exemptionReason: 'RETIRED', exemptionBasis: 'Hồ sơ đảng viên' }));
      expect(byMember[exempt.id]).toEqual(expect.objectContaining({ state: 'EXEMPT', exemptionReason: 'EXEMPT_FROM_ACTIVITIES' }));
      expect(byMember[withDecision.id]).toEqual(
        expect.objectContaining({ state: 'EXEMPT', exemptionReason: 'UNFIT_FOR_WORK', exemptionBasis: 'Quyết định số 12-QĐ/ĐU ngày 05/01/2026' }),
      );
      expect(byMember[memberB.id]).toBeUndefined(); // outside the secretary's scope
      const one = await t.http.get('/api/v1/essays/status').query({ campaignId: open.id, memberId: withDecision.id }).set(auth(secretaryA));
      expect(one.body.nodes).toHaveLength(1);
    });

    it('shows key-leader-only campaigns: other members are exempt as NOT_KEY_LEADER', async () => {
      const campaign = await insertCampaign(t, { issuer: root, essayPolicy: 'KEY_LEADERS_ONLY', essayDueOn: await vnDate(t, 5) });
      const leader = await t.member(cellA, { fullName: 'Đỗ Văn Hải', flags: { isKeyLeader: true } });
      const res = await t.gql(secretaryA, `query($c: ID!) { missingEssays(campaignId: $c) { nodes { memberId } } }`, { c: campaign.id });
      expect(res.data.missingEssays.nodes).toEqual([{ memberId: leader.id }]);
      const status = await t.gql(secretaryA, `query($c: ID!, $m: ID) { essayStatus(campaignId: $c, memberId: $m) { nodes { state exemptionReason } } }`, {
        c: campaign.id,
        m: an.id,
      });
      expect(status.data.essayStatus.nodes).toEqual([{ state: 'EXEMPT', exemptionReason: 'NOT_KEY_LEADER' }]);
    });

    it('refuses tracking outside the scope and for members', async () => {
      const res = await t.gql(officeB, `query($c: ID!, $o: ID) { missingEssays(campaignId: $c, organisationId: $o) { nodes { memberId } } }`, {
        c: open.id,
        o: cellA.id,
      });
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect((await t.http.get('/api/v1/essays/missing').query({ campaignId: open.id }).set(auth(anToken))).status).toBe(403);
    });
  });
});
