import type { ExpoDto } from '@yiqia/contracts';
import { useAuth, useCurrentExpo } from '@yiqia/web-data';
import { EmptyState, ErrorState, LoadingState, PageContainer } from '@yiqia/web-ui';
import { Flex, Menu, Result, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useConsoleT } from '../i18n/index.js';
import { paths } from '../paths.js';

const MENU = [
  { key: 'dashboard', to: paths.dashboard() },
  { key: 'rooms', to: paths.rooms() },
  { key: 'broker', to: paths.broker() },
  { key: 'announcements', to: paths.announcements() },
  { key: 'review', to: paths.review() },
  { key: 'exports', to: paths.exports() },
  { key: 'results', to: paths.results() },
  { key: 'audit', to: paths.audit() },
] as const;

function selectedKey(pathname: string): string {
  const hit = [...MENU].reverse().find((m) => m.to !== '/console' && (pathname === m.to || pathname.startsWith(`${m.to}/`)));
  return hit?.key ?? 'dashboard';
}

export interface ConsoleFrameProps {
  /** Rendered with the current expo once the caller is known to be an organizer. */
  children: (expo: ExpoDto) => ReactNode;
}

/**
 * The frame of every console page: the organizer gate (the server refuses others too), the current
 * expo, and the console menu. Pages receive the expo they work on.
 */
export function ConsoleFrame({ children }: ConsoleFrameProps) {
  const { t } = useConsoleT();
  const { isOrganizer, isAuthenticated } = useAuth();
  const location = useLocation();
  const expo = useCurrentExpo();
  if (!isAuthenticated || !isOrganizer) {
    return (
      <PageContainer>
        <Result status="403" title={t('common.forbidden')} subTitle={t('common.forbiddenHint')} data-testid="console-forbidden" />
      </PageContainer>
    );
  }
  if (expo.isPending) return <LoadingState />;
  if (expo.isError) return <ErrorState error={expo.error} onRetry={() => void expo.refetch()} />;
  if (!expo.data) {
    return (
      <PageContainer>
        <EmptyState title={t('common.noExpo')} />
      </PageContainer>
    );
  }
  return (
    <PageContainer maxWidth={1440} style={{ paddingTop: 16 }}>
    <Flex vertical gap={16} style={{ width: '100%' }} data-testid="console-frame">
      <Flex align="center" justify="space-between" wrap gap={8} className="console-no-print">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('common.title')}
        </Typography.Title>
        <Typography.Text type="secondary" data-testid="console-expo-name">
          {expo.data.name}
        </Typography.Text>
      </Flex>
      <Menu
        className="console-no-print"
        mode="horizontal"
        style={{ width: '100%', minWidth: 0 }}
        selectedKeys={[selectedKey(location.pathname)]}
        items={MENU.map((m) => ({
          key: m.key,
          label: (
            <Link to={m.to} data-testid={`console-menu-${m.key}`}>
              {t(`common.menu.${m.key}`)}
            </Link>
          ),
        }))}
      />
      {children(expo.data)}
    </Flex>
    </PageContainer>
  );
}
