import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { launchChromium } from './support/chromium';
import { ApiClient, startStack, type Stack } from './support/stack';

/**
 * The admin SPA in a real browser (Debian's chromium, headless) against the real API and
 * worker on a fresh database with the demo bloc: what an official of the bloc's Propaganda
 * Board does in a day. Screenshots of the main screens go to docs/screenshots/.
 */
const PASSWORD = 'QuanTriet@2026';
const SHOTS = join(__dirname, '../../../docs/screenshots');
const log = (line: string) => process.stdout.write(`${line}\n`);

const pad = (n: number) => String(n).padStart(2, '0');
/** dd/MM/yyyy of today + days, in Asia/Ho_Chi_Minh. */
function vnDate(days: number): string {
  const d = new Date(Date.now() + 7 * 3600_000 + days * 86400_000);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

describe('admin SPA in a browser', () => {
  let stack: Stack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let staff: ApiClient;
  let member: ApiClient;
  let tw7: { id: string; code: string };
  let rootId: string;
  const consoleErrors: string[] = [];

  const shot = async (name: string) => {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  };
  const go = async (path: string) => {
    await page.goto(`${stack.webUrl}/#${path}`);
  };
  const expectAccessible = async (screen: string) => {
    const problems = await seriousViolations(page);
    if (problems.length) throw new Error(`axe on ${screen}: ${JSON.stringify(problems, null, 2)}`);
  };

  beforeAll(async () => {
    stack = await startStack(log);
    browser = await launchChromium(log);
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    staff = await new ApiClient(stack.apiUrl).login('tuyengiao', PASSWORD);
    member = await new ApiClient(stack.apiUrl).login('dangvien', PASSWORD);
    const { campaigns } = await staff.gql(`query { campaigns(search: "HT-TW7-XII", first: 5) { nodes { id code status issuerOrganisationId } } }`);
    tw7 = campaigns.nodes.find((c: { code: string }) => c.code === 'HT-TW7-XII');
    rootId = tw7 && campaigns.nodes[0].issuerOrganisationId;
    expect(tw7).toBeDefined();
  }, 300_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await stack?.stop();
  }, 60_000);

  // On a failure: what the browser showed (in the system temp directory) and the servers' last output.
  let failures = 0;
  const step = (fn: () => Promise<void>) => async () => {
    try {
      await fn();
    } catch (err) {
      failures += 1;
      const file = join(tmpdir(), `qt-browser-failure-${failures}.png`);
      await page?.screenshot({ path: file }).catch(() => undefined);
      log(`browser: failure screenshot ${file}\n${stack?.logs() ?? ''}`);
      throw err;
    }
  };

  it('signs in (Vietnamese first) and lands on the page asked for', step(async () => {
    await go('/campaigns');
    await page.getByLabel('Tên đăng nhập').waitFor();
    expect(page.url()).toContain('#/login?next=%2Fcampaigns');
    await shot('login');
    await expectAccessible('login');
    await page.getByLabel('Tên đăng nhập').fill('tuyengiao');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('current-user').waitFor();
    expect(await page.getByTestId('current-user').textContent()).toContain('Ban Tuyên giáo');
    await page.getByRole('heading', { name: 'Đợt học tập, quán triệt' }).waitFor();
    expect(page.url()).toMatch(/#\/campaigns$/);
    await page.getByRole('cell', { name: 'HT-TW7-XII' }).waitFor();
  }));

  it('shows the dashboard: studied and essays against 100 % by subordinate organisation, drill-down by the chart', step(async () => {
    await go(`/dashboard?campaign=${tw7.id}`);
    await page.getByTestId('kpi-studied').waitFor();
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await page.getByTestId('kpi-studied').textContent()).toMatch(/\d+\/\d+/);
    // Programmes and personal plans against what is owed (the demo owes both).
    await page.waitForFunction(() => /[1-9]\d*\/[1-9]/.test(document.querySelector('[data-testid="kpi-plans"]')?.textContent ?? ''));
    expect(await page.getByTestId('kpi-programmes').textContent()).toMatch(/\d+\/[1-9]\d*/);
    await shot('dashboard');
    await expectAccessible('dashboard');
    await page.locator('.recharts-bar-rectangle').first().click();
    await page.getByRole('button', { name: 'Lên cấp trên' }).waitFor();
  }));

  it('creates a campaign from a resolution with a level deadline and essay rule, then issues it', step(async () => {
    const code = `E2E-${Date.now().toString(36).toUpperCase()}`;
    await go('/campaigns');
    await shot('campaigns');
    await expectAccessible('campaigns');
    await page.getByRole('button', { name: 'Tạo đợt học tập' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('Mã đợt').fill(code);
    await drawer.getByLabel('Tên đợt học tập').fill('Học tập Nghị quyết 26-NQ/TW (kiểm thử trình duyệt)');
    await drawer.getByLabel('Nghị quyết học tập').click();
    await page.keyboard.type('26-NQ');
    await page.locator('.ant-select-item-option', { hasText: '26-NQ/TW' }).first().click();
    await page.keyboard.press('Escape');
    const date = async (label: string, value: string) => {
      const input = drawer.getByLabel(label, { exact: true });
      await input.click();
      await input.fill(value);
      // Tab commits the typed date (Enter would submit the form).
      await input.press('Tab');
    };
    await date('Ngày bắt đầu', vnDate(0));
    await date('Hạn báo cáo kết quả', vnDate(60));
    await date('Hoàn thành trước', vnDate(30));
    await date('Hạn nộp bài thu hoạch', vnDate(45));
    await shot('campaign-form');
    await drawer.getByRole('button', { name: 'Tạo dự thảo' }).click();

    await page.getByRole('heading', { name: new RegExp(code) }).waitFor();
    const { campaigns } = await staff.gql(`query($s: String) { campaigns(search: $s) { nodes { id code status levels { level deadline } essayPolicy essayDueOn } } }`, { s: code });
    expect(campaigns.nodes).toHaveLength(1);
    expect(campaigns.nodes[0]).toMatchObject({ code, status: 'DRAFT', essayPolicy: 'KEY_LEADERS_ONLY', levels: [{ level: 'GRASSROOTS' }] });

    await page.getByRole('button', { name: 'Ban hành' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Ban hành' }).click();
    await page.getByText('Đã ban hành', { exact: true }).first().waitFor();
    const after = await staff.gql(`query($id: ID!) { campaign(id: $id) { status issuedOn } }`, { id: campaigns.nodes[0].id });
    expect(after.campaign.status).toBe('ISSUED');
  }));

  it('shows progress per subordinate organisation and drills down the tree', step(async () => {
    await go(`/campaigns/${tw7.id}`);
    await page.getByText('Tiến độ theo tổ chức trực thuộc').waitFor();
    const firstOrg = page.locator('.ant-table-row button').first();
    await firstOrg.waitFor();
    const name = (await firstOrg.textContent()) as string;
    await shot('campaign-progress');
    await expectAccessible('campaign detail');
    await firstOrg.click();
    await page.locator('.ant-breadcrumb').getByText(name).waitFor();
    await page.getByRole('button', { name: 'Lên cấp trên' }).waitFor();
  }));

  it('opens a session’s roll call and a member checks in with the code the screen shows', step(async () => {
    const { createStudySession } = await staff.gql(
      `mutation($input: CreateSessionInput!) { createStudySession(input: $input) { id } }`,
      {
        input: {
          campaignId: tw7.id,
          organiserOrganisationId: rootId,
          title: 'Hội nghị quán triệt Nghị quyết Trung ương 7 (kiểm thử trình duyệt)',
          startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
          durationMinutes: 180,
          format: 'IN_PERSON',
          venue: 'Hội trường 1, 8 Chu Văn An',
        },
      },
    );
    const sessionId = createStudySession.id as string;
    await go(`/sessions/${sessionId}/roll-call`);
    const codeBox = page.getByTestId('checkin-code');
    await codeBox.waitFor();
    const counter = page.getByTestId('counter-checkedIn').locator('.ant-statistic-content-value');
    await counter.waitFor();
    const before = Number((await counter.textContent())?.replace(/\D/g, ''));
    const code = ((await codeBox.textContent()) as string).trim();
    expect(code).toMatch(/^\S{4,}$/);
    expect(await page.getByTestId('checkin-qr').getAttribute('data-payload')).toContain(code);

    const { checkInToSession } = await member.gql(
      `mutation($id: ID!, $input: CheckInInput!) { checkInToSession(sessionId: $id, input: $input) { status checkedInAt } }`,
      { id: sessionId, input: { code } },
    );
    expect(['PRESENT', 'LATE']).toContain(checkInToSession.status);
    // The counters follow by themselves (polling): no reload.
    await page.waitForFunction(
      ([sel, n]) => Number(document.querySelector(sel as string)?.textContent?.replace(/\D/g, '')) === n,
      ['[data-testid="counter-checkedIn"] .ant-statistic-content-value', before + 1] as const,
      { timeout: 20_000 },
    );
    await shot('roll-call');
    await expectAccessible('roll call');

    await go(`/sessions/${sessionId}`);
    await page.getByText('Danh sách học viên').waitFor();
    await expectAccessible('session detail');
  }));

  it('grades an essay from the queue, the near-duplicate beside its similar essay', step(async () => {
    await go(`/essays?campaign=${tw7.id}&filter=nearDuplicate`);
    const first = page.locator('.ant-list-item button').first();
    await first.waitFor();
    await first.click();
    await page.getByTestId('side-by-side').waitFor();
    await shot('essays');
    await expectAccessible('essay queue');
    const graded = page.waitForResponse(async (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('mutation GradeEssay'));
    await page.getByLabel('Điểm (0–10)').fill('8');
    await page.getByLabel('Nhận xét').fill('Nội dung sát thực tế; cần nêu rõ hơn việc vận dụng.');
    await page.getByRole('button', { name: 'Chấm điểm' }).click();
    const body = await (await graded).json();
    expect(body.errors).toBeUndefined();
    const id = body.data.gradeEssay.id as string;
    const { essay } = await staff.gql(`query($id: ID!) { essay(id: $id) { essay { grade gradeComment } } }`, { id });
    expect(essay.essay).toEqual({ grade: 8, gradeComment: 'Nội dung sát thực tế; cần nêu rõ hơn việc vận dụng.' });
  }));

  it('generates a report: the progress bar reaches 100 %, the tree shows shortfalls, the XLSX downloads', step(async () => {
    await go('/reports');
    await page.getByRole('heading', { name: 'Báo cáo kết quả học tập, quán triệt' }).waitFor();
    await page.getByRole('button', { name: 'Lập báo cáo' }).click();
    const bar = page.getByRole('progressbar');
    await bar.waitFor();
    // The worker computes the snapshot; the bar follows its job to the end.
    await page.waitForFunction(() => document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') === '100', undefined, { timeout: 90_000 });
    await page.getByText('Đã lập xong báo cáo').waitFor();
    await shot('report-generate');
    await page.getByRole('button', { name: 'Mở báo cáo' }).click();
    await page.getByText('Số liệu tổng hợp theo cây tổ chức').waitFor();
    const tree = page.locator('.ant-card', { hasText: 'Số liệu tổng hợp theo cây tổ chức' });
    // The root and, opened beneath it, its directly subordinate organisations.
    await tree.locator('.ant-table-row').nth(3).waitFor();
    expect(await tree.locator('.ant-table-row.qt-shortfall').count()).toBeGreaterThan(0);
    // The demo holds last year's accepted report: its figures stand beside this year's.
    const lastYear = new Date().getFullYear() - 1;
    await page.getByRole('columnheader', { name: `Năm ${lastYear}` }).waitFor();
    await shot('report');
    await expectAccessible('report');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải Excel (XLSX)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = await readFile((await file.path()) as string);
    // An XLSX is a zip whose workbook part is there.
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file('xl/workbook.xml')).not.toBeNull();

  }));

  it('accepts a committee’s submitted report, its previous year beside it', step(async () => {
    // The office of DUK.BCT computes this year's report and submits it to the bloc.
    const office = await new ApiClient(stack.apiUrl).login('vanphong.bct', PASSWORD);
    const { me } = await office.gql(`query { me { roles { organisation { id } } } }`);
    const committeeId = me.roles[0].organisation.id as string;
    const year = new Date().getFullYear();
    const { generateReport } = await office.gql(`mutation($input: GenerateReportInput!) { generateReport(input: $input) { id } }`, {
      input: { rootOrganisationId: committeeId, year },
    });
    let snapshotId: string | null = null;
    while (!snapshotId) {
      const { reportJob } = await office.gql(`query($id: ID!) { reportJob(id: $id) { status snapshotId error } }`, { id: generateReport.id });
      if (reportJob.status === 'FAILED') throw new Error(`report failed: ${reportJob.error}`);
      if (reportJob.status === 'DONE') snapshotId = reportJob.snapshotId;
      else await new Promise((r) => setTimeout(r, 500));
    }
    await office.gql(`mutation($id: ID!) { submitReport(id: $id) { status } }`, { id: snapshotId });

    // The bloc's Propaganda Board reviews it in the SPA and accepts it.
    await go(`/reports/${snapshotId}`);
    await page.getByText('Đã gửi cấp trên', { exact: true }).waitFor();
    await page.getByRole('columnheader', { name: `Năm ${year - 1}` }).waitFor();
    await shot('report-review');
    await page.getByRole('button', { name: 'Tiếp nhận' }).click();
    await page.getByText('Đã tiếp nhận', { exact: true }).waitFor();
    const { report } = await staff.gql(`query($id: ID!) { report(id: $id) { status reviewedAt } }`, { id: snapshotId });
    expect(report.status).toBe('ACCEPTED');
    expect(report.reviewedAt).toBeTruthy();
  }));

  it('has no uncaught errors in the browser console', () => {
    expect(consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
