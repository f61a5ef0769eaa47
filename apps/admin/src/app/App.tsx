import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App as AntApp, Button, ConfigProvider, Layout, Segmented, Space, Typography, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { useEffect, useState } from 'react';
import { I18nProvider, useI18n, type Lang } from '../i18n';
import { authClient, LoginPage, SessionExpiredModal, useSession } from '../modules/auth';
import { OrganisationTreePage } from '../modules/organisations';
import { ROUTES, useHashRoute, type RoutePath } from '../router/hash-router';

const ANTD_LOCALES = { vi: viVN, en: enUS } as const;
const HOME: RoutePath = ROUTES.organisations;

function AppHeader() {
  const { t, lang, setLang } = useI18n();
  const session = useSession();
  const [loggingOut, setLoggingOut] = useState(false);
  const { token } = theme.useToken();

  const logout = async () => {
    setLoggingOut(true);
    try {
      await authClient.logout();
    } finally {
      setLoggingOut(false);
    }
  };

  return (
    <Layout.Header
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 16,
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        paddingInline: 24,
      }}
    >
      <Space size="small" align="baseline">
        <Typography.Title level={4} style={{ margin: 0, color: token.colorPrimary }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
      </Space>
      <Space size="middle">
        <Segmented<Lang>
          aria-label={t('lang.switch')}
          size="small"
          value={lang}
          onChange={(value) => setLang(value)}
          options={[
            { label: 'VI', value: 'vi' },
            { label: 'EN', value: 'en' },
          ]}
        />
        {session.user && (
          <>
            <Typography.Text data-testid="current-user">
              <UserOutlined /> {session.user.displayName}
            </Typography.Text>
            <Button icon={<LogoutOutlined />} loading={loggingOut} onClick={() => void logout()}>
              {t('auth.logout')}
            </Button>
          </>
        )}
      </Space>
    </Layout.Header>
  );
}

function Shell() {
  const session = useSession();
  const [route, navigate] = useHashRoute();
  const signedIn = session.status !== 'anonymous';

  // Keep the URL coherent with the session: /login when signed out, a real page otherwise.
  useEffect(() => {
    if (!signedIn && route !== ROUTES.login) navigate(ROUTES.login, { replace: true });
    else if (signedIn && (route === null || route === ROUTES.login)) navigate(HOME, { replace: true });
  }, [signedIn, route, navigate]);

  let content;
  if (!signedIn) {
    content = <LoginPage onSuccess={() => navigate(HOME, { replace: true })} />;
  } else {
    // Same user after a re-login: the page keeps its state. Another user: fresh page.
    content = (
      <div key={session.user?.id ?? 'anonymous'}>
        <OrganisationTreePage />
      </div>
    );
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader />
      <Layout.Content style={{ padding: 24 }}>{content}</Layout.Content>
      <SessionExpiredModal />
    </Layout>
  );
}

function LocalisedApp() {
  const { lang } = useI18n();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <ConfigProvider locale={ANTD_LOCALES[lang]} theme={{ token: { colorPrimary: '#c8102e' } }}>
      <AntApp>
        <Shell />
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <LocalisedApp />
    </I18nProvider>
  );
}

export default App;
