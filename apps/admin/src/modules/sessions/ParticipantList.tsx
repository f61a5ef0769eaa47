import { Alert, App, Button, Checkbox, Dropdown, Input, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { gql } from '../../graphql/client';
import type { AttendanceStatus, SessionParticipantListQuery } from '../../graphql/generated/graphql';
import { useT } from '../../i18n';
import { errorText } from '../kit/api';
import { formatDateTime } from '../kit/dates';
import { MARK_ATTENDANCE_MUTATION, PARTICIPANTS_QUERY } from './graphql';

type Row = SessionParticipantListQuery['sessionParticipants']['nodes'][number];
const MARKS: AttendanceStatus[] = ['PRESENT', 'LATE', 'LEFT_EARLY', 'EXCUSED', 'UNEXCUSED'];
const COLOUR: Record<AttendanceStatus, string> = { PRESENT: 'green', LATE: 'gold', LEFT_EARLY: 'orange', EXCUSED: 'blue', UNEXCUSED: 'red' };

export function AttendanceTag({ status }: { status: AttendanceStatus | null }) {
  const t = useT();
  if (!status) return <Tag>{t('session.detail.notMarked')}</Tag>;
  return <Tag color={COLOUR[status]}>{t(`attendance.${status}`)}</Tag>;
}

/**
 * The participant list (danh sách học viên) with diacritics-free search and secretary bulk
 * marking: select members, pick a status; after the session closed a correction reason is asked.
 */
export function ParticipantList({ sessionId, closed, canMark, onMarked }: { sessionId: string; closed: boolean; canMark: boolean; onMarked?: () => void }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [search, setSearch] = useState('');
  const [unmarkedOnly, setUnmarkedOnly] = useState(false);
  const [rows, setRows] = useState<Row[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [marking, setMarking] = useState(false);

  const load = useCallback(() => {
    setLoading(true);
    return gql(PARTICIPANTS_QUERY, { sessionId, search: search.trim() || null, unmarked: unmarkedOnly || null }).then(
      (d) => {
        setRows(d.sessionParticipants.nodes);
        setTotal(d.sessionParticipants.totalCount ?? null);
        setError(null);
        setLoading(false);
      },
      (e) => {
        setError(errorText(e));
        setLoading(false);
      },
    );
  }, [sessionId, search, unmarkedOnly]);

  useEffect(() => {
    const timer = setTimeout(() => void load(), 250);
    return () => clearTimeout(timer);
  }, [load]);

  const mark = async (status: AttendanceStatus, reason: string | null) => {
    setMarking(true);
    try {
      const res = await gql(MARK_ATTENDANCE_MUTATION, {
        sessionId,
        input: { marks: selected.map((memberId) => ({ memberId, status })), correctionReason: closed ? reason : null },
      });
      void message.success(t('session.detail.marked', { count: res.markAttendance.marked }));
      setSelected([]);
      await load();
      onMarked?.();
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setMarking(false);
    }
  };

  const ask = (status: AttendanceStatus) => {
    if (!closed) return void mark(status, null);
    let reason = '';
    modal.confirm({
      title: t('session.detail.correctionReason'),
      content: <Input.TextArea aria-label={t('session.detail.correctionReason')} onChange={(e) => (reason = e.target.value)} rows={3} />,
      onOk: () => mark(status, reason.trim() || null),
    });
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Input.Search
          allowClear
          aria-label={t('session.detail.search')}
          placeholder={t('session.detail.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 340 }}
        />
        <Checkbox checked={unmarkedOnly} onChange={(e) => setUnmarkedOnly(e.target.checked)}>
          {t('session.detail.unmarkedOnly')}
        </Checkbox>
        {canMark && (
          <Dropdown
            disabled={selected.length === 0}
            menu={{ items: MARKS.map((m) => ({ key: m, label: t(`attendance.${m}`) })), onClick: ({ key }) => ask(key as AttendanceStatus) }}
          >
            <Button loading={marking} disabled={selected.length === 0}>
              {t('session.detail.markAs')} ({t('session.detail.selected', { count: selected.length })})
            </Button>
          </Dropdown>
        )}
        {total !== null && <Typography.Text type="secondary">{total}</Typography.Text>}
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      <Table<Row>
        rowKey="memberId"
        size="small"
        loading={loading}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        rowSelection={canMark ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) } : undefined}
        columns={[
          { title: t('session.detail.member'), dataIndex: 'fullName' },
          { title: t('session.detail.card'), dataIndex: 'cardNumber' },
          { title: t('session.detail.org'), dataIndex: 'organisationName' },
          { title: t('session.detail.checkedInAt'), dataIndex: 'checkedInAt', render: (v: string | null) => formatDateTime(v) },
          { title: t('session.detail.status'), dataIndex: 'status', render: (s: AttendanceStatus | null) => <AttendanceTag status={s} /> },
          { title: t('session.detail.reason'), dataIndex: 'statusReason' },
        ]}
      />
    </Space>
  );
}
