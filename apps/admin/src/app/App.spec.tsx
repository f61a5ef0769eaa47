import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AUTH_ENDPOINTS, authClient, STORAGE_KEYS } from '../modules/auth';
import {
  CHILDREN_OF_ORG_1,
  childrenPage,
  gqlData,
  installFakeApi,
  json,
  meData,
  ROOTS,
  tokens,
  unauthorized,
} from '../test/fake-api';
import { renderNoMotion as render } from '../test/render';
import { App } from './App';

const rootsOk = () => gqlData({ organisationRoots: ROOTS });

function switcherOf(item: HTMLElement): HTMLElement {
  const switcher = item.querySelector<HTMLElement>('.ant-tree-switcher');
  if (!switcher) throw new Error('tree node has no expand switcher');
  return switcher;
}

describe('App shell', () => {
  beforeEach(() => {
    authClient.reset();
  });

  it('signs in, keeps the tokens in sessionStorage and shows the organisation tree', async () => {
    const api = installFakeApi({
      rest: { [AUTH_ENDPOINTS.login]: () => json(200, tokens(1)) },
      graphql: { Me: () => meData(), OrganisationRoots: rootsOk },
    });
    const user = userEvent.setup();
    window.location.hash = '#/organisations';
    render(<App />);

    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
    expect(screen.getByText('Quán Triệt')).toBeVisible();
    await user.type(screen.getByLabelText('Tên đăng nhập'), 'admin');
    await user.type(screen.getByLabelText('Mật khẩu'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByText(/Đảng bộ Khối các cơ quan Trung ương/)).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Cây tổ chức đảng' })).toBeVisible();
    expect(screen.getByTestId('current-user')).toHaveTextContent('Nguyễn Văn Quản Trị');
    expect(screen.getByRole('button', { name: /Đăng xuất/ })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Đăng nhập' })).not.toBeInTheDocument();
    expect(window.location.hash).toBe('#/organisations');

    expect(api.to(AUTH_ENDPOINTS.login)[0].body).toEqual({ username: 'admin', password: 'secret' });
    expect(sessionStorage.getItem(STORAGE_KEYS.accessToken)).toBe('access-1');
    expect(sessionStorage.getItem(STORAGE_KEYS.refreshToken)).toBe('refresh-1');
    expect(api.ops('OrganisationRoots')[0].token).toBe('access-1');
  });

  it('refreshes an expired access token silently: the tree appears, no login prompt', async () => {
    authClient.setSession(tokens(1));
    const api = installFakeApi({
      rest: { [AUTH_ENDPOINTS.refresh]: () => json(200, tokens(2)) },
      graphql: { Me: () => meData(), OrganisationRoots: (req) => (req.token === 'access-2' ? rootsOk() : unauthorized()) },
    });
    window.location.hash = '#/organisations';
    render(<App />);

    expect(await screen.findByText(/Đảng bộ Khối doanh nghiệp/)).toBeVisible();
    expect(screen.queryByText('Phiên đăng nhập đã hết hạn')).not.toBeInTheDocument();
    expect(api.to(AUTH_ENDPOINTS.refresh)).toHaveLength(1);
    expect(sessionStorage.getItem(STORAGE_KEYS.refreshToken)).toBe('refresh-2');
  });

  it('when the refresh fails, shows the login modal over the page, keeps the page, and resumes after re-login', async () => {
    authClient.setSession(tokens(1));
    window.location.hash = '#/organisations';
    const api = installFakeApi({
      rest: {
        [AUTH_ENDPOINTS.refresh]: () => unauthorized('Refresh token expired'),
        [AUTH_ENDPOINTS.login]: () => json(200, tokens(2)),
      },
      graphql: {
        Me: () => meData(),
        OrganisationRoots: rootsOk,
        OrganisationChildren: (req) =>
          req.token === 'access-2' ? childrenPage('org-1', CHILDREN_OF_ORG_1) : unauthorized(),
      },
    });
    const user = userEvent.setup();
    window.location.hash = '#/organisations';
    render(<App />);

    // The user picks an organisation: page state we must not lose.
    const rootItem = await screen.findByRole('treeitem', { name: /DBK-01/ });
    await user.click(within(rootItem).getByText(/Đảng bộ Khối các cơ quan Trung ương/));
    const panel = screen.getByRole('region', { name: 'Thông tin tổ chức' });
    expect(within(panel).getByText('DBK-01')).toBeVisible();

    // Expanding needs the API; the access token is rejected and so is the refresh token.
    await user.click(switcherOf(rootItem));
    const dialog = await screen.findByRole('dialog', { name: 'Phiên đăng nhập đã hết hạn' });
    expect(within(dialog).getByLabelText('Tên đăng nhập')).toHaveValue('admin');

    // The page underneath is the very same DOM: not unmounted, selection kept.
    expect(screen.getByRole('region', { name: 'Thông tin tổ chức', hidden: true })).toBe(panel);
    expect(within(panel).getByText('DBK-01')).toBeInTheDocument();
    expect(screen.getByRole('treeitem', { name: /DBK-01/, hidden: true })).toBe(rootItem);

    await user.type(within(dialog).getByLabelText('Mật khẩu'), 'secret');
    await user.click(within(dialog).getByRole('button', { name: 'Đăng nhập' }));

    // The request that hit the expired session is retried: the children show up.
    expect(await screen.findByText(/Đảng bộ Tổng cục Thuế/)).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('region', { name: 'Thông tin tổ chức' })).toBe(panel);
    expect(within(panel).getByText('DBK-01')).toBeVisible();
    expect(window.location.hash).toBe('#/organisations');
    expect(api.ops('OrganisationRoots')).toHaveLength(1);
    expect(sessionStorage.getItem(STORAGE_KEYS.refreshToken)).toBe('refresh-2');
  });

  it('logs out: revokes the refresh token and returns to the login page', async () => {
    authClient.setSession(tokens(1));
    const api = installFakeApi({
      rest: { [AUTH_ENDPOINTS.logout]: () => new Response(null, { status: 204 }) },
      graphql: { Me: () => meData(), OrganisationRoots: rootsOk },
    });
    const user = userEvent.setup();
    window.location.hash = '#/organisations';
    render(<App />);

    await screen.findByText(/Đảng bộ Khối doanh nghiệp/);
    await user.click(screen.getByRole('button', { name: /Đăng xuất/ }));

    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
    expect(screen.queryByText('Nguyễn Văn Quản Trị')).not.toBeInTheDocument();
    expect(window.location.hash).toBe('#/login');
    expect(api.to(AUTH_ENDPOINTS.logout)[0]).toMatchObject({ token: 'access-1', body: { refreshToken: 'refresh-1' } });
    expect(sessionStorage.getItem(STORAGE_KEYS.accessToken)).toBeNull();
  });

  it('switches the interface to English and back to Vietnamese', async () => {
    authClient.setSession(tokens(1));
    installFakeApi({ graphql: { Me: () => meData(), OrganisationRoots: rootsOk } });
    const user = userEvent.setup();
    window.location.hash = '#/organisations';
    render(<App />);

    await screen.findByText(/Đảng bộ Khối doanh nghiệp/);
    expect(screen.getAllByText('Đảng bộ Khối').length).toBeGreaterThan(0);
    await user.click(screen.getByText('EN'));

    expect(await screen.findByRole('heading', { name: 'Party organisation tree' })).toBeVisible();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toHaveTextContent('Organisations and members');
    expect(screen.getByRole('button', { name: /Sign out/ })).toBeVisible();
    expect(screen.getByPlaceholderText('Search by name or code (diacritics optional)')).toBeVisible();
    expect(screen.getAllByText('Bloc Party Committee').length).toBe(2);
    expect(document.documentElement.lang).toBe('en');

    await user.click(screen.getByText('VI'));
    expect(await screen.findByRole('heading', { name: 'Cây tổ chức đảng' })).toBeVisible();
    expect(screen.getByPlaceholderText('Tìm theo tên hoặc mã (không cần dấu)')).toBeVisible();
  });

  it('shows only what the role allows: a member gets no staff menu and a refusal on a staff page', async () => {
    authClient.setSession(tokens(1));
    const api = installFakeApi({ graphql: { Me: () => meData([{ role: 'MEMBER' }]) } });
    window.location.hash = '#/organisations';
    render(<App />);

    expect(await screen.findByText('Vai trò của bạn không được mở trang này')).toBeVisible();
    expect(screen.getByRole('navigation', { name: 'Điều hướng chính' })).not.toHaveTextContent('Cây tổ chức đảng');
    expect(api.ops('OrganisationRoots')).toHaveLength(0);
  });
});
