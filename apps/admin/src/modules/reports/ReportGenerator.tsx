import { Alert, Button, Card, Form, InputNumber, Progress, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useCurrentUser } from '../../app/current-user';
import { gql } from '../../graphql/client';
import type { ReportJobProgressQuery } from '../../graphql/generated/graphql';
import { useT } from '../../i18n';
import { errorText } from '../kit/api';
import { OrganisationSelect } from '../kit/OrganisationSelect';
import { GENERATE_REPORT_MUTATION, REPORT_JOB_QUERY } from './graphql';

type Job = ReportJobProgressQuery['reportJob'];

/** Polls a report job until it is DONE or FAILED. */
export function useReportJob(jobId: string | null, pollMs = 1000) {
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!jobId) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      gql(REPORT_JOB_QUERY, { id: jobId }).then(
        (d) => {
          if (!live) return;
          setJob(d.reportJob);
          setError(null);
          if (d.reportJob.status !== 'DONE' && d.reportJob.status !== 'FAILED') timer = setTimeout(tick, pollMs);
        },
        (e) => {
          if (!live) return;
          setError(errorText(e));
          timer = setTimeout(tick, pollMs * 3);
        },
      );
    };
    tick();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [jobId, pollMs]);
  return { job, error };
}

function newRequestKey(): string {
  return `spa-${crypto.randomUUID()}`;
}

/**
 * Requests a report for an organisation and a year and shows the worker's progress until
 * the snapshot is written; then offers to open it.
 */
export function ReportGenerator({ onDone, pollMs = 1000 }: { onDone: (snapshotId: string) => void; pollMs?: number }) {
  const t = useT();
  const user = useCurrentUser();
  const [form] = Form.useForm<{ rootOrganisationId: string | null; year: number }>();
  const [jobId, setJobId] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const { job, error } = useReportJob(jobId, pollMs);
  const running = !!jobId && (!job || job.status === 'QUEUED' || job.status === 'RUNNING');

  const generate = async (v: { rootOrganisationId: string | null; year: number }) => {
    setSending(true);
    setSendError(null);
    try {
      const { generateReport } = await gql(GENERATE_REPORT_MUTATION, {
        input: { rootOrganisationId: v.rootOrganisationId as string, year: v.year, requestKey: newRequestKey() },
      });
      setJobId(generateReport.id);
    } catch (e) {
      setSendError(errorText(e));
    } finally {
      setSending(false);
    }
  };

  if (user.status === 'loading') return <Card loading />;
  const percent = job?.status === 'DONE' ? 100 : (job?.progress ?? 0);
  const statusText =
    job?.status === 'DONE'
      ? t('report.generate.done')
      : job?.status === 'FAILED'
        ? t('report.generate.failed', { error: job.error ?? '' })
        : job?.status === 'RUNNING'
          ? t('report.generate.running')
          : t('report.generate.queued');

  return (
    <Card title={t('report.generate.title')}>
      <Form
        form={form}
        layout="inline"
        name="generate-report"
        initialValues={{ rootOrganisationId: user.scopeRoots[0]?.id ?? null, year: new Date().getFullYear() }}
        onFinish={(v) => void generate(v)}
      >
        <Form.Item name="rootOrganisationId" label={t('report.generate.org')} rules={[{ required: true, message: t('report.generate.org') }]}>
          <OrganisationSelect ariaLabel={t('report.generate.org')} initial={user.scopeRoots} style={{ minWidth: 360 }} />
        </Form.Item>
        <Form.Item name="year" label={t('report.generate.year')} rules={[{ required: true, type: 'integer', min: 2000, max: new Date().getFullYear() }]}>
          <InputNumber min={2000} max={new Date().getFullYear()} precision={0} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={sending} disabled={running}>
            {t('report.generate.submit')}
          </Button>
        </Form.Item>
      </Form>
      {sendError && <Alert type="error" showIcon title={sendError} style={{ marginTop: 16 }} />}
      {jobId && (
        <Space orientation="vertical" style={{ width: '100%', marginTop: 16 }}>
          <Progress
            percent={percent}
            status={job?.status === 'FAILED' ? 'exception' : job?.status === 'DONE' ? 'success' : 'active'}
            aria-label={t('report.generate.title')}
            data-testid="report-progress"
          />
          <Typography.Text type={job?.status === 'FAILED' ? 'danger' : undefined} aria-live="polite" data-testid="report-status">
            {statusText}
          </Typography.Text>
          {error && <Typography.Text type="warning">{error}</Typography.Text>}
          {job?.status === 'DONE' && job.snapshotId && (
            <Button type="primary" onClick={() => onDone(job.snapshotId as string)}>
              {t('report.generate.open')}
            </Button>
          )}
        </Space>
      )}
    </Card>
  );
}
