import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { gqlData, installFakeApi } from '../../test/fake-api';
import { findDialog, meWith, renderPage, signIn } from '../kit/testing';
import { ParticipantList } from './ParticipantList';

const person = (memberId: string, fullName: string, status: string | null = null) => ({
  memberId,
  fullName,
  cardNumber: `0${memberId.slice(-1)}-123456`,
  organisationName: 'Chi bộ Vụ Tổng hợp',
  status,
  statusSource: status ? 'SECRETARY' : null,
  statusReason: null,
  checkedInAt: null,
  checkedOutAt: null,
  connectionPointId: null,
  source: 'AUDIENCE_RULE',
});
const PEOPLE = [person('m-1', 'Nguyễn Văn An'), person('m-2', 'Trần Thị Bình'), person('m-3', 'Lê Văn Cường', 'PRESENT')];
const counters = { expected: 3, present: 3, late: 0, leftEarly: 0, excused: 0, unexcused: 0, unmarked: 0, byConnectionPoint: [] };

async function markSelectedAs(user: ReturnType<typeof userEvent.setup>, names: string[], status: string) {
  for (const name of names) await user.click(within(screen.getByRole('row', { name: new RegExp(name) })).getByRole('checkbox'));
  await user.click(screen.getByRole('button', { name: /Đánh dấu/ }));
  await user.click(await screen.findByRole('menuitem', { name: status }));
}

describe('ParticipantList', () => {
  beforeEach(signIn);

  it('marks the selected members at once and searches without diacritics', async () => {
    let marked = false;
    const api = installFakeApi({
      graphql: {
        Me: meWith('CELL_SECRETARY'),
        SessionParticipantList: () =>
          gqlData({
            sessionParticipants: {
              nodes: marked ? PEOPLE.map((p) => ({ ...p, status: 'PRESENT' })) : PEOPLE,
              pageInfo: { hasNextPage: false, endCursor: null },
              totalCount: 3,
            },
          }),
        MarkAttendance: () => {
          marked = true;
          return gqlData({ markAttendance: { marked: 2, counters } });
        },
      },
    });
    const onMarked = vi.fn();
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    renderPage(<ParticipantList sessionId="s-1" closed={false} canMark onMarked={onMarked} />);

    await screen.findByText('Nguyễn Văn An');
    await markSelectedAs(user, ['Nguyễn Văn An', 'Trần Thị Bình'], 'Có mặt');

    await waitFor(() => expect(api.ops('MarkAttendance')).toHaveLength(1));
    expect(api.ops('MarkAttendance')[0].variables).toEqual({
      sessionId: 's-1',
      input: { marks: [{ memberId: 'm-1', status: 'PRESENT' }, { memberId: 'm-2', status: 'PRESENT' }], correctionReason: null },
    });
    expect(await screen.findByText('Đã điểm danh 2 người')).toBeVisible();
    await waitFor(() => expect(onMarked).toHaveBeenCalled());

    await user.type(screen.getByLabelText('Tìm theo tên hoặc số thẻ (không cần dấu)'), 'nguyen van');
    await waitFor(() => expect(api.ops('SessionParticipantList').at(-1)?.variables).toMatchObject({ search: 'nguyen van' }));
  });

  it('after the session closed, asks why the roll call is corrected and sends the reason', async () => {
    const api = installFakeApi({
      graphql: {
        Me: meWith('CELL_SECRETARY'),
        SessionParticipantList: () => gqlData({ sessionParticipants: { nodes: PEOPLE, pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 3 } }),
        MarkAttendance: () => gqlData({ markAttendance: { marked: 1, counters } }),
      },
    });
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    renderPage(<ParticipantList sessionId="s-1" closed canMark />);
    await screen.findByText('Nguyễn Văn An');
    await markSelectedAs(user, ['Trần Thị Bình'], 'Vắng có lý do');

    const dialog = await findDialog('Lý do điều chỉnh (hội nghị đã kết thúc)');
    await user.type(within(dialog).getByRole('textbox'), 'Đi công tác theo quyết định của cơ quan');
    await user.click(within(dialog).getByRole('button', { name: /OK|Đồng ý|Xác nhận/ }));

    await waitFor(() => expect(api.ops('MarkAttendance')).toHaveLength(1));
    expect(api.ops('MarkAttendance')[0].variables).toEqual({
      sessionId: 's-1',
      input: { marks: [{ memberId: 'm-2', status: 'EXCUSED' }], correctionReason: 'Đi công tác theo quyết định của cơ quan' },
    });
  });
});
