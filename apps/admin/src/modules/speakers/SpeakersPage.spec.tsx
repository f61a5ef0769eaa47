import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { gqlData, installFakeApi, type FakeRequest } from '../../test/fake-api';
import { expectNoSeriousA11yViolations } from '../kit/axe';
import { paste, findDialog, gqlError, meWith, page, renderPage, signIn } from '../kit/testing';
import { SpeakersPage } from './SpeakersPage';

// Whole user flows over antd in jsdom (with an axe pass): headroom when the machine is busy.
vi.setConfig({ testTimeout: 45_000 });

const speaker = (id: string, name: string, level: string, trainings: unknown[] = []) => ({
  id,
  name,
  title: 'Phó Trưởng ban',
  level,
  isExternal: false,
  externalWorkplace: null,
  expertise: ['Xây dựng Đảng'],
  appointedOn: '2021-03-01',
  organisationCode: 'DBK',
  organisationName: 'Đảng ủy Khối',
  trainings,
});
const ROSTER = [
  speaker('s-1', 'Ngô Thị Thu', 'BLOC', [{ id: 't-1', title: 'Tập huấn báo cáo viên 2025', heldOn: '2025-05-20', organiser: 'Ban Tuyên giáo' }]),
  speaker('s-2', 'Vũ Đức Anh', 'GRASSROOTS'),
];
const roster = (req: FakeRequest) =>
  gqlData({
    speakers: page(ROSTER.filter((s) => !req.variables?.level || s.level === req.variables.level)),
    speakerCounts: { total: 553, byLevel: [{ level: 'BLOC', count: 30 }, { level: 'UPPER_GRASSROOTS', count: 148 }, { level: 'GRASSROOTS', count: 375 }] },
  });

describe('SpeakersPage', () => {
  beforeEach(() => signIn());

  it('shows the roster counts per level, filters by level and lists trainings; speakers never trained stand out in words', async () => {
    const api = installFakeApi({ graphql: { Me: meWith('CELL_SECRETARY'), SpeakersRoster: roster } });
    const user = userEvent.setup();
    renderPage(<SpeakersPage />);

    const anh = (await screen.findByText('Vũ Đức Anh')).closest('tr')!;
    expect(within(anh).getByText('Chưa tham gia tập huấn')).toBeVisible();
    expect(screen.getByText('553')).toBeVisible();
    expect(screen.getByText('148')).toBeVisible();
    await expectNoSeriousA11yViolations();

    await user.click(screen.getByText('Cấp Khối', { selector: '.ant-segmented-item-label' }));
    await waitFor(() => expect(screen.queryByText('Vũ Đức Anh')).not.toBeInTheDocument());
    expect(api.ops('SpeakersRoster').at(-1)?.variables).toMatchObject({ level: 'BLOC' });

    await user.click(screen.getByText('Ngô Thị Thu'));
    const drawer = await findDialog('Ngô Thị Thu');
    expect(within(drawer).getByText('20/05/2025 — Tập huấn báo cáo viên 2025 (Ban Tuyên giáo)')).toBeVisible();
    expect(within(drawer).queryByRole('button', { name: 'Ghi nhận tập huấn' })).not.toBeInTheDocument();
  });

  it('records a training, with the refusal of a future date on the date field', async () => {
    let calls = 0;
    const api = installFakeApi({
      graphql: {
        Me: meWith('PROPAGANDA_BOARD'),
        SpeakersRoster: roster,
        AddSpeakerTraining: () =>
          ++calls === 1
            ? gqlError('BAD_USER_INPUT', 'heldOn cannot be in the future', [{ field: 'heldOn', messages: ['Ngày tập huấn không được ở tương lai'] }])
            : gqlData({ addSpeakerTraining: { id: 't-9' } }),
      },
    });
    const user = userEvent.setup();
    renderPage(<SpeakersPage />);

    await user.click(await screen.findByText('Vũ Đức Anh'));
    const drawer = await findDialog('Vũ Đức Anh');
    await user.click(within(drawer).getByRole('button', { name: 'Ghi nhận tập huấn' }));
    const dialog = await findDialog('Ghi nhận tập huấn');
    await paste(user, within(dialog).getByRole('textbox', { name: 'Tên lớp tập huấn' }), 'Bồi dưỡng nghiệp vụ 2026');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    const problem = await within(dialog).findByText('Ngày tập huấn không được ở tương lai');
    expect(problem.closest('.ant-form-item')).toHaveTextContent('Ngày tổ chức');
    const before = api.ops('SpeakersRoster').length;
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(api.ops('SpeakersRoster').length).toBe(before + 1));
    expect(api.ops('AddSpeakerTraining')[1].variables).toMatchObject({
      speakerId: 's-2',
      input: { title: 'Bồi dưỡng nghiệp vụ 2026', organiser: null },
    });
  });

  it("appoints an external expert to a committee's roster at the committee's level", async () => {
    const api = installFakeApi({
      graphql: {
        Me: meWith('COMMITTEE_OFFICE'),
        SpeakersRoster: roster,
        SearchOrganisations: () => gqlData({ organisations: { nodes: [{ id: 'org-g', code: 'CS-07', name: 'Đảng bộ Tập đoàn Điện lực', kind: 'GRASSROOTS', parentId: 'org-1' }] } }),
        CreateSpeaker: () => gqlData({ createSpeaker: { id: 's-9' } }),
      },
    });
    const user = userEvent.setup();
    renderPage(<SpeakersPage />);

    await user.click(await screen.findByRole('button', { name: 'Công nhận báo cáo viên' }));
    const dialog = await findDialog('Công nhận báo cáo viên');
    await user.type(within(dialog).getByRole('combobox', { name: 'Danh sách của cấp ủy' }), 'dien luc');
    await user.click(await screen.findByTitle('CS-07 — Đảng bộ Tập đoàn Điện lực'));
    expect(within(dialog).getByText('Cấp cơ sở')).toBeVisible();
    await user.click(within(dialog).getByRole('radio', { name: 'Người ngoài Đảng bộ (chuyên gia)' }));
    await paste(user, await within(dialog).findByLabelText('Họ tên'), 'PGS.TS Trần Văn Học');
    await paste(user, within(dialog).getByLabelText('Lĩnh vực chuyên sâu (cách nhau bởi dấu phẩy)'), 'Kinh tế năng lượng, Xây dựng Đảng');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(api.ops('CreateSpeaker')).toHaveLength(1));
    expect(api.ops('CreateSpeaker')[0].variables?.input).toMatchObject({
      organisationId: 'org-g',
      level: 'GRASSROOTS',
      memberId: null,
      externalName: 'PGS.TS Trần Văn Học',
      expertise: ['Kinh tế năng lượng', 'Xây dựng Đảng'],
    });
  });
});
