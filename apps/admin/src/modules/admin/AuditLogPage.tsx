import { Alert, Button, Card, Col, DatePicker, Input, Row, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { errorText } from '../kit/api';
import { PICKER_FORMAT, formatDateTime } from '../kit/dates';
import { fetchAudit, fetchUsers, type AuditFilters, type AuditRow } from './admin-api';

type ServerFilters = AuditFilters;

const NO_FILTERS: ServerFilters = { actorUserId: null, entityType: null, entityId: null, action: null, from: null, to: null };

/** Exact action names typed in one box, separated by commas or spaces; none = every action. */
function parseActions(text: string): string[] | null {
  const names = [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
  return names.length ? names : null;
}

function UserFilter({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const t = useT();
  const [options, setOptions] = useState<Array<{ value: string; label: string }>>([]);
  const latest = useRef(0);
  const search = (term: string) => {
    const id = ++latest.current;
    fetchUsers(term.trim() || null).then(
      (page) => id === latest.current && setOptions(page.nodes.map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))),
      () => undefined,
    );
  };
  useEffect(() => search(''), []);
  return (
    <Select
      aria-label={t('admin.audit.user')}
      placeholder={t('admin.audit.user')}
      allowClear
      showSearch={{ filterOption: false, onSearch: search }}
      value={value ?? undefined}
      onChange={(v?: string) => onChange(v ?? null)}
      options={options}
      style={{ width: '100%' }}
    />
  );
}

function Change({ row }: { row: AuditRow }) {
  if (row.before == null && row.after == null) return null;
  return (
    <pre style={{ margin: 0, maxWidth: 420, whiteSpace: 'pre-wrap', fontSize: 12 }}>
      {row.before != null && `− ${JSON.stringify(row.before)}\n`}
      {row.after != null && `+ ${JSON.stringify(row.after)}`}
    </pre>
  );
}

/**
 * The audit log of the subtree (nhật ký hệ thống), newest first. Every filter — user, entity type
 * and id, exact action(s), period (calendar days in Asia/Ho_Chi_Minh, both ends included) — is
 * applied by the server, so "load more" pages through the filtered log.
 */
export function AuditLogPage() {
  const t = useT();
  const [server, setServer] = useState<ServerFilters>(NO_FILTERS);
  const [entityType, setEntityType] = useState('');
  const [entityId, setEntityId] = useState('');
  const [action, setAction] = useState('');
  const [rows, setRows] = useState<AuditRow[]>([]);
  const [pageInfo, setPageInfo] = useState<{ hasNextPage: boolean; endCursor: string | null }>({ hasNextPage: false, endCursor: null });
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const request = useRef(0);

  const load = useCallback(
    (after: string | null) => {
      const id = ++request.current;
      setLoading(true);
      fetchAudit(server, after).then(
        (page) => {
          if (id !== request.current) return;
          setRows((prev) => (after ? [...prev, ...page.nodes] : page.nodes));
          setPageInfo(page.pageInfo);
          setError(null);
          setLoading(false);
        },
        (e: unknown) => {
          if (id !== request.current) return;
          setError(errorText(e));
          setLoading(false);
        },
      );
    },
    [server],
  );
  useEffect(() => load(null), [load]);

  const apply = () =>
    setServer((s) => ({ ...s, entityType: entityType.trim() || null, entityId: entityId.trim() || null, action: parseActions(action) }));
  const setRange = (range: [Dayjs | null, Dayjs | null] | null) =>
    setServer((s) => ({ ...s, from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null }));

  return (
    <Card title={<Typography.Title level={3} style={{ margin: 0 }}>{t('admin.audit.title')}</Typography.Title>}>
      <Row gutter={[12, 12]} role="search" aria-label={t('admin.audit.title')}>
        <Col xs={24} md={8}>
          <UserFilter value={server.actorUserId} onChange={(actorUserId) => setServer((s) => ({ ...s, actorUserId }))} />
        </Col>
        <Col xs={12} md={5}>
          <Input aria-label={t('admin.audit.entityType')} placeholder={t('admin.audit.entityType')} value={entityType} onChange={(e) => setEntityType(e.target.value)} onPressEnter={apply} />
        </Col>
        <Col xs={12} md={5}>
          <Input aria-label={t('admin.audit.entityId')} placeholder={t('admin.audit.entityId')} value={entityId} onChange={(e) => setEntityId(e.target.value)} onPressEnter={apply} />
        </Col>
        <Col xs={24} md={6}>
          <Button type="primary" onClick={apply}>
            {t('admin.audit.apply')}
          </Button>
        </Col>
        <Col xs={24} md={8}>
          <Input
            aria-label={t('admin.audit.action')}
            placeholder={t('admin.audit.actionHint')}
            value={action}
            onChange={(e) => setAction(e.target.value)}
            onPressEnter={apply}
            allowClear
          />
        </Col>
        <Col xs={24} md={10}>
          <DatePicker.RangePicker
            format={PICKER_FORMAT}
            onChange={(v) => setRange(v as [Dayjs | null, Dayjs | null] | null)}
            placeholder={[t('admin.audit.from'), t('admin.audit.to')]}
            aria-label={t('admin.audit.dates')}
          />
        </Col>
      </Row>
      {error && <Alert type="error" showIcon title={t('common.error')} description={error} style={{ marginTop: 12 }} />}
      <Table<AuditRow>
        style={{ marginTop: 12 }}
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('admin.audit.none') }}
        columns={[
          { title: t('admin.audit.when'), dataIndex: 'occurredAt', render: (d: string) => formatDateTime(d), width: 150 },
          { title: t('admin.audit.who'), dataIndex: 'actorLabel' },
          { title: t('admin.audit.what'), dataIndex: 'action' },
          { title: t('admin.audit.entity'), key: 'entity', render: (_, r) => `${r.entityType}${r.entityId ? ` ${r.entityId}` : ''}` },
          { title: t('admin.audit.change'), key: 'change', render: (_, r) => <Change row={r} /> },
        ]}
      />
      {pageInfo.hasNextPage && (
        <Button style={{ marginTop: 8 }} loading={loading} onClick={() => load(pageInfo.endCursor)}>
          {t('kit.loadMore')}
        </Button>
      )}
    </Card>
  );
}

