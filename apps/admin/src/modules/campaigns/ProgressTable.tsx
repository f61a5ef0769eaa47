import { Button, Progress, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { DeadlineState, ProgressRowFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n';
import { formatDate } from '../kit/dates';

/** Share as a whole percentage; null when nothing is required. */
export function percent(done: number, required: number): number | null {
  if (required <= 0) return null;
  return Math.round((done / required) * 1000) / 10;
}

const DEADLINE_COLOUR: Record<DeadlineState, string> = { ON_TIME: 'green', LATE: 'orange', OVERDUE: 'red', PENDING: 'default' };

export function DeadlineTag({ state }: { state: DeadlineState }) {
  const t = useT();
  return <Tag color={DEADLINE_COLOUR[state]}>{t(`deadline.${state}`)}</Tag>;
}

function Share({ done, required, label }: { done: number; required: number; label: string }) {
  const p = percent(done, required);
  if (p === null) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tooltip title={`${done}/${required}`}>
      <Space size={4} style={{ minWidth: 150 }}>
        <Progress
          percent={p}
          size="small"
          status={p >= 100 ? 'success' : 'normal'}
          style={{ width: 90, margin: 0 }}
          aria-label={`${label}: ${p}%`}
          showInfo={false}
        />
        <Typography.Text>{`${p}%`}</Typography.Text>
        <Typography.Text type="secondary">{`(${done}/${required})`}</Typography.Text>
      </Space>
    </Tooltip>
  );
}

/** Campaign progress per organisation: studied and essays against 100 %, deadline state; drill-down on a row. */
export function ProgressTable({
  rows,
  onDrill,
  loading,
}: {
  rows: ProgressRowFragment[];
  onDrill?: (row: ProgressRowFragment) => void;
  loading?: boolean;
}) {
  const t = useT();
  return (
    <Table<ProgressRowFragment>
      size="small"
      rowKey="organisationId"
      loading={loading}
      dataSource={rows}
      pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false }}
      rowClassName={(r) => ((percent(r.membersStudied, r.membersRequired) ?? 100) < 100 && r.deadlineState !== 'PENDING' ? 'qt-shortfall' : '')}
      columns={[
        {
          title: t('progress.org'),
          key: 'org',
          render: (_, r) =>
            onDrill && r.kind !== 'CELL' ? (
              <Button type="link" size="small" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => onDrill(r)} title={t('progress.drill')}>
                {r.name}
              </Button>
            ) : (
              r.name
            ),
        },
        { title: t('progress.deadline'), key: 'deadline', render: (_, r) => <Space size={4}>{formatDate(r.deadline)}<DeadlineTag state={r.deadlineState} /></Space> },
        { title: t('progress.sessions'), dataIndex: 'sessionsHeld', align: 'right' },
        {
          title: t('progress.studied'),
          key: 'studied',
          sorter: (a, b) => (percent(a.membersStudied, a.membersRequired) ?? 101) - (percent(b.membersStudied, b.membersRequired) ?? 101),
          render: (_, r) => <Share done={r.membersStudied} required={r.membersRequired} label={t('progress.studied')} />,
        },
        {
          title: t('progress.essays'),
          key: 'essays',
          render: (_, r) => <Share done={r.essaysSubmitted} required={r.essaysRequired} label={t('progress.essays')} />,
        },
        { title: t('progress.pending'), dataIndex: 'membersPending', align: 'right' },
        { title: t('progress.exempt'), dataIndex: 'membersExempt', align: 'right' },
      ]}
    />
  );
}
