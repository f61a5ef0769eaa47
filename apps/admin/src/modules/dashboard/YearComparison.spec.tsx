import { screen, waitFor } from '@testing-library/react';
import { gqlData, installFakeApi } from '../../test/fake-api';
import { meWith, renderPage, signIn } from '../kit/testing';
import { YearComparison } from './YearComparison';

const metric = (key: string, percent: number | null) => ({ key, label: key, percent });

describe('YearComparison', () => {
  beforeEach(signIn);

  it('shows this year beside the previous one when the newest report has an accepted previous year', async () => {
    const api = installFakeApi({
      graphql: {
        Me: meWith('PROPAGANDA_BOARD'),
        DashboardLatestReport: () => gqlData({ reports: { nodes: [{ id: 'snap-2026', year: 2026, version: 2 }] } }),
        DashboardReportYears: () =>
          gqlData({
            report: {
              id: 'snap-2026',
              year: 2026,
              version: 2,
              asOf: '2026-11-20',
              root: { metrics: [metric('membersStudied', 97.5), metric('inspectionCoverage', null)] },
              previousYear: { version: 1, metrics: [metric('membersStudied', 95.1), metric('inspectionCoverage', null)] },
            },
          }),
      },
    });
    renderPage(<YearComparison organisationId="org-a" />);

    expect(await screen.findByText('So sánh với năm trước (2025 – 2026)')).toBeVisible();
    expect(screen.getByText('Số liệu tính đến 20/11/2026')).toBeVisible();
    expect(api.ops('DashboardLatestReport')[0].variables).toEqual({ rootOrganisationId: 'org-a' });
    expect(api.ops('DashboardReportYears')[0].variables).toEqual({ id: 'snap-2026' });
  });

  it('shows nothing without a previous year to compare with', async () => {
    const api = installFakeApi({
      graphql: {
        Me: meWith('PROPAGANDA_BOARD'),
        DashboardLatestReport: () => gqlData({ reports: { nodes: [{ id: 'snap-2026', year: 2026, version: 1 }] } }),
        DashboardReportYears: () =>
          gqlData({ report: { id: 'snap-2026', year: 2026, version: 1, asOf: '2026-11-20', root: { metrics: [metric('membersStudied', 97.5)] }, previousYear: null } }),
      },
    });
    renderPage(<YearComparison organisationId="org-a" />);
    await waitFor(() => expect(api.ops('DashboardReportYears')).toHaveLength(1));
    expect(screen.queryByTestId('year-comparison')).not.toBeInTheDocument();
  });
});
