import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Progress, Radio, Row, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useT, type MessageKey } from '../../i18n';
import { useAccess } from '../kit/access';
import { gql } from '../kit/api';
import { useRemote } from '../kit/use-remote';
import { formatDate } from '../kit/dates';
import { FormModal } from '../kit/FormModal';
import { OrganisationSelect } from '../kit/OrganisationSelect';
import { MemberSelect } from '../kit/MemberSelect';
import {
  RATE_MEMBER_MUTATION,
  RATE_ORGANISATION_MUTATION,
  RATING_LEVELS,
  fetchRatings,
  type Distribution,
  type RatingLevel,
  type RatingRow,
} from './cell-life-api';

type Counts = Distribution['members'];
const COUNT_KEYS: Array<{ key: keyof Counts; label: MessageKey }> = [
  { key: 'excellent', label: 'ratings.level.EXCELLENT' },
  { key: 'good', label: 'ratings.level.GOOD' },
  { key: 'completed', label: 'ratings.level.COMPLETED' },
  { key: 'notCompleted', label: 'ratings.level.NOT_COMPLETED' },
  { key: 'unrated', label: 'ratings.unrated' },
];

function DistributionTable({ title, counts }: { title: string; counts: Counts }) {
  const t = useT();
  const total = COUNT_KEYS.reduce((sum, k) => sum + counts[k.key], 0);
  return (
    <section aria-label={title}>
      <Typography.Title level={5}>{title}</Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={COUNT_KEYS.map((k) => ({ key: k.key, label: t(k.label), count: counts[k.key] }))}
        columns={[
          { title: t('ratings.rate.level'), dataIndex: 'label' },
          { title: t('ratings.count'), dataIndex: 'count', align: 'right' },
          {
            title: t('ratings.share'),
            key: 'share',
            render: (_, r) => <Progress percent={total ? Math.round((r.count / total) * 1000) / 10 : 0} size="small" aria-label={`${r.label} ${t('ratings.share')}`} />,
          },
        ]}
      />
    </section>
  );
}

interface RateValues {
  subject: 'MEMBER' | 'ORGANISATION';
  memberId?: string;
  organisationId?: string;
  rating: RatingLevel;
  comment?: string;
}

/** Year-end ratings (xếp loại): distribution for members and organisations, the ratings recorded, and rating entry. */
export function RatingsPage() {
  const t = useT();
  const { message } = App.useApp();
  const access = useAccess();
  const canRateMember = access.can('rating.writeMember');
  const canRateOrg = access.can('rating.writeOrganisation');
  const [year, setYear] = useState(dayjs().year());
  const [withinId, setWithinId] = useState<string | null>(null);
  const [rating, setRating] = useState(false);
  const { data, error, reload: load } = useRemote(() => fetchRatings(year, withinId), [year, withinId]);

  return (
    <Card
      title={<Typography.Title level={3} style={{ margin: 0 }}>{t('ratings.title')}</Typography.Title>}
      extra={
        (canRateMember || canRateOrg) && (
          <Button type="primary" onClick={() => setRating(true)}>
            {t('ratings.rate')}
          </Button>
        )
      }
    >
      <Space wrap>
        <InputNumber aria-label={t('kit.year')} min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        <OrganisationSelect ariaLabel={t('ratings.within')} allowClear value={withinId} onChange={setWithinId} />
      </Space>
      {error && <Alert type="error" showIcon title={t('common.error')} description={error} style={{ marginTop: 12 }} />}
      {data && (
        <>
          <Typography.Title level={4} style={{ marginTop: 16 }}>
            {t('ratings.distribution', { year: data.ratingDistribution.year })}
          </Typography.Title>
          <Row gutter={[24, 16]}>
            <Col xs={24} lg={12}>
              <DistributionTable title={t('ratings.members')} counts={data.ratingDistribution.members} />
            </Col>
            <Col xs={24} lg={12}>
              <DistributionTable title={t('ratings.organisations')} counts={data.ratingDistribution.organisations} />
            </Col>
          </Row>
          <section aria-label={t('ratings.list')}>
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('ratings.list')}
            </Typography.Title>
            <Table<RatingRow>
              size="small"
              rowKey="id"
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              dataSource={data.ratings.nodes}
              columns={[
                { title: t('ratings.subject'), dataIndex: 'subjectName' },
                { title: t('ratings.rate.level'), dataIndex: 'rating', render: (r: RatingLevel) => <Tag>{t(`ratings.level.${r}`)}</Tag> },
                { title: t('ratings.ratedOn'), dataIndex: 'ratedOn', render: (d: string) => formatDate(d) },
                { title: t('ratings.ratedBy'), dataIndex: 'ratedBy', render: (v: string | null) => v ?? '' },
                { title: t('kit.comment'), dataIndex: 'comment', render: (v: string | null) => v ?? '' },
              ]}
            />
          </section>
        </>
      )}
      <FormModal<RateValues>
        open={rating}
        title={t('ratings.rate')}
        fields={['memberId', 'organisationId', 'rating', 'comment']}
        initialValues={{ subject: canRateOrg && !canRateMember ? 'ORGANISATION' : 'MEMBER' }}
        onCancel={() => setRating(false)}
        onSubmit={async (v) => {
          const base = { year, rating: v.rating, comment: v.comment?.trim() || null };
          if (v.subject === 'MEMBER') await gql(RATE_MEMBER_MUTATION, { input: { ...base, memberId: v.memberId ?? '' } });
          else await gql(RATE_ORGANISATION_MUTATION, { input: { ...base, organisationId: v.organisationId ?? '' } });
          message.success(t('ratings.rated'));
          setRating(false);
          load();
        }}
      >
        <Form.Item name="subject" label={t('ratings.rate.subject')}>
          <Radio.Group
            options={[
              { value: 'MEMBER', label: t('ratings.rate.member'), disabled: !canRateMember },
              { value: 'ORGANISATION', label: t('ratings.rate.organisation'), disabled: !canRateOrg },
            ]}
          />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.subject !== b.subject}>
          {({ getFieldValue }) =>
            getFieldValue('subject') === 'ORGANISATION' ? (
              <Form.Item name="organisationId" label={t('ratings.rate.organisation')} rules={[{ required: true, message: t('kit.required') }]}>
                <OrganisationSelect ariaLabel={t('ratings.rate.organisation')} />
              </Form.Item>
            ) : (
              <Form.Item name="memberId" label={t('ratings.rate.member')} rules={[{ required: true, message: t('kit.required') }]}>
                <MemberSelect ariaLabel={t('ratings.rate.memberSearch')} />
              </Form.Item>
            )
          }
        </Form.Item>
        <Form.Item name="rating" label={t('ratings.rate.level')} rules={[{ required: true, message: t('kit.required') }]}>
          <Select options={RATING_LEVELS.map((r) => ({ value: r, label: t(`ratings.level.${r}`) }))} />
        </Form.Item>
        <Form.Item name="comment" label={t('kit.comment')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
