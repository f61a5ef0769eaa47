import { Card, Space, Table, Tag, Typography } from 'antd';
import type { PageProps } from '../../app/navigation';
import { useQuery } from '../../graphql/use-query';
import type { ReportListQuery, ReportSnapshotStatus } from '../../graphql/generated/graphql';
import { useT } from '../../i18n';
import { buildPath, navigate } from '../../router/hash-router';
import { formatDate } from '../kit/dates';
import { REPORTS_QUERY } from './graphql';
import { ReportGenerator } from './ReportGenerator';

type Row = ReportListQuery['reports']['nodes'][number];
const COLOUR: Record<ReportSnapshotStatus, string> = { DRAFT: 'default', SUBMITTED: 'blue', ACCEPTED: 'green', RETURNED: 'red' };

export function ReportStatusTag({ status }: { status: ReportSnapshotStatus }) {
  const t = useT();
  return <Tag color={COLOUR[status]}>{t(`report.status.${status}`)}</Tag>;
}

/** Generate a report (progress of the worker's job) and the reports of the user's scope. */
export function ReportsPage(_: PageProps) {
  const t = useT();
  const { data, error, loading } = useQuery(REPORTS_QUERY, {});
  const rows = data?.reports.nodes ?? [];
  const open = (id: string) => navigate(buildPath('/reports/:id', { id }));

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('report.list.title')}
      </Typography.Title>
      <ReportGenerator onDone={open} />
      <Card>
        {error && <Typography.Text type="danger">{error}</Typography.Text>}
        <Table<Row>
          rowKey="id"
          loading={loading}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('report.col.year'), dataIndex: 'year' },
            {
              title: t('report.col.org'),
              key: 'org',
              render: (_, r) => <a href={`#${buildPath('/reports/:id', { id: r.id })}`}>{r.rootName}</a>,
            },
            { title: t('report.col.version'), dataIndex: 'version', align: 'right' },
            { title: t('report.col.asOf'), dataIndex: 'asOf', render: formatDate },
            { title: t('report.col.rows'), dataIndex: 'rowCount', align: 'right' },
            {
              title: t('report.col.below'),
              dataIndex: 'belowTargetCount',
              align: 'right',
              render: (n: number) => <Typography.Text type={n > 0 ? 'danger' : 'success'}>{n}</Typography.Text>,
            },
            { title: t('report.col.status'), dataIndex: 'status', render: (s: ReportSnapshotStatus) => <ReportStatusTag status={s} /> },
          ]}
        />
      </Card>
    </Space>
  );
}
