import { Alert, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { applyFieldErrors } from './api';

interface Props<T> {
  open: boolean;
  title: string;
  okText?: string;
  /** Field names of the form: API errors on these go on the field, others above the form. */
  fields: readonly string[];
  initialValues?: Partial<T>;
  onCancel: () => void;
  /** Throw the API error: its fields are shown on the form. */
  onSubmit: (values: T) => Promise<void>;
  children: ReactNode | ((form: FormInstance<T>) => ReactNode);
}

/** A modal form that sends to the API and shows its refusal by field (or above the form). */
export function FormModal<T extends object>({ open, title, okText, fields, initialValues, onCancel, onSubmit, children }: Props<T>) {
  const t = useT();
  const [form] = Form.useForm<T>();
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  const submit = async (values: T) => {
    setSaving(true);
    setProblems([]);
    try {
      await onSubmit(values);
      form.resetFields();
    } catch (error) {
      setProblems(applyFieldErrors(form, error, fields));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('kit.save')}
      cancelText={t('kit.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={() => {
        setProblems([]);
        onCancel();
      }}
      destroyOnHidden
    >
      {problems.length > 0 && <Alert type="error" showIcon role="alert" title={problems.join(' ')} style={{ marginBottom: 12 }} />}
      <Form<T> form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => void submit(v)}>
        {typeof children === 'function' ? children(form) : children}
      </Form>
    </Modal>
  );
}
