import { useAuth } from '@yiqia/web-data';
import { DownOutlined, LanguageSwitch, LoginOutlined, LogoutOutlined, MenuOutlined, TeamOutlined, UserAddOutlined, UserOutlined, useLabels } from '@yiqia/web-ui';
import { App, Avatar, Button, Drawer, Dropdown, Flex, Grid, Layout, Menu, Skeleton, Typography, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { Logo } from './Logo.js';
import { NegotiateNavLabel } from './negotiate-nav.js';

type NavKey = 'home' | 'discover' | 'my' | 'myListings' | 'negotiate' | 'console' | 'review' | 'org';

function selectedNav(pathname: string): NavKey | null {
  if (pathname === '/' || pathname.startsWith('/expos')) return 'home';
  if (pathname === '/listings/mine' || pathname === '/listings/new' || /^\/listings\/[^/]+\/edit$/.test(pathname)) return 'myListings';
  if (pathname === '/discover' || pathname.startsWith('/discover/') || pathname.startsWith('/listings/')) return 'discover';
  if (pathname === '/my' || pathname.startsWith('/my/')) return 'my';
  if (pathname === '/negotiate' || pathname.startsWith('/negotiate/')) return 'negotiate';
  if (pathname === '/console' || pathname.startsWith('/console/')) return 'console';
  if (pathname === '/review' || pathname.startsWith('/review/')) return 'review';
  if (pathname === '/org' || pathname.startsWith('/org/')) return 'org';
  return null;
}

function useNavItems(onNavigate?: () => void): MenuProps['items'] {
  const { t } = useTranslation('shell');
  const { isAuthenticated, isOrganizer, organization } = useAuth();
  const item = (key: NavKey, to: string, label: string) => ({
    key,
    label: (
      <Link to={to} data-testid={`nav-${key === 'my' ? 'my-booths' : key === 'myListings' ? 'my-listings' : key}`} onClick={onNavigate}>
        {key === 'negotiate' ? <NegotiateNavLabel label={label} /> : label}
      </Link>
    ),
  });
  return [
    item('home', '/', t('nav.home')),
    item('discover', '/discover', t('nav.discover')),
    ...(isAuthenticated && organization ? [item('my', '/my', t('nav.myBooths'))] : []),
    ...(isAuthenticated && organization ? [item('myListings', '/listings/mine', t('nav.myListings'))] : []),
    ...(isAuthenticated && organization ? [item('negotiate', '/negotiate', t('nav.negotiate'))] : []),
    ...(isOrganizer ? [item('console', '/console', t('nav.console'))] : []),
    ...(isOrganizer ? [item('review', '/review', t('nav.review'))] : []),
    ...(isAuthenticated && organization ? [item('org', '/org', t('nav.org'))] : []),
  ];
}

function UserMenu() {
  const { t } = useTranslation('shell');
  const { user, organization, isOrganizer, logout } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { orgType } = useLabels();
  if (!user) return null;
  const role = isOrganizer ? t('user.organizer') : user.orgRole === 'admin' ? t('user.admin') : t('user.member');
  const items: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      label: (
        <Flex vertical style={{ padding: '4px 0', maxWidth: 260 }} data-testid="user-menu-identity">
          <Typography.Text strong>{user.displayName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {user.email}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {organization ? `${organization.name} · ${orgType(organization.type)} · ${role}` : `${t('user.noOrg')} · ${role}`}
          </Typography.Text>
        </Flex>
      ),
    },
    { type: 'divider' },
    ...(organization
      ? [{ key: 'org', icon: <TeamOutlined />, label: <span data-testid="user-menu-org">{t('nav.org')}</span> }]
      : []),
    { key: 'logout', icon: <LogoutOutlined />, danger: true, label: <span data-testid="logout">{t('user.logout')}</span> },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'org') navigate('/org');
    if (key === 'logout') {
      void logout().then(() => {
        void message.success(t('user.loggedOut'));
        navigate('/');
      });
    }
  };
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" aria-label={t('user.menu')} data-testid="user-menu" style={{ height: 40, paddingInline: 8 }}>
        <Flex align="center" gap={8}>
          <Avatar size={28} icon={<UserOutlined />} style={{ background: '#1f5fa8' }} />
          <Typography.Text style={{ maxWidth: 140 }} ellipsis data-testid="user-name">
            {user.displayName}
          </Typography.Text>
          <DownOutlined style={{ fontSize: 10, color: '#86909c' }} />
        </Flex>
      </Button>
    </Dropdown>
  );
}

function AuthActions({ vertical, onNavigate }: { vertical?: boolean; onNavigate?: () => void }) {
  const { t } = useTranslation('shell');
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <Skeleton.Button active size="small" style={{ width: 120 }} />;
  if (status === 'authenticated') return vertical ? null : <UserMenu />;
  const here = `${location.pathname}${location.search}`;
  const loginTo = location.pathname === '/' || location.pathname === '/login' || location.pathname === '/register' ? '/login' : `/login?redirect=${encodeURIComponent(here)}`;
  return (
    <Flex gap={8} vertical={vertical}>
      <Link to={loginTo} onClick={onNavigate} data-testid="nav-login">
        <Button icon={<LoginOutlined />} block={vertical}>
          {t('nav.login')}
        </Button>
      </Link>
      <Link to="/register" onClick={onNavigate} data-testid="nav-register">
        <Button type="primary" icon={<UserAddOutlined />} block={vertical}>
          {t('nav.register')}
        </Button>
      </Link>
    </Flex>
  );
}

export function Header() {
  const { t } = useTranslation('shell');
  const screens = Grid.useBreakpoint();
  const { pathname } = useLocation();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { status, user, logout } = useAuth();
  const navigate = useNavigate();
  const items = useNavItems();
  const drawerItems = useNavItems(() => setDrawerOpen(false));
  const selected = selectedNav(pathname);
  const wide = screens.md ?? true;

  return (
    <Layout.Header
      style={{ position: 'sticky', top: 0, zIndex: 100, borderBottom: '1px solid #e5e8ef', display: 'flex', alignItems: 'center', gap: 16, paddingInline: wide ? 24 : 12 }}
      data-testid="app-header"
    >
      <Logo compact={!screens.sm} />
      {wide ? (
        <nav aria-label={t('nav.label')} style={{ flex: 1, minWidth: 0 }}>
          <Menu mode="horizontal" items={items} selectedKeys={selected ? [selected] : []} style={{ borderBottom: 'none', background: 'transparent' }} data-testid="main-nav" />
        </nav>
      ) : (
        <div style={{ flex: 1 }} />
      )}
      <Flex align="center" gap={8}>
        <LanguageSwitch />
        {wide ? (
          <AuthActions />
        ) : (
          <>
            {status === 'authenticated' ? <UserMenu /> : null}
            <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.openMenu')} onClick={() => setDrawerOpen(true)} data-testid="nav-toggle" />
          </>
        )}
      </Flex>
      {!wide ? (
        <Drawer title={t('nav.menu')} placement="right" open={drawerOpen} onClose={() => setDrawerOpen(false)} size={280} data-testid="nav-drawer">
          <nav aria-label={t('nav.label')}>
            <Menu mode="vertical" items={drawerItems} selectedKeys={selected ? [selected] : []} style={{ borderInlineEnd: 'none' }} />
          </nav>
          <div style={{ marginTop: 16 }}>
            {status === 'authenticated' && user ? (
              <Button
                block
                danger
                icon={<LogoutOutlined />}
                onClick={() => {
                  setDrawerOpen(false);
                  void logout().then(() => navigate('/'));
                }}
              >
                {t('user.logout')}
              </Button>
            ) : (
              <AuthActions vertical onNavigate={() => setDrawerOpen(false)} />
            )}
          </div>
        </Drawer>
      ) : null}
    </Layout.Header>
  );
}
