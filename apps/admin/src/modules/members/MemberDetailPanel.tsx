import { Alert, Button, Checkbox, DatePicker, Descriptions, Form, Input, Modal, Radio, Space, Spin, Table, Tag, Typography, App } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '../../i18n';
import { applyFieldErrors } from '../kit/api';
import { useRemote } from '../kit/use-remote';
import { PICKER_FORMAT, formatDate, formatLastDay, fromApiDate, toApiDate } from '../kit/dates';
import { FormModal } from '../kit/FormModal';
import { OrganisationSelect } from '../kit/OrganisationSelect';
import { MEMBER_FLAGS, fetchMember, transferMember, updateMember, type MemberDetail, type MemberFlag, type MembershipRow } from './members-api';

interface TransferValues {
  toOrganisationId: string;
  effectiveDate: Dayjs;
  reason?: string;
}

function TransferModal({ member, open, onClose, onDone }: { member: MemberDetail; open: boolean; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<TransferValues>();
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string[]>([]);

  const submit = async (values: TransferValues) => {
    setSaving(true);
    setFormError([]);
    try {
      await transferMember(member.id, {
        toOrganisationId: values.toOrganisationId,
        effectiveDate: toApiDate(values.effectiveDate) ?? '',
        reason: values.reason?.trim() || null,
      });
      message.success(t('members.transfer.done'));
      form.resetFields();
      onDone();
    } catch (error) {
      setFormError(applyFieldErrors(form, error, ['toOrganisationId', 'effectiveDate', 'reason']));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('members.transfer.title')}
      okText={t('members.transfer.open')}
      cancelText={t('kit.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {member.fullName} — {member.organisation ? `${member.organisation.code} ${member.organisation.name}` : ''}
      </Typography.Paragraph>
      {formError.length > 0 && <Alert type="error" showIcon title={formError.join(' ')} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="toOrganisationId" label={t('members.transfer.to')} rules={[{ required: true, message: t('members.transfer.required') }]}>
          <OrganisationSelect ariaLabel={t('members.transfer.to')} exclude={[member.organisationId]} />
        </Form.Item>
        <Form.Item name="effectiveDate" label={t('members.transfer.date')} rules={[{ required: true, message: t('members.transfer.required') }]}>
          <DatePicker format={PICKER_FORMAT} />
        </Form.Item>
        <Form.Item name="reason" label={t('members.transfer.reason')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type EditValues = {
  fullName: string;
  cardNumber: string;
  birthDate: Dayjs | null;
  gender: MemberDetail['gender'];
  standing: MemberDetail['standing'];
  position?: string | null;
} & Record<MemberFlag, boolean>;

const EDIT_FIELDS = ['fullName', 'cardNumber', 'birthDate', 'gender', 'standing', 'position', ...MEMBER_FLAGS] as const;

/** Edits a member's personal fields and flags (updateMember); the organisation changes only by a transfer. */
function EditMemberModal({ member, open, onClose, onDone }: { member: MemberDetail; open: boolean; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const required = [{ required: true, message: t('kit.required') }];
  const initialValues: EditValues = {
    fullName: member.fullName,
    cardNumber: member.cardNumber,
    birthDate: fromApiDate(member.birthDate),
    gender: member.gender,
    standing: member.standing,
    position: member.position,
    ...(Object.fromEntries(MEMBER_FLAGS.map((f) => [f, member[f]])) as Record<MemberFlag, boolean>),
  };
  return (
    <FormModal<EditValues>
      open={open}
      title={t('members.edit.title')}
      fields={EDIT_FIELDS}
      initialValues={initialValues}
      onCancel={onClose}
      onSubmit={async (v) => {
        await updateMember(member.id, {
          fullName: v.fullName.trim(),
          cardNumber: v.cardNumber.trim(),
          birthDate: toApiDate(v.birthDate),
          gender: v.gender,
          standing: v.standing,
          position: v.position?.trim() || null,
          ...(Object.fromEntries(MEMBER_FLAGS.map((f) => [f, !!v[f]])) as Record<MemberFlag, boolean>),
        });
        message.success(t('members.edit.done'));
        onDone();
      }}
    >
      <Form.Item name="fullName" label={t('members.col.name')} rules={required}>
        <Input maxLength={120} />
      </Form.Item>
      <Form.Item name="cardNumber" label={t('members.col.card')} rules={required}>
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name="birthDate" label={t('members.col.birthDate')} rules={required}>
        <DatePicker format={PICKER_FORMAT} />
      </Form.Item>
      <Form.Item name="gender" label={t('members.detail.gender')} rules={required}>
        <Radio.Group options={(['MALE', 'FEMALE'] as const).map((g) => ({ value: g, label: t(`members.gender.${g}`) }))} />
      </Form.Item>
      <Form.Item name="standing" label={t('members.col.standing')} rules={required}>
        <Radio.Group options={(['OFFICIAL', 'PROBATIONARY'] as const).map((s) => ({ value: s, label: t(`members.standing.${s}`) }))} />
      </Form.Item>
      <Form.Item name="position" label={t('members.edit.position')}>
        <Input maxLength={255} />
      </Form.Item>
      {MEMBER_FLAGS.map((f) => (
        <Form.Item key={f} name={f} valuePropName="checked" style={{ marginBottom: 4 }}>
          <Checkbox>{t(`members.flag.${f}`)}</Checkbox>
        </Form.Item>
      ))}
    </FormModal>
  );
}

/** A member's details, flags, membership history and (for writers) the transfer action. */
export function MemberDetailPanel({ memberId, canWrite, onChanged }: { memberId: string; canWrite: boolean; onChanged?: () => void }) {
  const t = useT();
  const [transferOpen, setTransferOpen] = useState(false);
  const [editOpen, setEditOpen] = useState(false);
  const { data: member, error, reload: load } = useRemote(() => fetchMember(memberId), [memberId]);

  if (error) return <Alert type="error" showIcon title={t('common.error')} description={error} />;
  if (!member || member.id !== memberId) return <Spin description={t('common.loading')} />;

  const flags = MEMBER_FLAGS.filter((f) => member[f]);
  const changed = () => {
    setEditOpen(false);
    setTransferOpen(false);
    load();
    onChanged?.();
  };
  return (
    <section aria-label={t('members.detail.title')}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {member.fullName}
        </Typography.Title>
        {canWrite && (
          <Space>
            <Button onClick={() => setEditOpen(true)}>{t('members.edit.open')}</Button>
            <Button onClick={() => setTransferOpen(true)}>{t('members.transfer.open')}</Button>
          </Space>
        )}
      </Space>
      <Descriptions
        column={1}
        size="small"
        style={{ marginTop: 12 }}
        items={[
          { key: 'card', label: t('members.col.card'), children: member.cardNumber },
          { key: 'birth', label: t('members.col.birthDate'), children: formatDate(member.birthDate) },
          { key: 'gender', label: t('members.detail.gender'), children: t(`members.gender.${member.gender}`) },
          { key: 'standing', label: t('members.col.standing'), children: t(`members.standing.${member.standing}`) },
          { key: 'position', label: t('members.detail.position'), children: member.position ?? '—' },
          {
            key: 'org',
            label: t('members.col.organisation'),
            children: member.organisation ? `${member.organisation.code} — ${member.organisation.name}` : '—',
          },
          {
            key: 'flags',
            label: t('members.col.flags'),
            children: flags.length ? flags.map((f) => <Tag key={f}>{t(`members.flag.${f}`)}</Tag>) : '—',
          },
        ]}
      />
      <section aria-label={t('members.detail.history')}>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('members.detail.history')}
      </Typography.Title>
      <Table<MembershipRow>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...member.memberships].reverse()}
        columns={[
          {
            title: t('kit.organisation'),
            key: 'org',
            render: (_, m) => (m.organisation ? `${m.organisation.code} — ${m.organisation.name}` : m.organisationId),
          },
          { title: t('members.detail.from'), dataIndex: 'validFrom', render: (d: string) => formatDate(d) },
          {
            title: t('members.detail.to'),
            dataIndex: 'validTo',
            render: (d: string | null) => (d ? formatLastDay(d) : <Tag color="green">{t('members.detail.current')}</Tag>),
          },
          { title: t('members.detail.reason'), dataIndex: 'reason', render: (r: string | null) => r ?? '' },
        ]}
      />
      </section>
      {canWrite && (
        <>
          <EditMemberModal member={member} open={editOpen} onClose={() => setEditOpen(false)} onDone={changed} />
          <TransferModal member={member} open={transferOpen} onClose={() => setTransferOpen(false)} onDone={changed} />
        </>
      )}
    </section>
  );
}
