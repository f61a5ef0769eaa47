import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { gqlData, installFakeApi } from '../../test/fake-api';
import { expectNoSeriousA11yViolations } from '../kit/axe';
import { paste, findDialog, meWith, page, renderPage, signIn } from '../kit/testing';
import { InspectionsPage } from './InspectionsPage';

// Whole user flows over antd in jsdom (with an axe pass): headroom when the machine is busy.
vi.setConfig({ testTimeout: 60_000 });

const YEAR = dayjs().year();
const PLAN = {
  id: 'ip-1',
  organisationId: 'org-1',
  organisationName: 'Đảng bộ Khối các cơ quan Trung ương',
  year: YEAR,
  basis: 'KL04',
  sharePercent: 15,
  theme: 'Việc học tập, quán triệt nghị quyết',
  status: 'DRAFT',
  periodFrom: `${YEAR}-01-01`,
  periodTo: `${YEAR}-12-31`,
  currentRunId: null as string | null,
  publishedAt: null,
};
const PICKS = [
  {
    organisationId: 'org-11',
    code: 'TC-01',
    name: 'Đảng bộ Tổng cục Thuế',
    rank: 1,
    stratum: 'UPPER_GRASSROOTS',
    forced: true,
    reasons: [{ code: 'NOT_INSPECTED_IN_TERM', text: 'Chưa được kiểm tra trong nhiệm kỳ 2020–2025' }],
  },
  {
    organisationId: 'org-21',
    code: 'CS-07',
    name: 'Đảng bộ Tập đoàn Điện lực',
    rank: 2,
    stratum: 'GRASSROOTS',
    forced: false,
    reasons: [{ code: 'BELOW_TARGET', text: 'Năm trước chưa đạt chỉ tiêu học tập (92 %)' }],
  },
];

describe('InspectionsPage', () => {
  beforeEach(() => signIn());

  it('runs a seeded sampling and shows each pick with its reason', async () => {
    let sampled = false;
    let polls = 0;
    const api = installFakeApi({
      graphql: {
        Me: meWith('INSPECTION_COMMISSION'),
        InspectionPlansList: () => gqlData({ inspectionPlans: page([{ ...PLAN, currentRunId: sampled ? 'run-1' : null }]) }),
        InspectionPlanPicks: () => gqlData({ inspectionPicks: sampled ? PICKS : [], inspectionRecords: page([]) }),
        SampleInspectionPlan: () => {
          sampled = true;
          return gqlData({ sampleInspectionPlan: { id: 'run-1', status: 'QUEUED', seed: 42 } });
        },
        InspectionSamplingRun: () =>
          gqlData({
            inspectionSamplingRun: {
              id: 'run-1',
              status: ++polls === 1 ? 'QUEUED' : 'DONE',
              seed: 42,
              error: null,
              summary: { candidates: 12, sampleSize: 2, picked: 2, forced: 1 },
            },
          }),
      },
    });
    const user = userEvent.setup();
    renderPage(<InspectionsPage />);

    await user.click(await screen.findByText(PLAN.organisationName));
    const drawer = await findDialog(`Kế hoạch kiểm tra năm ${YEAR} — ${PLAN.organisationName}`);
    expect(await within(drawer).findByText('Chưa chọn mẫu')).toBeVisible();

    await user.type(within(drawer).getByRole('spinbutton', { name: 'Hạt giống ngẫu nhiên (để trống: tự chọn)' }), '42');
    await user.click(within(drawer).getByRole('button', { name: 'Chọn mẫu' }));
    expect(await within(drawer).findByText('Đang chọn mẫu…')).toBeVisible();
    expect(await within(drawer).findByText('Đã chọn 2 trên 12 tổ chức (cỡ mẫu 2), hạt giống 42', {}, { timeout: 10_000 })).toBeVisible();
    expect(api.ops('SampleInspectionPlan')[0].variables).toEqual({ id: 'ip-1', input: { seed: 42 } });
    expect(polls).toBe(2);

    const picks = within(drawer).getByRole('region', { name: 'Tổ chức được chọn kiểm tra' });
    const rows = await within(picks).findAllByRole('row');
    expect(rows[1]).toHaveTextContent('TC-01 — Đảng bộ Tổng cục Thuế');
    expect(rows[1]).toHaveTextContent('Bắt buộc để phủ kín nhiệm kỳChưa được kiểm tra trong nhiệm kỳ 2020–2025');
    expect(rows[1]).toHaveTextContent('Đảng bộ cấp trên cơ sở');
    expect(rows[2]).toHaveTextContent('Năm trước chưa đạt chỉ tiêu học tập (92 %)');
    // Published only once a run exists.
    expect(await within(drawer).findByRole('button', { name: 'Ban hành kế hoạch' })).toBeVisible();
    await expectNoSeriousA11yViolations();
  });

  it('records the findings of a picked organisation and a violation with its discipline', async () => {
    const api = installFakeApi({
      graphql: {
        Me: meWith('INSPECTION_COMMISSION'),
        InspectionPlansList: () => gqlData({ inspectionPlans: page([{ ...PLAN, currentRunId: 'run-1' }]) }),
        InspectionPlanPicks: () =>
          gqlData({
            inspectionPicks: PICKS,
            inspectionRecords: page(
              api.ops('CreateInspectionRecord').length
                ? [{ id: 'ir-1', organisationId: 'org-21', organisationName: 'Đảng bộ Tập đoàn Điện lực', title: 'Kiểm tra', startedOn: `${YEAR}-03-02`, endedOn: null, findings: '3 chi bộ chưa tổ chức học bù', conclusion: null, violations: [], followUps: [] }]
                : [],
            ),
          }),
        CreateInspectionRecord: () => gqlData({ createInspectionRecord: { id: 'ir-1' } }),
        AddInspectionViolation: () => gqlData({ addInspectionViolation: { id: 'ir-1' } }),
      },
    });
    const user = userEvent.setup();
    renderPage(<InspectionsPage />);

    await user.click(await screen.findByText(PLAN.organisationName));
    const drawer = await findDialog(`Kế hoạch kiểm tra năm ${YEAR} — ${PLAN.organisationName}`);
    await user.click(await within(drawer).findByRole('button', { name: 'Ghi nhận kết quả kiểm tra — CS-07' }));
    const dialog = await findDialog('Ghi nhận kết quả kiểm tra — Đảng bộ Tập đoàn Điện lực');
    await paste(user, within(dialog).getByLabelText('Nội dung, phạm vi kiểm tra'), 'Việc tổ chức học tập năm');
    await paste(user, within(dialog).getByLabelText('Trưởng đoàn kiểm tra'), 'Nguyễn Văn Kiểm');
    await paste(user, within(dialog).getByLabelText('Kết quả kiểm tra (ưu điểm, hạn chế)'), '3 chi bộ chưa tổ chức học bù');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(api.ops('CreateInspectionRecord')).toHaveLength(1));
    expect(api.ops('CreateInspectionRecord')[0].variables?.input).toMatchObject({
      planId: 'ip-1',
      inspectingOrganisationId: 'org-1',
      organisationId: 'org-21',
      scope: 'Việc tổ chức học tập năm',
      team: [{ fullName: 'Nguyễn Văn Kiểm', role: 'LEAD' }],
      findings: '3 chi bộ chưa tổ chức học bù',
      startedOn: dayjs().format('YYYY-MM-DD'),
      endedOn: null,
    });
    // The list shows the inspection as recorded, with its findings.
    const picks = within(drawer).getByRole('region', { name: 'Tổ chức được chọn kiểm tra' });
    expect(await within(picks).findByText('Đã kiểm tra')).toBeVisible();
    expect(within(drawer).getByRole('region', { name: 'Các cuộc kiểm tra đã ghi nhận' })).toHaveTextContent('3 chi bộ chưa tổ chức học bù');

    // A violation of the inspected organisation, with its handling under Regulation 181-QĐ/TW.
    await user.click(within(drawer).getByRole('button', { name: 'Ghi nhận vi phạm' }));
    const violation = await findDialog('Ghi nhận vi phạm — Đảng bộ Tập đoàn Điện lực');
    await paste(user, within(violation).getByLabelText('Nội dung vi phạm'), 'Không tổ chức học tập nghị quyết');
    await paste(user, within(violation).getByLabelText('Điều khoản Quy định 181-QĐ/TW'), 'Điều 8');
    await user.click(within(violation).getByRole('combobox', { name: 'Hình thức kỷ luật' }));
    await user.click(await screen.findByTitle('Khiển trách'));
    await user.click(within(violation).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(api.ops('AddInspectionViolation')).toHaveLength(1));
    expect(api.ops('AddInspectionViolation')[0].variables).toEqual({
      id: 'ir-1',
      input: {
        subjectKind: 'ORGANISATION',
        organisationId: 'org-21',
        memberId: null,
        description: 'Không tổ chức học tập nghị quyết',
        basis: 'Điều 8',
        discipline: 'REPRIMAND',
      },
    });
  });

  it('shows plans and picks without sampling or recording to a role that only reads them', async () => {
    installFakeApi({
      graphql: {
        Me: meWith('CELL_SECRETARY'),
        InspectionPlansList: () => gqlData({ inspectionPlans: page([{ ...PLAN, currentRunId: 'run-1' }]) }),
        InspectionPlanPicks: () => gqlData({ inspectionPicks: PICKS, inspectionRecords: page([]) }),
      },
    });
    const user = userEvent.setup();
    renderPage(<InspectionsPage />);

    expect(screen.queryByRole('button', { name: 'Lập kế hoạch kiểm tra' })).not.toBeInTheDocument();
    await user.click(await screen.findByText(PLAN.organisationName));
    const drawer = await findDialog(`Kế hoạch kiểm tra năm ${YEAR} — ${PLAN.organisationName}`);
    expect(await within(drawer).findByText('Năm trước chưa đạt chỉ tiêu học tập (92 %)')).toBeVisible();
    expect(within(drawer).queryByRole('button', { name: 'Chọn mẫu' })).not.toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: /Ghi nhận kết quả kiểm tra/ })).not.toBeInTheDocument();
  });
});
