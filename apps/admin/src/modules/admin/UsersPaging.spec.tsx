import { installFakeApi } from '../../test/fake-api';
import { expectLoadsMore, meWith, renderPage, signIn, twoPages } from '../kit/testing';
import { UsersPage } from './UsersPage';

vi.setConfig({ testTimeout: 45_000 });

const user = (id: string, username: string, displayName: string) => ({ id, username, displayName, isActive: true, roles: [] });

describe('UsersPage paging', () => {
  beforeEach(() => signIn());

  it('loads the next page of users with the cursor, appended below ("Tải thêm")', async () => {
    const api = installFakeApi({
      graphql: {
        Me: meWith('ADMIN'),
        AdminUsers: twoPages('users', [user('u-1', 'admin', 'Nguyễn Văn Quản Trị')], [user('u-2', 'banthuongvu', 'Phạm Thị Ánh')]),
      },
    });
    renderPage(<UsersPage />);
    await expectLoadsMore(api, 'AdminUsers', { first: 'Nguyễn Văn Quản Trị', second: 'Phạm Thị Ánh' });
    expect(api.ops('AdminUsers').at(-1)?.variables).toEqual({ search: null, after: 'cursor-50' });
  });
});
