import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeApi, json, tokens } from '../../test/fake-api';
import { renderWithI18n } from '../../test/render';
import { AUTH_ENDPOINTS, authClient, STORAGE_KEYS } from './auth-client';
import { LoginPage } from './LoginPage';

function renderLogin(onSuccess = vi.fn()) {
  renderWithI18n(<LoginPage onSuccess={onSuccess} />);
  return { onSuccess, user: userEvent.setup() };
}

async function submit(user: ReturnType<typeof userEvent.setup>, username: string, password: string) {
  await user.type(screen.getByLabelText('Tên đăng nhập'), username);
  await user.type(screen.getByLabelText('Mật khẩu'), password);
  await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('LoginPage', () => {
  beforeEach(() => authClient.reset());

  it('shows Vietnamese validation messages and does not call the server when fields are empty', async () => {
    const api = installFakeApi({});
    const { user } = renderLogin();

    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByText('Vui lòng nhập tên đăng nhập')).toBeVisible();
    expect(screen.getByText('Vui lòng nhập mật khẩu')).toBeVisible();
    expect(api.calls).toHaveLength(0);
  });

  it("shows the server's message on 401 and stays on the form", async () => {
    installFakeApi({
      rest: {
        [AUTH_ENDPOINTS.login]: () =>
          json(401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Sai tên đăng nhập hoặc mật khẩu (máy chủ)' }),
      },
    });
    const { user, onSuccess } = renderLogin();

    await submit(user, 'admin', 'wrong');

    expect(await screen.findByRole('alert')).toHaveTextContent('Sai tên đăng nhập hoặc mật khẩu (máy chủ)');
    expect(onSuccess).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Mật khẩu')).toBeVisible();
    expect(sessionStorage.getItem(STORAGE_KEYS.accessToken)).toBeNull();
  });

  it('explains a 429 (too many attempts) with the server message and the wait time', async () => {
    installFakeApi({
      rest: {
        [AUTH_ENDPOINTS.login]: () =>
          json(
            429,
            { statusCode: 429, code: 'TOO_MANY_REQUESTS', message: 'Tài khoản tạm khoá do đăng nhập sai nhiều lần', retryAfterSeconds: 60 },
            { 'Retry-After': '60' },
          ),
      },
    });
    const { user, onSuccess } = renderLogin();

    await submit(user, 'admin', 'wrong');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Quá nhiều lần đăng nhập không thành công');
    expect(alert).toHaveTextContent('Tài khoản tạm khoá do đăng nhập sai nhiều lần');
    expect(alert).toHaveTextContent('60 giây');
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('signs in and reports the user on success', async () => {
    installFakeApi({ rest: { [AUTH_ENDPOINTS.login]: () => json(200, tokens(1)) } });
    const { user, onSuccess } = renderLogin();

    await submit(user, '  admin ', 'secret');

    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ displayName: 'Nguyễn Văn Quản Trị' })));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
