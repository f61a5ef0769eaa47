import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Drawer, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useCurrentUser } from '../../app/current-user';
import { CAMPAIGN_WRITERS, type PageProps } from '../../app/navigation';
import { gql } from '../../graphql/client';
import type { CampaignListQuery, CampaignStatus } from '../../graphql/generated/graphql';
import { useT } from '../../i18n';
import { buildPath, navigate } from '../../router/hash-router';
import { errorText } from '../kit/api';
import { formatDate } from '../kit/dates';
import { CampaignForm } from './CampaignForm';
import { CAMPAIGNS_QUERY } from './graphql';

type Row = CampaignListQuery['campaigns']['nodes'][number];
const STATUS_COLOUR: Record<CampaignStatus, string> = { DRAFT: 'default', ISSUED: 'blue', CLOSED: 'green' };

export function CampaignStatusTag({ status }: { status: CampaignStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLOUR[status]}>{t(`campaign.status.${status}`)}</Tag>;
}

/** Campaigns of the user's scope (and issued above it): search without diacritics, status filter, create. */
export function CampaignsPage({ query }: PageProps) {
  const t = useT();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const [search, setSearch] = useState(query.get('search') ?? '');
  const [status, setStatus] = useState<CampaignStatus | undefined>();
  const [rows, setRows] = useState<Row[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(query.get('new') === '1');
  const canWrite = user.hasRole(...CAMPAIGN_WRITERS);

  const load = useCallback(() => {
    setLoading(true);
    gql(CAMPAIGNS_QUERY, { search: search.trim() || null, status: status ?? null, first: 100 }).then(
      (d) => {
        setRows(d.campaigns.nodes);
        setError(null);
        setLoading(false);
      },
      (e) => {
        setError(errorText(e));
        setLoading(false);
      },
    );
  }, [search, status]);

  useEffect(() => {
    const timer = setTimeout(load, 250);
    return () => clearTimeout(timer);
  }, [load]);

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('campaign.list.title')}
        </Typography.Title>
      }
      extra={
        canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('campaign.list.create')}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          aria-label={t('campaign.list.search')}
          placeholder={t('campaign.list.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 340 }}
        />
        <Select<CampaignStatus>
          allowClear
          aria-label={t('campaign.list.status')}
          placeholder={t('campaign.list.status')}
          value={status}
          onChange={setStatus}
          style={{ width: 180 }}
          options={(['DRAFT', 'ISSUED', 'CLOSED'] as const).map((s) => ({ value: s, label: t(`campaign.status.${s}`) }))}
        />
      </Space>
      {error && <Typography.Text type="danger" role="alert">{error}</Typography.Text>}
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={rows}
        locale={{ emptyText: t('campaign.list.empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(r) => ({ onClick: () => navigate(buildPath('/campaigns/:id', { id: r.id })), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('campaign.field.code'), dataIndex: 'code', render: (code: string, r) => <a href={`#${buildPath('/campaigns/:id', { id: r.id })}`}>{code}</a> },
          { title: t('campaign.field.title'), dataIndex: 'title' },
          { title: t('campaign.field.issuer'), dataIndex: 'issuerOrganisationName' },
          { title: t('campaign.field.startsOn'), dataIndex: 'startsOn', render: formatDate },
          { title: t('campaign.field.reportDueOn'), dataIndex: 'reportDueOn', render: formatDate },
          { title: t('campaign.list.status'), dataIndex: 'status', render: (s: CampaignStatus) => <CampaignStatusTag status={s} /> },
        ]}
      />
      <Drawer
        title={t('campaign.list.create')}
        open={creating}
        onClose={() => setCreating(false)}
        size="large"
        styles={{ wrapper: { width: 'min(960px, 100vw)' } }}
        destroyOnHidden
      >
        <CampaignForm
          onCancel={() => setCreating(false)}
          onCreated={(c) => {
            setCreating(false);
            void message.success(t('campaign.form.created', { code: c.code }));
            navigate(buildPath('/campaigns/:id', { id: c.id }));
          }}
        />
      </Drawer>
    </Card>
  );
}
