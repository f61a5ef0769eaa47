import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { gqlData, installFakeApi } from '../../test/fake-api';
import { meWith, renderPage, signIn } from '../kit/testing';
import { EssayQueuePage } from './EssayQueuePage';

const CAMPAIGN = {
  id: 'c-1',
  code: 'HT-TW7-XII',
  title: 'Học tập Nghị quyết Trung ương 7 khóa XII',
  status: 'ISSUED',
  startsOn: '2026-07-01',
  reportDueOn: '2026-09-30',
  issuedOn: '2026-06-20',
  issuerOrganisationId: 'org-a',
  issuerOrganisationName: 'Đảng bộ Khối',
  essayPolicy: 'ALL_ATTENDEES',
};
const QUEUE = [
  { id: 'e-1', authorName: 'Nguyễn Văn An', wordCount: 812, submittedAt: '2026-08-01T02:00:00Z', isLate: false, grade: null, flags: { tooShort: false, nearDuplicate: true, similarity: 0.91 } },
  { id: 'e-2', authorName: 'Trần Thị Bình', wordCount: 95, submittedAt: '2026-08-02T02:00:00Z', isLate: true, grade: null, flags: { tooShort: true, nearDuplicate: false, similarity: null } },
];
const BODY_1 = 'Nghị quyết xác định xây dựng đội ngũ cán bộ là công việc hệ trọng của Đảng.';
const BODY_SIMILAR = 'Nghị quyết xác định xây dựng đội ngũ cán bộ là công việc hệ trọng, quyết định sự thành bại.';

function essayDetail(id: string) {
  const item = QUEUE.find((q) => q.id === id) as (typeof QUEUE)[number];
  return {
    essay: {
      essay: {
        ...item,
        body: id === 'e-1' ? BODY_1 : 'Bài viết ngắn.',
        gradeComment: null,
        gradedAt: null,
        campaignCode: CAMPAIGN.code,
        flags: { ...item.flags, similarEssayId: id === 'e-1' ? 'e-9' : null },
      },
      similarEssay:
        id === 'e-1'
          ? { id: 'e-9', authorName: 'Lê Văn Cường', body: BODY_SIMILAR, wordCount: 820, similarity: 0.91, submittedAt: '2026-07-30T02:00:00Z' }
          : null,
    },
  };
}

describe('EssayQueuePage', () => {
  beforeEach(signIn);

  it('shows a near-duplicate beside its similar essay, grades it with a comment and moves on to the next essay', async () => {
    let graded = false;
    const api = installFakeApi({
      graphql: {
        Me: meWith('PROPAGANDA_BOARD'),
        CampaignList: () => gqlData({ campaigns: { nodes: [CAMPAIGN], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 1 } }),
        EssaysToGrade: () =>
          gqlData({ essaysToGrade: { nodes: graded ? QUEUE.slice(1) : QUEUE, pageInfo: { hasNextPage: false, endCursor: null }, totalCount: graded ? 1 : 2 } }),
        EssayForGrading: (req) => gqlData(essayDetail(req.variables?.id as string)),
        GradeEssay: (req) => {
          graded = true;
          return gqlData({ gradeEssay: { id: req.variables?.id, grade: 4, gradeComment: 'Sao chép', gradedAt: '2026-08-05T03:00:00Z' } });
        },
      },
    });
    const user = userEvent.setup();
    renderPage(<EssayQueuePage params={{}} query={new URLSearchParams()} />);

    // The queue: flags in words.
    const first = await screen.findByRole('button', { name: 'Nguyễn Văn An' });
    const queue = first.closest('.ant-list') as HTMLElement;
    expect(within(queue).getByText('Gần trùng 91%')).toBeVisible();
    expect(within(queue).getByText('Quá ngắn')).toBeVisible();
    expect(within(queue).getByText('Nộp muộn')).toBeVisible();
    expect(api.ops('EssaysToGrade')[0].variables).toMatchObject({ campaignId: 'c-1', filter: { graded: false } });

    await user.click(first);
    const pair = await screen.findByTestId('side-by-side');
    expect(within(pair).getByText(BODY_1)).toBeVisible();
    expect(within(pair).getByText(BODY_SIMILAR)).toBeVisible();
    expect(within(pair).getByText('Bài tương tự của Lê Văn Cường')).toBeVisible();

    await user.type(screen.getByLabelText('Điểm (0–10)'), '4');
    await user.type(screen.getByLabelText('Nhận xét'), 'Sao chép');
    await user.click(screen.getByRole('button', { name: 'Chấm điểm' }));

    await waitFor(() => expect(api.ops('GradeEssay')).toHaveLength(1));
    expect(api.ops('GradeEssay')[0].variables).toEqual({ id: 'e-1', input: { grade: 4, comment: 'Sao chép' } });
    // The graded essay leaves the queue; the next one opens by itself.
    expect(await screen.findByText('Bài viết ngắn.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Nguyễn Văn An' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('side-by-side')).not.toBeInTheDocument();
  });

  it('refuses a grade outside 0–10 before sending', async () => {
    const api = installFakeApi({
      graphql: {
        Me: meWith('CELL_SECRETARY'),
        CampaignList: () => gqlData({ campaigns: { nodes: [CAMPAIGN], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 1 } }),
        EssaysToGrade: () => gqlData({ essaysToGrade: { nodes: QUEUE, pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 2 } }),
        EssayForGrading: (req) => gqlData(essayDetail(req.variables?.id as string)),
      },
    });
    const user = userEvent.setup();
    renderPage(<EssayQueuePage params={{}} query={new URLSearchParams()} />);
    await user.click(await screen.findByRole('button', { name: 'Trần Thị Bình' }));
    await screen.findByText('Bài viết ngắn.');
    await user.click(screen.getByRole('button', { name: 'Chấm điểm' }));

    expect(await screen.findByText('Nhập điểm từ 0 đến 10')).toBeVisible();
    expect(api.ops('GradeEssay')).toHaveLength(0);
  });
});
