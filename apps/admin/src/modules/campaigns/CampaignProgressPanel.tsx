import { ArrowUpOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { gql } from '../../graphql/client';
import type { CampaignProgressQuery } from '../../graphql/generated/graphql';
import { useT } from '../../i18n';
import { errorText } from '../kit/api';
import { formatDate } from '../kit/dates';
import { CAMPAIGN_PROGRESS_QUERY } from './graphql';
import { ProgressTable } from './ProgressTable';

type Progress = CampaignProgressQuery['campaignProgress'];

/** Loads the progress of a campaign at an organisation and its subordinates; keeps the drill-down path. */
export function useCampaignProgress(campaignId: string | null, organisationId: string | null) {
  const [state, setState] = useState<{ key: string; data: Progress | null; error: string | null }>({ key: '', data: null, error: null });
  const key = `${campaignId}/${organisationId}`;
  useEffect(() => {
    if (!campaignId || !organisationId) return;
    let live = true;
    gql(CAMPAIGN_PROGRESS_QUERY, { campaignId, organisationId }).then(
      (d) => live && setState({ key, data: d.campaignProgress, error: null }),
      (e) => live && setState({ key, data: null, error: errorText(e) }),
    );
    return () => {
      live = false;
    };
  }, [campaignId, organisationId, key]);
  const current = state.key === key;
  return { data: current ? state.data : null, error: current ? state.error : null, loading: !current && !!campaignId && !!organisationId };
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
