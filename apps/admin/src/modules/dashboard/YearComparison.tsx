import { Card, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { gql } from '../../graphql/client';
import type { DashboardReportYearsQuery } from '../../graphql/generated/graphql';
import { useT, type MessageKey } from '../../i18n';
import { formatDate } from '../kit/dates';
import { LATEST_REPORT_QUERY, REPORT_YEARS_QUERY } from './graphql';

type Report = DashboardReportYearsQuery['report'];

/**
 * The organisation's newest report snapshot beside the previous year's (when both exist):
 * each measure's share this year and last year, against the 100 % target.
 */
export function YearComparison({ organisationId }: { organisationId: string }) {
  const t = useT();
  const [report, setReport] = useState<Report | null>(null);
  useEffect(() => {
    let live = true;
    setReport(null);
    gql(LATEST_REPORT_QUERY, { rootOrganisationId: organisationId })
      .then((d) => (d.reports.nodes[0] ? gql(REPORT_YEARS_QUERY, { id: d.reports.nodes[0].id }) : null))
      .then((d) => live && d && setReport(d.report))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [organisationId]);

  if (!report?.previousYear) return null;
  const previous = new Map(report.previousYear.metrics.map((m) => [m.key, m.percent]));
  const label = (key: string, fallback: string) => {
    const k = `report.metric.${key}` as MessageKey;
    const text = t(k);
    return text === k ? fallback : text;
  };
  const data = report.root.metrics
    .filter((m) => m.percent != null || previous.get(m.key) != null)
    .map((m) => ({ name: label(m.key, m.label), current: m.percent ?? 0, previous: previous.get(m.key) ?? 0 }));
  const current = t('dashboard.currentYear');
  const last = t('dashboard.previousYear');

  return (
    <Card
      title={`${t('dashboard.yearComparison')} (${report.year - 1} – ${report.year})`}
      extra={<Typography.Text type="secondary">{t('progress.asOf', { date: formatDate(report.asOf) })}</Typography.Text>}
      data-testid="year-comparison"
    >
      <div style={{ width: '100%', height: 300 }} role="img" aria-label={t('dashboard.yearComparison')}>
        <ResponsiveContainer>
          <BarChart data={data} margin={{ top: 8, right: 16, left: 0, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tick={{ fontSize: 11 }} interval={0} angle={-25} textAnchor="end" height={80} />
            <YAxis domain={[0, 100]} unit="%" />
            <Tooltip formatter={(v) => `${v}%`} />
            <Legend />
            <ReferenceLine y={100} stroke="#389e0d" strokeDasharray="4 4" />
            <Bar dataKey="previous" name={`${last} (${report.year - 1})`} fill="#8c8c8c" />
            <Bar dataKey="current" name={`${current} (${report.year})`} fill="#c8102e" />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </Card>
  );
}
