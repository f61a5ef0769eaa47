import { CalendarOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../app/current-user';
import { CAMPAIGN_WRITERS, type PageProps } from '../../app/navigation';
import { gql } from '../../graphql/client';
import { useQuery } from '../../graphql/use-query';
import { useT } from '../../i18n';
import { buildPath } from '../../router/hash-router';
import { errorText } from '../kit/api';
import { formatDate } from '../kit/dates';
import { CampaignProgressPanel } from './CampaignProgressPanel';
import { CampaignStatusTag } from './CampaignsPage';
import { CAMPAIGN_QUERY, ISSUE_CAMPAIGN_MUTATION } from './graphql';

/** One campaign: its rules, issue (ban hành), and progress per subordinate organisation. */
export function CampaignDetailPage({ params }: PageProps) {
  const t = useT();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const { data, error, reload: load } = useQuery(CAMPAIGN_QUERY, { id: params.id });
  const campaign = data?.campaign ?? null;
  const [issuing, setIssuing] = useState(false);

  const issue = async () => {
    setIssuing(true);
    try {
      await gql(ISSUE_CAMPAIGN_MUTATION, { id: params.id });
      void message.success(t('campaign.detail.issued'));
      load();
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setIssuing(false);
    }
  };

  if (error) return <Alert type="error" showIcon title={error} />;
  if (!campaign) return <Skeleton active />;
  const progressRoot = user.scopeRoots[0]?.id;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {campaign.code} — {campaign.title}
            </Typography.Title>
            <CampaignStatusTag status={campaign.status} />
          </Space>
        }
        extra={
          <Space>
            <Button icon={<CalendarOutlined />} href={`#${buildPath('/sessions', {}, { campaign: campaign.id })}`}>
              {t('campaign.detail.sessions')}
            </Button>
            {campaign.status === 'DRAFT' && user.hasRole(...CAMPAIGN_WRITERS) && (
              <Popconfirm title={t('campaign.detail.issueConfirm')} onConfirm={() => void issue()} okText={t('campaign.detail.issue')}>
                <Button type="primary" icon={<SendOutlined />} loading={issuing}>
                  {t('campaign.detail.issue')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} bordered>
          <Descriptions.Item label={t('campaign.field.issuer')}>{campaign.issuerOrganisationName}</Descriptions.Item>
          <Descriptions.Item label={t('campaign.field.startsOn')}>{formatDate(campaign.startsOn)}</Descriptions.Item>
          <Descriptions.Item label={t('campaign.field.reportDueOn')}>{formatDate(campaign.reportDueOn)}</Descriptions.Item>
          <Descriptions.Item label={t('campaign.field.issuedOn')}>{formatDate(campaign.issuedOn) || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('campaign.field.duration')}>
            {campaign.expectedDurationMinutes} ({t('campaign.field.discussion').toLowerCase()}: {campaign.discussionMinutes})
          </Descriptions.Item>
          <Descriptions.Item label={t('campaign.field.formats')}>
            {campaign.formats.map((f) => t(`campaign.format.${f}`)).join(', ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('campaign.field.resolutions')} span={3}>
            {campaign.resolutions.map((r) => (
              <Tag key={r.id}>{`${r.code} — ${r.title}`}</Tag>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('campaign.field.levels')} span={3}>
            <Space orientation="vertical" size={2}>
              {campaign.levels.map((l) => (
                <span key={l.level}>
                  {t(`org.kind.${l.level}`)}: {formatDate(l.deadline)} · {t(`campaign.audience.${l.audience}`)}
                  {l.includeSubordinateCommittees ? ` · ${t('campaign.field.subCommittees').toLowerCase()}` : ''}
                  {l.includeSubordinateHeads ? ` · ${t('campaign.field.subHeads').toLowerCase()}` : ''}
                </span>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('campaign.field.essayPolicy')}>
            {t(`campaign.essay.${campaign.essayPolicy}`)}
            {campaign.essayDueOn ? ` · ${formatDate(campaign.essayDueOn)}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('campaign.field.programmeRequired')}>
            {campaign.programmeRequired ? formatDate(campaign.programmeDueOn) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('campaign.field.plansRequired')}>
            {campaign.personalPlansRequired ? formatDate(campaign.personalPlansDueOn) : '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {campaign.status !== 'DRAFT' && progressRoot && (
        <Card title={t('campaign.detail.progress')}>
          <CampaignProgressPanel campaignId={campaign.id} rootId={progressRoot} />
        </Card>
      )}
    </Space>
  );
}
