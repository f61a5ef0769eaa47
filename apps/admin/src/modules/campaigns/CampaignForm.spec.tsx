import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { gqlData, installFakeApi } from '../../test/fake-api';
import { gqlError, meWith, ORG_A, renderPage, signIn } from '../kit/testing';
import { campaignFormErrors } from './campaign-rules';
import { CampaignForm } from './CampaignForm';

const RESOLUTIONS = [
  { id: 'r-26', code: '26-NQ/TW', title: 'Nghị quyết về tập trung xây dựng đội ngũ cán bộ các cấp', issuedOn: '2018-05-19' },
  { id: 'r-27', code: '27-NQ/TW', title: 'Nghị quyết về cải cách chính sách tiền lương', issuedOn: '2018-05-21' },
];

async function typeDate(user: ReturnType<typeof userEvent.setup>, label: string | HTMLElement, value: string) {
  const input = typeof label === 'string' ? screen.getByLabelText(label) : label;
  await user.click(input);
  await user.clear(input);
  await user.type(input, `${value}{enter}`);
}

async function fillBasics(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Mã đợt'), 'HT-TW7-2026');
  await user.type(screen.getByLabelText('Tên đợt học tập'), 'Học tập Nghị quyết Trung ương 7');
  await user.click(screen.getByLabelText('Nghị quyết học tập'));
  await user.type(screen.getByLabelText('Nghị quyết học tập'), 'tien luong');
  await user.click(await screen.findByText('27-NQ/TW — Nghị quyết về cải cách chính sách tiền lương'));
  await typeDate(user, 'Ngày bắt đầu', '01/07/2026');
  await typeDate(user, 'Hạn báo cáo kết quả', '30/09/2026');
}

describe('CampaignForm', () => {
  beforeEach(signIn);

  it('checks the cross-field rules on their fields before sending, then sends the campaign as the API expects it', async () => {
    const api = installFakeApi({
      graphql: {
        Me: meWith('PROPAGANDA_BOARD'),
        ResolutionOptions: () => gqlData({ resolutions: { nodes: RESOLUTIONS } }),
        CreateCampaign: () => gqlData({ createCampaign: { id: 'c-new', code: 'HT-TW7-2026', status: 'DRAFT' } }),
      },
    });
    const onCreated = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderPage(<CampaignForm onCreated={onCreated} />);

    await screen.findByText(`${ORG_A.code} — ${ORG_A.name}`);
    await fillBasics(user);
    // A grassroots deadline after the report is due, and essays asked for without a due date.
    await typeDate(user, 'Hoàn thành trước', '15/10/2026');
    await user.click(screen.getByRole('button', { name: 'Tạo dự thảo' }));

    expect(await screen.findByText('Phải nằm trong khoảng từ ngày bắt đầu đến hạn báo cáo')).toBeVisible();
    expect(screen.getByText('Cần hạn nộp khi yêu cầu viết thu hoạch')).toBeVisible();
    expect(api.ops('CreateCampaign')).toHaveLength(0);

    await typeDate(user, 'Hoàn thành trước', '31/07/2026');
    await typeDate(user, 'Hạn nộp bài thu hoạch', '15/08/2026');
    await user.click(screen.getByRole('button', { name: 'Tạo dự thảo' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith({ id: 'c-new', code: 'HT-TW7-2026', status: 'DRAFT' }));
    expect(api.ops('CreateCampaign')[0].variables?.input).toMatchObject({
      code: 'HT-TW7-2026',
      title: 'Học tập Nghị quyết Trung ương 7',
      issuerOrganisationId: ORG_A.id,
      resolutionIds: ['r-27'],
      startsOn: '2026-07-01',
      reportDueOn: '2026-09-30',
      levels: [{ level: 'GRASSROOTS', deadline: '2026-07-31', audience: 'ALL_MEMBERS', includeSubordinateCommittees: false, includeSubordinateHeads: false }],
      essayPolicy: 'KEY_LEADERS_ONLY',
      essayDueOn: '2026-08-15',
      programmeRequired: false,
      programmeDueOn: null,
      personalPlansRequired: false,
    });
  }, 45_000);

  it('shows the API’s field errors on the fields they name (duplicate code, a level deadline)', async () => {
    installFakeApi({
      graphql: {
        Me: meWith('PROPAGANDA_BOARD'),
        ResolutionOptions: () => gqlData({ resolutions: { nodes: RESOLUTIONS } }),
        CreateCampaign: () =>
          gqlError('BAD_USER_INPUT', 'Invalid input', [
            { field: 'code', messages: ['code HT-TW7-2026 already exists'] },
            { field: 'levels.0.level', messages: ['level BLOC lies above the issuer (UPPER_GRASSROOTS)'] },
          ]),
      },
    });
    const user = userEvent.setup({ delay: null });
    renderPage(<CampaignForm onCreated={vi.fn()} />);
    await screen.findByText(`${ORG_A.code} — ${ORG_A.name}`);
    await fillBasics(user);
    await typeDate(user, 'Hoàn thành trước', '31/07/2026');
    await user.click(screen.getByLabelText('Không yêu cầu'));
    await user.click(screen.getByRole('button', { name: 'Tạo dự thảo' }));

    expect(await screen.findByText('code HT-TW7-2026 already exists')).toBeVisible();
    expect(screen.getByText('level BLOC lies above the issuer (UPPER_GRASSROOTS)')).toBeVisible();
  }, 45_000);
});

describe('campaignFormErrors', () => {
  const base = {
    startsOn: '2026-07-01',
    reportDueOn: '2026-09-30',
    expectedDurationMinutes: 480,
    discussionMinutes: 240,
    essayPolicy: 'NONE' as const,
    essayDueOn: null,
    programmeRequired: false,
    programmeDueOn: null,
    programmeLevels: [],
    personalPlansRequired: false,
    personalPlansDueOn: null,
    levels: [{ level: 'GRASSROOTS', deadline: '2026-07-31' }],
  };

  it('accepts a coherent campaign', () => {
    expect(campaignFormErrors(base)).toEqual([]);
  });

  it('names each broken rule with its field', () => {
    expect(
      campaignFormErrors({
        ...base,
        discussionMinutes: 600,
        levels: [
          { level: 'GRASSROOTS', deadline: '2026-07-31' },
          { level: 'GRASSROOTS', deadline: '2026-06-01' },
        ],
        programmeRequired: true,
        personalPlansRequired: true,
        personalPlansDueOn: '2026-12-01',
      }).map((e) => [e.name.join('.'), e.key]),
    ).toEqual([
      ['discussionMinutes', 'campaign.rule.discussionTooLong'],
      ['levels.1.level', 'campaign.rule.levelTwice'],
      ['levels.1.deadline', 'campaign.rule.within'],
      ['programmeDueOn', 'campaign.rule.programmeDueRequired'],
      ['programmeLevels', 'campaign.rule.programmeLevelsRequired'],
      ['personalPlansDueOn', 'campaign.rule.within'],
    ]);
    expect(campaignFormErrors({ ...base, reportDueOn: '2026-06-30' }).map((e) => e.key)).toEqual(['campaign.rule.reportBeforeStart']);
  });
});
