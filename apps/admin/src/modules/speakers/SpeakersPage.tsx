import { Alert, App, Button, Card, Col, DatePicker, Drawer, Form, Input, List, Radio, Row, Segmented, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { useAccess } from '../kit/access';
import { gql } from '../kit/api';
import { useRemote } from '../kit/use-remote';
import { PICKER_FORMAT, formatDate, toApiDate } from '../kit/dates';
import { FormModal } from '../kit/FormModal';
import { MemberSelect } from '../kit/MemberSelect';
import { OrganisationSelect } from '../kit/OrganisationSelect';
import {
  ADD_TRAINING_MUTATION,
  CREATE_SPEAKER_MUTATION,
  SPEAKER_LEVELS,
  fetchEvaluations,
  fetchRoster,
  type EvaluationRow,
  type SpeakerLevel,
  type SpeakerRow,
} from './speakers-api';

function SpeakerPanel({ speaker, canWrite, onChanged }: { speaker: SpeakerRow; canWrite: boolean; onChanged: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  return (
    <section aria-label={speaker.name}>
      <Typography.Paragraph>
        {speaker.title ?? ''} {speaker.isExternal && <Tag>{t('speakers.external')}</Tag>}
        <br />
        {t(`speakers.level.${speaker.level}`)} — {speaker.organisationCode} {speaker.organisationName}
      </Typography.Paragraph>
      {speaker.expertise.length > 0 && (
        <Typography.Paragraph>
          {speaker.expertise.map((e) => (
            <Tag key={e}>{e}</Tag>
          ))}
        </Typography.Paragraph>
      )}
      <Typography.Title level={5}>{t('speakers.trainings')}</Typography.Title>
      <List
        size="small"
        dataSource={speaker.trainings}
        locale={{ emptyText: t('speakers.noTraining') }}
        renderItem={(tr) => (
          <List.Item>
            {formatDate(tr.heldOn)} — {tr.title}
            {tr.organiser ? ` (${tr.organiser})` : ''}
          </List.Item>
        )}
      />
      {canWrite && (
        <Button style={{ marginTop: 12 }} onClick={() => setAdding(true)}>
          {t('speakers.training.add')}
        </Button>
      )}
      <FormModal<{ title: string; heldOn: Dayjs; organiser?: string }>
        open={adding}
        title={t('speakers.training.add')}
        fields={['title', 'heldOn', 'organiser']}
        initialValues={{ heldOn: dayjs() }}
        onCancel={() => setAdding(false)}
        onSubmit={async (v) => {
          await gql(ADD_TRAINING_MUTATION, {
            speakerId: speaker.id,
            input: { title: v.title.trim(), heldOn: toApiDate(v.heldOn) ?? '', organiser: v.organiser?.trim() || null },
          });
          message.success(t('speakers.training.added'));
          setAdding(false);
          onChanged();
        }}
      >
        <Form.Item name="title" label={t('speakers.training.title')} rules={[{ required: true, whitespace: true, message: t('kit.required') }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('speakers.training.heldOn')} rules={[{ required: true, message: t('kit.required') }]}>
          <DatePicker format={PICKER_FORMAT} />
        </Form.Item>
        <Form.Item name="organiser" label={t('speakers.training.organiser')}>
          <Input maxLength={300} />
        </Form.Item>
      </FormModal>
    </section>
  );
}

interface AppointValues {
  organisationId: string;
  source: 'MEMBER' | 'EXTERNAL';
  memberId?: string;
  externalName?: string;
  externalWorkplace?: string;
  title?: string;
  expertise?: string;
  appointedOn: Dayjs;
}

function AppointSpeaker({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [roster, setRoster] = useState<{ id: string; kind?: string } | null>(null);
  const level = roster?.kind && (SPEAKER_LEVELS as string[]).includes(roster.kind) ? (roster.kind as SpeakerLevel) : null;
  return (
    <FormModal<AppointValues>
      open={open}
      title={t('speakers.appoint')}
      fields={['organisationId', 'memberId', 'externalName', 'externalWorkplace', 'title', 'expertise', 'appointedOn']}
      initialValues={{ source: 'MEMBER', appointedOn: dayjs() }}
      onCancel={onClose}
      onSubmit={async (v) => {
        await gql(CREATE_SPEAKER_MUTATION, {
          input: {
            organisationId: v.organisationId,
            // The roster's level is its committee's kind; a cell has no roster and the API says so.
            level: level ?? (roster?.kind as SpeakerLevel),
            appointedOn: toApiDate(v.appointedOn) ?? '',
            memberId: v.source === 'MEMBER' ? (v.memberId ?? null) : null,
            externalName: v.source === 'EXTERNAL' ? (v.externalName?.trim() ?? null) : null,
            externalWorkplace: v.source === 'EXTERNAL' ? v.externalWorkplace?.trim() || null : null,
            title: v.title?.trim() || null,
            expertise: (v.expertise ?? '')
              .split(',')
              .map((e) => e.trim())
              .filter(Boolean),
          },
        });
        message.success(t('speakers.appoint.done'));
        onDone();
      }}
    >
      <Form.Item name="organisationId" label={t('speakers.appoint.roster')} rules={[{ required: true, message: t('kit.required') }]} extra={level ? t(`speakers.level.${level}`) : undefined}>
        <OrganisationSelect ariaLabel={t('speakers.appoint.roster')} onChange={(id, option) => setRoster(id ? { id, kind: option?.kind } : null)} />
      </Form.Item>
      <Form.Item name="source" label={t('speakers.appoint.source')}>
        <Radio.Group
          options={[
            { value: 'MEMBER', label: t('speakers.appoint.member') },
            { value: 'EXTERNAL', label: t('speakers.appoint.external') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a, b) => a.source !== b.source || a.organisationId !== b.organisationId}>
        {({ getFieldValue }) =>
          getFieldValue('source') === 'EXTERNAL' ? (
            <>
              <Form.Item name="externalName" label={t('speakers.appoint.externalName')} rules={[{ required: true, whitespace: true, message: t('kit.required') }]}>
                <Input />
              </Form.Item>
              <Form.Item name="externalWorkplace" label={t('speakers.appoint.workplace')}>
                <Input />
              </Form.Item>
            </>
          ) : (
            <Form.Item name="memberId" label={t('speakers.appoint.memberPick')} rules={[{ required: true, message: t('kit.required') }]}>
              <MemberSelect ariaLabel={t('speakers.appoint.memberPick')} withinId={getFieldValue('organisationId')} />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="title" label={t('speakers.col.title')}>
        <Input />
      </Form.Item>
      <Form.Item name="expertise" label={t('speakers.appoint.expertise')}>
        <Input />
      </Form.Item>
      <Form.Item name="appointedOn" label={t('speakers.col.appointed')} rules={[{ required: true, message: t('kit.required') }]}>
        <DatePicker format={PICKER_FORMAT} />
      </Form.Item>
    </FormModal>
  );
}

function Roster() {
  const t = useT();
  const canWrite = useAccess().can('speaker.write');
  const [appointing, setAppointing] = useState(false);
  const [level, setLevel] = useState<SpeakerLevel | 'ALL'>('ALL');
  const [search, setSearch] = useState('');
  const [term, setTerm] = useState('');
  const [open, setOpen] = useState<string | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setTerm(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);

  const roster = useRemote(() => fetchRoster(level === 'ALL' ? null : level, term || null), [level, term]);
  const { data, error, reload: load } = roster;

  const count = (l: SpeakerLevel) => data?.speakerCounts.byLevel.find((b) => b.level === l)?.count ?? 0;
  const selected = data?.speakers.nodes.find((s) => s.id === open) ?? null;

  return (
    <>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Statistic title={t('speakers.total')} value={data?.speakerCounts.total ?? 0} />
        </Col>
        {SPEAKER_LEVELS.map((l) => (
          <Col xs={12} md={6} key={l}>
            <Statistic title={t(`speakers.level.${l}`)} value={count(l)} />
          </Col>
        ))}
      </Row>
      <Row gutter={[12, 12]} style={{ marginTop: 16 }}>
        <Col>
          <Segmented<SpeakerLevel | 'ALL'>
            aria-label={t('speakers.level')}
            value={level}
            onChange={setLevel}
            options={[{ value: 'ALL', label: t('speakers.level.all') }, ...SPEAKER_LEVELS.map((l) => ({ value: l, label: t(`speakers.level.${l}`) }))]}
          />
        </Col>
        {canWrite && (
          <Col>
            <Button type="primary" onClick={() => setAppointing(true)}>
              {t('speakers.appoint')}
            </Button>
          </Col>
        )}
        <Col flex="auto">
          <Input type="search" allowClear value={search} onChange={(e) => setSearch(e.target.value)} aria-label={t('speakers.search')} placeholder={t('speakers.search')} />
        </Col>
      </Row>
      {error && <Alert type="error" showIcon title={t('common.error')} description={error} style={{ marginTop: 12 }} />}
      <Table<SpeakerRow>
        style={{ marginTop: 12 }}
        size="small"
        rowKey="id"
        loading={!data && !error}
        dataSource={data?.speakers.nodes ?? []}
        pagination={false}
        locale={{ emptyText: t('speakers.none') }}
        columns={[
          {
            title: t('speakers.col.name'),
            dataIndex: 'name',
            render: (name: string, s) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(s.id)}>
                {name}
              </Button>
            ),
          },
          { title: t('speakers.col.title'), dataIndex: 'title', render: (v: string | null, s) => <>{v ?? ''} {s.isExternal && <Tag>{t('speakers.external')}</Tag>}</> },
          { title: t('speakers.level'), dataIndex: 'level', render: (l: SpeakerLevel) => t(`speakers.level.${l}`) },
          { title: t('speakers.col.roster'), dataIndex: 'organisationName' },
          { title: t('speakers.col.appointed'), dataIndex: 'appointedOn', render: (d: string) => formatDate(d) },
          {
            title: t('speakers.col.trainings'),
            key: 'trainings',
            render: (_, s) => (s.trainings.length ? s.trainings.length : <Tag color="warning">{t('speakers.noTraining')}</Tag>),
          },
        ]}
      />
      {canWrite && (
        <AppointSpeaker
          open={appointing}
          onClose={() => setAppointing(false)}
          onDone={() => {
            setAppointing(false);
            load();
          }}
        />
      )}
      <Drawer open={!!selected} size={560} onClose={() => setOpen(null)} title={selected?.name ?? ''} destroyOnHidden>
        {selected && <SpeakerPanel speaker={selected} canWrite={canWrite} onChanged={load} />}
      </Drawer>
    </>
  );
}

function Evaluations() {
  const t = useT();
  const evaluations = useRemote(fetchEvaluations, []);
  const { error } = evaluations;
  const rows = evaluations.data?.nodes ?? null;
  return (
    <>
      {error && <Alert type="error" showIcon title={t('common.error')} description={error} />}
      <Table<EvaluationRow>
        size="small"
        rowKey={(r) => r.speaker.id}
        loading={!rows && !error}
        dataSource={rows ?? []}
        pagination={false}
        locale={{ emptyText: t('speakers.none') }}
        columns={[
          { title: t('speakers.col.name'), key: 'name', render: (_, r) => r.speaker.name },
          { title: t('speakers.level'), key: 'level', render: (_, r) => t(`speakers.level.${r.speaker.level}`) },
          { title: t('speakers.eval.sessions'), dataIndex: 'sessions' },
          { title: t('speakers.eval.evaluated'), dataIndex: 'evaluatedSessions' },
          {
            title: t('speakers.eval.average'),
            dataIndex: 'averageScore',
            render: (v: number | null) => (v == null ? t('speakers.eval.none') : v.toLocaleString('vi-VN', { maximumFractionDigits: 2 })),
          },
          { title: t('speakers.eval.lastComment'), dataIndex: 'lastComment', render: (v: string | null) => v ?? '' },
        ]}
      />
    </>
  );
}

/** Speakers (báo cáo viên): rosters per level with trainings, and the organisers' quality evaluations. */
export function SpeakersPage() {
  const t = useT();
  return (
    <Card title={<Typography.Title level={3} style={{ margin: 0 }}>{t('speakers.title')}</Typography.Title>}>
      <Tabs
        items={[
          { key: 'roster', label: t('speakers.tab.roster'), children: <Roster /> },
          { key: 'evaluations', label: t('speakers.tab.evaluations'), children: <Evaluations /> },
        ]}
      />
    </Card>
  );
}
