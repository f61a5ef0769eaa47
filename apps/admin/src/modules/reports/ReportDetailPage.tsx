import { CheckOutlined, DownloadOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Input, Popconfirm, Skeleton, Space, Switch, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useCurrentUser } from '../../app/current-user';
import type { PageProps } from '../../app/navigation';
import { gql } from '../../graphql/client';
import { useQuery } from '../../graphql/use-query';
import type { MetricFragment, ReportDetailQuery, ReportRowFieldsFragment } from '../../graphql/generated/graphql';
import { useT, type MessageKey } from '../../i18n';
import { errorText } from '../kit/api';
import { formatDate } from '../kit/dates';
import { downloadReport } from './download';
import { ACCEPT_REPORT_MUTATION, REPORT_QUERY, REPORT_ROWS_QUERY, RETURN_REPORT_MUTATION, SUBMIT_REPORT_MUTATION } from './graphql';
import { ReportStatusTag } from './ReportsPage';

type Report = ReportDetailQuery['report'];
type TreeRow = ReportRowFieldsFragment & { children?: TreeRow[] };
const RUN = ['ADMIN', 'PROPAGANDA_BOARD', 'COMMITTEE_OFFICE'] as const;
/** The measures shown as columns of the tree (all are in the root table and the exports). */
const TREE_METRICS = ['membersStudied', 'essaysSubmitted', 'actionProgrammes', 'personalPlans', 'cellMeetingsOnTime'] as const;

function useMetricLabel() {
  const t = useT();
  return (m: Pick<MetricFragment, 'key' | 'label'>) => {
    const key = `report.metric.${m.key}` as MessageKey;
    const text = t(key);
    return text === key ? m.label : text;
  };
}

function Percent({ metric }: { metric: MetricFragment | undefined }) {
  if (!metric || metric.percent == null) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Typography.Text type={metric.belowTarget ? 'danger' : undefined} strong={metric.belowTarget}>
      {`${metric.percent}%`}
    </Typography.Text>
  );
}

/** The root's measures against their targets, the previous year beside the current one. */
function RootMetrics({ report }: { report: Report }) {
  const t = useT();
  const label = useMetricLabel();
  const previous = new Map((report.previousYear?.metrics ?? []).map((m) => [m.key, m]));
  return (
    <Table<MetricFragment>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={report.root.metrics}
      rowClassName={(m) => (m.belowTarget ? 'qt-shortfall' : '')}
      columns={[
        { title: t('report.detail.metric'), key: 'label', render: (_, m) => label(m) },
        { title: t('report.detail.required'), dataIndex: 'required', align: 'right' },
        { title: t('report.detail.achieved'), dataIndex: 'achieved', align: 'right' },
        { title: t('report.detail.current', { year: report.year }), key: 'pct', align: 'right', render: (_, m) => <Percent metric={m} /> },
        { title: t('report.detail.target'), dataIndex: 'target', align: 'right', render: (v: number) => `${v}%` },
        ...(report.previousYear
          ? [
              {
                title: t('report.detail.previous', { year: report.year - 1 }),
                key: 'prev',
                align: 'right' as const,
                render: (_: unknown, m: MetricFragment) => <Percent metric={previous.get(m.key)} />,
              },
            ]
          : []),
      ]}
    />
  );
}

/** The rolled-up tree: children load when a row opens; shortfalls are highlighted. */
function ReportTree({ report }: { report: Report }) {
  const t = useT();
  const label = useMetricLabel();
  const [rows, setRows] = useState<TreeRow[]>([]);
  const [belowOnly, setBelowOnly] = useState(false);
  const [loading, setLoading] = useState(true);

  const children = useCallback(
    async (parentId: string | null): Promise<TreeRow[]> => {
      const d = await gql(REPORT_ROWS_QUERY, { snapshotId: report.id, ...(parentId ? { parentId } : {}), ...(belowOnly ? { belowTargetOnly: true } : {}) });
      return d.reportRows.nodes.map((r) => (r.kind !== 'CELL' && !belowOnly ? { ...r, children: [] } : r));
    },
    [report.id, belowOnly],
  );

  const [expanded, setExpanded] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setLoading(true);
    setError(null);
    const rootId = report.rootOrganisationId;
    // The whole tree starts at the report's root, opened one level; "below target only" is a flat list.
    (belowOnly ? children(null) : children(rootId).then((kids) => [{ ...report.root, children: kids.length ? kids : undefined }])).then(
      (r) => {
        setRows(r);
        setExpanded(belowOnly ? [] : [rootId]);
        setLoading(false);
      },
      (e) => {
        setError(errorText(e));
        setLoading(false);
      },
    );
  }, [children, belowOnly, report.rootOrganisationId, report.root]);

  const expand = async (expanded: boolean, row: TreeRow) => {
    if (!expanded || (row.children && row.children.length > 0)) return;
    let kids: TreeRow[];
    try {
      kids = await children(row.organisationId);
    } catch (e) {
      setError(errorText(e));
      return;
    }
    const put = (list: TreeRow[]): TreeRow[] =>
      list.map((r) => (r.organisationId === row.organisationId ? { ...r, children: kids.length ? kids : undefined } : r.children ? { ...r, children: put(r.children) } : r));
    setRows((current) => put(current));
  };

  const metricOf = (r: TreeRow, key: string) => r.metrics.find((m) => m.key === key);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space>
        <Switch checked={belowOnly} onChange={setBelowOnly} aria-label={t('report.detail.belowOnly')} />
        <Typography.Text>{t('report.detail.belowOnly')}</Typography.Text>
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      <Table<TreeRow>
        size="small"
        rowKey="organisationId"
        loading={loading}
        dataSource={rows}
        pagination={belowOnly ? { pageSize: 50 } : false}
        expandable={{
          expandedRowKeys: expanded,
          onExpand: (open, r) => {
            setExpanded((keys) => (open ? [...keys, r.organisationId] : keys.filter((k) => k !== r.organisationId)));
            void expand(open, r);
          },
        }}
        rowClassName={(r) => (r.missed.length ? 'qt-shortfall' : '')}
        columns={[
          { title: t('report.col.org'), key: 'name', render: (_, r) => `${r.code} — ${r.name}` },
          ...TREE_METRICS.map((key) => ({
            title: label({ key, label: key }),
            key,
            align: 'right' as const,
            render: (_: unknown, r: TreeRow) => <Percent metric={metricOf(r, key)} />,
          })),
          {
            title: t('report.detail.missed'),
            key: 'missed',
            render: (_, r) => (
              <Space size={2} wrap>
                {r.missed.map((k) => (
                  <Tag key={k} color="red">
                    {label({ key: k, label: k })}
                  </Tag>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}

/** One report snapshot: measures with the previous year, the tree, submit/accept/return, exports. */
export function ReportDetailPage({ params }: PageProps) {
  const t = useT();
  const { message, modal } = App.useApp();
  const user = useCurrentUser();
  const { data, error, reload: load } = useQuery(REPORT_QUERY, { id: params.id });
  const report = data?.report ?? null;
  const [busy, setBusy] = useState(false);

  const act = async (run: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await run();
      void message.success(t('report.detail.done'));
      load();
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const download = async (format: 'xlsx' | 'docx') => {
    if (!report) return;
    try {
      await downloadReport(report.id, format, `bao-cao-${report.rootCode}-${report.year}-v${report.version}`);
    } catch (e) {
      void message.error(errorText(e));
    }
  };
  const askReturn = () => {
    let comment = '';
    modal.confirm({
      title: t('report.detail.returnReason'),
      content: <Input.TextArea rows={3} aria-label={t('report.detail.returnReason')} onChange={(e) => (comment = e.target.value)} />,
      okText: t('report.detail.return'),
      onOk: () => act(() => gql(RETURN_REPORT_MUTATION, { id: params.id, input: { comment: comment.trim() } })),
    });
  };

  if (error) return <Alert type="error" showIcon title={error} />;
  if (!report) return <Skeleton active />;
  const canRun = user.hasRole(...RUN);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('report.detail.title', { year: report.year, name: report.rootName })}
            </Typography.Title>
            <Tag>{t('report.detail.version', { version: report.version })}</Tag>
            <ReportStatusTag status={report.status} />
          </Space>
        }
        extra={
          <Space wrap>
            <Button icon={<DownloadOutlined />} onClick={() => void download('xlsx')}>
              {t('report.detail.xlsx')}
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => void download('docx')}>
              {t('report.detail.docx')}
            </Button>
            {canRun && (report.status === 'DRAFT' || report.status === 'RETURNED') && (
              <Popconfirm title={t('report.detail.submitConfirm')} okText={t('report.detail.submit')} onConfirm={() => void act(() => gql(SUBMIT_REPORT_MUTATION, { id: report.id }))}>
                <Button type="primary" icon={<SendOutlined />} loading={busy}>
                  {t('report.detail.submit')}
                </Button>
              </Popconfirm>
            )}
            {canRun && report.status === 'SUBMITTED' && (
              <>
                <Button type="primary" icon={<CheckOutlined />} loading={busy} onClick={() => void act(() => gql(ACCEPT_REPORT_MUTATION, { id: report.id, input: null }))}>
                  {t('report.detail.accept')}
                </Button>
                <Button danger icon={<RollbackOutlined />} loading={busy} onClick={askReturn}>
                  {t('report.detail.return')}
                </Button>
              </>
            )}
          </Space>
        }
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">
            {t('report.col.asOf')}: {formatDate(report.asOf)} · {t('report.col.rows')}: {report.rowCount} · {t('report.col.below')}: {report.belowTargetCount}
          </Typography.Text>
          {report.reviewComment && <Alert type={report.status === 'RETURNED' ? 'warning' : 'info'} showIcon title={t('report.detail.review')} description={report.reviewComment} />}
          {!report.inspectionsAvailable && <Alert type="info" showIcon title={t('report.detail.noInspections')} />}
          <RootMetrics report={report} />
        </Space>
      </Card>
      <Card title={t('report.detail.tree')}>
        <ReportTree report={report} />
      </Card>
    </Space>
  );
}
