import { Flex, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { HomePage } from '../pages/HomePage.js';
import { InvitePage } from '../pages/InvitePage.js';
import { LoginPage } from '../pages/LoginPage.js';
import { OrgPage } from '../pages/OrgPage.js';
import { RegisterPage } from '../pages/RegisterPage.js';
import { RemoteOrNotFound } from '../pages/RemoteOrNotFound.js';
import { AnnouncementBanner } from './announcement-banner.js';
import { Header } from './Header.js';
import { LogoMark } from './Logo.js';
import { RealtimeNotifier } from './realtime-notifier.js';
import { RequireAuth } from './RequireAuth.js';
import { useSessionRevalidation } from './use-session-revalidation.js';

function Footer() {
  const { t } = useTranslation('shell');
  return (
    <Layout.Footer style={{ borderTop: '1px solid #e5e8ef', padding: '24px 16px' }} data-testid="app-footer">
      <Flex vertical align="center" gap={6} style={{ maxWidth: 880, margin: '0 auto', textAlign: 'center' }}>
        <Flex align="center" gap={8}>
          <LogoMark size={20} />
          <Typography.Text strong>{t('brand.title')}</Typography.Text>
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('footer.about')}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('footer.copyright', { year: new Date().getFullYear() })}
        </Typography.Text>
      </Flex>
    </Layout.Footer>
  );
}

/**
 * The frame of every page. Shell pages are routed here; everything under /expos, /my and /review is
 * rendered by the booths remote (its own <Routes> match the full URL: this catch-all route has base "/").
 */
export function ShellLayout() {
  const { t } = useTranslation('shell');
  useSessionRevalidation();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a href="#main" className="yiqia-skip-link" data-testid="skip-link">
        {t('nav.skip')}
      </a>
      <Header />
      <AnnouncementBanner />
      <RealtimeNotifier />
      <Layout.Content id="main" role="main" tabIndex={-1} style={{ display: 'flex', flexDirection: 'column' }}>
        <Routes>
          <Route index element={<HomePage />} />
          <Route path="login" element={<LoginPage />} />
          <Route path="register" element={<RegisterPage />} />
          <Route path="invite/:token" element={<InvitePage />} />
          <Route
            path="org"
            element={
              <RequireAuth>
                <OrgPage />
              </RequireAuth>
            }
          />
          <Route path="*" element={<RemoteOrNotFound />} />
        </Routes>
      </Layout.Content>
      <Footer />
    </Layout>
  );
}
