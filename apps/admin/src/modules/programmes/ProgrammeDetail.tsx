import { ExclamationCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Descriptions, Form, Input, Radio, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '../../i18n';
import { fieldProblems, gql } from '../kit/api';
import { useRemote } from '../kit/use-remote';
import { PICKER_FORMAT, formatDate, fromApiDate, todayApi, toApiDate } from '../kit/dates';
import { FormModal } from '../kit/FormModal';
import { OrganisationSelect } from '../kit/OrganisationSelect';
import {
  ADD_ITEM_MUTATION,
  DISCUSS_PROGRAMME_MUTATION,
  EVALUATE_PROGRAMME_MUTATION,
  ISSUE_PROGRAMME_MUTATION,
  REPORT_PROGRESS_MUTATION,
  UPDATE_ITEM_MUTATION,
  fetchProgramme,
  itemErrorsByPosition,
  type ProgrammeItem,
} from './programmes-api';

interface ItemValues {
  title: string;
  target?: string;
  solutions?: string;
  deadline?: Dayjs | null;
  ownerOrganisationId?: string | null;
}

const ITEM_FIELDS = ['title', 'target', 'solutions', 'deadline', 'ownerOrganisationId', 'ownerMemberId'] as const;

function toItemInput(values: ItemValues, item?: ProgrammeItem) {
  return {
    title: values.title.trim(),
    target: values.target?.trim() || null,
    solutions: values.solutions?.trim() || null,
    deadline: toApiDate(values.deadline),
    ownerOrganisationId: values.ownerOrganisationId ?? null,
    // The person stays as it was (chosen elsewhere); an organisation may be set here.
    ownerMemberId: item?.ownerMemberId ?? null,
  };
}

function ItemFormFields({ owner }: { owner?: { id: string; name: string } | null }) {
  const t = useT();
  return (
    <>
      <Form.Item name="title" label={t('programmes.item.title')} rules={[{ required: true, whitespace: true, message: t('kit.required') }]}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="target" label={t('programmes.item.target')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="solutions" label={t('programmes.item.solutions')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="ownerOrganisationId" label={t('programmes.item.owner')}>
        <OrganisationSelect ariaLabel={t('programmes.item.owner')} allowClear initial={owner ? [owner] : []} />
      </Form.Item>
      <Form.Item name="deadline" label={t('programmes.item.deadline')}>
        <DatePicker format={PICKER_FORMAT} />
      </Form.Item>
    </>
  );
}

type Dialog =
  | { kind: 'discuss' }
  | { kind: 'issue' }
  | { kind: 'add' }
  | { kind: 'evaluate' }
  | { kind: 'edit'; item: ProgrammeItem }
  | { kind: 'progress'; item: ProgrammeItem }
  | null;

const PROGRESS = ['NOT_STARTED', 'IN_PROGRESS', 'DONE'] as const;
const RESULTS = ['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'] as const;

/** One programme with its items; writers discuss, issue and fix items. A refused issue marks each item row at fault. */
export function ProgrammeDetail({ programmeId, canWrite, onChanged }: { programmeId: string; canWrite: boolean; onChanged?: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [itemErrors, setItemErrors] = useState<Record<number, string[]>>({});
  const [issueError, setIssueError] = useState<string | null>(null);

  const { data: programme, error: loadError, reload: load } = useRemote(() => fetchProgramme(programmeId), [programmeId]);

  const changed = () => {
    setDialog(null);
    load();
    onChanged?.();
  };

  if (loadError) return <Alert type="error" showIcon title={t('common.error')} description={loadError} />;
  if (!programme) return <Spin description={t('common.loading')} />;

  const editable = canWrite && (programme.status === 'DRAFT' || programme.status === 'DISCUSSED');

  const issue = async (values: { issuedOn: Dayjs; documentNumber?: string }) => {
    setIssueError(null);
    try {
      await gql(ISSUE_PROGRAMME_MUTATION, {
        id: programme.id,
        input: { issuedOn: toApiDate(values.issuedOn) ?? '', documentNumber: values.documentNumber?.trim() || null },
      });
      setItemErrors({});
      message.success(t('programmes.issued'));
      changed();
    } catch (error) {
      const byItem = itemErrorsByPosition(fieldProblems(error));
      if (Object.keys(byItem).length === 0) throw error; // shown on the issue form
      // The refusal is about items: close the form and show each message on its row.
      setItemErrors(byItem);
      setIssueError(t('programmes.issue.refused'));
      setDialog(null);
    }
  };

  return (
    <section aria-label={t('programmes.detail.title')}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {programme.title}
      </Typography.Title>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'committee', label: t('programmes.col.committee'), children: programme.organisationName },
          { key: 'status', label: t('kit.status'), children: <Tag>{t(`programmes.status.${programme.status}`)}</Tag> },
          ...(programme.evaluationResult
            ? [
                {
                  key: 'evaluated',
                  label: t('programmes.evaluate.result'),
                  children: `${t(`programmes.result.${programme.evaluationResult}`)} (${formatDate(programme.evaluatedOn)})${programme.evaluation ? ` — ${programme.evaluation}` : ''}`,
                },
              ]
            : []),
          ...(programme.discussedOn
            ? [{ key: 'discussed', label: t('programmes.discuss.date'), children: formatDate(programme.discussedOn) }]
            : []),
          ...(programme.issuedOn
            ? [
                {
                  key: 'issued',
                  label: t('programmes.col.issuedOn'),
                  children: `${formatDate(programme.issuedOn)}${programme.documentNumber ? ` — ${programme.documentNumber}` : ''}`,
                },
              ]
            : []),
        ]}
      />
      {canWrite && (
        <Space style={{ margin: '12px 0' }} wrap>
          {editable && <Button onClick={() => setDialog({ kind: 'add' })}>{t('programmes.item.add')}</Button>}
          {programme.status === 'DRAFT' && <Button onClick={() => setDialog({ kind: 'discuss' })}>{t('programmes.discuss')}</Button>}
          {programme.status === 'DISCUSSED' && (
            <Button type="primary" onClick={() => setDialog({ kind: 'issue' })}>
              {t('programmes.issue')}
            </Button>
          )}
          {programme.status === 'ISSUED' && <Button onClick={() => setDialog({ kind: 'evaluate' })}>{t('programmes.evaluate')}</Button>}
        </Space>
      )}
      {issueError && <Alert type="error" showIcon role="alert" title={issueError} style={{ marginBottom: 12 }} />}
      <section aria-label={t('programmes.items')}>
      <Typography.Title level={5}>{t('programmes.items')}</Typography.Title>
      <Table<ProgrammeItem>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={programme.items}
        rowClassName={(item) => (itemErrors[item.position] ? 'qt-row-invalid' : '')}
        onRow={(item) => (itemErrors[item.position] ? { style: { background: '#fff1f0' } } : {})}
                columns={[
          { title: t('programmes.item.position'), dataIndex: 'position', width: 56 },
          {
            title: t('programmes.item.title'),
            key: 'title',
            render: (_, item) => (
              <>
                <div>{item.title}</div>
                {item.target && <Typography.Text type="secondary">{item.target}</Typography.Text>}
                {itemErrors[item.position] && (
                  <div role="alert" aria-label={t('programmes.item.problem', { position: item.position })}>
                    {itemErrors[item.position].map((m) => (
                      <Typography.Text key={m} type="danger" style={{ display: 'block' }}>
                        <ExclamationCircleOutlined aria-hidden /> {m}
                      </Typography.Text>
                    ))}
                  </div>
                )}
              </>
            ),
          },
          {
            title: t('programmes.item.owner'),
            key: 'owner',
            render: (_, item) =>
              item.ownerOrganisationName ?? item.ownerMemberName ?? (
                <Tag icon={<WarningOutlined aria-hidden />} color="warning">
                  {t('programmes.item.noOwner')}
                </Tag>
              ),
          },
          {
            title: t('programmes.item.deadline'),
            dataIndex: 'deadline',
            render: (d: string | null) =>
              d ? (
                formatDate(d)
              ) : (
                <Tag icon={<WarningOutlined aria-hidden />} color="warning">
                  {t('programmes.item.noDeadline')}
                </Tag>
              ),
          },
          ...(programme.status === 'ISSUED' || programme.status === 'EVALUATED'
            ? [
                {
                  title: t('programmes.item.progress'),
                  key: 'progress',
                  render: (_: unknown, item: ProgrammeItem) => (
                    <>
                      <Tag>{t(`programmes.progress.${item.status}`)}</Tag>
                      {item.progressOn && <Typography.Text type="secondary">{formatDate(item.progressOn)}</Typography.Text>}
                      {item.evidence && <div>{item.evidence}</div>}
                      {canWrite && programme.status === 'ISSUED' && (
                        <Button
                          size="small"
                          style={{ marginTop: 4 }}
                          onClick={() => setDialog({ kind: 'progress', item })}
                          aria-label={`${t('programmes.item.report')} ${item.position}`}
                        >
                          {t('programmes.item.report')}
                        </Button>
                      )}
                    </>
                  ),
                },
              ]
            : []),
          ...(editable
            ? [
                {
                  title: t('kit.actions'),
                  key: 'actions',
                  render: (_: unknown, item: ProgrammeItem) => (
                    <Button size="small" onClick={() => setDialog({ kind: 'edit', item })} aria-label={`${t('programmes.item.edit')} ${item.position}`}>
                      {t('programmes.item.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      </section>

      <FormModal<{ discussedOn: Dayjs; record: string }>
        open={dialog?.kind === 'discuss'}
        title={t('programmes.discuss')}
        fields={['discussedOn', 'record']}
        initialValues={{ discussedOn: dayjs() }}
        onCancel={() => setDialog(null)}
        onSubmit={async (v) => {
          await gql(DISCUSS_PROGRAMME_MUTATION, { id: programme.id, input: { discussedOn: toApiDate(v.discussedOn) ?? '', record: v.record } });
          changed();
        }}
      >
        <Form.Item name="discussedOn" label={t('programmes.discuss.date')} rules={[{ required: true, message: t('kit.required') }]}>
          <DatePicker format={PICKER_FORMAT} />
        </Form.Item>
        <Form.Item name="record" label={t('programmes.discuss.record')} rules={[{ required: true, whitespace: true, message: t('kit.required') }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </FormModal>

      <FormModal<{ issuedOn: Dayjs; documentNumber?: string }>
        open={dialog?.kind === 'issue'}
        title={t('programmes.issue')}
        okText={t('programmes.issue')}
        fields={['issuedOn', 'documentNumber']}
        initialValues={{ issuedOn: fromApiDate(todayApi()) ?? undefined }}
        onCancel={() => setDialog(null)}
        onSubmit={issue}
      >
        <Form.Item name="issuedOn" label={t('programmes.issue.date')} rules={[{ required: true, message: t('kit.required') }]}>
          <DatePicker format={PICKER_FORMAT} />
        </Form.Item>
        <Form.Item name="documentNumber" label={t('programmes.issue.number')}>
          <Input maxLength={100} />
        </Form.Item>
      </FormModal>

      <FormModal<ItemValues>
        open={dialog?.kind === 'add'}
        title={t('programmes.item.add')}
        fields={ITEM_FIELDS}
        onCancel={() => setDialog(null)}
        onSubmit={async (v) => {
          await gql(ADD_ITEM_MUTATION, { programmeId: programme.id, input: toItemInput(v) });
          changed();
        }}
      >
        <ItemFormFields />
      </FormModal>

      {dialog?.kind === 'progress' && (
        <FormModal<{ status: ProgrammeItem['status']; reportedOn: Dayjs; evidence?: string }>
          open
          title={t('programmes.item.reportTitle', { position: dialog.item.position })}
          fields={['status', 'reportedOn', 'evidence']}
          initialValues={{ status: dialog.item.status, reportedOn: dayjs() }}
          onCancel={() => setDialog(null)}
          onSubmit={async (v) => {
            await gql(REPORT_PROGRESS_MUTATION, {
              itemId: dialog.item.id,
              input: { status: v.status, reportedOn: toApiDate(v.reportedOn) ?? '', evidence: v.evidence?.trim() || null },
            });
            changed();
          }}
        >
          <Form.Item name="status" label={t('programmes.item.progress')}>
            <Radio.Group options={PROGRESS.map((p) => ({ value: p, label: t(`programmes.progress.${p}`) }))} />
          </Form.Item>
          <Form.Item name="reportedOn" label={t('programmes.item.reportedOn')} rules={[{ required: true, message: t('kit.required') }]}>
            <DatePicker format={PICKER_FORMAT} />
          </Form.Item>
          <Form.Item name="evidence" label={t('programmes.item.evidence')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </FormModal>
      )}

      <FormModal<{ evaluatedOn: Dayjs; result: (typeof RESULTS)[number]; evaluation: string }>
        open={dialog?.kind === 'evaluate'}
        title={t('programmes.evaluate')}
        fields={['evaluatedOn', 'result', 'evaluation']}
        initialValues={{ evaluatedOn: dayjs() }}
        onCancel={() => setDialog(null)}
        onSubmit={async (v) => {
          await gql(EVALUATE_PROGRAMME_MUTATION, {
            id: programme.id,
            input: { evaluatedOn: toApiDate(v.evaluatedOn) ?? '', result: v.result, evaluation: v.evaluation.trim() },
          });
          changed();
        }}
      >
        <Form.Item name="evaluatedOn" label={t('programmes.evaluate.on')} rules={[{ required: true, message: t('kit.required') }]}>
          <DatePicker format={PICKER_FORMAT} />
        </Form.Item>
        <Form.Item name="result" label={t('programmes.evaluate.result')} rules={[{ required: true, message: t('kit.required') }]}>
          <Select options={RESULTS.map((r) => ({ value: r, label: t(`programmes.result.${r}`) }))} />
        </Form.Item>
        <Form.Item name="evaluation" label={t('programmes.evaluate.text')} rules={[{ required: true, whitespace: true, message: t('kit.required') }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>

      {dialog?.kind === 'edit' && (
        <FormModal<ItemValues>
          open
          title={t('programmes.item.editTitle', { position: dialog.item.position })}
          fields={ITEM_FIELDS}
          initialValues={{
            title: dialog.item.title,
            target: dialog.item.target ?? undefined,
            solutions: dialog.item.solutions ?? undefined,
            deadline: fromApiDate(dialog.item.deadline),
            ownerOrganisationId: dialog.item.ownerOrganisationId,
          }}
          onCancel={() => setDialog(null)}
          onSubmit={async (v) => {
            const item = dialog.item;
            await gql(UPDATE_ITEM_MUTATION, { itemId: item.id, input: toItemInput(v, item) });
            setItemErrors((prev) => {
              const next = { ...prev };
              delete next[item.position];
              return next;
            });
            changed();
          }}
        >
          <ItemFormFields
            owner={
              dialog.item.ownerOrganisationId
                ? { id: dialog.item.ownerOrganisationId, name: dialog.item.ownerOrganisationName ?? '' }
                : null
            }
          />
        </FormModal>
      )}
    </section>
  );
}
