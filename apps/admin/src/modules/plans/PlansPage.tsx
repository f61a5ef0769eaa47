import { Alert, App, Button, Card, Checkbox, Drawer, Form, Input, InputNumber, List, Select, Space, Table, Tag, Typography } from 'antd';
import { useId, useState } from 'react';
import { useT } from '../../i18n';
import { useAccess } from '../kit/access';
import { errorText, gql } from '../kit/api';
import { FormModal } from '../kit/FormModal';
import { CampaignSelect } from '../kit/CampaignSelect';
import { LoadMoreButton, usePaged } from '../kit/use-paged';
import { formatDate, formatDateTime } from '../kit/dates';
import { EVALUATE_PLAN_MUTATION, fetchPlans, reviewPlan, type PersonalPlanStatus, type PlanRow } from './plans-api';

type RatingLevel = 'EXCELLENT' | 'GOOD' | 'COMPLETED' | 'NOT_COMPLETED';
const RESULTS: RatingLevel[] = ['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'];
const STATUSES: PersonalPlanStatus[] = ['SUBMITTED', 'RETURNED', 'ACCEPTED', 'DRAFT'];

function ReviewPanel({ plan, canReview, onReviewed }: { plan: PlanRow; canReview: boolean; onReviewed: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const commentId = useId();
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState<'ACCEPTED' | 'RETURNED' | null>(null);
  const [evaluating, setEvaluating] = useState(false);

  const decide = async (decision: 'ACCEPTED' | 'RETURNED') => {
    if (decision === 'RETURNED' && !comment.trim()) {
      setProblem(t('plans.review.commentRequired'));
      return;
    }
    setProblem(null);
    setSaving(decision);
    try {
      await reviewPlan(plan.id, decision, comment.trim() || null);
      message.success(t('plans.review.done'));
      onReviewed();
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setSaving(null);
    }
  };

  return (
    <section aria-label={t('plans.review.title', { name: plan.memberName })}>
      <Space wrap>
        <Tag>{t(`plans.status.${plan.status}`)}</Tag>
        <Typography.Text type="secondary">{plan.organisationName}</Typography.Text>
      </Space>
      <Typography.Title level={5}>{t('plans.review.content')}</Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{plan.content}</Typography.Paragraph>
      {plan.reviews.length > 0 && (
        <>
          <Typography.Title level={5}>{t('plans.review.history')}</Typography.Title>
          <List
            size="small"
            dataSource={plan.reviews}
            renderItem={(r) => (
              <List.Item>
                {formatDateTime(r.reviewedAt)} — {t(`plans.decision.${r.decision}`)}
                {r.comment ? `: ${r.comment}` : ''}
              </List.Item>
            )}
          />
        </>
      )}
      {plan.evaluations.length > 0 && (
        <>
          <Typography.Title level={5}>{t('plans.evaluations')}</Typography.Title>
          <List
            size="small"
            dataSource={plan.evaluations}
            renderItem={(e) => (
              <List.Item>
                {e.year}: {t(`ratings.level.${e.result}`)}
                {e.comment ? ` — ${e.comment}` : ''}
              </List.Item>
            )}
          />
        </>
      )}
      {canReview && plan.status === 'ACCEPTED' && (
        <Button style={{ marginTop: 12 }} onClick={() => setEvaluating(true)}>
          {t('plans.evaluate')}
        </Button>
      )}
      <FormModal<{ year: number; result: RatingLevel; comment?: string }>
        open={evaluating}
        title={`${t('plans.evaluate')} — ${plan.memberName}`}
        fields={['year', 'result', 'comment']}
        initialValues={{ year: new Date().getFullYear() }}
        onCancel={() => setEvaluating(false)}
        onSubmit={async (v) => {
          await gql(EVALUATE_PLAN_MUTATION, { id: plan.id, input: { year: v.year, result: v.result, comment: v.comment?.trim() || null } });
          message.success(t('plans.evaluated'));
          setEvaluating(false);
          onReviewed();
        }}
      >
        <Form.Item name="year" label={t('plans.evaluate.year')} rules={[{ required: true, message: t('kit.required') }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="result" label={t('plans.evaluate.result')} rules={[{ required: true, message: t('kit.required') }]}>
          <Select options={RESULTS.map((r) => ({ value: r, label: t(`ratings.level.${r}`) }))} />
        </Form.Item>
        <Form.Item name="comment" label={t('kit.comment')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
      {canReview && plan.status === 'SUBMITTED' && (
        <div style={{ marginTop: 16 }}>
          <label htmlFor={commentId}>{t('plans.review.comment')}</label>
          <Input.TextArea
            id={commentId}
            rows={3}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            status={problem ? 'error' : undefined}
            aria-invalid={!!problem}
            aria-describedby={problem ? `${commentId}-problem` : undefined}
          />
          {problem && (
            <Typography.Text type="danger" id={`${commentId}-problem`} role="alert">
              {problem}
            </Typography.Text>
          )}
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" loading={saving === 'ACCEPTED'} onClick={() => void decide('ACCEPTED')}>
              {t('plans.review.accept')}
            </Button>
            <Button danger loading={saving === 'RETURNED'} onClick={() => void decide('RETURNED')}>
              {t('plans.review.return')}
            </Button>
          </Space>
        </div>
      )}
    </section>
  );
}

/** Personal action plans (kế hoạch hành động cá nhân) of the scope; overseers accept or return them. */
export function PlansPage() {
  const t = useT();
  const access = useAccess();
  const canReview = access.can('personalPlan.oversee');
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const [status, setStatus] = useState<PersonalPlanStatus | null>('SUBMITTED');
  // Overseers start on the plans they review; null until the user chooses.
  const [mineChoice, setMine] = useState<boolean | null>(null);
  const mine = mineChoice ?? canReview;
  const [open, setOpen] = useState<PlanRow | null>(null);

  // Wait for the roles: they decide the first filter (one request, not two).
  const plans = usePaged(
    campaignId && access.ready ? (after) => fetchPlans({ campaignId, status, overseenByMe: mine }, after) : null,
    [campaignId, status, mine],
  );
  const { error, loading, reload: load, rows } = plans;

  return (
    <Card title={<Typography.Title level={3} style={{ margin: 0 }}>{t('plans.title')}</Typography.Title>}>
      <Space wrap>
        <CampaignSelect ariaLabel={t('plans.campaign')} value={campaignId} onChange={setCampaignId} />
        <Select
          aria-label={t('plans.filter.status')}
          placeholder={t('plans.filter.status')}
          allowClear
          value={status ?? undefined}
          onChange={(v?: PersonalPlanStatus) => setStatus(v ?? null)}
          options={STATUSES.map((s) => ({ value: s, label: t(`plans.status.${s}`) }))}
          style={{ minWidth: 180 }}
        />
        {canReview && (
          <Checkbox checked={mine} onChange={(e) => setMine(e.target.checked)}>
            {t('plans.filter.mine')}
          </Checkbox>
        )}
      </Space>
      {error && <Alert type="error" showIcon title={t('common.error')} description={error} style={{ marginTop: 12 }} />}
      <Table<PlanRow>
        style={{ marginTop: 16 }}
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('plans.none') }}
        columns={[
          {
            title: t('plans.col.member'),
            dataIndex: 'memberName',
            render: (name: string, plan) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(plan)}>
                {name}
              </Button>
            ),
          },
          { title: t('plans.col.organisation'), dataIndex: 'organisationName' },
          { title: t('plans.col.overseer'), dataIndex: 'overseer', render: (o: PlanRow['overseer']) => t(`plans.overseer.${o}`) },
          { title: t('kit.status'), dataIndex: 'status', render: (s: PersonalPlanStatus) => <Tag>{t(`plans.status.${s}`)}</Tag> },
          { title: t('plans.col.submittedAt'), dataIndex: 'submittedAt', render: (d: string | null) => formatDate(d) },
        ]}
      />
      <LoadMoreButton paged={plans} />
      <Drawer open={!!open} size={640} onClose={() => setOpen(null)} title={open ? t('plans.review.title', { name: open.memberName }) : ''} destroyOnHidden>
        {open && (
          <ReviewPanel
            plan={open}
            canReview={canReview}
            onReviewed={() => {
              setOpen(null);
              load();
            }}
          />
        )}
      </Drawer>
    </Card>
  );
}
