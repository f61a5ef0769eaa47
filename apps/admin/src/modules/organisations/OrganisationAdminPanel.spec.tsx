import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { gqlData, installFakeApi } from '../../test/fake-api';
import { expectNoSeriousA11yViolations } from '../kit/axe';
import { findDialog, gqlError, meWith, renderPage, signIn } from '../kit/testing';
import { OrganisationAdminPanel } from './OrganisationAdminPanel';

// Whole user flows over antd in jsdom (with an axe pass): headroom when the machine is busy.
vi.setConfig({ testTimeout: 45_000 });

const DETAIL = {
  id: 'org-11',
  code: 'TC-01',
  name: 'Đảng bộ Tổng cục Thuế',
  kind: 'UPPER_GRASSROOTS',
  agency: 'Tổng cục Thuế',
  activeFrom: '2015-01-01',
  dissolvedOn: null,
  termStart: '2020-10-01',
  termEnd: '2025-09-30',
  depth: 1,
  childCount: 5,
  descendantCount: 6,
  memberCount: 812,
  parent: { id: 'org-1', code: 'DBK-01', name: 'Đảng bộ Khối các cơ quan Trung ương' },
  offices: [{ id: 'o-1', office: 'SECRETARY', memberName: 'Phạm Văn Bình', startDate: '2020-10-15', endDate: null }],
};
const TARGET = { id: 'org-2', code: 'DBK-02', name: 'Đảng bộ Khối doanh nghiệp', kind: 'BLOC', parentId: null };

describe('OrganisationAdminPanel', () => {
  beforeEach(() => signIn());

  it('shows the committee offices and the record with dates as dd/MM/yyyy', async () => {
    installFakeApi({ graphql: { Me: meWith('CELL_SECRETARY'), OrganisationDetail: () => gqlData({ organisation: DETAIL }) } });
    renderPage(<OrganisationAdminPanel organisationId="org-11" />);

    const offices = await screen.findByRole('region', { name: 'Cấp ủy' });
    expect(within(offices).getAllByRole('row')[1]).toHaveTextContent('Bí thưPhạm Văn Bình15/10/2020');
    expect(screen.getByText('01/10/2020 – 30/09/2025')).toBeVisible();
    expect(screen.getByText('DBK-01 — Đảng bộ Khối các cơ quan Trung ương')).toBeVisible();
    await expectNoSeriousA11yViolations();
    // A cell secretary reads the tree but neither moves nor dissolves.
    expect(screen.queryByRole('button', { name: 'Chuyển trực thuộc' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Giải thể' })).not.toBeInTheDocument();
  });

  it('moves under a new parent after confirmation, showing the refusal on the parent field', async () => {
    let attempts = 0;
    const onChanged = vi.fn();
    const api = installFakeApi({
      graphql: {
        Me: meWith('ORGANISATION_BOARD'),
        OrganisationDetail: () => gqlData({ organisation: DETAIL }),
        SearchOrganisations: () => gqlData({ organisations: { nodes: [TARGET] } }),
        MoveOrganisation: () =>
          ++attempts === 1
            ? gqlError('UNPROCESSABLE', 'The parent organisation is dissolved', [
                { field: 'newParentId', messages: ['Tổ chức cấp trên đã giải thể'] },
              ])
            : gqlData({ moveOrganisation: { id: 'org-11', parentId: 'org-2' } }),
      },
    });
    const user = userEvent.setup();
    renderPage(<OrganisationAdminPanel organisationId="org-11" onChanged={onChanged} />);

    await user.click(await screen.findByRole('button', { name: 'Chuyển trực thuộc' }));
    const dialog = await findDialog('Chuyển Đảng bộ Tổng cục Thuế sang tổ chức cấp trên khác');
    await user.type(within(dialog).getByRole('combobox', { name: 'Tổ chức cấp trên mới' }), 'doanh nghiep');
    await user.click(await screen.findByTitle('DBK-02 — Đảng bộ Khối doanh nghiệp'));
    await user.click(within(dialog).getByRole('button', { name: 'Chuyển' }));

    const explain = await within(dialog).findByText('Tổ chức cấp trên đã giải thể');
    expect(explain.closest('.ant-form-item')).toHaveTextContent('Tổ chức cấp trên mới');
    expect(onChanged).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Chuyển' }));
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(api.ops('MoveOrganisation').map((c) => c.variables)).toEqual([
      { id: 'org-11', input: { newParentId: 'org-2' } },
      { id: 'org-11', input: { newParentId: 'org-2' } },
    ]);
  });

  it('dissolves only after the confirmation dialog, and shows a refusal that names no field above the form', async () => {
    const api = installFakeApi({
      graphql: {
        Me: meWith('COMMITTEE_OFFICE'),
        OrganisationDetail: () => gqlData({ organisation: DETAIL }),
        DissolveOrganisation: () =>
          gqlError('UNPROCESSABLE', 'Cannot dissolve: 1 committee office(s) are still open; end them first', [
            { field: 'id', messages: ['Cannot dissolve: 1 committee office(s) are still open; end them first'] },
          ]),
      },
    });
    const user = userEvent.setup();
    renderPage(<OrganisationAdminPanel organisationId="org-11" />);

    await user.click(await screen.findByRole('button', { name: 'Giải thể' }));
    expect(api.ops('DissolveOrganisation')).toHaveLength(0);
    const dialog = await findDialog('Giải thể Đảng bộ Tổng cục Thuế');
    await waitFor(() => expect(within(dialog).getByText(/không hoàn tác được/)).toBeVisible());
    const date = within(dialog).getByRole('textbox', { name: 'Ngày giải thể' });
    await user.clear(date);
    await user.type(date, '15/11/2026{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận giải thể' }));

    const refusal = await within(dialog).findByText(/committee office\(s\) are still open/);
    expect(refusal.closest('[role=alert]')).toHaveClass('ant-alert-error');
    expect(api.ops('DissolveOrganisation')[0].variables).toEqual({ id: 'org-11', input: { dissolvedOn: '2026-11-15' } });
  });

  it('adds a committee office held by a member of the subtree, and ends one', async () => {
    const onChanged = vi.fn();
    const api = installFakeApi({
      graphql: {
        Me: meWith('ORGANISATION_BOARD'),
        OrganisationDetail: () => gqlData({ organisation: DETAIL }),
        Members: () => gqlData({ members: { nodes: [{ id: 'm-5', fullName: 'Lý Thị Mai', cardNumber: '01.055555' }], pageInfo: { hasNextPage: false, endCursor: null } } }),
        AssignCommitteeOffice: () => gqlData({ assignCommitteeOffice: { id: 'o-2' } }),
        EndCommitteeOffice: () => gqlData({ endCommitteeOffice: { id: 'o-1', endDate: '2026-11-20' } }),
      },
    });
    const user = userEvent.setup();
    renderPage(<OrganisationAdminPanel organisationId="org-11" onChanged={onChanged} />);

    await user.click(await screen.findByRole('button', { name: 'Bổ sung chức danh cấp ủy' }));
    const dialog = await findDialog('Bổ sung chức danh cấp ủy');
    await user.click(within(dialog).getByRole('combobox', { name: 'Chức danh' }));
    await user.click(await screen.findByTitle('Phó Bí thư'));
    await user.type(within(dialog).getByRole('combobox', { name: 'Đảng viên giữ chức danh' }), 'mai');
    await user.click(await screen.findByTitle('Lý Thị Mai (01.055555)'));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(api.ops('Members')[0].variables).toMatchObject({ search: 'mai', withinId: 'org-11' });
    expect(api.ops('AssignCommitteeOffice')[0].variables).toEqual({
      organisationId: 'org-11',
      input: { office: 'DEPUTY_SECRETARY', memberId: 'm-5', startDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    });

    await user.click(screen.getByRole('button', { name: 'Kết thúc — Phạm Văn Bình' }));
    const end = await findDialog('Kết thúc chức danh Bí thư của Phạm Văn Bình');
    const date = within(end).getByLabelText('Ngày kết thúc');
    await user.clear(date);
    await user.type(date, '20/11/2026{Enter}');
    await user.click(within(end).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(api.ops('EndCommitteeOffice')[0]?.variables).toEqual({ id: 'o-1', input: { endDate: '2026-11-20' } }));
  });
});
