import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { gqlData, installFakeApi, ROOTS, tokens, type FakeRequest } from '../../test/fake-api';
import { renderWithI18n } from '../../test/render';
import { authClient } from '../auth';
import { OrganisationTreePage } from './OrganisationTreePage';

const HITS = [
  { id: 'org-11', code: 'TC-01', name: 'Đảng bộ Tổng cục Thuế', kind: 'UPPER_GRASSROOTS', parentId: 'org-1' },
  { id: 'org-15', code: 'TC-05', name: 'Chi bộ Tổng cục Hải quan', kind: 'CELL', parentId: 'org-1' },
];

/** The server ignores diacritics: "tong cuc" matches "Tổng cục". */
function search(req: FakeRequest) {
  const term = String(req.variables?.search ?? '').toLowerCase();
  return gqlData({ organisations: { nodes: term.includes('tong cuc') ? HITS : [] } });
}

describe('Organisation search', () => {
  beforeEach(() => {
    authClient.reset();
    authClient.setSession(tokens(1));
  });

  it('lists matches for a search without diacritics, with one debounced request', async () => {
    const api = installFakeApi({ graphql: { OrganisationRoots: () => gqlData({ organisationRoots: ROOTS }), SearchOrganisations: search } });
    const user = userEvent.setup();
    renderWithI18n(<OrganisationTreePage />);

    await user.type(screen.getByPlaceholderText('Tìm theo tên hoặc mã (không cần dấu)'), 'tong cuc');

    const results = await screen.findByRole('region', { name: 'Kết quả tìm kiếm' });
    expect(within(results).getByText('Đảng bộ Tổng cục Thuế')).toBeVisible();
    expect(within(results).getByText('Chi bộ Tổng cục Hải quan')).toBeVisible();
    expect(within(results).getByText('Đảng bộ cấp trên cơ sở')).toBeVisible();
    expect(api.ops('SearchOrganisations')).toHaveLength(1); // typed 8 keys, debounced to one call
    expect(api.ops('SearchOrganisations')[0].variables).toEqual({ search: 'tong cuc' });
  });

  it('shows the picked result in the side panel', async () => {
    installFakeApi({ graphql: { OrganisationRoots: () => gqlData({ organisationRoots: ROOTS }), SearchOrganisations: search } });
    const user = userEvent.setup();
    renderWithI18n(<OrganisationTreePage />);

    await user.type(screen.getByRole('searchbox', { name: 'Tìm tổ chức đảng' }), 'tong cuc');
    await user.click(await screen.findByRole('button', { name: /Chi bộ Tổng cục Hải quan/ }));

    const panel = screen.getByRole('region', { name: 'Thông tin tổ chức' });
    expect(within(panel).getByText('TC-05')).toBeVisible();
    expect(within(panel).getByText('Chi bộ Tổng cục Hải quan')).toBeVisible();
    expect(within(panel).getByText('Chi bộ')).toBeVisible();
  });

  it('says so when nothing matches, and clearing the box removes the results', async () => {
    installFakeApi({ graphql: { OrganisationRoots: () => gqlData({ organisationRoots: ROOTS }), SearchOrganisations: search } });
    const user = userEvent.setup();
    renderWithI18n(<OrganisationTreePage />);
    const box = screen.getByPlaceholderText('Tìm theo tên hoặc mã (không cần dấu)');

    await user.type(box, 'khong co');
    expect(await screen.findByText('Không tìm thấy tổ chức phù hợp')).toBeVisible();

    await user.clear(box);
    expect(screen.queryByText('Không tìm thấy tổ chức phù hợp')).not.toBeInTheDocument();
  });
});
