import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Select, Space, Spin, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '../../i18n';
import { useAccess } from '../kit/access';
import { gql } from '../kit/api';
import { useRemote } from '../kit/use-remote';
import { PICKER_FORMAT, formatDate, toApiDate } from '../kit/dates';
import { FormModal } from '../kit/FormModal';
import { MemberSelect } from '../kit/MemberSelect';
import { OrganisationSelect } from '../kit/OrganisationSelect';
import {
  ASSIGN_OFFICE_MUTATION,
  DISSOLVE_ORGANISATION_MUTATION,
  END_OFFICE_MUTATION,
  MOVE_ORGANISATION_MUTATION,
  fetchOrganisationDetail,
  type OrganisationDetail,
} from './organisation-admin-api';

type Office = OrganisationDetail['offices'][number];
const OFFICES: Array<Office['office']> = ['SECRETARY', 'DEPUTY_SECRETARY', 'STANDING_COMMITTEE', 'COMMITTEE_MEMBER'];

/**
 * The record of the selected organisation: parent, agency, term, members, committee offices,
 * and for organisation writers the move (new parent) and dissolve actions, both confirmed in a
 * dialog; the API's refusals show on the field they name, or above the form.
 */
export function OrganisationAdminPanel({ organisationId, onChanged }: { organisationId: string; onChanged?: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const canWrite = useAccess().can('organisation.write');
  const [dialog, setDialog] = useState<'move' | 'dissolve' | 'assign' | null>(null);
  const [ending, setEnding] = useState<Office | null>(null);

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
                ...(canWrite && !org.dissolvedOn
                  ? [
                      {
                        title: t('kit.actions'),
                        key: 'actions',
                        render: (_: unknown, o: Office) => (
                          <Button size="small" onClick={() => setEnding(o)} aria-label={`${t('orgAdmin.office.end')} — ${o.memberName}`}>
                            {t('orgAdmin.office.end')}
                          </Button>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            {canWrite && !org.dissolvedOn && (
              <Button size="small" style={{ marginTop: 8 }} onClick={() => setDialog('assign')}>
                {t('orgAdmin.office.assign')}
              </Button>
            )}
          </section>
          {canWrite && !org.dissolvedOn && org.depth > 0 && (
            <Space style={{ marginTop: 12 }}>
              <Button onClick={() => setDialog('move')}>{t('orgAdmin.move')}</Button>
              <Button danger onClick={() => setDialog('dissolve')}>
                {t('orgAdmin.dissolve')}
              </Button>
            </Space>
          )}
          <FormModal<{ office: Office['office']; memberId: string; startDate: Dayjs }>
            open={dialog === 'assign'}
            title={t('orgAdmin.office.assign')}
            fields={['office', 'memberId', 'startDate']}
            initialValues={{ office: 'COMMITTEE_MEMBER', startDate: dayjs() }}
            onCancel={() => setDialog(null)}
            onSubmit={async (v) => {
              await gql(ASSIGN_OFFICE_MUTATION, {
                organisationId: org.id,
                input: { office: v.office, memberId: v.memberId, startDate: toApiDate(v.startDate) ?? '' },
              });
              done(t('orgAdmin.office.saved'));
            }}
          >
            <Form.Item name="office" label={t('orgAdmin.office')}>
              <Select options={OFFICES.map((o) => ({ value: o, label: t(`orgAdmin.office.${o}`) }))} />
            </Form.Item>
            <Form.Item name="memberId" label={t('orgAdmin.office.member')} rules={[{ required: true, message: t('kit.required') }]}>
              <MemberSelect ariaLabel={t('orgAdmin.office.member')} withinId={org.id} />
            </Form.Item>
            <Form.Item name="startDate" label={t('orgAdmin.office.startDate')} rules={[{ required: true, message: t('kit.required') }]}>
              <DatePicker format={PICKER_FORMAT} />
            </Form.Item>
          </FormModal>
          {ending && (
            <FormModal<{ endDate: Dayjs }>
              open
              title={t('orgAdmin.office.endTitle', { office: t(`orgAdmin.office.${ending.office}`), name: ending.memberName })}
              fields={['endDate']}
              initialValues={{ endDate: dayjs() }}
              onCancel={() => setEnding(null)}
              onSubmit={async (v) => {
                await gql(END_OFFICE_MUTATION, { id: ending.id, input: { endDate: toApiDate(v.endDate) ?? '' } });
                setEnding(null);
                done(t('orgAdmin.office.saved'));
              }}
            >
              <Form.Item name="endDate" label={t('orgAdmin.office.endDate')} rules={[{ required: true, message: t('kit.required') }]}>
                <DatePicker format={PICKER_FORMAT} />
              </Form.Item>
            </FormModal>
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
