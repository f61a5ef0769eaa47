import { Alert, App, Button, Calendar, Card, Col, DatePicker, Empty, Form, Input, InputNumber, Radio, Row, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '../../i18n';
import { useAccess } from '../kit/access';
import { gql } from '../kit/api';
import { useRemote } from '../kit/use-remote';
import { PICKER_FORMAT, formatDate, toApiDate } from '../kit/dates';
import { FormModal } from '../kit/FormModal';
import { OrganisationSelect } from '../kit/OrganisationSelect';
import { RECORD_MEETING_MUTATION, fetchCalendar, type Meeting, type MeetingCalendar } from './cell-life-api';

const MONTH_COLOUR: Record<string, string> = { ON_TIME: 'success', LATE: 'warning', MISSED: 'error', PENDING: 'processing' };
const QUARTER_COLOUR: Record<string, string> = { OK: 'success', FLAGGED: 'error', PENDING: 'processing' };

/** A cell's meetings (sinh hoạt chi bộ) on a calendar with the monthly and quarterly compliance, and recording a meeting. */
export function CellMeetingsPage() {
  const t = useT();
  const { message } = App.useApp();
  const canWrite = useAccess().can('cellMeeting.write');
  const [cellId, setCellId] = useState<string | null>(null);
  const [year, setYear] = useState(dayjs().year());
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const [recording, setRecording] = useState(false);
  const remote = useRemote<{ calendar: MeetingCalendar; meetings: Meeting[] }>(
    cellId ? () => fetchCalendar(cellId, year).then((d) => ({ calendar: d.cellMeetingCalendar, meetings: d.cellMeetings.nodes })) : null,
    [cellId, year],
  );
  const { data, error, reload: load } = remote;

  const meetingsOn = (day: Dayjs) => (data?.meetings ?? []).filter((m) => m.heldOn === day.format('YYYY-MM-DD'));

  return (
    <Card
      title={<Typography.Title level={3} style={{ margin: 0 }}>{t('cell.title')}</Typography.Title>}
      extra={
        canWrite &&
        cellId && (
          <Button type="primary" onClick={() => setRecording(true)}>
            {t('cell.record')}
          </Button>
        )
      }
    >
      <Space wrap>
        <OrganisationSelect ariaLabel={t('cell.pick')} value={cellId} onChange={setCellId} />
        <InputNumber
          aria-label={t('cell.year')}
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => {
            if (!v) return;
            setYear(v);
            setMonth((m) => m.year(v));
          }}
        />
      </Space>
      {error && <Alert type="error" showIcon title={t('common.error')} description={error} style={{ marginTop: 12 }} />}
      {!cellId && <Empty description={t('cell.pickFirst')} style={{ marginTop: 24 }} />}
      {cellId && data && (
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          <Col xs={24} xl={16}>
            <section aria-label={t('cell.calendar')}>
              <Calendar
                value={month}
                headerRender={({ value, onChange }) => (
                  // Our own header: antd's default year/month selects have no accessible name.
                  <Space style={{ padding: 8 }}>
                    <Select
                      aria-label={t('cell.calendarMonth')}
                      value={value.month()}
                      onChange={(m: number) => onChange(value.month(m))}
                      options={Array.from({ length: 12 }, (_, m) => ({ value: m, label: t('cell.month', { month: m + 1 }) }))}
                      style={{ minWidth: 120 }}
                    />
                    <Typography.Text strong>{value.year()}</Typography.Text>
                  </Space>
                )}
                onChange={(d) => setMonth(d)}
                onPanelChange={(d) => {
                  setMonth(d);
                  if (d.year() !== year) setYear(d.year());
                }}
                cellRender={(current, info) => {
                  if (info.type !== 'date') return info.originNode;
                  return (
                    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                      {meetingsOn(current).map((m) => (
                        <li key={m.id}>
                          <Tag color={m.kind === 'THEMATIC' ? 'purple' : 'blue'} title={m.topic}>
                            {t(`cell.kind.${m.kind}`)}: {m.topic}
                          </Tag>
                        </li>
                      ))}
                    </ul>
                  );
                }}
              />
            </section>
          </Col>
          <Col xs={24} xl={8}>
            <section aria-label={t('cell.compliance')}>
              <Typography.Title level={5}>{t('cell.compliance')}</Typography.Title>
              <ul style={{ listStyle: 'none', padding: 0 }}>
                {data.calendar.months.map((m) => (
                  <li key={m.month} style={{ marginBottom: 4 }}>
                    {t('cell.month', { month: Number(m.month.slice(5)) })}:{' '}
                    <Tag color={MONTH_COLOUR[m.state]}>{t(`cell.state.${m.state}`)}</Tag>
                    {m.heldOn && <Typography.Text type="secondary">{formatDate(m.heldOn)}</Typography.Text>}
                  </li>
                ))}
              </ul>
            </section>
            <section aria-label={t('cell.quarters')}>
              <Typography.Title level={5}>{t('cell.quarters')}</Typography.Title>
              <ul style={{ listStyle: 'none', padding: 0 }}>
                {data.calendar.quarters.map((q) => (
                  <li key={q.quarter} style={{ marginBottom: 4 }}>
                    {t('cell.quarter', { quarter: q.quarter })}: <Tag color={QUARTER_COLOUR[q.state]}>{t(`cell.qstate.${q.state}`)}</Tag>
                  </li>
                ))}
              </ul>
            </section>
          </Col>
        </Row>
      )}
      {cellId && (
        <FormModal<{ kind: 'REGULAR' | 'THEMATIC'; heldOn: Dayjs; topic: string; conclusion: string }>
          open={recording}
          title={t('cell.record')}
          fields={['kind', 'heldOn', 'topic', 'conclusion']}
          initialValues={{ kind: 'REGULAR', heldOn: dayjs() }}
          onCancel={() => setRecording(false)}
          onSubmit={async (v) => {
            await gql(RECORD_MEETING_MUTATION, {
              input: { organisationId: cellId, kind: v.kind, heldOn: toApiDate(v.heldOn) ?? '', topic: v.topic.trim(), conclusion: v.conclusion.trim() },
            });
            message.success(t('cell.recorded'));
            setRecording(false);
            load();
          }}
        >
          <Form.Item name="kind" label={t('cell.record.kind')}>
            <Radio.Group
              options={[
                { value: 'REGULAR', label: t('cell.kind.REGULAR') },
                { value: 'THEMATIC', label: t('cell.kind.THEMATIC') },
              ]}
            />
          </Form.Item>
          <Form.Item name="heldOn" label={t('cell.record.heldOn')} rules={[{ required: true, message: t('kit.required') }]}>
            <DatePicker format={PICKER_FORMAT} />
          </Form.Item>
          <Form.Item name="topic" label={t('cell.record.topic')} rules={[{ required: true, whitespace: true, message: t('kit.required') }]}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="conclusion" label={t('cell.record.conclusion')} rules={[{ required: true, whitespace: true, message: t('kit.required') }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}
