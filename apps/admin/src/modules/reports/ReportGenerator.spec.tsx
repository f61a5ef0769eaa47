import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { gqlData, installFakeApi } from '../../test/fake-api';
import { gqlError, meWith, ORG_A, renderPage, signIn } from '../kit/testing';
import { fileNameFrom } from './download';
import { ReportGenerator } from './ReportGenerator';

const job = (status: string, progress: number, snapshotId: string | null = null, error: string | null = null) => ({
  id: 'job-1',
  status,
  progress,
  snapshotId,
  error,
});

describe('ReportGenerator', () => {
  beforeEach(signIn);

  it('requests the report and follows the worker’s progress to 100 %, then opens the snapshot', async () => {
    const answers = [job('RUNNING', 40), job('RUNNING', 80), job('DONE', 100, 'snap-1')];
    let polls = 0;
    const api = installFakeApi({
      graphql: {
        Me: meWith('PROPAGANDA_BOARD'),
        GenerateReport: () => gqlData({ generateReport: job('QUEUED', 0) }),
        ReportJobProgress: () => gqlData({ reportJob: answers[Math.min(polls++, answers.length - 1)] }),
      },
    });
    const onDone = vi.fn();
    const user = userEvent.setup();
    renderPage(<ReportGenerator onDone={onDone} pollMs={30} />);

    await screen.findByText(`${ORG_A.code} — ${ORG_A.name}`);
    await user.click(screen.getByRole('button', { name: 'Lập báo cáo' }));

    expect(await screen.findByText('Đã lập xong báo cáo')).toBeVisible();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    expect(polls).toBe(3);
    const input = api.ops('GenerateReport')[0].variables?.input as { rootOrganisationId: string; year: number; requestKey: string };
    expect(input.rootOrganisationId).toBe(ORG_A.id);
    expect(input.year).toBe(new Date().getFullYear());
    expect(input.requestKey).toMatch(/^spa-[0-9a-f-]{36}$/);
    // Polling stops once the job is done.
    await new Promise((r) => setTimeout(r, 120));
    expect(api.ops('ReportJobProgress')).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Mở báo cáo' }));
    expect(onDone).toHaveBeenCalledWith('snap-1');
  });

  it('shows intermediate progress and a failed job’s reason', async () => {
    const answers = [job('RUNNING', 55), job('FAILED', 55, null, 'statement timeout')];
    let polls = 0;
    installFakeApi({
      graphql: {
        Me: meWith('COMMITTEE_OFFICE'),
        GenerateReport: () => gqlData({ generateReport: job('QUEUED', 0) }),
        ReportJobProgress: () => gqlData({ reportJob: answers[Math.min(polls++, answers.length - 1)] }),
      },
    });
    const user = userEvent.setup();
    renderPage(<ReportGenerator onDone={vi.fn()} pollMs={200} />);
    await screen.findByText(`${ORG_A.code} — ${ORG_A.name}`);
    await user.click(screen.getByRole('button', { name: 'Lập báo cáo' }));

    await waitFor(() => expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '55'));
    expect(screen.getByTestId('report-progress')).toHaveTextContent('55%');
    expect(screen.getByTestId('report-status')).toHaveTextContent('Đang tính số liệu…');
    expect(await screen.findByText('Không lập được báo cáo: statement timeout')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Mở báo cáo' })).not.toBeInTheDocument();
  });

  it('shows the API’s refusal (e.g. an organisation outside the scope)', async () => {
    installFakeApi({
      graphql: {
        Me: meWith('PROPAGANDA_BOARD'),
        GenerateReport: () => gqlError('FORBIDDEN', 'Forbidden resource'),
      },
    });
    const user = userEvent.setup();
    renderPage(<ReportGenerator onDone={vi.fn()} />);
    await screen.findByText(`${ORG_A.code} — ${ORG_A.name}`);
    await user.click(screen.getByRole('button', { name: 'Lập báo cáo' }));
    expect(await screen.findByText('Forbidden resource')).toBeVisible();
    expect(screen.queryByTestId('report-progress')).not.toBeInTheDocument();
  });
});

describe('fileNameFrom', () => {
  it('prefers the UTF-8 file name and falls back to the plain one or the default', () => {
    expect(fileNameFrom(`attachment; filename="bao-cao.xlsx"; filename*=UTF-8''b%C3%A1o-c%C3%A1o.xlsx`, 'x.xlsx')).toBe('báo-cáo.xlsx');
    expect(fileNameFrom('attachment; filename="bao-cao-2026.docx"', 'x.docx')).toBe('bao-cao-2026.docx');
    expect(fileNameFrom(null, 'x.docx')).toBe('x.docx');
  });
});
