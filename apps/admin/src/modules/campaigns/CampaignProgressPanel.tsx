import { ArrowUpOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useQuery } from '../../graphql/use-query';
import { useT } from '../../i18n';
import { formatDate } from '../kit/dates';
import { CAMPAIGN_PROGRESS_QUERY } from './graphql';
import { ProgressTable } from './ProgressTable';

/** Loads the progress of a campaign at an organisation and its subordinates. */
export function useCampaignProgress(campaignId: string | null, organisationId: string | null) {
  const { data, error, loading } = useQuery(
    CAMPAIGN_PROGRESS_QUERY,
    { campaignId: campaignId ?? '', organisationId: organisationId ?? '' },
    { skip: !campaignId || !organisationId },
  );
  return { data: data?.campaignProgress ?? null, error, loading };
}

/** Progress per subordinate organisation with drill-down through the tree (breadcrumb back up). */
export function CampaignProgressPanel({ campaignId, rootId }: { campaignId: string; rootId: string }) {
  const t = useT();
  const [path, setPath] = useState<Array<{ id: string; name: string }>>([]);
  const currentId = path.length ? path[path.length - 1].id : rootId;
  const { data, error, loading } = useCampaignProgress(campaignId, currentId);
  const [rootName, setRootName] = useState('…');
  useEffect(() => {
    if (data && path.length === 0) setRootName(data.organisation.name);
  }, [data, path.length]);

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Breadcrumb
          items={[
            { title: <a onClick={() => setPath([])}>{rootName}</a> },
            ...path.map((p, i) => ({ title: <a onClick={() => setPath(path.slice(0, i + 1))}>{p.name}</a> })),
          ]}
        />
        {path.length > 0 && (
          <Button size="small" icon={<ArrowUpOutlined />} onClick={() => setPath(path.slice(0, -1))}>
            {t('progress.up')}
          </Button>
        )}
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      {data && (
        <Typography.Text type="secondary">
          {t('progress.total', { name: data.organisation.name })}: {data.organisation.membersStudied}/{data.organisation.membersRequired} ·{' '}
          {t('progress.asOf', { date: formatDate(data.asOf) })}
        </Typography.Text>
      )}
      <ProgressTable
        loading={loading}
        rows={data?.children ?? []}
        onDrill={(r) => setPath([...path, { id: r.organisationId, name: r.name }])}
      />
    </Space>
  );
}
