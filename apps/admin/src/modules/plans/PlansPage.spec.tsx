import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { gqlData, installFakeApi } from '../../test/fake-api';
import { expectNoSeriousA11yViolations } from '../kit/axe';
import { paste, expectLoadsMore, findDialog, meWith, page, renderPage, signIn, twoPages } from '../kit/testing';
import { PlansPage } from './PlansPage';

// Whole user flows over antd in jsdom (with an axe pass): headroom when the machine is busy.
vi.setConfig({ testTimeout: 45_000 });

const PLAN = {
  id: 'pl-1',
  campaignId: 'c-1',
  memberName: 'Hoàng Thị Lan',
  organisationName: 'Chi bộ Vụ Pháp chế',
  overseer: 'SUBORDINATE_COMMITTEE',
  status: 'SUBMITTED',
  content: 'Tổ chức quán triệt trong đơn vị trước ngày 30/11.',
  submittedAt: '2026-11-10T03:00:00.000Z',
  reviewComment: null,
  reviews: [],
  evaluations: [] as unknown[],
};

function routes(role: string) {
  return {
    graphql: {
      Me: meWith(role),
      KitCampaigns: () => gqlData({ campaigns: page([{ id: 'c-1', code: 'HT-01', title: 'Học tập NQ TW 7', status: 'ISSUED' }]) }),
      PersonalPlans: () => gqlData({ personalPlans: page([PLAN]) }),
      ReviewPersonalPlan: () => gqlData({ reviewPersonalPlan: { id: 'pl-1', status: 'RETURNED', reviewComment: 'x' } }),
    },
  };
}

describe('PlansPage', () => {
  beforeEach(() => signIn());

  it('lets an overseer return a plan only with a comment, then reloads the list', async () => {
    const api = installFakeApi(routes('COMMITTEE_OFFICE'));
    const user = userEvent.setup();
    renderPage(<PlansPage />);

    // An overseer starts on the plans they review, awaiting review.
    await waitFor(() => expect(api.ops('PersonalPlans').at(-1)?.variables).toMatchObject({ campaignId: 'c-1', status: 'SUBMITTED', overseenByMe: true }));
    const row = (await screen.findByText('Hoàng Thị Lan')).closest('tr')!;
    expect(row).toHaveTextContent('10/11/2026');
    await user.click(within(row).getByRole('button', { name: 'Hoàng Thị Lan' }));

    const drawer = await findDialog('Kế hoạch của Hoàng Thị Lan');
    expect(within(drawer).getByText(PLAN.content)).toBeVisible();
    await user.click(within(drawer).getByRole('button', { name: 'Trả lại để sửa' }));
    expect(await within(drawer).findByRole('alert')).toHaveTextContent('Vui lòng ghi nhận xét khi trả lại kế hoạch');
    await expectNoSeriousA11yViolations();
    expect(api.ops('ReviewPersonalPlan')).toHaveLength(0);

    await paste(user, within(drawer).getByRole('textbox', { name: 'Nhận xét (bắt buộc khi trả lại)' }), 'Cần nêu rõ thời hạn từng việc');
    const before = api.ops('PersonalPlans').length;
    await user.click(within(drawer).getByRole('button', { name: 'Trả lại để sửa' }));

    await waitFor(() => expect(api.ops('PersonalPlans').length).toBe(before + 1));
    expect(api.ops('ReviewPersonalPlan')[0].variables).toEqual({
      id: 'pl-1',
      input: { decision: 'RETURNED', comment: 'Cần nêu rõ thời hạn từng việc' },
    });
  });

  it('shows plans without review actions to a role that does not oversee them', async () => {
    const api = installFakeApi(routes('ORGANISATION_BOARD'));
    const user = userEvent.setup();
    renderPage(<PlansPage />);

    await user.click(await screen.findByText('Hoàng Thị Lan'));
    const drawer = await findDialog('Kế hoạch của Hoàng Thị Lan');
    expect(within(drawer).getByText(PLAN.content)).toBeVisible();
    expect(within(drawer).queryByRole('button', { name: 'Chấp thuận' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Chỉ kế hoạch tôi phụ trách xem xét' })).not.toBeInTheDocument();
    expect(api.ops('PersonalPlans').at(-1)?.variables?.overseenByMe).toBeNull();
  });

  it('lets an overseer evaluate an accepted plan for a year, next to the earlier evaluations', async () => {
    const accepted = {
      ...PLAN,
      status: 'ACCEPTED',
      reviews: [{ id: 'rv-1', decision: 'ACCEPTED', comment: null, reviewedAt: '2026-11-12T02:00:00.000Z' }],
      evaluations: [{ id: 'ev-1', year: 2025, result: 'GOOD', comment: 'Thực hiện nghiêm túc' }],
    };
    const api = installFakeApi({
      graphql: {
        ...routes('PROPAGANDA_BOARD').graphql,
        PersonalPlans: () => gqlData({ personalPlans: page([accepted]) }),
        EvaluatePersonalPlan: () => gqlData({ evaluatePersonalPlan: { id: 'pl-1' } }),
      },
    });
    const user = userEvent.setup();
    renderPage(<PlansPage />);

    await user.click(await screen.findByText('Hoàng Thị Lan'));
    const drawer = await findDialog('Kế hoạch của Hoàng Thị Lan');
    expect(within(drawer).getByText('2025: Hoàn thành tốt nhiệm vụ — Thực hiện nghiêm túc')).toBeVisible();
    expect(within(drawer).queryByRole('button', { name: 'Chấp thuận' })).not.toBeInTheDocument();
    await user.click(within(drawer).getByRole('button', { name: 'Đánh giá năm' }));
    const dialog = await findDialog('Đánh giá năm — Hoàng Thị Lan');
    await user.click(within(dialog).getByRole('combobox', { name: 'Kết quả thực hiện' }));
    await user.click(await screen.findByTitle('Hoàn thành xuất sắc nhiệm vụ'));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(api.ops('EvaluatePersonalPlan')).toHaveLength(1));
    expect(api.ops('EvaluatePersonalPlan')[0].variables).toEqual({
      id: 'pl-1',
      input: { year: new Date().getFullYear(), result: 'EXCELLENT', comment: null },
    });
  });
});

describe('PlansPage paging', () => {
  beforeEach(() => signIn());

  it('loads the next page of plans with the cursor and the same filters, appended below ("Tải thêm")', async () => {
    const api = installFakeApi({
      graphql: {
        ...routes('COMMITTEE_OFFICE').graphql,
        PersonalPlans: twoPages('personalPlans', [PLAN], [{ ...PLAN, id: 'pl-2', memberName: 'Vũ Đình Khoa' }]),
      },
    });
    renderPage(<PlansPage />);
    await expectLoadsMore(api, 'PersonalPlans', { first: 'Hoàng Thị Lan', second: 'Vũ Đình Khoa' });
    expect(api.ops('PersonalPlans').at(-1)?.variables).toMatchObject({ campaignId: 'c-1', status: 'SUBMITTED', overseenByMe: true });
  });
});
