import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App as AntApp, Button, ConfigProvider, Layout, Menu, Result, Segmented, Space, Spin, Typography, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { I18nProvider, useI18n, type Lang } from '../i18n';
import { authClient, LoginPage, SessionExpiredModal, useSession } from '../modules/auth';
import { ROUTES, navigate, parseHash, useHash } from '../router/hash-router';
import { CurrentUserProvider, useCurrentUser } from './current-user';
import { allowed, NAV_GROUPS, NAVIGATION, visibleEntries, type NavEntry } from './navigation';

const ANTD_LOCALES = { vi: viVN, en: enUS } as const;
/** Party red; secondary texts dark enough for WCAG AA contrast (antd's default 45 % black is not). */
const THEME = {
  token: {
    colorPrimary: '#c8102e',
    colorLink: '#a8071a',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    colorError: '#cf1322',
    colorErrorText: '#a8071a',
    colorSuccessText: '#237804',
    colorWarningText: '#874d00',
  },
};
const PATTERNS = NAVIGATION.map((e) => e.path);

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
      // A deliberate sign-out does not come back to this page on the next sign-in.
      navigate(ROUTES.login, { replace: true });
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

/** The side menu: the registry entries the user's roles allow, by group. */
function SideMenu({ entries, selected }: { entries: NavEntry[]; selected?: string }) {
  const { t } = useI18n();
  const items = NAV_GROUPS.map((g) => {
    const children = entries
      .filter((e) => e.group === g.key && e.menu !== false)
      .map((e) => ({ key: e.key, icon: e.icon, label: <a href={`#${e.path}`}>{t(e.labelKey)}</a> }));
    return children.length ? { type: 'group' as const, key: g.key, label: t(g.labelKey), children } : null;
  }).filter((x) => x !== null);
  return (
    <nav aria-label={t('nav.main')}>
      <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={items} style={{ borderInlineEnd: 0 }} />
    </nav>
  );
}

function SignedInShell() {
  const { t } = useI18n();
  const hash = useHash();
  const user = useCurrentUser();
  const route = parseHash(hash, PATTERNS);
  const entries = useMemo(() => visibleEntries(user.roles), [user.roles]);
  const home = entries.find((e) => e.menu !== false);
  const entry = route ? NAVIGATION.find((e) => e.path === route.pattern) : undefined;

  // An unknown path (or none) goes to the user's first page once the roles are known.
  useEffect(() => {
    if (user.status === 'ready' && !entry && home) navigate(home.path, { replace: true });
  }, [user.status, entry, home]);

  // The menu entry to highlight: the page itself, or the listed page its path starts with.
  const selected = entry
    ? entry.menu !== false
      ? entry.key
      : entries.find((e) => e.menu !== false && route?.path.startsWith(e.path))?.key
    : undefined;

  let content;
  if (user.status === 'loading' || (user.status === 'ready' && !entry)) {
    content = <Spin description={t('common.loading')} />;
  } else if (user.status === 'error') {
    content = (
      <Result status="error" title={t('common.error')} extra={<Button onClick={user.reload}>{t('common.retry')}</Button>} />
    );
  } else if (entry && route && !allowed(entry, user.roles)) {
    content = <Result status="403" title={t('nav.forbidden')} />;
  } else if (entry && route) {
    const Page = entry.page;
    content = (
      <Suspense fallback={<Spin description={t('common.loading')} />}>
        <Page key={route.path} params={route.params} query={route.query} />
      </Suspense>
    );
  }

  return (
    <Layout style={{ flex: 1 }}>
      <Layout.Sider width={240} breakpoint="lg" collapsedWidth={0} theme="light" style={{ background: '#fff', borderInlineEnd: '1px solid #f0f0f0' }}>
        <SideMenu entries={entries} selected={selected} />
      </Layout.Sider>
      <Layout.Content style={{ padding: 24, minWidth: 0 }}>
        <main>{content}</main>
      </Layout.Content>
    </Layout>
  );
}

function Shell() {
  const session = useSession();
  const hash = useHash();
  const signedIn = session.status !== 'anonymous';
  const onLogin = parseHash(hash, [ROUTES.login]) !== null;

  // Signed out: /login?next=<where the user was>. Signed in on /login: back to `next`.
  useEffect(() => {
    const path = hash.replace(/^#/, '');
    if (!signedIn && !onLogin) {
      const next = path && path !== '/' ? `?next=${encodeURIComponent(path)}` : '';
      navigate(`${ROUTES.login}${next}`, { replace: true });
    } else if (signedIn && onLogin) {
      const next = new URLSearchParams(hash.split('?')[1] ?? '').get('next');
      navigate(next && next.startsWith('/') ? next : ROUTES.dashboard, { replace: true });
    }
  }, [signedIn, onLogin, hash]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader />
      {signedIn ? (
        // Same user after a re-login: the page keeps its state. Another user: fresh page.
        <div key={session.user?.id ?? 'anonymous'} style={{ display: 'flex', flex: 1 }}>
          <CurrentUserProvider>
            <SignedInShell />
          </CurrentUserProvider>
        </div>
      ) : (
        <Layout.Content style={{ padding: 24 }}>
          <main>
            <LoginPage onSuccess={() => undefined} />
          </main>
        </Layout.Content>
      )}
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
    <ConfigProvider locale={ANTD_LOCALES[lang]} theme={THEME}>
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
