import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Skeleton, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useCurrentUser } from '../../app/current-user';
import { gql } from '../../graphql/client';
import type { StudyFormat } from '../../graphql/generated/graphql';
import { useT } from '../../i18n';
import { errorText, fieldProblems } from '../kit/api';
import { PICKER_FORMAT } from '../kit/dates';
import { OrganisationSelect } from '../kit/OrganisationSelect';
import { apiFieldToName } from '../campaigns/campaign-rules';
import { CREATE_SESSION_MUTATION } from './graphql';

interface Values {
  title: string;
  organiserOrganisationId: string | null;
  startsAt: Dayjs | null;
  durationMinutes: number;
  format: StudyFormat;
  venue?: string;
  isMakeup: boolean;
  connectionPoints: Array<{ hostOrganisationId: string | null; place: string }>;
}

const FORMATS: StudyFormat[] = ['IN_PERSON', 'ONLINE', 'HYBRID', 'LIVE_BROADCAST'];

/** Plans a session of an issued campaign: organiser, time, format, venue and connection points (điểm cầu). */
export function SessionForm({ campaignId, onCreated }: { campaignId: string; onCreated: (id: string) => void }) {
  const t = useT();
  const user = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const format = Form.useWatch('format', form);
  const required = (key: Parameters<typeof t>[0]) => [{ required: true, message: t('session.form.required', { field: t(key).toLowerCase() }) }];
  const online = format === 'ONLINE' || format === 'HYBRID';

  const submit = async (v: Values) => {
    setSaving(true);
    setFormError(null);
    try {
      const { createStudySession } = await gql(CREATE_SESSION_MUTATION, {
        input: {
          campaignId,
          title: v.title.trim(),
          organiserOrganisationId: v.organiserOrganisationId as string,
          startsAt: (v.startsAt as Dayjs).toISOString(),
          durationMinutes: v.durationMinutes,
          format: v.format,
          venue: v.venue?.trim() || null,
          isMakeup: v.isMakeup,
          connectionPoints: online
            ? (v.connectionPoints ?? []).map((p) => ({ hostOrganisationId: p.hostOrganisationId as string, place: p.place.trim() }))
            : [],
        },
      });
      onCreated(createStudySession.id);
    } catch (e) {
      const fields = fieldProblems(e);
      if (fields.length) form.setFields(fields.map((f) => ({ name: apiFieldToName(f.field) as never, errors: f.messages })));
      setFormError(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  // The issuer defaults to the top of the user's scope: wait for the roles.
  if (user.status === 'loading') return <Skeleton active />;

  return (
    <Form<Values>
      form={form}
      name="session"
      layout="vertical"
      onFinish={(v) => void submit(v)}
      initialValues={{
        organiserOrganisationId: user.scopeRoots[0]?.id ?? null,
        durationMinutes: 240,
        format: 'IN_PERSON',
        isMakeup: false,
        connectionPoints: [],
      }}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} role="alert" />}
      <Form.Item name="title" label={t('session.field.title')} rules={required('session.field.title')}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="organiserOrganisationId" label={t('session.field.organiser')} rules={required('session.field.organiser')}>
        <OrganisationSelect ariaLabel={t('session.field.organiser')} initial={user.scopeRoots} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item name="startsAt" label={t('session.field.startsAt')} rules={required('session.field.startsAt')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format={`${PICKER_FORMAT} HH:mm`} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={7}>
          <Form.Item name="durationMinutes" label={t('session.field.duration')} rules={required('session.field.duration')}>
            <InputNumber min={15} max={1440} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={7}>
          <Form.Item name="isMakeup" label={t('session.field.makeup')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item name="format" label={t('session.field.format')}>
            <Select aria-label={t('session.field.format')} options={FORMATS.map((f) => ({ value: f, label: t(`campaign.format.${f}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item name="venue" label={t('session.field.venue')}>
            <Input maxLength={300} />
          </Form.Item>
        </Col>
      </Row>
      {online && (
        <Form.List name="connectionPoints">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item name={[field.name, 'hostOrganisationId']} label={t('session.field.pointHost')} rules={required('session.field.pointHost')}>
                    <OrganisationSelect ariaLabel={t('session.field.pointHost')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'place']} label={t('session.field.pointPlace')} rules={required('session.field.pointPlace')}>
                    <Input style={{ width: 260 }} />
                  </Form.Item>
                  <Form.Item label=" ">
                    <Button type="text" icon={<MinusCircleOutlined />} aria-label="−" onClick={() => remove(field.name)} />
                  </Form.Item>
                </Space>
              ))}
              <Form.Item>
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ hostOrganisationId: null, place: '' })}>
                  {t('session.field.addPoint')}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
      )}
      <Button type="primary" htmlType="submit" loading={saving}>
        {t('session.form.create')}
      </Button>
    </Form>
  );
}
