import { Button, Modal, Typography } from 'antd';
import { useT } from '../../i18n';
import { authClient } from './auth-client';
import { LoginForm } from './LoginForm';
import { useSession } from './use-session';

/**
 * Shown over the current page when the session expires. The page underneath
 * stays mounted; requests waiting for a token resume after the re-login.
 */
export function SessionExpiredModal() {
  const t = useT();
  const session = useSession();
  const open = session.status === 'expired';
  return (
    <Modal
      open={open}
      title={t('auth.expired.title')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      destroyOnHidden
      footer={
        <Button type="link" onClick={() => void authClient.logout()}>
          {t('auth.logout')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('auth.expired.body')}</Typography.Paragraph>
      {open && <LoginForm name="relogin" initialUsername={session.user?.username} />}
    </Modal>
  );
}
