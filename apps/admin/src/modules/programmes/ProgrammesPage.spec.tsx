import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { gqlData, installFakeApi } from '../../test/fake-api';
import { expectNoSeriousA11yViolations } from '../kit/axe';
import { paste, expectLoadsMore, findDialog, gqlError, meWith, page, renderPage, signIn, twoPages } from '../kit/testing';
import { ProgrammesPage } from './ProgrammesPage';

// Whole user flows over antd in jsdom (with an axe pass): headroom when the machine is busy.
vi.setConfig({ testTimeout: 45_000 });

const CAMPAIGN = { id: 'c-1', code: 'HT-2026-01', title: 'Học tập Nghị quyết Trung ương 7', status: 'ISSUED' };
const SUMMARY = {
  id: 'p-1',
  title: 'Chương trình hành động thực hiện Nghị quyết Trung ương 7',
  status: 'DISCUSSED',
  organisationId: 'org-b',
  organisationName: 'Đảng ủy Bộ Tư pháp',
  issuedOn: null,
  documentNumber: null,
};
const item = (position: number, over: Record<string, unknown> = {}) => ({
  id: `i-${position}`,
  position,
  title: `Nội dung ${position}`,
  target: null,
  solutions: null,
  deadline: '2026-12-31',
  ownerOrganisationId: 'org-x',
  ownerOrganisationName: 'Văn phòng Đảng ủy',
  ownerMemberId: null,
  ownerMemberName: null,
  status: 'NOT_STARTED',
  ...over,
});
const DETAIL = {
  ...SUMMARY,
  campaignId: 'c-1',
  discussedOn: '2026-11-02',
  discussionRecord: 'Biên bản',
  items: [item(1), item(2, { ownerOrganisationId: null, ownerOrganisationName: null })],
};

function routes(role: string, issue = () => gqlData({ issueActionProgramme: { id: 'p-1', status: 'ISSUED' } })) {
  return {
    graphql: {
      Me: meWith(role),
      KitCampaigns: () => gqlData({ campaigns: page([CAMPAIGN]) }),
      ActionProgrammes: () => gqlData({ actionProgrammes: page([SUMMARY]) }),
      ActionProgrammeDetail: () => gqlData({ actionProgramme: DETAIL }),
      IssueActionProgramme: issue,
      MissingActionProgrammes: () =>
        gqlData({
          missingActionProgrammes: page([
            { organisationId: 'org-m', organisationCode: 'CS-11', organisationName: 'Đảng ủy Bộ Nội vụ', dueOn: '2026-10-31', overdue: true, state: 'NONE', programmeId: null },
          ]),
        }),
    },
  };
}

describe('ProgrammesPage', () => {
  beforeEach(() => signIn());

  it('shows the "item without owner" refusal of issuing ON the item row the error points at', async () => {
    const api = installFakeApi(
      routes('PROPAGANDA_BOARD', () =>
        gqlError('UNPROCESSABLE', 'Cannot issue: 1 item without owner or deadline', [
          { field: 'items.2.owner', messages: ['Mục 2 «Nội dung 2» chưa phân công tổ chức, cá nhân đảm nhiệm'] },
        ]),
      ),
    );
    const user = userEvent.setup();
    renderPage(<ProgrammesPage />);

    await user.click(await screen.findByText(SUMMARY.title));
    const panel = await screen.findByRole('region', { name: 'Chương trình hành động' });
    // Committees that owe a programme and have none, below the user's scope, overdue in words.
    const missing = screen.getByRole('region', { name: 'Cấp ủy chưa ban hành chương trình' });
    expect(await within(missing).findByText('CS-11 — Đảng ủy Bộ Nội vụ')).toBeVisible();
    expect(within(missing).getAllByRole('row')[1]).toHaveTextContent('Chưa xây dựng31/10/2026 Quá hạn');
    expect(api.ops('MissingActionProgrammes')[0].variables).toEqual({ campaignId: 'c-1', organisationId: 'org-a' });
    // The missing owner is visible before issuing, in words (not colour alone).
    const rows = within(await within(panel).findByRole('region', { name: 'Các nội dung' })).getAllByRole('row');
    expect(rows[2]).toHaveTextContent('Chưa phân công');

    await user.click(within(panel).getByRole('button', { name: 'Ban hành' }));
    const dialog = await findDialog('Ban hành');
    await paste(user, within(dialog).getByRole('textbox', { name: 'Số văn bản' }), '15-CTr/ĐU');
    await user.click(within(dialog).getByRole('button', { name: 'Ban hành' }));

    const problem = await within(panel).findByRole('alert', { name: 'Lỗi của nội dung 2' });
    expect(problem).toHaveTextContent('Mục 2 «Nội dung 2» chưa phân công tổ chức, cá nhân đảm nhiệm');
    const bad = problem.closest('tr')!;
    expect(bad).toHaveClass('qt-row-invalid');
    expect(within(bad).getByText('Nội dung 2')).toBeVisible();
    expect(within(rows[1]).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(panel).getByText(/Chưa ban hành được/)).toBeVisible();
    await expectNoSeriousA11yViolations();
    expect(api.ops('IssueActionProgramme')[0].variables).toMatchObject({ id: 'p-1', input: { documentNumber: '15-CTr/ĐU' } });
    expect(api.ops('IssueActionProgramme')[0].variables?.input).toHaveProperty('issuedOn', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/));
  });

  it('hides the writing actions from a role that only reads programmes', async () => {
    installFakeApi(routes('CELL_SECRETARY'));
    const user = userEvent.setup();
    renderPage(<ProgrammesPage />);

    await user.click(await screen.findByText(SUMMARY.title));
    const panel = await screen.findByRole('region', { name: 'Chương trình hành động' });
    await within(panel).findByText('Nội dung 1');
    expect(within(panel).queryByRole('button', { name: 'Ban hành' })).not.toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Thêm nội dung' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tạo chương trình' })).not.toBeInTheDocument();
    await waitFor(() => expect(within(panel).queryByRole('button', { name: /^Sửa/ })).not.toBeInTheDocument());
  });

  it('speaks English as the second language, with the same dd/MM/yyyy dates', async () => {
    installFakeApi({
      graphql: {
        ...routes('PROPAGANDA_BOARD').graphql,
        ActionProgrammeDetail: () => gqlData({ actionProgramme: { ...DETAIL, items: [item(1, { deadline: null })] } }),
      },
    });
    const user = userEvent.setup();
    renderPage(<ProgrammesPage />, 'en');

    await user.click(await screen.findByText(SUMMARY.title));
    const panel = await screen.findByRole('region', { name: 'Action programme' });
    expect(within(panel).getByText('02/11/2026')).toBeVisible(); // discussed on
    expect(within(panel).getByText('No deadline')).toBeVisible();
    expect(within(panel).getByRole('button', { name: 'Issue' })).toBeVisible();
  });

  it('reports the progress of an item of an issued programme, with evidence', async () => {
    const issued = { ...DETAIL, status: 'ISSUED', issuedOn: '2026-11-05', documentNumber: '15-CTr/ĐU', evaluatedOn: null, evaluation: null, evaluationResult: null };
    const api = installFakeApi({
      graphql: {
        ...routes('COMMITTEE_OFFICE').graphql,
        ActionProgrammeDetail: () =>
          gqlData({ actionProgramme: { ...issued, items: [item(1, { status: 'IN_PROGRESS', progressOn: '2026-11-10', evidence: null }), item(2, { progressOn: null, evidence: null })] } }),
        ReportActionProgrammeItemProgress: () => gqlData({ reportActionProgrammeItemProgress: { id: 'p-1' } }),
      },
    });
    const user = userEvent.setup();
    renderPage(<ProgrammesPage />);

    await user.click(await screen.findByText(SUMMARY.title));
    const items = await screen.findByRole('region', { name: 'Các nội dung' });
    const rows = within(items).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Đang thực hiện10/11/2026');
    expect(rows[2]).toHaveTextContent('Chưa triển khai');
    expect(within(items).queryByRole('button', { name: /^Sửa/ })).not.toBeInTheDocument(); // issued: items are fixed
    expect(screen.getByRole('button', { name: 'Đánh giá chương trình' })).toBeVisible();

    await user.click(within(rows[1]).getByRole('button', { name: 'Báo cáo tiến độ 1' }));
    const dialog = await findDialog('Báo cáo tiến độ nội dung 1');
    await user.click(within(dialog).getByRole('radio', { name: 'Hoàn thành' }));
    await paste(user, within(dialog).getByLabelText('Minh chứng'), 'Báo cáo số 12-BC/ĐU');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(api.ops('ReportActionProgrammeItemProgress')).toHaveLength(1));
    expect(api.ops('ReportActionProgrammeItemProgress')[0].variables).toEqual({
      itemId: 'i-1',
      input: { status: 'DONE', reportedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), evidence: 'Báo cáo số 12-BC/ĐU' },
    });
  });
});

describe('ProgrammesPage paging', () => {
  beforeEach(() => signIn());

  it('loads the next page of programmes with the cursor and the same campaign, appended below ("Tải thêm")', async () => {
    const next = { ...SUMMARY, id: 'p-2', organisationId: 'org-c', organisationName: 'Đảng ủy Bộ Công Thương' };
    const api = installFakeApi({
      graphql: { ...routes('PROPAGANDA_BOARD').graphql, ActionProgrammes: twoPages('actionProgrammes', [SUMMARY], [next]) },
    });
    renderPage(<ProgrammesPage />);
    await expectLoadsMore(api, 'ActionProgrammes', { first: 'Đảng ủy Bộ Tư pháp', second: 'Đảng ủy Bộ Công Thương' });
    expect(api.ops('ActionProgrammes').at(-1)?.variables).toMatchObject({ campaignId: 'c-1', status: null });
  });
});
