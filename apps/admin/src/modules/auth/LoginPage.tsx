import { Card, Typography } from 'antd';
import { useT } from '../../i18n';
import type { AuthUser } from './auth-client';
import { LoginForm } from './LoginForm';

export function LoginPage({ onSuccess }: { onSuccess?: (user: AuthUser) => void }) {
  const t = useT();
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: '64px 16px' }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('auth.login.title')}
        </Typography.Title>
        <LoginForm name="login" onSuccess={onSuccess} />
      </Card>
    </div>
  );
}
