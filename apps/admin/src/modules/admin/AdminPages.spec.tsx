import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { gqlData, installFakeApi } from '../../test/fake-api';
import { expectNoSeriousA11yViolations } from '../kit/axe';
import { findDialog, gqlError, meWith, page, renderPage, signIn } from '../kit/testing';
import { AuditLogPage } from './AuditLogPage';
import { UsersPage } from './UsersPage';

// Whole user flows over antd in jsdom (with an axe pass): headroom when the machine is busy.
vi.setConfig({ testTimeout: 45_000 });

const ORG = { id: 'org-11', code: 'TC-01', name: 'Đảng bộ Tổng cục Thuế' };
const USER = {
  id: 'u-7',
  username: 'vanphong.tc',
  displayName: 'Đỗ Minh Châu',
  isActive: true,
  roles: [{ id: 'ra-1', role: 'COMMITTEE_OFFICE', organisation: ORG }],
};

describe('UsersPage', () => {
  beforeEach(() => signIn());

  it('grants a role at an organisation (refusal on the organisation field) and revokes one after confirming', async () => {
    let grants = 0;
    const api = installFakeApi({
      graphql: {
        Me: meWith('ADMIN'),
        AdminUsers: () => gqlData({ users: page([USER]) }),
        SearchOrganisations: () => gqlData({ organisations: { nodes: [{ ...ORG, kind: 'UPPER_GRASSROOTS', parentId: 'org-1' }] } }),
        AdminAssignRole: () =>
          ++grants === 1
            ? gqlError('FORBIDDEN', 'Outside your subtree', [{ field: 'organisationId', messages: ['Tổ chức nằm ngoài phạm vi quản lý của bạn'] }])
            : gqlData({ assignRole: { id: 'u-7' } }),
        AdminRevokeRole: () => gqlData({ revokeRole: { id: 'u-7' } }),
      },
    });
    const user = userEvent.setup();
    renderPage(<UsersPage />);

    const row = (await screen.findByText('vanphong.tc')).closest('tr')!;
    expect(row).toHaveTextContent('Văn phòng cấp ủy — TC-01');
    await expectNoSeriousA11yViolations();

    await user.click(within(row).getByRole('button', { name: 'Cấp quyền — vanphong.tc' }));
    const dialog = await findDialog('Cấp quyền cho Đỗ Minh Châu');
    await user.click(within(dialog).getByRole('combobox', { name: 'Vai trò' }));
    await user.click(await screen.findByTitle('Bí thư chi bộ'));
    await user.type(within(dialog).getByRole('combobox', { name: 'Tại tổ chức đảng' }), 'thue');
    await user.click(await screen.findByTitle('TC-01 — Đảng bộ Tổng cục Thuế'));
    await user.click(within(dialog).getByRole('button', { name: 'Cấp quyền' }));
    const refusal = await within(dialog).findByText('Tổ chức nằm ngoài phạm vi quản lý của bạn');
    expect(refusal.closest('.ant-form-item')).toHaveTextContent('Tại tổ chức đảng');

    await user.click(within(dialog).getByRole('button', { name: 'Cấp quyền' }));
    await waitFor(() => expect(api.ops('AdminAssignRole')).toHaveLength(2));
    expect(api.ops('AdminAssignRole')[1].variables).toEqual({ userId: 'u-7', input: { role: 'CELL_SECRETARY', organisationId: 'org-11' } });

    await user.click(within(row).getByRole('button', { name: 'Thu hồi Văn phòng cấp ủy tại TC-01' }));
    expect(api.ops('AdminRevokeRole')).toHaveLength(0);
    await user.click(await screen.findByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(api.ops('AdminRevokeRole')[0]?.variables).toEqual({ userId: 'u-7', assignmentId: 'ra-1' }));
  });

  it('offers no grant or revoke to a role that may not manage users', async () => {
    installFakeApi({ graphql: { Me: meWith('INSPECTION_COMMISSION'), AdminUsers: () => gqlData({ users: page([USER]) }) } });
    renderPage(<UsersPage />);
    const row = (await screen.findByText('vanphong.tc')).closest('tr')!;
    await waitFor(() => expect(within(row).queryByRole('button')).not.toBeInTheDocument());
  });
});

describe('AuditLogPage', () => {
  beforeEach(() => signIn());

  const RECORDS = [
    { id: 'a-1', occurredAt: '2026-11-20T02:30:00.000Z', actorUserId: 'u-7', actorLabel: 'vanphong.tc', action: 'member.transfer', entityType: 'member', entityId: 'm-1', before: { organisationId: 'o-1' }, after: { organisationId: 'o-2' } },
    { id: 'a-2', occurredAt: '2026-11-01T02:30:00.000Z', actorUserId: 'u-7', actorLabel: 'vanphong.tc', action: 'organisation.dissolve', entityType: 'organisation', entityId: 'o-9', before: null, after: null },
  ];

  it('sends every filter to the server — user, exact actions, period as calendar days — and shows what it returns', async () => {
    const api = installFakeApi({
      graphql: {
        AdminAuditLog: ({ variables }) => {
          const actions = variables?.action as string[] | null | undefined;
          return gqlData({ auditLog: page(actions ? RECORDS.filter((r) => actions.includes(r.action)) : RECORDS) });
        },
        AdminUsers: () => gqlData({ users: page([USER]) }),
      },
    });
    const user = userEvent.setup();
    renderPage(<AuditLogPage />);

    expect(await screen.findByText('member.transfer')).toBeVisible();
    expect(screen.getByText(/^20\/11\/2026 \d\d:30$/)).toBeVisible();
    expect(api.ops('AdminAuditLog')[0].variables).toMatchObject({ action: null, from: null, to: null, after: null });

    await user.click(screen.getByRole('combobox', { name: 'Lọc theo người thực hiện' }));
    await user.click(await screen.findByTitle('Đỗ Minh Châu (vanphong.tc)'));
    await waitFor(() => expect(api.ops('AdminAuditLog').at(-1)?.variables).toMatchObject({ actorUserId: 'u-7', after: null }));

    await user.type(screen.getByRole('textbox', { name: 'Lọc theo thao tác' }), 'organisation.dissolve, member.merge{Enter}');
    await waitFor(() =>
      expect(api.ops('AdminAuditLog').at(-1)?.variables).toMatchObject({ actorUserId: 'u-7', action: ['organisation.dissolve', 'member.merge'] }),
    );
    await waitFor(() => expect(screen.queryByText('member.transfer')).not.toBeInTheDocument());
    expect(screen.getByText('organisation.dissolve')).toBeVisible();

    const from = screen.getByPlaceholderText('Từ ngày');
    await user.click(from);
    await user.type(from, '01/11/2026{Enter}');
    const to = screen.getByPlaceholderText('Đến ngày');
    await user.type(to, '20/11/2026{Enter}');
    await waitFor(() =>
      expect(api.ops('AdminAuditLog').at(-1)?.variables).toMatchObject({
        actorUserId: 'u-7',
        action: ['organisation.dissolve', 'member.merge'],
        from: '2026-11-01',
        to: '2026-11-20',
        after: null,
      }),
    );
    expect(screen.queryByText(/bản ghi đã tải/)).not.toBeInTheDocument();
  });
});
