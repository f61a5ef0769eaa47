import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CHILDREN_OF_ORG_1,
  CHILDREN_OF_ORG_2,
  childrenPage,
  gqlData,
  installFakeApi,
  json,
  ROOTS,
  tokens,
  unauthorized,
  type FakeRequest,
} from '../../test/fake-api';
import { renderWithI18n } from '../../test/render';
import { AUTH_ENDPOINTS, authClient } from '../auth';
import { OrganisationTreePage } from './OrganisationTreePage';

const rootsOk = () => gqlData({ organisationRoots: ROOTS });

function childrenOf(req: FakeRequest) {
  const id = req.variables?.id;
  if (id === 'org-1') return childrenPage('org-1', CHILDREN_OF_ORG_1);
  if (id === 'org-2') return childrenPage('org-2', CHILDREN_OF_ORG_2);
  return childrenPage(String(id), []);
}

function expand(item: HTMLElement) {
  const switcher = item.querySelector<HTMLElement>('.ant-tree-switcher');
  if (!switcher) throw new Error('tree node has no expand switcher');
  return userEvent.setup().click(switcher);
}

describe('OrganisationTreePage', () => {
  beforeEach(() => {
    authClient.reset();
    authClient.setSession(tokens(1));
  });

  it('shows the root organisations with their kind, and lazy-loads children only when a node is expanded', async () => {
    const api = installFakeApi({ graphql: { OrganisationRoots: rootsOk, OrganisationChildren: childrenOf } });
    renderWithI18n(<OrganisationTreePage />);

    const bloc = await screen.findByRole('treeitem', { name: /DBK-01 — Đảng bộ Khối các cơ quan Trung ương/ });
    expect(within(bloc).getByText('Đảng bộ Khối')).toBeVisible(); // kind Tag
    expect(screen.getByRole('treeitem', { name: /DBK-02/ })).toBeVisible();
    expect(screen.queryByText(/Đảng bộ Tổng cục Thuế/)).not.toBeInTheDocument();
    expect(api.ops('OrganisationChildren')).toHaveLength(0);

    await expand(bloc);

    const upper = await screen.findByRole('treeitem', { name: /TC-01 — Đảng bộ Tổng cục Thuế/ });
    expect(within(upper).getByText('Đảng bộ cấp trên cơ sở')).toBeVisible();
    expect(bloc).toHaveAttribute('aria-expanded', 'true');
    expect(api.ops('OrganisationChildren')).toHaveLength(1);
    expect(api.ops('OrganisationChildren')[0].variables).toEqual({ id: 'org-1', after: null });

    // A dissolved organisation is greyed and labelled.
    const dissolved = screen.getByRole('treeitem', { name: /CB-99/ });
    expect(dissolved).toHaveTextContent('Chi bộ Văn phòng cũ (đã giải thể)');
    expect(within(dissolved).getByText(/Chi bộ Văn phòng cũ/)).toHaveClass('ant-typography-secondary');
    expect(within(dissolved).getByText('Chi bộ')).toBeVisible();
    // A leaf (childCount 0) offers nothing to expand.
    expect(dissolved).not.toHaveAttribute('aria-expanded');
  });

  it('offers "Tải thêm…" while the server has more children and appends the next page', async () => {
    const api = installFakeApi({
      graphql: {
        OrganisationRoots: rootsOk,
        OrganisationChildren: (req) =>
          req.variables?.after === 'cursor-1'
            ? childrenPage('org-1', [CHILDREN_OF_ORG_1[1]], { hasNextPage: false, endCursor: 'cursor-2' })
            : childrenPage('org-1', [CHILDREN_OF_ORG_1[0]], { hasNextPage: true, endCursor: 'cursor-1' }),
      },
    });
    const user = userEvent.setup();
    renderWithI18n(<OrganisationTreePage />);

    await expand(await screen.findByRole('treeitem', { name: /DBK-01/ }));
    expect(await screen.findByText(/Đảng bộ Tổng cục Thuế/)).toBeVisible();
    expect(screen.queryByText(/Chi bộ Văn phòng cũ/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tải thêm…' }));

    expect(await screen.findByText(/Chi bộ Văn phòng cũ/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Tải thêm…' })).not.toBeInTheDocument();
    expect(api.ops('OrganisationChildren').map((c) => c.variables)).toEqual([
      { id: 'org-1', after: null },
      { id: 'org-1', after: 'cursor-1' },
    ]);
  });

  it('expanding two nodes with an expired token refreshes ONCE and both branches load', async () => {
    let rejected = 0;
    const api = installFakeApi({
      rest: {
        [AUTH_ENDPOINTS.refresh]: async () => {
          // Hold the refresh until both expansions have hit the expired token.
          await vi.waitFor(() => expect(rejected).toBe(2));
          return json(200, tokens(2));
        },
      },
      graphql: {
        OrganisationRoots: rootsOk,
        OrganisationChildren: (req) => {
          if (req.token === 'access-2') return childrenOf(req);
          rejected += 1;
          return unauthorized();
        },
      },
    });
    renderWithI18n(<OrganisationTreePage />);

    await expand(await screen.findByRole('treeitem', { name: /DBK-01/ }));
    await expand(screen.getByRole('treeitem', { name: /DBK-02/ }));

    expect(await screen.findByText(/Đảng bộ Tổng cục Thuế/)).toBeVisible();
    expect(await screen.findByText(/Đảng bộ Tập đoàn Điện lực/)).toBeVisible();
    expect(screen.queryByText('Không tải được danh sách tổ chức')).not.toBeInTheDocument();
    expect(api.to(AUTH_ENDPOINTS.refresh)).toHaveLength(1);
    expect(api.ops('OrganisationChildren').map((c) => c.token)).toEqual(['access-1', 'access-1', 'access-2', 'access-2']);
  });

  it('shows the selected organisation in the side panel', async () => {
    installFakeApi({ graphql: { OrganisationRoots: rootsOk, OrganisationChildren: childrenOf } });
    const user = userEvent.setup();
    renderWithI18n(<OrganisationTreePage />);
    const panel = screen.getByRole('region', { name: 'Thông tin tổ chức' });
    expect(within(panel).getByText('Chọn một tổ chức để xem thông tin')).toBeVisible();

    await expand(await screen.findByRole('treeitem', { name: /DBK-01/ }));
    await user.click(await screen.findByText(/Chi bộ Văn phòng cũ/));

    expect(within(panel).getByText('CB-99')).toBeVisible();
    expect(within(panel).getByText(/Chi bộ Văn phòng cũ/)).toBeVisible();
    expect(within(panel).getByText('Chi bộ')).toBeVisible();
    expect(within(panel).getByText('30/06/2023')).toBeVisible(); // dd/MM/yyyy
  });

  it('tells the user when the tree cannot be loaded, and retries on demand', async () => {
    let fail = true;
    installFakeApi({
      graphql: {
        OrganisationRoots: () =>
          fail ? json(200, { data: null, errors: [{ message: 'Máy chủ đang bận', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }) : rootsOk(),
      },
    });
    const user = userEvent.setup();
    renderWithI18n(<OrganisationTreePage />);

    expect(await screen.findByText('Không tải được danh sách tổ chức')).toBeVisible();
    expect(screen.getByText('Máy chủ đang bận')).toBeVisible();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));

    await waitFor(() => expect(screen.getByRole('treeitem', { name: /DBK-01/ })).toBeVisible());
  });
});
