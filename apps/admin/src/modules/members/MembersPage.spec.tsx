import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { gqlData, installFakeApi, json, type FakeRequest } from '../../test/fake-api';
import { expectNoSeriousA11yViolations } from '../kit/axe';
import { findDialog, gqlError, meWith, page, paste, renderPage, signIn } from '../kit/testing';
import { splitCsv } from './csv-chunks';
import { MEMBERS_BULK_ENDPOINT } from './members-api';
import { MembersPage } from './MembersPage';

// Whole user flows over antd in jsdom (with an axe pass): headroom when the machine is busy.
vi.setConfig({ testTimeout: 45_000 });

const CELL = { id: 'org-c', code: 'CB-01', name: 'Chi bộ Vụ Tổng hợp' };
const OTHER = { id: 'org-d', code: 'CB-02', name: 'Chi bộ Văn phòng' };

const member = (over: Record<string, unknown> = {}) => ({
  id: 'm-1',
  fullName: 'Trần Thị Hường',
  cardNumber: '01.012345',
  birthDate: '1980-03-05',
  gender: 'FEMALE',
  standing: 'OFFICIAL',
  position: 'Vụ trưởng',
  organisationId: CELL.id,
  organisation: CELL,
  isHeadOfUnit: true,
  isKeyLeader: true,
  isUnderBlocStandingCommittee: false,
  isRetired: false,
  isUnfitForWork: false,
  isExemptFromActivities: false,
  ...over,
});

const membersOf = (req: FakeRequest) => {
  const v = req.variables ?? {};
  const all = [member(), member({ id: 'm-2', fullName: 'Lê Văn Đức', cardNumber: '01.099999', isHeadOfUnit: false, isKeyLeader: false })];
  const hits = all.filter((m) => !v.search || (m.fullName === 'Trần Thị Hường' && v.search === 'huong'));
  return gqlData({ members: page(v.isKeyLeader ? hits.filter((m) => m.isKeyLeader) : hits) });
};

describe('MembersPage', () => {
  beforeEach(() => signIn());

  it('searches without diacritics and filters by flag, showing dates as dd/MM/yyyy', async () => {
    const api = installFakeApi({ graphql: { Me: meWith('CELL_SECRETARY'), Members: membersOf } });
    const user = userEvent.setup();
    renderPage(<MembersPage />);

    expect(await screen.findByText('Lê Văn Đức')).toBeVisible();
    const row = screen.getByRole('button', { name: 'Trần Thị Hường' }).closest('tr')!;
    expect(within(row).getByText('05/03/1980')).toBeVisible();
    expect(within(row).getByText('Người đứng đầu')).toBeVisible();

    await user.type(screen.getByRole('searchbox', { name: 'Tìm đảng viên' }), 'huong');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Lê Văn Đức' })).not.toBeInTheDocument());
    expect(api.ops('Members').at(-1)?.variables).toMatchObject({ search: 'huong' });

    await user.click(screen.getByRole('checkbox', { name: 'Cán bộ chủ chốt' }));
    await waitFor(() => expect(api.ops('Members').at(-1)?.variables).toMatchObject({ search: 'huong', isKeyLeader: true }));
    expect(api.ops('Members').at(-1)?.variables?.isRetired).toBeUndefined();

    // A cell secretary reads members but cannot import.
    expect(screen.queryByRole('button', { name: 'Nhập từ tệp CSV' })).not.toBeInTheDocument();
    await expectNoSeriousA11yViolations();
  });

  it('shows the membership history and puts the API field error of a transfer on its field', async () => {
    const history = [
      { id: 'ms-1', organisationId: OTHER.id, organisation: OTHER, validFrom: '2010-01-01', validTo: '2020-07-01', reason: null },
      { id: 'ms-2', organisationId: CELL.id, organisation: CELL, validFrom: '2020-07-01', validTo: null, reason: 'Điều động' },
    ];
    const api = installFakeApi({
      graphql: {
        Me: meWith('ORGANISATION_BOARD'),
        Members: membersOf,
        MemberDetail: () => gqlData({ member: { ...member(), memberships: history, committeeOffices: [] } }),
        SearchOrganisations: () => gqlData({ organisations: { nodes: [{ ...OTHER, kind: 'CELL', parentId: 'org-a' }] } }),
        TransferMember: () =>
          gqlError('BAD_USER_INPUT', 'effectiveDate is before the current membership', [
            { field: 'effectiveDate', messages: ['Ngày chuyển phải sau ngày 01/07/2020'] },
          ]),
      },
    });
    const user = userEvent.setup();
    renderPage(<MembersPage />);

    await user.click(await screen.findByText('Trần Thị Hường'));
    const panel = await screen.findByRole('region', { name: 'Thông tin đảng viên' });
    const rows = within(within(panel).getByRole('region', { name: 'Quá trình sinh hoạt đảng' })).getAllByRole('row');
    // Newest first; the exclusive end 01/07/2020 shows as the last day there.
    expect(rows[1]).toHaveTextContent('CB-01 — Chi bộ Vụ Tổng hợp01/07/2020Hiện tạiĐiều động');
    expect(rows[2]).toHaveTextContent('CB-02 — Chi bộ Văn phòng01/01/201030/06/2020');

    await user.click(within(panel).getByRole('button', { name: 'Chuyển sinh hoạt' }));
    const dialog = await findDialog('Chuyển sinh hoạt đảng');
    await user.type(within(dialog).getByRole('combobox', { name: 'Tổ chức đảng chuyển đến' }), 'van phong');
    await user.click(await screen.findByTitle('CB-02 — Chi bộ Văn phòng'));
    await user.type(within(dialog).getByRole('textbox', { name: 'Ngày bắt đầu sinh hoạt tại nơi mới' }), '01/06/2020{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Chuyển sinh hoạt' }));

    expect(await within(dialog).findByText('Ngày chuyển phải sau ngày 01/07/2020')).toBeVisible();
    expect(api.ops('TransferMember')[0].variables).toEqual({
      id: 'm-1',
      input: { toOrganisationId: OTHER.id, effectiveDate: '2020-06-01', reason: null },
    });
  });

  it('edits a member: exact input sent, the API field error on its field, then a Vietnamese success message', async () => {
    let saved = false;
    const api = installFakeApi({
      graphql: {
        Me: meWith('ORGANISATION_BOARD'),
        Members: membersOf,
        MemberDetail: () =>
          gqlData({ member: { ...member(saved ? { fullName: 'Trần Thị Thu Hường', isRetired: true } : {}), memberships: [], committeeOffices: [] } }),
        UpdateMember: (req) => {
          if (api.ops('UpdateMember').length === 1) {
            return gqlError('BAD_USER_INPUT', 'cardNumber is taken', [
              { field: 'input.cardNumber', messages: ['Số thẻ đã được dùng cho đảng viên khác'] },
            ]);
          }
          saved = true;
          return gqlData({ updateMember: { id: req.variables?.id } });
        },
      },
    });
    const user = userEvent.setup();
    renderPage(<MembersPage />);

    await user.click(await screen.findByText('Trần Thị Hường'));
    const panel = await screen.findByRole('region', { name: 'Thông tin đảng viên' });
    await user.click(within(panel).getByRole('button', { name: 'Sửa thông tin' }));
    const dialog = await findDialog('Sửa thông tin đảng viên');

    const name = within(dialog).getByRole('textbox', { name: 'Họ và tên' });
    await user.clear(name);
    await paste(user, name, 'Trần Thị Thu Hường');
    const card = within(dialog).getByRole('textbox', { name: 'Số thẻ đảng viên' });
    await user.clear(card);
    await paste(user, card, '01.054321');
    const birth = within(dialog).getByRole('textbox', { name: 'Ngày sinh' });
    expect(birth).toHaveValue('05/03/1980');
    await user.clear(birth);
    await user.type(birth, '06/04/1981{Enter}');
    await user.click(within(dialog).getByRole('radio', { name: 'Dự bị' }));
    await user.clear(within(dialog).getByRole('textbox', { name: 'Chức vụ (để trống để xóa)' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Đã nghỉ công tác' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Người đứng đầu' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    // The refusal lands under the card number field, not in a generic alert.
    const problem = await within(dialog).findByText('Số thẻ đã được dùng cho đảng viên khác');
    expect(problem.closest('.ant-form-item')).toBe(card.closest('.ant-form-item'));
    expect(api.ops('UpdateMember')[0].variables).toEqual({
      id: 'm-1',
      input: {
        fullName: 'Trần Thị Thu Hường',
        cardNumber: '01.054321',
        birthDate: '1981-04-06',
        gender: 'FEMALE',
        standing: 'PROBATIONARY',
        position: null,
        isHeadOfUnit: false,
        isKeyLeader: true,
        isUnderBlocStandingCommittee: false,
        isRetired: true,
        isUnfitForWork: false,
        isExemptFromActivities: false,
      },
    });

    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã cập nhật thông tin đảng viên')).toBeVisible();
    expect(api.ops('UpdateMember')).toHaveLength(2);
    expect(await within(panel).findByRole('heading', { name: 'Trần Thị Thu Hường' })).toBeVisible();
    expect(within(panel).getByText('Đã nghỉ công tác')).toBeVisible();
  });

  it('hides the edit and transfer buttons from a cell secretary, who may read but not write members', async () => {
    installFakeApi({
      graphql: {
        Me: meWith('CELL_SECRETARY'),
        Members: membersOf,
        MemberDetail: () => gqlData({ member: { ...member(), memberships: [], committeeOffices: [] } }),
      },
    });
    const user = userEvent.setup();
    renderPage(<MembersPage />);

    await user.click(await screen.findByText('Trần Thị Hường'));
    const panel = await screen.findByRole('region', { name: 'Thông tin đảng viên' });
    expect(within(panel).getByText('01.012345')).toBeVisible();
    expect(within(panel).queryByRole('button', { name: 'Sửa thông tin' })).not.toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Chuyển sinh hoạt' })).not.toBeInTheDocument();
  });

  it('imports a CSV in chunks with a progress bar and lists the refused rows by their line in the file', async () => {
    const header = 'card_number,full_name,birth_date,gender,standing,organisation_code';
    const lines = Array.from({ length: 1200 }, (_, i) => `01.${String(i).padStart(6, '0')},"Nguyễn Văn ${i}",01/01/1980,Nam,chính thức,CB-01`);
    const file = new File([`${header}\n${lines.join('\n')}\n`], 'dang-vien.csv', { type: 'text/csv' });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const api = installFakeApi({
      graphql: { Me: meWith('COMMITTEE_OFFICE'), Members: membersOf },
      rest: {
        [MEMBERS_BULK_ENDPOINT]: async (req) => {
          const rows = req.text!.trim().split('\n').length - 1;
          const second = api.to(MEMBERS_BULK_ENDPOINT).length === 2;
          if (second) await gate;
          return json(200, {
            total: rows,
            created: second ? rows - 1 : rows,
            updated: 0,
            transferred: 0,
            unchanged: 0,
            failed: second ? 1 : 0,
            rows: second ? [{ row: 3, cardNumber: '01.000502', outcome: 'error', errors: ['organisation_code CB-01 is outside your scope'] }] : [],
          });
        },
      },
    });
    const user = userEvent.setup();
    renderPage(<MembersPage />);

    await user.click(await screen.findByRole('button', { name: 'Nhập từ tệp CSV' }));
    await user.upload(await screen.findByLabelText('Chọn tệp CSV (UTF-8)'), file);
    await user.click(screen.getByRole('button', { name: 'Bắt đầu nhập' }));

    const bar = await screen.findByRole('progressbar', { name: 'Tiến độ nhập' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '41')); // 500 of 1200 while the second chunk waits
    release();
    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'Tiến độ nhập' })).toHaveAttribute('aria-valuenow', '100'));

    const calls = api.to(MEMBERS_BULK_ENDPOINT);
    expect(calls).toHaveLength(3);
    expect(calls.every((c) => c.text!.startsWith(`${header}\n`))).toBe(true);
    expect(calls.map((c) => c.headers.get('Content-Type'))).toEqual(Array(3).fill('text/csv; charset=utf-8'));
    expect(new Set(calls.map((c) => c.headers.get('Idempotency-Key'))).size).toBe(3);
    expect(calls[0].token).toBe('access-1');

    expect(screen.getByText(/Tổng 1200 dòng: thêm mới 1199, .* lỗi 1\./)).toBeVisible();
    const errors = screen.getByText('Các dòng bị lỗi (không được ghi)').closest('.ant-table-wrapper') as HTMLElement;
    expect(within(errors).getAllByRole('row')[1]).toHaveTextContent('50301.000502organisation_code CB-01 is outside your scope');
    await expectNoSeriousA11yViolations();
  });
});

describe('splitCsv', () => {
  it('keeps quoted commas and newlines inside one record and repeats the header in each chunk', () => {
    const { total, chunks } = splitCsv('\uFEFFa,b\r\n1,"x,\ny"\r\n2,z\r\n\r\n3,w', 2);
    expect(total).toBe(3);
    expect(chunks.map((c) => [c.offset, c.count, c.text])).toEqual([
      [0, 2, 'a,b\n1,"x,\ny"\n2,z\n'],
      [2, 1, 'a,b\n3,w\n'],
    ]);
  });
});
