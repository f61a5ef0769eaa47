import { QrcodeOutlined } from '@ant-design/icons';
import { foldVietnamese } from '@qt/shared-domain';
import { Alert, App, Button, Card, Descriptions, Input, List, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useCurrentUser } from '../../app/current-user';
import type { PageProps } from '../../app/navigation';
import { gql } from '../../graphql/client';
import { useQuery } from '../../graphql/use-query';
import type { SpeakerOptionsQuery } from '../../graphql/generated/graphql';
import { useT } from '../../i18n';
import { buildPath } from '../../router/hash-router';
import { errorText } from '../kit/api';
import { formatDateTime } from '../kit/dates';
import { ASSIGN_SPEAKER_MUTATION, SESSION_QUERY, SPEAKER_OPTIONS_QUERY } from './graphql';
import { ParticipantList } from './ParticipantList';
import { SESSION_ORGANISERS, SessionStatusTag } from './SessionsPage';

type SpeakerOption = SpeakerOptionsQuery['speakers']['nodes'][number];

function SpeakerAssign({ sessionId, onAssigned }: { sessionId: string; onAssigned: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [options, setOptions] = useState<SpeakerOption[]>([]);
  const [speakerId, setSpeakerId] = useState<string | undefined>();
  const [topic, setTopic] = useState('');
  useEffect(() => {
    gql(SPEAKER_OPTIONS_QUERY, {}).then((d) => setOptions(d.speakers.nodes), () => undefined);
  }, []);
  const assign = async () => {
    if (!speakerId) return;
    try {
      await gql(ASSIGN_SPEAKER_MUTATION, { id: sessionId, input: { speakerId, topic: topic.trim() || null } });
      setSpeakerId(undefined);
      setTopic('');
      onAssigned();
    } catch (e) {
      void message.error(errorText(e));
    }
  };
  return (
    <Space wrap>
      <Select
        aria-label={t('session.detail.speakerSearch')}
        placeholder={t('session.detail.speakerSearch')}
        value={speakerId}
        onChange={setSpeakerId}
        style={{ width: 300 }}
        showSearch={{ filterOption: (input, o) => foldVietnamese(String(o?.label ?? '')).includes(foldVietnamese(input)) }}
        options={options.map((s) => ({ value: s.id, label: `${s.name} — ${s.organisationName}` }))}
      />
      <Input aria-label={t('session.field.topic')} placeholder={t('session.field.topic')} value={topic} onChange={(e) => setTopic(e.target.value)} style={{ width: 260 }} />
      <Button onClick={() => void assign()} disabled={!speakerId}>
        {t('session.detail.assign')}
      </Button>
    </Space>
  );
}

/** A session: details, connection points with their roll-call screens, speakers, participants and bulk marking. */
export function SessionDetailPage({ params }: PageProps) {
  const t = useT();
  const user = useCurrentUser();
  const { data, error, reload: load } = useQuery(SESSION_QUERY, { id: params.id });
  const session = data?.studySession ?? null;

  if (error) return <Alert type="error" showIcon title={error} />;
  if (!session) return <Skeleton active />;
  const organiser = user.hasRole(...SESSION_ORGANISERS);
  const rollCall = (point?: string) => `#${buildPath('/sessions/:id/roll-call', { id: session.id }, { point })}`;
  const c = session.counters;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {session.title}
            </Typography.Title>
            <SessionStatusTag status={session.status} />
            {session.isMakeup && <Tag>{t('session.field.makeup')}</Tag>}
          </Space>
        }
        extra={
          session.status === 'PLANNED' && (
            <Button type="primary" icon={<QrcodeOutlined />} href={rollCall()}>
              {t('session.detail.rollCall')}
            </Button>
          )
        }
      >
        <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('session.list.campaign')}>
            <a href={`#${buildPath('/campaigns/:id', { id: session.campaignId })}`}>{session.campaignCode}</a>
          </Descriptions.Item>
          <Descriptions.Item label={t('session.field.organiser')}>{session.organiserName}</Descriptions.Item>
          <Descriptions.Item label={t('session.field.startsAt')}>
            {formatDateTime(session.startsAt)} – {formatDateTime(session.endsAt).slice(11)}
          </Descriptions.Item>
          <Descriptions.Item label={t('session.field.format')}>{t(`campaign.format.${session.format}`)}</Descriptions.Item>
          <Descriptions.Item label={t('session.field.venue')}>{session.venue ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('session.field.secretaryPresented')}>
            {session.secretaryPresented == null ? '—' : session.secretaryPresented ? t('kit.yes') : t('kit.no')}
          </Descriptions.Item>
          <Descriptions.Item label={t('session.field.attendance')}>
            {c.present + c.late + c.leftEarly}/{c.expected} · {t('rollCall.unmarked').toLowerCase()}: {c.unmarked}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {session.connectionPoints.length > 0 && (
        <Card title={t('session.field.points')}>
          <List
            dataSource={session.connectionPoints}
            renderItem={(p) => {
              const pc = c.byConnectionPoint.find((x) => x.connectionPointId === p.id);
              return (
                <List.Item
                  actions={
                    session.status === 'PLANNED'
                      ? [
                          <a key="rc" href={rollCall(p.id)}>
                            {t('session.detail.rollCall')}
                          </a>,
                        ]
                      : []
                  }
                >
                  <List.Item.Meta title={p.place} description={p.hostOrganisationName} />
                  {pc && `${pc.present + pc.late + pc.leftEarly}/${pc.expected}`}
                </List.Item>
              );
            }}
          />
        </Card>
      )}
      <Card title={t('session.field.speakers')}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {session.speakers.length === 0 && <Typography.Text type="secondary">—</Typography.Text>}
          {session.speakers.map((s) => (
            <div key={s.speakerId}>
              <Typography.Text strong>{s.name}</Typography.Text>
              {s.topic && <Typography.Text type="secondary"> — {s.topic}</Typography.Text>}
            </div>
          ))}
          {organiser && session.status === 'PLANNED' && <SpeakerAssign sessionId={session.id} onAssigned={load} />}
        </Space>
      </Card>
      <Card title={t('session.detail.participants')}>
        <ParticipantList sessionId={session.id} closed={session.status === 'CLOSED'} canMark={organiser && session.status !== 'CANCELLED'} onMarked={load} />
      </Card>
    </Space>
  );
}
