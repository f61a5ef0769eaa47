import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useT, type TFunction } from '../../i18n';
import { AuthError, authClient, type AuthUser } from './auth-client';

interface LoginValues {
  username: string;
  password: string;
}

interface LoginFormProps {
  /** Distinguishes the field ids when the form is rendered twice (page, modal). */
  name?: string;
  initialUsername?: string;
  onSuccess?: (user: AuthUser) => void;
}

interface LoginErrorView {
  title: string;
  description?: string;
}

function describeError(error: unknown, t: TFunction): LoginErrorView {
  if (error instanceof AuthError) {
    if (error.status === 429) {
      const parts = [error.message, error.retryAfterSeconds ? t('auth.login.retryAfter', { seconds: error.retryAfterSeconds }) : '']
        .filter(Boolean)
        .join(' ');
      return { title: t('auth.login.tooMany'), description: parts || undefined };
    }
    if (error.status === 401) return { title: error.message || t('auth.login.invalid') };
    return { title: error.message || t('common.error') };
  }
  return { title: t('auth.login.network') };
}

export function LoginForm({ name = 'login', initialUsername, onSuccess }: LoginFormProps) {
  const t = useT();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<LoginErrorView | null>(null);

  const onFinish = async ({ username, password }: LoginValues) => {
    setSubmitting(true);
    setError(null);
    try {
      const user = await authClient.login(username.trim(), password);
      onSuccess?.(user);
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Form<LoginValues>
      name={name}
      layout="vertical"
      initialValues={{ username: initialUsername ?? '' }}
      onFinish={onFinish}
      onValuesChange={() => error && setError(null)}
      requiredMark={false}
      autoComplete="on"
    >
      {error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={error.title}
          description={error.description}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form.Item
        label={t('auth.login.username')}
        name="username"
        rules={[{ required: true, whitespace: true, message: t('auth.login.usernameRequired') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus={!initialUsername} />
      </Form.Item>
      <Form.Item
        label={t('auth.login.password')}
        name="password"
        rules={[{ required: true, message: t('auth.login.passwordRequired') }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" autoFocus={!!initialUsername} />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" block loading={submitting}>
          {t('auth.login.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
}
