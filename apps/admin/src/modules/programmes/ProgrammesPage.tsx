import { WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Drawer, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n';
import { useAccess } from '../kit/access';
import { gql } from '../kit/api';
import { useRemote } from '../kit/use-remote';
import { LoadMoreButton, usePaged } from '../kit/use-paged';
import { CampaignSelect } from '../kit/CampaignSelect';
import { formatDate } from '../kit/dates';
import { FormModal } from '../kit/FormModal';
import { OrganisationSelect } from '../kit/OrganisationSelect';
import { ProgrammeDetail } from './ProgrammeDetail';
import { CREATE_PROGRAMME_MUTATION, fetchMissingProgrammes, fetchProgrammes, type ProgrammeSummary } from './programmes-api';

type MissingRow = Awaited<ReturnType<typeof fetchMissingProgrammes>>[number];

const STATUSES = ['DRAFT', 'DISCUSSED', 'ISSUED', 'EVALUATED'] as const;

/** Action programmes (chương trình hành động) of the committees in scope, per campaign. */
export function ProgrammesPage() {
  const t = useT();
  const access = useAccess();
  const canWrite = access.can('actionProgramme.write');
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  // Committees below the top of the user's scope that owe a programme for the campaign.
  const scope = access.scopesFor('actionProgramme.read')[0] ?? null;
  const missing = useRemote(
    campaignId && scope ? () => fetchMissingProgrammes(campaignId, scope.id) : null,
    [campaignId, scope?.id],
  );
  const programmes = usePaged(campaignId ? (after) => fetchProgrammes(campaignId, status, after) : null, [campaignId, status]);
  const { error, loading, reload: load, rows } = programmes;

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('programmes.title')}
        </Typography.Title>
      }
      extra={
        canWrite && campaignId && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('programmes.create')}
          </Button>
        )
      }
    >
      <Space wrap>
        <CampaignSelect ariaLabel={t('programmes.campaign')} value={campaignId} onChange={setCampaignId} />
        <Select
          aria-label={t('programmes.filter.status')}
          placeholder={t('programmes.filter.status')}
          allowClear
          value={status ?? undefined}
          onChange={(v?: string) => setStatus(v ?? null)}
          options={STATUSES.map((s) => ({ value: s, label: t(`programmes.status.${s}`) }))}
          style={{ minWidth: 180 }}
        />
      </Space>
      {error && <Alert type="error" showIcon title={t('common.error')} description={error} style={{ marginTop: 12 }} />}
      <Table<ProgrammeSummary>
        style={{ marginTop: 16 }}
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('programmes.none') }}
        columns={[
          { title: t('programmes.col.committee'), dataIndex: 'organisationName' },
          {
            title: t('programmes.col.title'),
            dataIndex: 'title',
            render: (title: string, p) => (
              <Button type="link" style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }} onClick={() => setSelected(p.id)}>
                {title}
              </Button>
            ),
          },
          { title: t('kit.status'), dataIndex: 'status', render: (s: ProgrammeSummary['status']) => <Tag>{t(`programmes.status.${s}`)}</Tag> },
          { title: t('programmes.col.issuedOn'), dataIndex: 'issuedOn', render: (d: string | null) => formatDate(d) },
        ]}
      />
      <LoadMoreButton paged={programmes} />
      {scope && campaignId && (
        <section aria-label={t('programmes.missing')} style={{ marginTop: 24 }}>
          <Typography.Title level={4}>{t('programmes.missing')}</Typography.Title>
          {missing.error && <Alert type="error" showIcon title={t('common.error')} description={missing.error} />}
          <Table<MissingRow>
            size="small"
            rowKey="organisationId"
            loading={missing.loading}
            dataSource={missing.data ?? []}
            pagination={false}
            locale={{ emptyText: t('programmes.missing.none') }}
            columns={[
              { title: t('programmes.col.committee'), key: 'org', render: (_, m) => `${m.organisationCode} — ${m.organisationName}` },
              { title: t('programmes.missing.state'), dataIndex: 'state', render: (s: MissingRow['state']) => t(`programmes.missing.${s}`) },
              {
                title: t('programmes.missing.due'),
                key: 'due',
                render: (_, m) => (
                  <>
                    {formatDate(m.dueOn)}{' '}
                    {m.overdue && (
                      <Tag icon={<WarningOutlined aria-hidden />} color="error">
                        {t('programmes.missing.overdue')}
                      </Tag>
                    )}
                  </>
                ),
              },
            ]}
          />
        </section>
      )}
      <Drawer open={!!selected} size={900} onClose={() => setSelected(null)} title={t('programmes.detail.title')} destroyOnHidden>
        {selected && <ProgrammeDetail programmeId={selected} canWrite={canWrite} onChanged={load} />}
      </Drawer>
      {campaignId && (
        <FormModal<{ organisationId: string; title: string }>
          open={creating}
          title={t('programmes.create')}
          fields={['organisationId', 'title']}
          onCancel={() => setCreating(false)}
          onSubmit={async (v) => {
            const created = await gql(CREATE_PROGRAMME_MUTATION, { input: { campaignId, organisationId: v.organisationId, title: v.title.trim() } });
            setCreating(false);
            load();
            setSelected(created.createActionProgramme.id);
          }}
        >
          <Form.Item name="organisationId" label={t('programmes.create.committee')} rules={[{ required: true, message: t('kit.required') }]}>
            <OrganisationSelect ariaLabel={t('programmes.create.committee')} />
          </Form.Item>
          <Form.Item name="title" label={t('programmes.col.title')} rules={[{ required: true, whitespace: true, message: t('kit.required') }]}>
            <Input maxLength={500} />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}
