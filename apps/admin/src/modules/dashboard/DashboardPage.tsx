import { ArrowUpOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Col, Empty, Progress, Row, Space, Statistic, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useCurrentUser } from '../../app/current-user';
import { REPORT_READERS, type PageProps } from '../../app/navigation';
import { useQuery } from '../../graphql/use-query';
import type { ProgressRowFragment } from '../../graphql/generated/graphql';
import { useT } from '../../i18n';
import { CampaignSelect } from '../campaigns/CampaignSelect';
import { useCampaignProgress } from '../campaigns/CampaignProgressPanel';
import { percent, ProgressTable } from '../campaigns/ProgressTable';
import { formatDate } from '../kit/dates';
import { DUTIES_QUERY } from './graphql';
import { YearComparison } from './YearComparison';

const RED = '#c8102e';
const GOLD = '#d48806';

function Kpi({ title, done, required, testId }: { title: string; done: number; required: number; testId: string }) {
  const t = useT();
  const p = percent(done, required);
  return (
    <Card size="small" data-testid={testId}>
      <Space align="center" size="large">
        <Progress type="dashboard" aria-label={title} percent={p ?? 100} size={88} status={p === null || p >= 100 ? 'success' : 'normal'} strokeColor={p !== null && p < 100 ? RED : undefined} />
        <div>
          <Typography.Text type="secondary">{title}</Typography.Text>
          <Statistic value={p === null ? '—' : `${p}%`} />
          <Typography.Text type="secondary">
            {done}/{required} · {t('dashboard.target', { target: 100 })}
          </Typography.Text>
        </div>
      </Space>
    </Card>
  );
}

function countOf(c: { totalCount?: number | null; nodes: unknown[] }): number {
  return c.totalCount ?? c.nodes.length;
}

/**
 * Compliance of the user's subtree for a campaign: studied %, essays %, programmes issued, by
 * subordinate organisation against the 100 % targets, with drill-down through the tree.
 */
export function DashboardPage({ query }: PageProps) {
  const t = useT();
  const user = useCurrentUser();
  const [campaignId, setCampaignId] = useState<string | null>(query.get('campaign'));
  const [path, setPath] = useState<Array<{ id: string; name: string }>>([]);
  const root = user.scopeRoots[0];
  const orgId = path.length ? path[path.length - 1].id : (root?.id ?? null);
  const { data, error, loading } = useCampaignProgress(campaignId, orgId);
  const { data: duties } = useQuery(
    DUTIES_QUERY,
    { campaignId: campaignId ?? '', organisationId: orgId ?? '' },
    { skip: !campaignId || !orgId },
  );

  const chart = useMemo(
    () =>
      (data?.children ?? []).map((c) => ({
        id: c.organisationId,
        name: c.code,
        fullName: c.name,
        kind: c.kind,
        studied: percent(c.membersStudied, c.membersRequired) ?? 100,
        essays: percent(c.essaysSubmitted, c.essaysRequired) ?? 100,
      })),
    [data],
  );
  const below = (data?.children ?? []).filter((c) => (percent(c.membersStudied, c.membersRequired) ?? 100) < 100);
  const drill = (row: Pick<ProgressRowFragment, 'organisationId' | 'name' | 'kind'>) => {
    if (row.kind !== 'CELL') setPath([...path, { id: row.organisationId, name: row.name }]);
  };

  const o = data?.organisation;
  const issued = duties ? countOf(duties.issuedProgrammes) + countOf(duties.evaluatedProgrammes) : 0;
  const owed = duties ? issued + countOf(duties.missingActionProgrammes) : 0;
  // Personal plans of the secretaries and heads the user oversees (whole scope, not per branch).
  const plans = duties ? countOf(duties.submittedPlans) + countOf(duties.acceptedPlans) : 0;
  const plansOwed = duties ? plans + countOf(duties.missingPersonalPlans) : 0;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('dashboard.title')}
            </Typography.Title>
            {root && <Typography.Text type="secondary">{t('dashboard.subtitle', { name: o?.name ?? root.name })}</Typography.Text>}
            {data && (
              <Typography.Text type="secondary">
                {' · '}
                {t('dashboard.sessions')}: {data.organisation.sessionsHeld} · {t('progress.asOf', { date: formatDate(data.asOf) })}
              </Typography.Text>
            )}
          </div>
          <CampaignSelect
            value={campaignId}
            onChange={(id) => {
              setCampaignId(id);
              setPath([]);
            }}
          />
        </Space>
        {path.length > 0 && (
          <Space style={{ marginTop: 12 }} wrap>
            <Breadcrumb
              items={[
                { title: <a onClick={() => setPath([])}>{root?.name}</a> },
                ...path.map((p, i) => ({ title: <a onClick={() => setPath(path.slice(0, i + 1))}>{p.name}</a> })),
              ]}
            />
            <Button size="small" icon={<ArrowUpOutlined />} onClick={() => setPath(path.slice(0, -1))}>
              {t('progress.up')}
            </Button>
          </Space>
        )}
      </Card>
      {error && <Alert type="error" showIcon title={error} />}
      {!campaignId && !loading && <Empty description={t('dashboard.noCampaign')} />}
      {o && (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={12} xl={6}>
            <Kpi testId="kpi-studied" title={t('dashboard.studied')} done={o.membersStudied} required={o.membersRequired} />
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Kpi testId="kpi-essays" title={t('dashboard.essays')} done={o.essaysSubmitted} required={o.essaysRequired} />
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Kpi testId="kpi-programmes" title={t('dashboard.programmes')} done={issued} required={owed} />
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Kpi testId="kpi-plans" title={t('dashboard.plans')} done={plans} required={plansOwed} />
          </Col>
        </Row>
      )}
      {data && chart.length > 0 && (
        <Card title={t('dashboard.chart')} extra={<Typography.Text type="secondary">{t('dashboard.chartHint')}</Typography.Text>}>
          <div style={{ width: '100%', height: 320 }} role="img" aria-label={t('dashboard.chart')}>
            <ResponsiveContainer>
              <BarChart data={chart} margin={{ top: 8, right: 16, left: 0, bottom: 8 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="name" tick={{ fontSize: 11 }} interval={0} angle={chart.length > 12 ? -40 : 0} textAnchor={chart.length > 12 ? 'end' : 'middle'} height={chart.length > 12 ? 70 : 30} />
                <YAxis domain={[0, 100]} unit="%" />
                <Tooltip formatter={(v) => `${v}%`} labelFormatter={(_, p) => (p?.[0]?.payload as { fullName?: string })?.fullName ?? ''} />
                <Legend />
                <ReferenceLine y={100} stroke="#389e0d" strokeDasharray="4 4" />
                <Bar dataKey="studied" name={t('progress.studied')} fill={RED} cursor="pointer" onClick={(d) => drill({ organisationId: (d as unknown as { id: string }).id, name: (d as unknown as { fullName: string }).fullName, kind: (d as unknown as { kind: ProgressRowFragment['kind'] }).kind })} />
                <Bar dataKey="essays" name={t('progress.essays')} fill={GOLD} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </Card>
      )}
      {orgId && user.hasRole(...REPORT_READERS) && <YearComparison organisationId={orgId} />}
      {data && (
        <Card title={t('campaign.detail.progress')} extra={<Typography.Text type={below.length ? 'danger' : 'success'}>{`${t('dashboard.belowTarget')}: ${below.length}`}</Typography.Text>}>
          <ProgressTable rows={data.children} loading={loading} onDrill={drill} />
        </Card>
      )}
    </Space>
  );
}
