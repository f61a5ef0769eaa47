import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Space, Spin, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '../../i18n';
import { useAccess } from '../kit/access';
import { gql } from '../kit/api';
import { useRemote } from '../kit/use-remote';
import { PICKER_FORMAT, formatDate, toApiDate } from '../kit/dates';
import { FormModal } from '../kit/FormModal';
import { OrganisationSelect } from '../kit/OrganisationSelect';
import {
  DISSOLVE_ORGANISATION_MUTATION,
  MOVE_ORGANISATION_MUTATION,
  fetchOrganisationDetail,
  type OrganisationDetail,
} from './organisation-admin-api';

type Office = OrganisationDetail['offices'][number];

/**
 * The record of the selected organisation: parent, agency, term, members, committee offices,
 * and for organisation writers the move (new parent) and dissolve actions, both confirmed in a
 * dialog; the API's refusals show on the field they name, or above the form.
 */
export function OrganisationAdminPanel({ organisationId, onChanged }: { organisationId: string; onChanged?: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const canWrite = useAccess().can('organisation.write');
  const [dialog, setDialog] = useState<'move' | 'dissolve' | null>(null);

  const { data: org, error, reload: load } = useRemote(() => fetchOrganisationDetail(organisationId), [organisationId]);

  const done = (text: string) => {
    message.success(text);
    setDialog(null);
    load();
    onChanged?.();
  };

  return (
    <Card size="small" title={<Typography.Title level={5} style={{ margin: 0 }}>{t('orgAdmin.title')}</Typography.Title>} role="region" aria-label={t('orgAdmin.title')}>
      {error && <Alert type="error" showIcon title={t('common.error')} description={error} />}
      {!error && (!org || org.id !== organisationId) && <Spin description={t('common.loading')} />}
      {!error && org && org.id === organisationId && (
        <>
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'parent', label: t('orgAdmin.parent'), children: org.parent ? `${org.parent.code} — ${org.parent.name}` : '—' },
              { key: 'agency', label: t('orgAdmin.agency'), children: org.agency ?? '—' },
              { key: 'active', label: t('orgAdmin.activeFrom'), children: formatDate(org.activeFrom) },
              {
                key: 'term',
                label: t('orgAdmin.term'),
                children: org.termStart ? `${formatDate(org.termStart)} – ${formatDate(org.termEnd)}` : '—',
              },
              { key: 'members', label: t('orgAdmin.members'), children: org.memberCount },
            ]}
          />
          <section aria-label={t('orgAdmin.offices')}>
            <Typography.Title level={5}>{t('orgAdmin.offices')}</Typography.Title>
            <Table<Office>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={org.offices}
              locale={{ emptyText: t('orgAdmin.noOffices') }}
              columns={[
                { title: t('orgAdmin.office'), dataIndex: 'office', render: (o: Office['office']) => t(`orgAdmin.office.${o}`) },
                { title: t('orgAdmin.holder'), dataIndex: 'memberName' },
                { title: t('orgAdmin.since'), dataIndex: 'startDate', render: (d: string) => formatDate(d) },
              ]}
            />
          </section>
          {canWrite && !org.dissolvedOn && org.depth > 0 && (
            <Space style={{ marginTop: 12 }}>
              <Button onClick={() => setDialog('move')}>{t('orgAdmin.move')}</Button>
              <Button danger onClick={() => setDialog('dissolve')}>
                {t('orgAdmin.dissolve')}
              </Button>
            </Space>
          )}
          <FormModal<{ newParentId: string }>
            open={dialog === 'move'}
            title={t('orgAdmin.move.title', { name: org.name })}
            okText={t('orgAdmin.move.confirm')}
            fields={['newParentId']}
            onCancel={() => setDialog(null)}
            onSubmit={async (v) => {
              await gql(MOVE_ORGANISATION_MUTATION, { id: org.id, input: { newParentId: v.newParentId } });
              done(t('orgAdmin.moved'));
            }}
          >
            <Form.Item name="newParentId" label={t('orgAdmin.move.parent')} rules={[{ required: true, message: t('kit.required') }]}>
              <OrganisationSelect ariaLabel={t('orgAdmin.move.parent')} exclude={[org.id, org.parent?.id ?? '']} />
            </Form.Item>
          </FormModal>
          <FormModal<{ dissolvedOn: Dayjs }>
            open={dialog === 'dissolve'}
            title={t('orgAdmin.dissolve.title', { name: org.name })}
            okText={t('orgAdmin.dissolve.confirm')}
            fields={['dissolvedOn']}
            initialValues={{ dissolvedOn: dayjs() }}
            onCancel={() => setDialog(null)}
            onSubmit={async (v) => {
              await gql(DISSOLVE_ORGANISATION_MUTATION, { id: org.id, input: { dissolvedOn: toApiDate(v.dissolvedOn) ?? '' } });
              done(t('orgAdmin.dissolved'));
            }}
          >
            <Alert type="warning" showIcon title={t('orgAdmin.dissolve.warning')} style={{ marginBottom: 12 }} />
            <Form.Item name="dissolvedOn" label={t('orgAdmin.dissolve.date')} rules={[{ required: true, message: t('kit.required') }]}>
              <DatePicker format={PICKER_FORMAT} />
            </Form.Item>
          </FormModal>
        </>
      )}
    </Card>
  );
}
