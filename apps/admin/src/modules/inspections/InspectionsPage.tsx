import { Alert, App, Button, Card, DatePicker, Descriptions, Drawer, Form, Input, InputNumber, List, Radio, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { useAccess } from '../kit/access';
import { errorText, gql } from '../kit/api';
import { PICKER_FORMAT, formatDate, toApiDate } from '../kit/dates';
import { FormModal } from '../kit/FormModal';
import { MemberSelect } from '../kit/MemberSelect';
import { OrganisationSelect } from '../kit/OrganisationSelect';
import { useRemote } from '../kit/use-remote';
import {
  ADD_FOLLOW_UP_MUTATION,
  ADD_VIOLATION_MUTATION,
  CREATE_PLAN_MUTATION,
  CREATE_RECORD_MUTATION,
  PUBLISH_PLAN_MUTATION,
  SAMPLE_PLAN_MUTATION,
  fetchPicks,
  fetchPlans,
  fetchRun,
  type InspectionShareBasis,
  type Pick,
  type PlanRow,
  type RecordRow,
  type SamplingRun,
} from './inspections-api';

/** How often a queued sampling run is polled until the worker finishes it. */
export const SAMPLING_POLL_MS = 1000;

interface RecordValues {
  title: string;
  scope: string;
  startedOn: Dayjs;
  endedOn?: Dayjs | null;
  lead: string;
  findings?: string;
  conclusion?: string;
  recommendations?: string;
}

function PlanPanel({ plan, canWrite, onChanged }: { plan: PlanRow; canWrite: boolean; onChanged: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [picks, setPicks] = useState<Pick[] | null>(null);
  const [records, setRecords] = useState<RecordRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [seed, setSeed] = useState<number | null>(null);
  const [run, setRun] = useState<SamplingRun | { id: string; status: string; seed: number; error?: null; summary?: null } | null>(null);
  const [recording, setRecording] = useState<Pick | null>(null);
  const [adding, setAdding] = useState<{ kind: 'violation' | 'followUp'; record: RecordRow } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const load = useCallback(() => {
    fetchPicks(plan.id).then(
      (d) => {
        setPicks(d.inspectionPicks);
        setRecords(d.inspectionRecords.nodes);
      },
      (e: unknown) => setError(errorText(e)),
    );
  }, [plan.id]);
  useEffect(() => {
    load();
    return () => clearTimeout(timer.current);
  }, [load]);

  const poll = (id: string) => {
    timer.current = setTimeout(() => {
      fetchRun(id).then(
        (r) => {
          setRun(r);
          if (r.status === 'QUEUED') poll(id);
          else {
            load();
            onChanged();
          }
        },
        (e: unknown) => setError(errorText(e)),
      );
    }, SAMPLING_POLL_MS);
  };

  const sample = async () => {
    setError(null);
    try {
      const started = (await gql(SAMPLE_PLAN_MUTATION, { id: plan.id, input: seed == null ? null : { seed } })).sampleInspectionPlan;
      setRun(started);
      if (started.status === 'QUEUED') poll(started.id);
      else load();
    } catch (e) {
      setError(errorText(e));
    }
  };

  const publish = async () => {
    setError(null);
    try {
      await gql(PUBLISH_PLAN_MUTATION, { id: plan.id });
      message.success(t('insp.published'));
      onChanged();
    } catch (e) {
      setError(errorText(e));
    }
  };

  const recorded = new Set(records.map((r) => r.organisationId));
  const draft = plan.status === 'DRAFT';

  return (
    <section aria-label={t('insp.plan.title', { year: plan.year, name: plan.organisationName })}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'theme', label: t('insp.create.theme'), children: plan.theme },
          { key: 'basis', label: t('insp.col.basis'), children: t(`insp.basis.${plan.basis}`) },
          { key: 'share', label: t('insp.col.share'), children: `${plan.sharePercent} %` },
          { key: 'period', label: t('insp.col.period'), children: `${formatDate(plan.periodFrom)} – ${formatDate(plan.periodTo)}` },
          { key: 'status', label: t('kit.status'), children: <Tag>{t(`insp.status.${plan.status}`)}</Tag> },
        ]}
      />
      {canWrite && draft && (
        <Space wrap style={{ margin: '12px 0' }}>
          <InputNumber<number>
            aria-label={t('insp.sample.seed')}
            placeholder={t('insp.sample.seed')}
            min={0}
            max={2147483647}
            precision={0}
            value={seed}
            onChange={(v) => setSeed(v ?? null)}
            style={{ width: 260 }}
          />
          <Button onClick={() => void sample()} loading={run?.status === 'QUEUED'}>
            {t('insp.sample')}
          </Button>
          {plan.currentRunId && (
            <Button type="primary" onClick={() => void publish()}>
              {t('insp.publish')}
            </Button>
          )}
        </Space>
      )}
      <div aria-live="polite">
        {run?.status === 'QUEUED' && <Spin description={t('insp.sample.running')} />}
        {run?.status === 'DONE' && run.summary && (
          <Alert
            type="success"
            showIcon
            title={t('insp.sample.done', {
              picked: run.summary.picked,
              candidates: run.summary.candidates,
              size: run.summary.sampleSize,
              seed: run.seed,
            })}
          />
        )}
        {run?.status === 'FAILED' && <Alert type="error" showIcon title={t('insp.sample.failed', { error: run.error ?? '' })} />}
      </div>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginTop: 8 }} />}
      <section aria-label={t('insp.picks')}>
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          {t('insp.picks')}
        </Typography.Title>
        <Table<Pick>
          size="small"
          rowKey="organisationId"
          loading={picks === null && !error}
          pagination={false}
          dataSource={picks ?? []}
          locale={{ emptyText: t('insp.picks.none') }}
          columns={[
            { title: t('insp.pick.rank'), dataIndex: 'rank', width: 64 },
            {
              title: t('insp.pick.organisation'),
              key: 'org',
              render: (_, p) => (
                <>
                  {p.code} — {p.name}
                  {recorded.has(p.organisationId) && (
                    <>
                      {' '}
                      <Tag color="success">{t('insp.record.recorded')}</Tag>
                    </>
                  )}
                </>
              ),
            },
            { title: t('insp.pick.stratum'), dataIndex: 'stratum', render: (s: string) => (isKind(s) ? t(`org.kind.${s}`) : s) },
            {
              title: t('insp.pick.reasons'),
              key: 'reasons',
              render: (_, p) => (
                <ul style={{ margin: 0, paddingLeft: 16 }}>
                  {p.forced && (
                    <li>
                      <Tag color="warning">{t('insp.pick.forced')}</Tag>
                    </li>
                  )}
                  {p.reasons.map((r) => (
                    <li key={r.code}>{r.text}</li>
                  ))}
                </ul>
              ),
            },
            ...(canWrite
              ? [
                  {
                    title: t('kit.actions'),
                    key: 'actions',
                    render: (_: unknown, p: Pick) => (
                      <Button size="small" onClick={() => setRecording(p)} aria-label={`${t('insp.record')} — ${p.code}`}>
                        {t('insp.record')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </section>
      {records.length > 0 && (
        <section aria-label={t('insp.records')}>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('insp.records')}
          </Typography.Title>
          <List
            size="small"
            dataSource={records}
            renderItem={(r) => (
              <List.Item>
                <div style={{ width: '100%' }}>
                  <Typography.Text strong>{r.organisationName}</Typography.Text> — {r.title} ({formatDate(r.startedOn)}
                  {r.endedOn ? ` – ${formatDate(r.endedOn)}` : ''})
                  {r.findings && <div>{r.findings}</div>}
                  {r.conclusion && <Typography.Text type="secondary">{r.conclusion}</Typography.Text>}
                  {r.violations.length > 0 && (
                    <ul aria-label={t('insp.violation.description')}>
                      {r.violations.map((v) => (
                        <li key={v.id}>
                          {v.subjectKind === 'MEMBER' ? v.memberName : v.organisationName}: {v.description}
                          {v.basis ? ` (${v.basis})` : ''} —{' '}
                          {v.discipline ? t(`insp.discipline.${v.discipline}`) : t('insp.violation.none')}
                        </li>
                      ))}
                    </ul>
                  )}
                  {r.followUps.length > 0 && (
                    <ul aria-label={t('insp.followUp.description')}>
                      {r.followUps.map((f) => (
                        <li key={f.id}>
                          {f.description} — {formatDate(f.dueOn)} <Tag>{t(`insp.followUp.status.${f.status}`)}</Tag>
                        </li>
                      ))}
                    </ul>
                  )}
                  {canWrite && (
                    <Space style={{ marginTop: 4 }}>
                      <Button size="small" onClick={() => setAdding({ kind: 'violation', record: r })}>
                        {t('insp.violation.add')}
                      </Button>
                      <Button size="small" onClick={() => setAdding({ kind: 'followUp', record: r })}>
                        {t('insp.followUp.add')}
                      </Button>
                    </Space>
                  )}
                </div>
              </List.Item>
            )}
          />
        </section>
      )}
      {adding?.kind === 'violation' && (
        <FormModal<{ subjectKind: 'ORGANISATION' | 'MEMBER'; memberId?: string; description: string; basis?: string; discipline?: Discipline }>
          open
          title={`${t('insp.violation.add')} — ${adding.record.organisationName}`}
          fields={['subjectKind', 'memberId', 'description', 'basis', 'discipline']}
          initialValues={{ subjectKind: 'ORGANISATION' }}
          onCancel={() => setAdding(null)}
          onSubmit={async (v) => {
            await gql(ADD_VIOLATION_MUTATION, {
              id: adding.record.id,
              input: {
                subjectKind: v.subjectKind,
                organisationId: v.subjectKind === 'ORGANISATION' ? adding.record.organisationId : null,
                memberId: v.subjectKind === 'MEMBER' ? (v.memberId ?? null) : null,
                description: v.description.trim(),
                basis: v.basis?.trim() || null,
                discipline: v.discipline ?? null,
              },
            });
            message.success(t('insp.saved'));
            setAdding(null);
            load();
          }}
        >
          <Form.Item name="subjectKind" label={t('insp.violation.subject')}>
            <Radio.Group
              options={(['ORGANISATION', 'MEMBER'] as const).map((k) => ({ value: k, label: t(`insp.violation.subject.${k}`) }))}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.subjectKind !== b.subjectKind}>
            {({ getFieldValue }) =>
              getFieldValue('subjectKind') === 'MEMBER' && (
                <Form.Item name="memberId" label={t('insp.violation.subject.MEMBER')} rules={[{ required: true, message: t('kit.required') }]}>
                  <MemberSelect ariaLabel={t('insp.violation.subject.MEMBER')} withinId={adding.record.organisationId} />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item name="description" label={t('insp.violation.description')} rules={[{ required: true, whitespace: true, message: t('kit.required') }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="basis" label={t('insp.violation.basis')}>
            <Input />
          </Form.Item>
          <Form.Item name="discipline" label={t('insp.violation.discipline')}>
            <Select allowClear options={DISCIPLINES.map((d) => ({ value: d, label: t(`insp.discipline.${d}`) }))} />
          </Form.Item>
        </FormModal>
      )}
      {adding?.kind === 'followUp' && (
        <FormModal<{ description: string; dueOn: Dayjs; responsible?: string }>
          open
          title={`${t('insp.followUp.add')} — ${adding.record.organisationName}`}
          fields={['description', 'dueOn', 'responsible']}
          onCancel={() => setAdding(null)}
          onSubmit={async (v) => {
            await gql(ADD_FOLLOW_UP_MUTATION, {
              id: adding.record.id,
              input: { description: v.description.trim(), dueOn: toApiDate(v.dueOn) ?? '', responsible: v.responsible?.trim() || null },
            });
            message.success(t('insp.saved'));
            setAdding(null);
            load();
          }}
        >
          <Form.Item name="description" label={t('insp.followUp.description')} rules={[{ required: true, whitespace: true, message: t('kit.required') }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="dueOn" label={t('insp.followUp.dueOn')} rules={[{ required: true, message: t('kit.required') }]}>
            <DatePicker format={PICKER_FORMAT} />
          </Form.Item>
          <Form.Item name="responsible" label={t('insp.followUp.responsible')}>
            <Input />
          </Form.Item>
        </FormModal>
      )}
      {recording && (
        <FormModal<RecordValues>
          open
          title={`${t('insp.record')} — ${recording.name}`}
          fields={['title', 'scope', 'startedOn', 'endedOn', 'findings', 'conclusion', 'recommendations']}
          initialValues={{ title: `${plan.theme} — ${recording.name}`, startedOn: dayjs() }}
          onCancel={() => setRecording(null)}
          onSubmit={async (v) => {
            await gql(CREATE_RECORD_MUTATION, {
              input: {
                planId: plan.id,
                inspectingOrganisationId: plan.organisationId,
                organisationId: recording.organisationId,
                title: v.title.trim(),
                scope: v.scope.trim(),
                startedOn: toApiDate(v.startedOn) ?? '',
                endedOn: toApiDate(v.endedOn),
                team: [{ fullName: v.lead.trim(), role: 'LEAD' }],
                findings: v.findings?.trim() || null,
                conclusion: v.conclusion?.trim() || null,
                recommendations: v.recommendations?.trim() || null,
              },
            });
            message.success(t('insp.record.saved'));
            setRecording(null);
            load();
          }}
        >
          <Form.Item name="title" label={t('insp.record.title')} rules={[{ required: true, whitespace: true, message: t('kit.required') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="scope" label={t('insp.record.scope')} rules={[{ required: true, whitespace: true, message: t('kit.required') }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Space>
            <Form.Item name="startedOn" label={t('insp.record.startedOn')} rules={[{ required: true, message: t('kit.required') }]}>
              <DatePicker format={PICKER_FORMAT} />
            </Form.Item>
            <Form.Item name="endedOn" label={t('insp.record.endedOn')}>
              <DatePicker format={PICKER_FORMAT} />
            </Form.Item>
          </Space>
          <Form.Item name="lead" label={t('insp.record.lead')} rules={[{ required: true, whitespace: true, message: t('kit.required') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="findings" label={t('insp.record.findings')}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="conclusion" label={t('insp.record.conclusion')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="recommendations" label={t('insp.record.recommendations')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </FormModal>
      )}
    </section>
  );
}

type Discipline = 'REPRIMAND' | 'WARNING' | 'DISMISSAL' | 'EXPULSION' | 'DISSOLUTION';
const DISCIPLINES: Discipline[] = ['REPRIMAND', 'WARNING', 'DISMISSAL', 'EXPULSION', 'DISSOLUTION'];

const KINDS = ['BLOC', 'UPPER_GRASSROOTS', 'GRASSROOTS', 'CELL'] as const;
function isKind(s: string): s is (typeof KINDS)[number] {
  return (KINDS as readonly string[]).includes(s);
}

/** Inspections (kiểm tra) of resolution study: plans per year, seeded sampling with reasons per pick, findings. */
export function InspectionsPage() {
  const t = useT();
  const canWrite = useAccess().can('inspection.write');
  const [year, setYear] = useState(dayjs().year());
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const { data: plans, error, reload: load } = useRemote(() => fetchPlans(year), [year]);

  const open = plans?.find((p) => p.id === openId) ?? null;

  return (
    <Card
      title={<Typography.Title level={3} style={{ margin: 0 }}>{t('insp.title')}</Typography.Title>}
      extra={
        canWrite && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('insp.create')}
          </Button>
        )
      }
    >
      <InputNumber aria-label={t('insp.year')} min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
      {error && <Alert type="error" showIcon title={t('common.error')} description={error} style={{ marginTop: 12 }} />}
      <Table<PlanRow>
        style={{ marginTop: 16 }}
        size="small"
        rowKey="id"
        loading={plans === null && !error}
        dataSource={plans ?? []}
        pagination={false}
        locale={{ emptyText: t('insp.none') }}
        columns={[
          {
            title: t('insp.col.committee'),
            dataIndex: 'organisationName',
            render: (name: string, p) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setOpenId(p.id)}>
                {name}
              </Button>
            ),
          },
          { title: t('insp.col.share'), dataIndex: 'sharePercent', render: (v: number) => `${v} %` },
          { title: t('insp.col.basis'), dataIndex: 'basis', render: (b: InspectionShareBasis) => t(`insp.basis.${b}`) },
          { title: t('insp.col.period'), key: 'period', render: (_, p) => `${formatDate(p.periodFrom)} – ${formatDate(p.periodTo)}` },
          { title: t('kit.status'), dataIndex: 'status', render: (s: PlanRow['status']) => <Tag>{t(`insp.status.${s}`)}</Tag> },
        ]}
      />
      <Drawer
        open={!!open}
        size={960}
        onClose={() => setOpenId(null)}
        title={open ? t('insp.plan.title', { year: open.year, name: open.organisationName }) : ''}
        destroyOnHidden
      >
        {open && <PlanPanel plan={open} canWrite={canWrite} onChanged={load} />}
      </Drawer>
      <FormModal<{ organisationId: string; basis: InspectionShareBasis; sharePercent?: number; theme?: string }>
        open={creating}
        title={t('insp.create')}
        fields={['organisationId', 'basis', 'sharePercent', 'theme']}
        initialValues={{ basis: 'KL04' }}
        onCancel={() => setCreating(false)}
        onSubmit={async (v) => {
          const created = await gql(CREATE_PLAN_MUTATION, {
            input: { organisationId: v.organisationId, year, basis: v.basis, sharePercent: v.sharePercent ?? null, theme: v.theme?.trim() || null },
          });
          setCreating(false);
          load();
          setOpenId(created.createInspectionPlan.id);
        }}
      >
        <Form.Item name="organisationId" label={t('insp.create.committee')} rules={[{ required: true, message: t('kit.required') }]}>
          <OrganisationSelect ariaLabel={t('insp.create.committee')} />
        </Form.Item>
        <Form.Item name="basis" label={t('insp.col.basis')}>
          <Select options={(['KL04', 'NQ02'] as const).map((b) => ({ value: b, label: t(`insp.basis.${b}`) }))} />
        </Form.Item>
        <Form.Item name="sharePercent" label={t('insp.create.share')}>
          <InputNumber min={0} max={100} step={0.5} />
        </Form.Item>
        <Form.Item name="theme" label={t('insp.create.theme')}>
          <Input />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
