import { Alert, Button, Card, Checkbox, Col, Drawer, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { useAccess } from '../kit/access';
import { errorText } from '../kit/api';
import { formatDate } from '../kit/dates';
import { OrganisationSelect } from '../kit/OrganisationSelect';
import { MemberDetailPanel } from './MemberDetailPanel';
import { MemberImport } from './MemberImport';
import { MEMBER_FLAGS, fetchMembers, type MemberFilters, type MemberFlag, type MemberRow } from './members-api';

export const MEMBER_SEARCH_DEBOUNCE_MS = 300;

interface ListState {
  rows: MemberRow[];
  endCursor: string | null;
  hasNextPage: boolean;
  loading: boolean;
  error: string | null;
}

/** Members of the user's scope: diacritic-free search, filters, detail with history, transfer and CSV import. */
export function MembersPage() {
  const t = useT();
  const access = useAccess();
  const canWrite = access.can('member.write');
  const [search, setSearch] = useState('');
  // search starts as '' so the debounced copy of the box does not reload the first page.
  const [filters, setFilters] = useState<MemberFilters>({ search: '' });
  const [list, setList] = useState<ListState>({ rows: [], endCursor: null, hasNextPage: false, loading: true, error: null });
  const [selected, setSelected] = useState<string | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const request = useRef(0);

  // Debounce the search box into the filters.
  useEffect(() => {
    const timer = setTimeout(() => setFilters((f) => (f.search === search ? f : { ...f, search })), MEMBER_SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search]);

  const load = useCallback(
    (after: string | null) => {
      const id = ++request.current;
      setList((l) => ({ ...l, loading: true, error: null }));
      fetchMembers(filters, after).then(
        (page) => {
          if (id !== request.current) return;
          setList((l) => ({
            rows: after ? [...l.rows, ...page.nodes] : page.nodes,
            endCursor: page.pageInfo.endCursor,
            hasNextPage: page.pageInfo.hasNextPage,
            loading: false,
            error: null,
          }));
        },
        (error: unknown) => id === request.current && setList((l) => ({ ...l, loading: false, error: errorText(error) })),
      );
    },
    [filters],
  );
  useEffect(() => load(null), [load]);

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('members.title')}
        </Typography.Title>
      }
      extra={canWrite && <Button onClick={() => setImportOpen(true)}>{t('members.import.open')}</Button>}
    >
      <Row gutter={[12, 12]} role="search" aria-label={t('members.search.label')}>
        <Col xs={24} md={8}>
          <Input
            type="search"
            allowClear
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={t('members.search.placeholder')}
            aria-label={t('members.search.label')}
          />
        </Col>
        <Col xs={24} md={8}>
          <OrganisationSelect
            ariaLabel={t('members.filter.organisation')}
            allowClear
            value={filters.withinId ?? null}
            onChange={(withinId) => setFilters((f) => ({ ...f, withinId }))}
            style={{ width: '100%' }}
          />
        </Col>
        <Col xs={24} md={8}>
          <Select
            aria-label={t('members.filter.standing')}
            allowClear
            placeholder={t('members.filter.standing')}
            style={{ width: '100%' }}
            value={filters.standing ?? undefined}
            onChange={(standing?: 'OFFICIAL' | 'PROBATIONARY') => setFilters((f) => ({ ...f, standing: standing ?? null }))}
            options={(['OFFICIAL', 'PROBATIONARY'] as const).map((s) => ({ value: s, label: t(`members.standing.${s}`) }))}
          />
        </Col>
        <Col span={24}>
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend style={{ fontSize: 14, marginBottom: 4 }}>{t('members.filter.flags')}</legend>
            <Checkbox.Group<MemberFlag>
              value={filters.flags ?? []}
              onChange={(flags) => setFilters((f) => ({ ...f, flags }))}
              options={MEMBER_FLAGS.map((flag) => ({ value: flag, label: t(`members.flag.${flag}`) }))}
            />
          </fieldset>
        </Col>
      </Row>
      {list.error && <Alert type="error" showIcon title={t('common.error')} description={list.error} style={{ marginTop: 12 }} />}
      <Table<MemberRow>
        style={{ marginTop: 16 }}
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={list.rows}
        pagination={false}
        locale={{ emptyText: t('members.none') }}
        aria-label={t('members.title')}
        onRow={(m) => ({ onClick: () => setSelected(m.id) })}
        columns={[
          {
            title: t('members.col.name'),
            dataIndex: 'fullName',
            render: (name: string, m) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setSelected(m.id)}>
                {name}
              </Button>
            ),
          },
          { title: t('members.col.card'), dataIndex: 'cardNumber' },
          { title: t('members.col.birthDate'), dataIndex: 'birthDate', render: (d: string) => formatDate(d) },
          { title: t('members.col.standing'), dataIndex: 'standing', render: (s: MemberRow['standing']) => t(`members.standing.${s}`) },
          {
            title: t('members.col.organisation'),
            key: 'org',
            render: (_, m) => (m.organisation ? `${m.organisation.code} — ${m.organisation.name}` : ''),
          },
          {
            title: t('members.col.flags'),
            key: 'flags',
            render: (_, m) => (
              <Space size={[0, 4]} wrap>
                {MEMBER_FLAGS.filter((f) => m[f]).map((f) => (
                  <Tag key={f}>{t(`members.flag.${f}`)}</Tag>
                ))}
              </Space>
            ),
          },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 8 }} loading={list.loading} onClick={() => load(list.endCursor)}>
          {t('kit.loadMore')}
        </Button>
      )}
      <Drawer open={!!selected} size={640} onClose={() => setSelected(null)} title={t('members.detail.title')} destroyOnHidden>
        {selected && <MemberDetailPanel memberId={selected} canWrite={canWrite} onChanged={() => load(null)} />}
      </Drawer>
      <Drawer open={importOpen} size={720} onClose={() => setImportOpen(false)} title={t('members.import.open')} destroyOnHidden>
        <MemberImport onImported={() => load(null)} />
      </Drawer>
    </Card>
  );
}
