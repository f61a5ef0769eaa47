import { Alert, App, Badge, Button, Card, Col, Empty, Form, Input, InputNumber, List, Row, Segmented, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { PageProps } from '../../app/navigation';
import { gql } from '../../graphql/client';
import type { EssayFilterInput, EssayForGradingQuery, EssaysToGradeQuery } from '../../graphql/generated/graphql';
import { useT } from '../../i18n';
import { errorText } from '../kit/api';
import { formatDateTime } from '../kit/dates';
import { CampaignSelect } from '../campaigns/CampaignSelect';
import { ESSAY_QUERY, ESSAYS_TO_GRADE_QUERY, GRADE_ESSAY_MUTATION } from './graphql';

type QueueItem = EssaysToGradeQuery['essaysToGrade']['nodes'][number];
type Detail = EssayForGradingQuery['essay'];

export type QueueFilter = 'toGrade' | 'flagged' | 'tooShort' | 'nearDuplicate' | 'graded';
const FILTERS: Record<QueueFilter, EssayFilterInput> = {
  toGrade: { graded: false },
  flagged: { graded: false, flagged: true },
  tooShort: { tooShort: true },
  nearDuplicate: { nearDuplicate: true },
  graded: { graded: true },
};

const pct = (similarity: number | null | undefined) => Math.round((similarity ?? 0) * 100);

function Flags({ flags, isLate }: { flags: QueueItem['flags']; isLate: boolean }) {
  const t = useT();
  return (
    <Space size={4} wrap>
      {flags?.tooShort && <Tag color="orange">{t('essay.flag.tooShort')}</Tag>}
      {flags?.nearDuplicate && <Tag color="red">{t('essay.flag.nearDuplicate', { percent: pct(flags.similarity) })}</Tag>}
      {isLate && <Tag>{t('essay.late')}</Tag>}
    </Space>
  );
}

function EssayText({ title, meta, body }: { title: string; meta: string; body: string }) {
  return (
    <Card size="small" title={title}>
      <Typography.Text type="secondary">{meta}</Typography.Text>
      {/* Scrollable and focusable, so that keyboard users can scroll it too. */}
      <Typography.Paragraph tabIndex={0} role="region" aria-label={title} style={{ whiteSpace: 'pre-wrap', maxHeight: 480, overflow: 'auto', margin: '8px 0 0' }}>
        {body}
      </Typography.Paragraph>
    </Card>
  );
}

/** One essay to grade: its text, a near-duplicate's similar essay side by side, the grade form. */
export function EssayGrader({ essayId, onGraded }: { essayId: string; onGraded: (grade: number) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ grade: number | null; comment: string }>();

  useEffect(() => {
    let live = true;
    setDetail(null);
    gql(ESSAY_QUERY, { id: essayId }).then(
      (d) => {
        if (!live) return;
        setDetail(d.essay);
        form.setFieldsValue({ grade: d.essay.essay.grade, comment: d.essay.essay.gradeComment ?? '' });
      },
      (e) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [essayId, form]);

  const grade = async (v: { grade: number | null; comment: string }) => {
    setSaving(true);
    try {
      const { gradeEssay } = await gql(GRADE_ESSAY_MUTATION, { id: essayId, input: { grade: v.grade as number, comment: v.comment.trim() || null } });
      void message.success(t('essay.graded', { grade: gradeEssay.grade ?? '' }));
      onGraded(gradeEssay.grade as number);
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  if (error) return <Alert type="error" showIcon title={error} />;
  if (!detail) return <Card loading />;
  const e = detail.essay;
  const similar = detail.similarEssay;
  const meta = (words: number, at: string) => `${t('essay.words', { count: words })} · ${t('essay.submittedAt', { at: formatDateTime(at) })}`;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {e.authorName}
        </Typography.Title>
        <Flags flags={e.flags} isLate={e.isLate} />
        {e.grade != null && <Tag color="green">{t('essay.gradedAs', { grade: e.grade })}</Tag>}
      </Space>
      {e.flags?.nearDuplicate ? (
        <Row gutter={16} data-testid="side-by-side">
          <Col xs={24} xl={12}>
            <EssayText title={e.authorName} meta={meta(e.wordCount, e.submittedAt)} body={e.body} />
          </Col>
          <Col xs={24} xl={12}>
            {similar ? (
              <EssayText
                title={t('essay.similar.title', { name: similar.authorName })}
                meta={`${t('essay.flag.nearDuplicate', { percent: pct(similar.similarity) })} · ${meta(similar.wordCount, similar.submittedAt)}`}
                body={similar.body}
              />
            ) : (
              <Alert type="info" showIcon title={t('essay.similar.hidden')} />
            )}
          </Col>
        </Row>
      ) : (
        <EssayText title={e.authorName} meta={meta(e.wordCount, e.submittedAt)} body={e.body} />
      )}
      <Form form={form} layout="inline" name="grade" onFinish={(v) => void grade(v)}>
        <Form.Item name="grade" label={t('essay.grade')} rules={[{ required: true, type: 'integer', min: 0, max: 10, message: t('essay.gradeRequired') }]}>
          <InputNumber min={0} max={10} precision={0} />
        </Form.Item>
        <Form.Item name="comment" label={t('essay.comment')} style={{ flex: 1, minWidth: 260 }}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('essay.gradeSubmit')}
          </Button>
        </Form.Item>
      </Form>
    </Space>
  );
}

/** The grading queue of a campaign: flagged essays first to hand, filters, grade and go on to the next. */
export function EssayQueuePage({ query }: PageProps) {
  const t = useT();
  const [campaignId, setCampaignId] = useState<string | null>(query.get('campaign'));
  const [filter, setFilter] = useState<QueueFilter>((query.get('filter') as QueueFilter) || 'toGrade');
  const [items, setItems] = useState<QueueItem[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [current, setCurrent] = useState<string | null>(null);

  const load = useCallback(async () => {
    if (!campaignId) return [];
    setLoading(true);
    try {
      const d = await gql(ESSAYS_TO_GRADE_QUERY, { campaignId, filter: FILTERS[filter] });
      setItems(d.essaysToGrade.nodes);
      setTotal(d.essaysToGrade.totalCount ?? null);
      setError(null);
      return d.essaysToGrade.nodes;
    } catch (e) {
      setError(errorText(e));
      return [];
    } finally {
      setLoading(false);
    }
  }, [campaignId, filter]);

  useEffect(() => {
    setCurrent(null);
    void load();
  }, [load]);

  const graded = async () => {
    const before = items.findIndex((i) => i.id === current);
    const next = await load();
    // Go on with the essay that now stands where the graded one was (or the last one).
    const rest = next.filter((i) => i.id !== current);
    const candidate = rest[Math.min(Math.max(before, 0), rest.length - 1)];
    if (filter !== 'graded') setCurrent(candidate?.id ?? null);
  };

  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('essay.queue.title')}
        </Typography.Title>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <CampaignSelect value={campaignId} onChange={(id) => setCampaignId(id)} />
        <Segmented<QueueFilter>
          aria-label={t('essay.queue.filter')}
          value={filter}
          onChange={setFilter}
          options={(Object.keys(FILTERS) as QueueFilter[]).map((f) => ({ value: f, label: t(`essay.filter.${f}`) }))}
        />
        {total !== null && <Badge count={total} showZero overflowCount={9999} color="#c8102e" />}
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col xs={24} lg={8}>
          <List<QueueItem>
            bordered
            loading={loading}
            dataSource={items}
            locale={{ emptyText: t('essay.queue.empty') }}
            style={{ maxHeight: 640, overflow: 'auto' }}
            renderItem={(i) => (
              <List.Item
                onClick={() => setCurrent(i.id)}
                style={{ cursor: 'pointer', background: i.id === current ? '#fff1f0' : undefined }}
                aria-current={i.id === current ? 'true' : undefined}
              >
                <List.Item.Meta
                  title={
                    <button type="button" onClick={() => setCurrent(i.id)} style={{ all: 'unset', cursor: 'pointer', fontWeight: 600 }}>
                      {i.authorName}
                    </button>
                  }
                  description={
                    <Space orientation="vertical" size={2}>
                      <Typography.Text type="secondary">
                        {t('essay.words', { count: i.wordCount })} · {formatDateTime(i.submittedAt)}
                      </Typography.Text>
                      <Flags flags={i.flags} isLate={i.isLate} />
                    </Space>
                  }
                />
                {i.grade != null && <Tag color="green">{i.grade}</Tag>}
              </List.Item>
            )}
          />
        </Col>
        <Col xs={24} lg={16}>
          {current ? <EssayGrader key={current} essayId={current} onGraded={() => void graded()} /> : <Empty description={t('essay.queue.pick')} />}
        </Col>
      </Row>
    </Card>
  );
}
