import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Drawer, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useCurrentUser } from '../../app/current-user';
import type { PageProps } from '../../app/navigation';
import { gql } from '../../graphql/client';
import type { SessionStatus, StudySessionListQuery } from '../../graphql/generated/graphql';
import { useT } from '../../i18n';
import { buildPath, navigate } from '../../router/hash-router';
import { errorText } from '../kit/api';
import { formatDateTime } from '../kit/dates';
import { CampaignSelect } from '../campaigns/CampaignSelect';
import { SESSIONS_QUERY } from './graphql';
import { SessionForm } from './SessionForm';

type Row = StudySessionListQuery['studySessions']['nodes'][number];
export const SESSION_ORGANISERS = ['ADMIN', 'PROPAGANDA_BOARD', 'COMMITTEE_OFFICE', 'CELL_SECRETARY'] as const;
const STATUS_COLOUR: Record<SessionStatus, string> = { PLANNED: 'blue', CLOSED: 'green', CANCELLED: 'default' };

export function SessionStatusTag({ status }: { status: SessionStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLOUR[status]}>{t(`session.status.${status}`)}</Tag>;
}

/** Sessions of a campaign the user may see, with their roll-call figures; plan a new one. */
export function SessionsPage({ query }: PageProps) {
  const t = useT();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const [campaignId, setCampaignId] = useState<string | null>(query.get('campaign'));
  const [rows, setRows] = useState<Row[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    if (!campaignId) return;
    let live = true;
    setLoading(true);
    gql(SESSIONS_QUERY, { campaignId }).then(
      (d) => {
        if (!live) return;
        setRows(d.studySessions.nodes);
        setError(null);
        setLoading(false);
      },
      (e) => {
        if (!live) return;
        setError(errorText(e));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [campaignId]);

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('session.list.title')}
        </Typography.Title>
      }
      extra={
        campaignId &&
        user.hasRole(...SESSION_ORGANISERS) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('session.list.create')}
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 16 }}>
        <CampaignSelect value={campaignId} onChange={(id) => setCampaignId(id)} />
      </Space>
      {error && (
        <Typography.Paragraph type="danger" role="alert">
          {error}
        </Typography.Paragraph>
      )}
      <Table<Row>
        rowKey="id"
        loading={loading}
        dataSource={rows}
        locale={{ emptyText: campaignId ? t('session.list.empty') : t('session.list.pickCampaign') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: t('session.field.title'),
            dataIndex: 'title',
            render: (title: string, r) => (
              <Space size={4}>
                <a href={`#${buildPath('/sessions/:id', { id: r.id })}`}>{title}</a>
                {r.isMakeup && <Tag>{t('session.field.makeup')}</Tag>}
              </Space>
            ),
          },
          { title: t('session.field.organiser'), dataIndex: 'organiserName' },
          { title: t('session.field.startsAt'), dataIndex: 'startsAt', render: formatDateTime },
          { title: t('session.field.format'), dataIndex: 'format', render: (f: Row['format']) => t(`campaign.format.${f}`) },
          {
            title: t('session.field.attendance'),
            key: 'att',
            align: 'right',
            render: (_, r) => `${r.counters.present + r.counters.late + r.counters.leftEarly}/${r.counters.expected}`,
          },
          { title: t('session.field.status'), dataIndex: 'status', render: (s: SessionStatus) => <SessionStatusTag status={s} /> },
        ]}
      />
      <Drawer title={t('session.list.create')} open={creating} onClose={() => setCreating(false)} size="large" destroyOnHidden>
        {campaignId && (
          <SessionForm
            campaignId={campaignId}
            onCreated={(id) => {
              setCreating(false);
              void message.success(t('session.form.created'));
              navigate(buildPath('/sessions/:id', { id }));
            }}
          />
        )}
      </Drawer>
    </Card>
  );
}
