import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { addCommitteeOffice } from './support/programmes-fixtures';
import { insertCampaign, TestCampaign } from './support/study-fixtures';
import { TestApp, TestMember, TestOrg } from './support/test-app';

/**
 * Personal action plans and their split oversight (seed 000 III.2): the bloc's Propaganda Board oversees
 * heads under the bloc standing committee's management; each subordinate committee oversees its other
 * secretaries and heads. Neither reviews the other's plans.
 */
describe('personal action plans: own writing, split oversight, yearly evaluation, missing plans', () => {
  let t: TestApp;
  let root: TestOrg;
  let a: TestOrg;
  let a1: TestOrg;
  let cellA1: TestOrg;
  let b: TestOrg;
  let cellB: TestOrg;
  let campaign: TestCampaign;
  let noPlans: TestCampaign;
  let headBtv: TestMember; // head under the bloc standing committee's management, in A's subtree
  let headBtv2: TestMember; // same, writes nothing
  let headA: TestMember; // head in A's subtree, not BTV-managed
  let secA1: TestMember; // secretary of A1
  let headB: TestMember;
  let plain: TestMember;
  const tok: Record<string, string> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    root = await t.root();
    a = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Công Thương');
    a1 = await t.org(a, K.GRASSROOTS, 'Đảng bộ Vụ Kế hoạch');
    cellA1 = await t.org(a1, K.CELL, 'Chi bộ Phòng Tổng hợp');
    b = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Tư pháp');
    cellB = await t.org(b, K.CELL, 'Chi bộ Vụ Pháp chế');
    headBtv = await t.member(cellA1, { fullName: 'An Thứ Trưởng', flags: { isHeadOfUnit: true, isUnderBlocStandingCommittee: true } });
    headBtv2 = await t.member(cellA1, { fullName: 'Bảo Thứ Trưởng', flags: { isHeadOfUnit: true, isUnderBlocStandingCommittee: true } });
    headA = await t.member(cellA1, { fullName: 'Cường Vụ Trưởng', flags: { isHeadOfUnit: true } });
    secA1 = await t.member(cellA1, { fullName: 'Dung Bí Thư' });
    headB = await t.member(cellB, { fullName: 'Giang Cục Trưởng', flags: { isHeadOfUnit: true } });
    plain = await t.member(cellA1, { fullName: 'Hà Chuyên Viên' });
    await addCommitteeOffice(t, a1, secA1);
    campaign = await insertCampaign(t, { issuer: root, personalPlansRequired: true, startsOn: '2025-06-01', personalPlansDueOn: '2025-08-31' });
    noPlans = await insertCampaign(t, { issuer: root });
    tok.blocBoard = await t.tokenFor([[Role.PROPAGANDA_BOARD, root]]);
    tok.officeA = await t.tokenFor([[Role.COMMITTEE_OFFICE, a]]);
    tok.boardA = await t.tokenFor([[Role.PROPAGANDA_BOARD, a]]);
    tok.officeA1 = await t.tokenFor([[Role.COMMITTEE_OFFICE, a1]]);
    tok.officeB = await t.tokenFor([[Role.COMMITTEE_OFFICE, b]]);
    for (const [name, m, org] of [
      ['headBtv', headBtv, cellA1], ['headA', headA, cellA1], ['secA1', secA1, cellA1], ['headB', headB, cellB], ['plain', plain, cellA1],
    ] as const) {
      tok[name] = await t.tokenFor([[Role.MEMBER, org]], m.id);
    }
  });
  afterAll(() => t.close());

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const fields = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field).sort();
  const write = (who: string, campaignId = campaign.id) =>
    t.http.post('/api/v1/personal-plans/me').set(auth(tok[who])).send({ campaignId, content: 'Kế hoạch hành động cá nhân: nhiệm vụ, lộ trình, cam kết' });
  const submit = (who: string, id: string) => t.http.post(`/api/v1/personal-plans/me/${id}/submit`).set(auth(tok[who]));
  const review = (who: string, id: string, decision: string, comment?: string) =>
    t.http.post(`/api/v1/personal-plans/${id}/review`).set(auth(tok[who])).send({ decision, comment });

  let planA: string;
  let planBtv: string;

  describe('the member writes their own plan', () => {
    it('lets a head write a draft and names who oversees it', async () => {
      const res = await write('headA');
      expect(res.status).toBe(201);
      expect(res.body).toEqual(
        expect.objectContaining({ status: 'DRAFT', memberId: headA.id, organisationId: cellA1.id, overseer: 'SUBORDINATE_COMMITTEE', overseerOrganisationId: a.id }),
      );
      planA = res.body.id;
      const btv = await write('headBtv');
      expect(btv.status).toBe(201);
      expect(btv.body).toEqual(expect.objectContaining({ overseer: 'BLOC_PROPAGANDA_BOARD', overseerOrganisationId: root.id }));
      planBtv = btv.body.id;
    });

    it('lets a committee secretary write one (secretary through committee offices)', async () => {
      const res = await t.gql(tok.secA1, `mutation($c: ID!) { createMyPersonalPlan(input: { campaignId: $c, content: "Kế hoạch của bí thư" }) { status overseer } }`, {
        c: campaign.id,
      });
      expect(res.errors).toBeUndefined();
      expect(res.data.createMyPersonalPlan).toEqual({ status: 'DRAFT', overseer: 'SUBORDINATE_COMMITTEE' });
    });

    it('refuses members the campaign asks no plan of, a second plan, a campaign without plans, staff without a member record', async () => {
      const plainRes = await write('plain');
      expect(plainRes.status).toBe(422);
      expect(fields(plainRes.body)).toEqual(['campaignId']);
      expect((await write('headA')).status).toBe(409);
      expect((await write('headB', noPlans.id)).status).toBe(422);
      expect((await t.http.post('/api/v1/personal-plans/me').set(auth(tok.officeA)).send({ campaignId: campaign.id, content: 'x' })).status).toBe(403);
      expect((await t.http.post('/api/v1/personal-plans/me').send({ campaignId: campaign.id, content: 'x' })).status).toBe(401);
    });

    it("refuses to edit or submit someone else's plan", async () => {
      expect((await t.http.patch(`/api/v1/personal-plans/me/${planA}`).set(auth(tok.headBtv)).send({ content: 'Sửa hộ' })).status).toBe(403);
      expect((await submit('headB', planA)).status).toBe(403);
      const mine = await t.http.get('/api/v1/personal-plans/me').set(auth(tok.headBtv));
      expect(mine.body.map((p: { id: string }) => p.id)).toEqual([planBtv]);
      expect((await t.http.get(`/api/v1/personal-plans/${planA}`).set(auth(tok.headBtv))).status).toBe(403);
    });

    it('freezes a submitted plan until it is returned', async () => {
      expect((await t.http.patch(`/api/v1/personal-plans/me/${planA}`).set(auth(tok.headA)).send({ content: 'Bản sửa trước khi nộp' })).status).toBe(200);
      const submitted = await submit('headA', planA);
      expect(submitted.status).toBe(200);
      expect(submitted.body.status).toBe('SUBMITTED');
      const edit = await t.http.patch(`/api/v1/personal-plans/me/${planA}`).set(auth(tok.headA)).send({ content: 'Sửa sau khi nộp' });
      expect(edit.status).toBe(422);
      expect((await submit('headA', planA)).status).toBe(422);
      expect((await submit('headBtv', planBtv)).status).toBe(200);
    });
  });

  describe('split oversight (seed 000 III.2)', () => {
    it("keeps the bloc board off a subordinate committee's plans, and other committees and deeper offices too", async () => {
      const bloc = await review('blocBoard', planA, 'ACCEPTED');
      expect(bloc.status).toBe(403);
      expect((await review('officeB', planA, 'ACCEPTED')).status).toBe(403);
      expect((await review('officeA1', planA, 'ACCEPTED')).status).toBe(403);
      expect((await review('headB', planA, 'ACCEPTED')).status).toBe(403);
      const speakerA = await t.tokenFor([[Role.SPEAKER, a]]);
      expect((await t.http.post(`/api/v1/personal-plans/${planA}/review`).set(auth(speakerA)).send({ decision: 'ACCEPTED' })).status).toBe(403);
      expect((await t.http.get('/api/v1/personal-plans').query({ campaignId: campaign.id }).set(auth(speakerA))).status).toBe(403);
      // An inspection commission reads the subtree's plans but does not oversee them.
      const inspection = await t.tokenFor([[Role.INSPECTION_COMMISSION, root]]);
      expect((await t.http.get(`/api/v1/personal-plans/${planA}`).set(auth(inspection))).status).toBe(200);
      expect((await t.http.post(`/api/v1/personal-plans/${planA}/review`).set(auth(inspection)).send({ decision: 'ACCEPTED' })).status).toBe(403);
      expect((await t.http.post(`/api/v1/personal-plans/${planA}/review`).send({ decision: 'ACCEPTED' })).status).toBe(401);
      const [row] = await t.query<{ status: string }>(`SELECT status FROM personal_action_plans WHERE id = $1`, [planA]);
      expect(row.status).toBe('SUBMITTED');
    });

    it("keeps the subordinate committee off the plans of heads under the bloc standing committee's management", async () => {
      expect((await review('officeA', planBtv, 'ACCEPTED')).status).toBe(403);
      expect((await review('boardA', planBtv, 'RETURNED', 'Bổ sung lộ trình')).status).toBe(403);
      const ok = await review('blocBoard', planBtv, 'ACCEPTED');
      expect(ok.status).toBe(200);
      expect(ok.body.status).toBe('ACCEPTED');
    });

    it('lets the subordinate committee return with a comment, the member fix and resubmit, and accept', async () => {
      const noComment = await review('boardA', planA, 'RETURNED');
      expect(noComment.status).toBe(400);
      expect(fields(noComment.body)).toEqual(['comment']);
      const returned = await review('boardA', planA, 'RETURNED', 'Chưa có lộ trình cụ thể');
      expect(returned.status).toBe(200);
      expect(returned.body).toEqual(expect.objectContaining({ status: 'RETURNED', reviewComment: 'Chưa có lộ trình cụ thể' }));
      expect((await review('officeA', planA, 'ACCEPTED')).status).toBe(422);
      expect((await t.http.patch(`/api/v1/personal-plans/me/${planA}`).set(auth(tok.headA)).send({ content: 'Bổ sung lộ trình theo quý' })).status).toBe(200);
      await submit('headA', planA).expect(200);
      const accepted = await t.gql(tok.officeA, `mutation($id: ID!) { reviewPersonalPlan(id: $id, input: { decision: ACCEPTED }) { status reviews { decision comment } } }`, {
        id: planA,
      });
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data.reviewPersonalPlan).toEqual({
        status: 'ACCEPTED',
        reviews: [{ decision: 'RETURNED', comment: 'Chưa có lộ trình cụ thể' }, { decision: 'ACCEPTED', comment: null }],
      });
    });

    it('lists the plans you oversee', async () => {
      const mineA = await t.gql(tok.officeA, `query($c: ID!) { personalPlans(campaignId: $c, overseenByMe: true) { nodes { memberId } } }`, { c: campaign.id });
      expect(mineA.data.personalPlans.nodes.map((n: { memberId: string }) => n.memberId).sort()).toEqual([headA.id, secA1.id].sort());
      const bloc = await t.http.get('/api/v1/personal-plans').query({ campaignId: campaign.id, overseenByMe: 'true' }).set(auth(tok.blocBoard));
      expect(bloc.body.nodes.map((n: { memberId: string }) => n.memberId)).toEqual([headBtv.id]);
      const staffB = await t.http.get('/api/v1/personal-plans').query({ campaignId: campaign.id }).set(auth(tok.officeB));
      expect(staffB.body.nodes).toEqual([]);
      expect((await t.http.get(`/api/v1/personal-plans/${planA}`).set(auth(tok.officeB))).status).toBe(403);
      const gqlB = await t.gql(tok.officeB, `query($id: ID!) { personalPlan(id: $id) { id } }`, { id: planA });
      expect(gqlB.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await t.http.get(`/api/v1/personal-plans/${planA}`).set(auth(tok.officeA))).status).toBe(200);
    });
  });

  describe('yearly evaluation', () => {
    it('is written once a year by the overseer of an accepted plan', async () => {
      const evalA = await t.http.post(`/api/v1/personal-plans/${planA}/evaluations`).set(auth(tok.officeA)).send({ year: 2025, result: 'GOOD', comment: 'Hoàn thành tốt' });
      expect(evalA.status).toBe(201);
      expect(evalA.body.evaluations).toEqual([expect.objectContaining({ year: 2025, result: 'GOOD' })]);
      expect((await t.http.post(`/api/v1/personal-plans/${planA}/evaluations`).set(auth(tok.officeA)).send({ year: 2025, result: 'EXCELLENT' })).status).toBe(409);
      expect((await t.http.post(`/api/v1/personal-plans/${planA}/evaluations`).set(auth(tok.blocBoard)).send({ year: 2026, result: 'GOOD' })).status).toBe(403);
      expect((await t.http.post(`/api/v1/personal-plans/${planBtv}/evaluations`).set(auth(tok.officeA)).send({ year: 2026, result: 'GOOD' })).status).toBe(403);
      const early = await t.http.post(`/api/v1/personal-plans/${planA}/evaluations`).set(auth(tok.officeA)).send({ year: 2024, result: 'GOOD' });
      expect(early.status).toBe(422);
      expect(fields(early.body)).toEqual(['year']);
      expect((await t.http.post(`/api/v1/personal-plans/${planBtv}/evaluations`).set(auth(tok.blocBoard)).send({ year: 2026, result: 'EXCELLENT' })).status).toBe(201);
    });

    it('refuses to evaluate a plan not accepted', async () => {
      const [sec] = await t.query<{ id: string }>(`SELECT id FROM personal_action_plans WHERE member_id = $1`, [secA1.id]);
      const res = await t.http.post(`/api/v1/personal-plans/${sec.id}/evaluations`).set(auth(tok.officeA)).send({ year: 2025, result: 'GOOD' });
      expect(res.status).toBe(422);
    });
  });

  describe('missing plans, per overseer', () => {
    const missing = (who: string) => t.http.get('/api/v1/personal-plans/missing').query({ campaignId: campaign.id }).set(auth(tok[who]));
    const states = (body: { nodes: { memberId: string; state: string }[] }) => Object.fromEntries(body.nodes.map((n) => [n.memberId, n.state]));

    it("shows the bloc board only the BTV-managed heads without a submitted plan", async () => {
      const res = await missing('blocBoard');
      expect(res.status).toBe(200);
      expect(states(res.body)).toEqual({ [headBtv2.id]: 'NONE' });
      expect(res.body.nodes[0]).toEqual(expect.objectContaining({ overseer: 'BLOC_PROPAGANDA_BOARD', isHeadOfUnit: true, overdue: true, dueOn: '2025-08-31' }));
    });

    it('shows a subordinate committee its own secretaries and heads', async () => {
      const a = await missing('officeA');
      expect(states(a.body)).toEqual({ [secA1.id]: 'DRAFT' });
      expect(a.body.nodes[0]).toEqual(expect.objectContaining({ isSecretary: true, secretaryOfId: a1.id, overseer: 'SUBORDINATE_COMMITTEE' }));
      const b = await t.gql(tok.officeB, `query($c: ID!) { missingPersonalPlans(campaignId: $c) { nodes { memberId state } } }`, { c: campaign.id });
      expect(b.data.missingPersonalPlans.nodes).toEqual([{ memberId: headB.id, state: 'NONE' }]);
    });

    it('refuses members and anonymous callers', async () => {
      expect((await missing('headA')).status).toBe(403);
      expect((await t.http.get('/api/v1/personal-plans/missing').query({ campaignId: campaign.id })).status).toBe(401);
      const empty = await missing('officeA1');
      expect(empty.status).toBe(200);
      expect(empty.body.nodes).toEqual([]);
    });
  });
});
