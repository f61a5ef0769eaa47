import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { gqlData, installFakeApi } from '../../test/fake-api';
import { expectNoSeriousA11yViolations } from '../kit/axe';
import { paste, findDialog, gqlError, meWith, page, renderPage, signIn } from '../kit/testing';
import { CellMeetingsPage } from './CellMeetingsPage';
import { RatingsPage } from './RatingsPage';

// Whole user flows over antd in jsdom (with an axe pass): headroom when the machine is busy.
vi.setConfig({ testTimeout: 45_000 });

const YEAR = dayjs().year();
const CELL = { id: 'org-c', code: 'CB-01', name: 'Chi bộ Vụ Tổng hợp', kind: 'CELL', parentId: 'org-b' };
const month = (m: number) => `${YEAR}-${String(m).padStart(2, '0')}`;
const THIS_MONTH = dayjs().month() + 1;

const calendar = () =>
  gqlData({
    cellMeetingCalendar: {
      asOf: dayjs().format('YYYY-MM-DD'),
      months: [
        { month: month(1), state: 'ON_TIME', heldOn: `${month(1)}-05`, dueBy: `${month(1)}-10` },
        { month: month(2), state: 'MISSED', heldOn: null, dueBy: `${month(2)}-10` },
      ],
      quarters: [{ quarter: 1, state: 'FLAGGED', thematicCount: 0 }],
    },
    cellMeetings: page([
      {
        id: 'cm-1',
        kind: 'REGULAR',
        heldOn: `${month(THIS_MONTH)}-03`,
        forMonth: month(THIS_MONTH),
        topic: 'Sinh hoạt định kỳ tháng',
        conclusion: 'Nghị quyết tháng',
        presentCount: 12,
        excusedCount: 1,
        unexcusedCount: 0,
      },
    ]),
  });

describe('CellMeetingsPage', () => {
  beforeEach(() => signIn());

  it("shows the cell's meetings on the calendar and its compliance in words, and records a meeting (refusal by field)", async () => {
    let attempts = 0;
    const api = installFakeApi({
      graphql: {
        Me: meWith('CELL_SECRETARY'),
        SearchOrganisations: () => gqlData({ organisations: { nodes: [CELL] } }),
        CellLifeCalendar: calendar,
        CellLifeRecordMeeting: () =>
          ++attempts === 1
            ? gqlError('CONFLICT', 'One REGULAR meeting per cell and month', [{ field: 'heldOn', messages: ['Chi bộ đã có buổi sinh hoạt định kỳ trong tháng này'] }])
            : gqlData({ recordCellMeeting: { id: 'cm-2' } }),
      },
    });
    const user = userEvent.setup();
    renderPage(<CellMeetingsPage />);

    expect(screen.getByText('Chọn một chi bộ để xem lịch sinh hoạt')).toBeVisible();
    await user.type(screen.getByRole('combobox', { name: 'Chọn chi bộ' }), 'tong hop');
    await user.click(await screen.findByTitle('CB-01 — Chi bộ Vụ Tổng hợp'));

    const cal = await screen.findByRole('region', { name: 'Lịch sinh hoạt' });
    const tag = within(cal).getByText('Định kỳ: Sinh hoạt định kỳ tháng');
    expect(tag.closest('td')).toHaveAttribute('title', `${month(THIS_MONTH)}-03`);
    const months = screen.getByRole('region', { name: 'Sinh hoạt định kỳ theo tháng' });
    expect(within(months).getAllByRole('listitem')[0]).toHaveTextContent('Tháng 1: Đúng hạn05/01/');
    expect(within(months).getAllByRole('listitem')[1]).toHaveTextContent('Tháng 2: Không sinh hoạt đúng quy định');
    expect(screen.getByRole('region', { name: 'Sinh hoạt chuyên đề theo quý' })).toHaveTextContent('Quý 1: Chưa có chuyên đề');
    expect(api.ops('CellLifeCalendar')[0].variables).toEqual({ organisationId: 'org-c', year: YEAR });
    await expectNoSeriousA11yViolations();

    await user.click(screen.getByRole('button', { name: 'Ghi nhận buổi sinh hoạt' }));
    const dialog = await findDialog('Ghi nhận buổi sinh hoạt');
    await paste(user, within(dialog).getByRole('textbox', { name: 'Nội dung' }), 'Sinh hoạt tháng');
    await paste(user, within(dialog).getByRole('textbox', { name: 'Nghị quyết hoặc kết luận' }), 'Kết luận');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    const problem = await within(dialog).findByText('Chi bộ đã có buổi sinh hoạt định kỳ trong tháng này');
    expect(problem.closest('.ant-form-item')).toHaveTextContent('Ngày sinh hoạt');

    await user.click(within(dialog).getByRole('radio', { name: 'Chuyên đề' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(api.ops('CellLifeCalendar')).toHaveLength(2));
    expect(api.ops('CellLifeRecordMeeting')[1].variables).toEqual({
      input: { organisationId: 'org-c', kind: 'THEMATIC', heldOn: dayjs().format('YYYY-MM-DD'), topic: 'Sinh hoạt tháng', conclusion: 'Kết luận' },
    });
  });
});

describe('RatingsPage', () => {
  beforeEach(() => signIn());

  const ratings = () =>
    gqlData({
      ratingDistribution: {
        year: YEAR,
        members: { excellent: 2, good: 5, completed: 2, notCompleted: 1, unrated: 0 },
        organisations: { excellent: 0, good: 1, completed: 0, notCompleted: 0, unrated: 3 },
      },
      ratings: page([{ id: 'r-1', subject: 'MEMBER', subjectName: 'Trần Thị Hường', rating: 'GOOD', ratedOn: `${YEAR}-12-01`, ratedBy: 'Bí thư', comment: null }]),
    });

  it('shows the distribution with shares, and rates a member found by search', async () => {
    const api = installFakeApi({
      graphql: {
        Me: meWith('CELL_SECRETARY'),
        CellLifeRatings: ratings,
        Members: () => gqlData({ members: page([{ id: 'm-1', fullName: 'Lê Văn Đức', cardNumber: '01.099999' }]) }),
        CellLifeRateMember: () => gqlData({ rateMember: { id: 'r-2' } }),
      },
    });
    const user = userEvent.setup();
    renderPage(<RatingsPage />);

    const members = await screen.findByRole('region', { name: 'Đảng viên' });
    const good = within(members).getByText('Hoàn thành tốt nhiệm vụ').closest('tr')!;
    expect(good).toHaveTextContent('550%');
    expect(screen.getByRole('region', { name: 'Tổ chức đảng' })).toHaveTextContent('Chưa xếp loại375%');
    expect(screen.getByRole('region', { name: 'Các xếp loại đã ghi nhận' })).toHaveTextContent(`Trần Thị HườngHoàn thành tốt nhiệm vụ01/12/${YEAR}`);
    await expectNoSeriousA11yViolations();

    await user.click(screen.getByRole('button', { name: 'Xếp loại' }));
    const dialog = await findDialog('Xếp loại');
    // A cell secretary rates members, not organisations.
    expect(within(dialog).getByRole('radio', { name: 'Tổ chức đảng' })).toBeDisabled();
    await user.type(within(dialog).getByRole('combobox', { name: 'Tìm đảng viên (họ tên hoặc số thẻ)' }), 'duc');
    await user.click(await screen.findByTitle('Lê Văn Đức (01.099999)'));
    await user.click(within(dialog).getByRole('combobox', { name: 'Mức xếp loại' }));
    await user.click(await screen.findByTitle('Hoàn thành xuất sắc nhiệm vụ'));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(api.ops('CellLifeRateMember')).toHaveLength(1));
    expect(api.ops('CellLifeRateMember')[0].variables).toEqual({ input: { year: YEAR, rating: 'EXCELLENT', comment: null, memberId: 'm-1' } });
    await waitFor(() => expect(api.ops('CellLifeRatings')).toHaveLength(2));
  });

  it('offers no rating entry to a role that only reads ratings', async () => {
    installFakeApi({ graphql: { Me: meWith('INSPECTION_COMMISSION'), CellLifeRatings: ratings } });
    renderPage(<RatingsPage />);
    await screen.findByRole('region', { name: 'Đảng viên' });
    expect(screen.queryByRole('button', { name: 'Xếp loại' })).not.toBeInTheDocument();
  });
});
