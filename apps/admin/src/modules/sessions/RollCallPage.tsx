import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Segmented, Skeleton, Space, Typography } from 'antd';
import type { PageProps } from '../../app/navigation';
import { useQuery } from '../../graphql/use-query';
import { useT } from '../../i18n';
import { buildPath, navigate } from '../../router/hash-router';
import { SESSION_QUERY } from './graphql';
import { RollCallBoard } from './RollCallBoard';

/** The roll-call screen to put on the projector of a venue or a connection point (`?point=<id>`). */
export function RollCallPage({ params, query }: PageProps) {
  const t = useT();
  const { data, error } = useQuery(SESSION_QUERY, { id: params.id });
  const session = data?.studySession ?? null;
  const point = query.get('point');

  if (error) return <Alert type="error" showIcon title={error} />;
  if (!session) return <Skeleton active />;
  const place = point ? (session.connectionPoints.find((p) => p.id === point)?.place ?? '') : (session.venue ?? t('session.detail.venue'));
  const go = (p: string | undefined) => navigate(buildPath('/sessions/:id/roll-call', { id: session.id }, { point: p }), { replace: true });

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap>
        <Button icon={<ArrowLeftOutlined />} href={`#${buildPath('/sessions/:id', { id: session.id })}`}>
          {t('rollCall.back')}
        </Button>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('rollCall.title', { title: session.title })}
        </Typography.Title>
      </Space>
      {session.connectionPoints.length > 0 && (
        <Segmented
          aria-label={t('rollCall.place')}
          value={point ?? ''}
          onChange={(v) => go(v ? String(v) : undefined)}
          options={[{ value: '', label: session.venue ?? t('session.detail.venue') }, ...session.connectionPoints.map((p) => ({ value: p.id, label: p.place }))]}
        />
      )}
      <RollCallBoard key={point ?? 'venue'} sessionId={session.id} connectionPointId={point} placeName={place} />
    </Space>
  );
}
