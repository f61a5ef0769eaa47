import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { insertProgramme } from './support/programmes-fixtures';
import { insertCampaign, TestCampaign } from './support/study-fixtures';
import { TestApp, TestMember, TestOrg } from './support/test-app';

describe('action programmes: lifecycle, concrete items before issue, missing programmes, refusals', () => {
  let t: TestApp;
  let root: TestOrg;
  let a: TestOrg; // subordinate committee A (UPPER_GRASSROOTS)
  let a1: TestOrg; // grassroots committee under A
  let a2: TestOrg;
  let a3: TestOrg;
  let cellA1: TestOrg;
  let b: TestOrg;
  let b1: TestOrg;
  let campaign: TestCampaign;
  let noProgrammeCampaign: TestCampaign;
  let officeA: string;
  let officeB: string;
  let inspectionRoot: string;
  let boardRoot: string;
  let memberToken: string;
  let ownerA: TestMember;

  beforeAll(async () => {
    t = await TestApp.start();
    root = await t.root();
    a = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Công Thương');
    a1 = await t.org(a, K.GRASSROOTS, 'Đảng bộ Vụ Kế hoạch');
    a2 = await t.org(a, K.GRASSROOTS, 'Đảng bộ Cục Xuất nhập khẩu');
    a3 = await t.org(a, K.GRASSROOTS, 'Đảng bộ Viện Nghiên cứu');
    cellA1 = await t.org(a1, K.CELL, 'Chi bộ Phòng Tổng hợp');
    b = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Bộ Tư pháp');
    b1 = await t.org(b, K.GRASSROOTS, 'Đảng bộ Cục Thi hành án');
    campaign = await insertCampaign(t, { issuer: root, programmeRequired: true, programmeLevels: [K.UPPER_GRASSROOTS, K.GRASSROOTS] });
    noProgrammeCampaign = await insertCampaign(t, { issuer: root });
    officeA = await t.tokenFor([[Role.COMMITTEE_OFFICE, a]]);
    officeB = await t.tokenFor([[Role.COMMITTEE_OFFICE, b]]);
    inspectionRoot = await t.tokenFor([[Role.INSPECTION_COMMISSION, root]]);
    boardRoot = await t.tokenFor([[Role.PROPAGANDA_BOARD, root]]);
    ownerA = await t.member(cellA1, { fullName: 'Trần Văn Phụ Trách' });
    memberToken = await t.tokenFor([[Role.MEMBER, cellA1]], ownerA.id);
  });
  afterAll(() => t.close());

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const fields = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field).sort();

  describe('drafting to evaluation', () => {
    let programmeId: string;
    let items: { id: string; position: number; title: string; milestones: { id: string }[] }[];

    it('creates a draft with numbered items, owners and a roadmap', async () => {
      const res = await t.http
        .post('/api/v1/action-programmes')
        .set(auth(officeA))
        .send({
          campaignId: campaign.id,
          organisationId: a.id,
          title: 'Chương trình hành động thực hiện Nghị quyết Trung ương 7',
          items: [
            {
              title: 'Rà soát quy hoạch cán bộ', target: '100% chức danh được rà soát', solutions: 'Lập tổ công tác',
              ownerOrganisationId: a1.id, deadline: '2026-12-31',
              milestones: [{ dueOn: '2026-10-31', description: 'Xong rà soát cấp phòng' }, { dueOn: '2026-12-15', description: 'Trình cấp ủy' }],
            },
            { title: 'Đổi mới đánh giá cán bộ', ownerMemberId: ownerA.id },
            { title: 'Tuyên truyền chính sách tiền lương', deadline: '2026-12-31' },
          ],
        });
      expect(res.status).toBe(201);
      expect(res.body).toEqual(expect.objectContaining({ status: 'DRAFT', organisationId: a.id, campaignId: campaign.id }));
      items = res.body.items;
      expect(items.map((i) => [i.position, i.title])).toEqual([
        [1, 'Rà soát quy hoạch cán bộ'], [2, 'Đổi mới đánh giá cán bộ'], [3, 'Tuyên truyền chính sách tiền lương'],
      ]);
      expect(res.body.items[0]).toEqual(expect.objectContaining({ ownerOrganisationName: 'Đảng bộ Vụ Kế hoạch', status: 'NOT_STARTED' }));
      expect(res.body.items[0].milestones.map((m: { dueOn: string }) => m.dueOn)).toEqual(['2026-10-31', '2026-12-15']);
      expect(res.body.items[1].ownerMemberName).toBe('Trần Văn Phụ Trách');
      programmeId = res.body.id;
    });

    it('refuses a second programme of the committee, a kind the campaign does not ask, a campaign without programmes, owners outside the subtree', async () => {
      const dup = await t.http.post('/api/v1/action-programmes').set(auth(officeA)).send({ campaignId: campaign.id, organisationId: a.id, title: 'Lần hai' });
      expect(dup.status).toBe(409);
      expect(fields(dup.body)).toEqual(['organisationId']);
      const cell = await t.http.post('/api/v1/action-programmes').set(auth(officeA)).send({ campaignId: campaign.id, organisationId: cellA1.id, title: 'Chi bộ' });
      expect(cell.status).toBe(422);
      expect(fields(cell.body)).toEqual(['organisationId']);
      const none = await t.http.post('/api/v1/action-programmes').set(auth(officeA)).send({ campaignId: noProgrammeCampaign.id, organisationId: a1.id, title: 'X' });
      expect(none.status).toBe(422);
      expect(fields(none.body)).toEqual(['campaignId']);
      const outside = await t.http
        .post('/api/v1/action-programmes')
        .set(auth(officeA))
        .send({ campaignId: campaign.id, organisationId: a1.id, title: 'X', items: [{ title: 'Y', ownerOrganisationId: b1.id, deadline: '2026-12-31' }] });
      expect(outside.status).toBe(422);
      expect(fields(outside.body)).toEqual(['items.1.ownerOrganisationId']);
      expect(await t.query(`SELECT 1 FROM action_programmes WHERE organisation_id = $1`, [a1.id])).toHaveLength(0);
      const bad = await t.http.post('/api/v1/action-programmes').set(auth(officeA)).send({ campaignId: 'x', organisationId: a1.id, title: '', items: [{ deadline: '2026-02-30' }] });
      expect(bad.status).toBe(400);
      expect(fields(bad.body)).toEqual(expect.arrayContaining(['campaignId', 'title', 'items.0.title', 'items.0.deadline']));
    });

    it('refuses other subtrees, read-only staff, members and anonymous callers', async () => {
      const otherSubtree = await t.http.post('/api/v1/action-programmes').set(auth(officeB)).send({ campaignId: campaign.id, organisationId: a2.id, title: 'X' });
      expect(otherSubtree.status).toBe(403);
      expect((await t.http.get(`/api/v1/action-programmes/${programmeId}`).set(auth(officeB))).status).toBe(403);
      expect((await t.http.post(`/api/v1/action-programmes/${programmeId}/items`).set(auth(officeB)).send({ title: 'X' })).status).toBe(403);
      const listB = await t.http.get('/api/v1/action-programmes').query({ campaignId: campaign.id }).set(auth(officeB));
      expect(listB.status).toBe(200);
      expect(listB.body.nodes).toEqual([]);
      expect((await t.http.get(`/api/v1/action-programmes/${programmeId}`).set(auth(inspectionRoot))).status).toBe(200);
      expect((await t.http.patch(`/api/v1/action-programmes/${programmeId}`).set(auth(inspectionRoot)).send({ title: 'X' })).status).toBe(403);
      expect((await t.http.get(`/api/v1/action-programmes/${programmeId}`).set(auth(memberToken))).status).toBe(403);
      expect((await t.http.get(`/api/v1/action-programmes/${programmeId}`)).status).toBe(401);
      const gql = await t.gql(null, `query($id: ID!) { actionProgramme(id: $id) { id } }`, { id: programmeId });
      expect(gql.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      const speaker = await t.tokenFor([[Role.SPEAKER, a]]);
      expect((await t.http.get(`/api/v1/action-programmes/${programmeId}`).set(auth(speaker))).status).toBe(403);
      expect((await t.http.post('/api/v1/action-programmes').set(auth(speaker)).send({ campaignId: campaign.id, organisationId: a2.id, title: 'X' })).status).toBe(403);
      const crossGql = await t.gql(officeB, `mutation($id: ID!) { discussActionProgramme(id: $id, input: { record: "X", discussedOn: "2026-09-01" }) { status } }`, { id: programmeId });
      expect(crossGql.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('refuses progress and evaluation before the programme is issued', async () => {
      const progress = await t.http
        .post(`/api/v1/action-programmes/${programmeId}/items/${items[0].id}/progress`)
        .set(auth(officeA))
        .send({ status: 'IN_PROGRESS', reportedOn: '2026-09-01' });
      expect(progress.status).toBe(422);
      const evaluation = await t.http
        .post(`/api/v1/action-programmes/${programmeId}/evaluation`)
        .set(auth(officeA))
        .send({ evaluation: 'Tốt', result: 'GOOD', evaluatedOn: '2026-10-01' });
      expect(evaluation.status).toBe(422);
      const milestone = await t.http
        .post(`/api/v1/action-programmes/${programmeId}/milestones/${items[0].milestones[0].id}/done`)
        .set(auth(officeA))
        .send({ doneOn: '2026-10-01' });
      expect(milestone.status).toBe(422);
      expect(await t.query(`SELECT 1 FROM action_programme_item_progress`)).toHaveLength(0);
    });

    it('refuses to issue before the democratic discussion', async () => {
      const res = await t.http.post(`/api/v1/action-programmes/${programmeId}/issue`).set(auth(officeA)).send({ issuedOn: '2026-09-10' });
      expect(res.status).toBe(422);
      expect(fields(res.body)).toEqual(['status']);
      const discussed = await t.http
        .post(`/api/v1/action-programmes/${programmeId}/discussion`)
        .set(auth(officeA))
        .send({ record: 'Biên bản hội nghị Ban Thường vụ thảo luận dân chủ', discussedOn: '2026-09-05' });
      expect(discussed.status).toBe(200);
      expect(discussed.body).toEqual(expect.objectContaining({ status: 'DISCUSSED', discussedOn: '2026-09-05' }));
    });

    it('refuses to issue while items lack an owner or a deadline, naming each item', async () => {
      const res = await t.http.post(`/api/v1/action-programmes/${programmeId}/issue`).set(auth(officeA)).send({ issuedOn: '2026-09-10' });
      expect(res.status).toBe(422);
      expect(fields(res.body)).toEqual(['items.2.deadline', 'items.3.owner']);
      expect(res.body.message).toContain('Đổi mới đánh giá cán bộ');
      expect(res.body.message).toContain('Tuyên truyền chính sách tiền lương');
      expect(res.body.message).not.toContain('Rà soát quy hoạch cán bộ');
      const [row] = await t.query<{ status: string; issued_on: string | null }>(`SELECT status, issued_on FROM action_programmes WHERE id = $1`, [programmeId]);
      expect(row).toEqual({ status: 'DISCUSSED', issued_on: null });

      const fixDeadline = await t.http
        .patch(`/api/v1/action-programmes/${programmeId}/items/${items[1].id}`)
        .set(auth(officeA))
        .send({ title: 'Đổi mới đánh giá cán bộ', ownerMemberId: ownerA.id, deadline: '2027-06-30' });
      expect(fixDeadline.status).toBe(200);
      const gql = await t.gql(officeA, `mutation($id: ID!) { issueActionProgramme(id: $id, input: { issuedOn: "2026-09-10" }) { status } }`, {
        id: programmeId,
      });
      expect(gql.errors?.[0].extensions.code).toBe('UNPROCESSABLE');
      expect(gql.errors?.[0].extensions.fields?.map((f) => f.field)).toEqual(['items.3.owner']);
      expect(gql.errors?.[0].message).toContain('Tuyên truyền chính sách tiền lương');
    });

    it('issues once every item is owned and dated; items are then frozen', async () => {
      const fix = await t.gql(
        officeA,
        `mutation($item: ID!, $org: ID!) { updateActionProgrammeItem(itemId: $item, input: {
           title: "Tuyên truyền chính sách tiền lương", ownerOrganisationId: $org, deadline: "2026-12-31" }) { items { position ownerOrganisationId } } }`,
        { item: items[2].id, org: a2.id },
      );
      expect(fix.errors).toBeUndefined();
      const issued = await t.gql(
        officeA,
        `mutation($id: ID!) { issueActionProgramme(id: $id, input: { issuedOn: "2026-09-10", documentNumber: "45-CTr/ĐU" }) { status issuedOn documentNumber } }`,
        { id: programmeId },
      );
      expect(issued.errors).toBeUndefined();
      expect(issued.data.issueActionProgramme).toEqual({ status: 'ISSUED', issuedOn: '2026-09-10', documentNumber: '45-CTr/ĐU' });
      const edit = await t.http.patch(`/api/v1/action-programmes/${programmeId}/items/${items[0].id}`).set(auth(officeA)).send({ title: 'Sửa' });
      expect(edit.status).toBe(422);
      expect((await t.http.post(`/api/v1/action-programmes/${programmeId}/items`).set(auth(officeA)).send({ title: 'Thêm' })).status).toBe(422);
      expect((await t.http.delete(`/api/v1/action-programmes/${programmeId}/items/${items[0].id}`).set(auth(officeA))).status).toBe(422);
    });

    it('records progress as history, marks milestones done, then evaluates and closes', async () => {
      // Another subtree's office can neither report progress, tick a milestone nor evaluate.
      const cross = await t.http
        .post(`/api/v1/action-programmes/${programmeId}/items/${items[0].id}/progress`)
        .set(auth(officeB))
        .send({ status: 'DONE', reportedOn: '2026-10-01' });
      expect(cross.status).toBe(403);
      expect((await t.http.post(`/api/v1/action-programmes/${programmeId}/milestones/${items[0].milestones[0].id}/done`).set(auth(officeB)).send({ doneOn: '2026-10-01' })).status).toBe(403);
      expect((await t.http.post(`/api/v1/action-programmes/${programmeId}/evaluation`).set(auth(officeB)).send({ evaluation: 'X', result: 'GOOD', evaluatedOn: '2026-10-01' })).status).toBe(403);
      expect(await t.query(`SELECT 1 FROM action_programme_item_progress`)).toHaveLength(0);
      const early = await t.http
        .post(`/api/v1/action-programmes/${programmeId}/items/${items[0].id}/progress`)
        .set(auth(officeA))
        .send({ status: 'IN_PROGRESS', reportedOn: '2026-09-01' });
      expect(early.status).toBe(422);
      expect(fields(early.body)).toEqual(['reportedOn']);
      await t.http
        .post(`/api/v1/action-programmes/${programmeId}/items/${items[0].id}/progress`)
        .set(auth(officeA))
        .send({ status: 'IN_PROGRESS', evidence: 'Công văn 12-CV/ĐU', reportedOn: '2026-10-01' })
        .expect(200);
      const done = await t.http
        .post(`/api/v1/action-programmes/${programmeId}/items/${items[0].id}/progress`)
        .set(auth(officeA))
        .send({ status: 'DONE', evidence: 'Báo cáo kết quả rà soát', reportedOn: '2026-11-01' });
      expect(done.status).toBe(200);
      const item = done.body.items[0];
      expect(item).toEqual(expect.objectContaining({ status: 'DONE', evidence: 'Báo cáo kết quả rà soát', progressOn: '2026-11-01' }));
      expect(item.progress.map((p: { status: string }) => p.status)).toEqual(['IN_PROGRESS', 'DONE']);
      const ms = await t.http
        .post(`/api/v1/action-programmes/${programmeId}/milestones/${items[0].milestones[0].id}/done`)
        .set(auth(officeA))
        .send({ doneOn: '2026-10-30' });
      expect(ms.status).toBe(200);
      expect(ms.body.items[0].milestones[0].doneOn).toBe('2026-10-30');

      const evaluated = await t.http
        .post(`/api/v1/action-programmes/${programmeId}/evaluation`)
        .set(auth(officeA))
        .send({ evaluation: 'Hoàn thành các chỉ tiêu đề ra', result: 'GOOD', evaluatedOn: '2026-11-15' });
      expect(evaluated.status).toBe(200);
      expect(evaluated.body).toEqual(expect.objectContaining({ status: 'EVALUATED', evaluationResult: 'GOOD' }));
      const after = await t.http
        .post(`/api/v1/action-programmes/${programmeId}/items/${items[1].id}/progress`)
        .set(auth(officeA))
        .send({ status: 'DONE', reportedOn: '2026-11-16' });
      expect(after.status).toBe(422);
      const actions = await t.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity_type LIKE 'action_programme%' ORDER BY id`);
      expect(actions.map((r) => r.action)).toEqual(
        expect.arrayContaining(['actionProgramme.create', 'actionProgramme.discuss', 'actionProgramme.issue', 'actionProgramme.progress', 'actionProgramme.evaluate']),
      );
    });

    it('refuses to issue a programme without items', async () => {
      const created = await t.gql(
        officeA,
        `mutation($c: ID!, $o: ID!) { createActionProgramme(input: { campaignId: $c, organisationId: $o, title: "Chương trình trống" }) { id } }`,
        { c: campaign.id, o: a1.id },
      );
      const id = created.data.createActionProgramme.id;
      await t.http.post(`/api/v1/action-programmes/${id}/discussion`).set(auth(officeA)).send({ record: 'Biên bản', discussedOn: '2026-09-05' }).expect(200);
      const res = await t.http.post(`/api/v1/action-programmes/${id}/issue`).set(auth(officeA)).send({ issuedOn: '2026-09-10' });
      expect(res.status).toBe(422);
      expect(fields(res.body)).toEqual(['items']);
    });
  });

  describe('missing programmes, for the committee above', () => {
    let late: TestCampaign;

    beforeAll(async () => {
      late = await insertCampaign(t, {
        issuer: root, startsOn: '2026-03-01', programmeRequired: true, programmeDueOn: '2026-04-30',
        programmeLevels: [K.UPPER_GRASSROOTS, K.GRASSROOTS],
      });
      await insertProgramme(t, { campaign: late, committee: a1, status: 'ISSUED', issuedOn: '2026-04-20' });
      await insertProgramme(t, { campaign: late, committee: a2, status: 'DRAFT' });
      await insertProgramme(t, { campaign: late, committee: a3, status: 'EVALUATED', issuedOn: '2026-05-15' });
      await insertProgramme(t, { campaign: late, committee: b, status: 'DISCUSSED' });
    });

    const missing = async (token: string, organisationId: string) =>
      t.http.get('/api/v1/action-programmes/missing').query({ campaignId: late.id, organisationId }).set(auth(token));

    it('lists the committees below that owe a programme: none, draft, issued late', async () => {
      const res = await missing(officeA, a.id);
      expect(res.status).toBe(200);
      const byOrg = Object.fromEntries(res.body.nodes.map((n: { organisationId: string; state: string }) => [n.organisationId, n]));
      expect(Object.keys(byOrg).sort()).toEqual([a2.id, a3.id].sort());
      expect(byOrg[a2.id]).toEqual(expect.objectContaining({ state: 'DRAFT', dueOn: '2026-04-30', overdue: true }));
      expect(byOrg[a3.id]).toEqual(expect.objectContaining({ state: 'ISSUED_LATE', issuedOn: '2026-05-15' }));

      const bloc = await t.gql(
        boardRoot,
        `query($c: ID!, $o: ID!) { missingActionProgrammes(campaignId: $c, organisationId: $o, first: 2) {
           nodes { organisationId state organisationKind } pageInfo { hasNextPage endCursor } } }`,
        { c: late.id, o: root.id },
      );
      expect(bloc.errors).toBeUndefined();
      const second = await t.gql(
        boardRoot,
        `query($c: ID!, $o: ID!, $after: String) { missingActionProgrammes(campaignId: $c, organisationId: $o, first: 10, after: $after) {
           nodes { organisationId state } pageInfo { hasNextPage } } }`,
        { c: late.id, o: root.id, after: bloc.data.missingActionProgrammes.pageInfo.endCursor },
      );
      const all = [...bloc.data.missingActionProgrammes.nodes, ...second.data.missingActionProgrammes.nodes];
      const states = Object.fromEntries(all.map((n: { organisationId: string; state: string }) => [n.organisationId, n.state]));
      // A (none), its A2 (draft) and A3 (late), B (discussed, not issued), B1 (none); A1 issued on time; cells owe nothing.
      expect(states).toEqual({ [a.id]: 'NONE', [a2.id]: 'DRAFT', [a3.id]: 'ISSUED_LATE', [b.id]: 'DISCUSSED', [b1.id]: 'NONE' });
      expect(second.data.missingActionProgrammes.pageInfo.hasNextPage).toBe(false);
    });

    it('refuses to look above or beside your subtree', async () => {
      expect((await missing(officeA, root.id)).status).toBe(403);
      expect((await missing(officeB, a.id)).status).toBe(403);
      expect((await missing(memberToken, a.id)).status).toBe(403);
      expect((await t.http.get('/api/v1/action-programmes/missing').query({ campaignId: late.id, organisationId: a.id })).status).toBe(401);
    });
  });
});
