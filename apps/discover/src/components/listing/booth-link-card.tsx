import { Avatar, Card, Flex, Skeleton, Typography, theme } from 'antd';
import type { ListingBoothDto } from '@yiqia/contracts';
import { useExpo } from '@yiqia/web-data';
import { useDiscoverT } from '../../i18n/index.js';
import { RightOutlined, ShopOutlined } from './icons.js';
import { LinkButton } from './link-button.js';

/** The booth page of apps/booths (same URL it builds). */
export function boothPath(expoSlug: string, boothId: string): string {
  return `/expos/${encodeURIComponent(expoSlug)}/booths/${encodeURIComponent(boothId)}`;
}

/** The listing's booth at the fair, linking to the booth page (the expo's slug comes from the expos API). */
export function BoothLinkCard({ booth }: { booth: ListingBoothDto }) {
  const { t } = useDiscoverT();
  const { token } = theme.useToken();
  const expo = useExpo(booth.expoId);
  const href = expo.data ? boothPath(expo.data.slug, booth.id) : undefined;
  const initial = Array.from(booth.title.trim())[0] ?? '展';
  return (
    <Card title={t('listing.booth.title')} data-testid="listing-booth" styles={{ body: { padding: 20 } }}>
      <Flex gap={14} align="center">
        {booth.logoUrl ? (
          <Avatar shape="square" size={52} src={booth.logoUrl} alt={booth.title} style={{ flex: 'none', background: '#fff', border: `1px solid ${token.colorBorderSecondary}`, borderRadius: 10 }} />
        ) : (
          <Avatar shape="square" size={52} style={{ flex: 'none', background: token.colorPrimary, fontSize: 22, fontWeight: 600, borderRadius: 10 }} aria-hidden>
            {initial}
          </Avatar>
        )}
        <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Typography.Text strong ellipsis={{ tooltip: booth.title }} data-testid="listing-booth-title">
            {booth.title}
          </Typography.Text>
          {expo.isPending ? (
            <Skeleton.Input active size="small" style={{ width: 140, height: 18 }} />
          ) : expo.data ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: expo.data.name }}>
              <ShopOutlined /> {expo.data.name}
            </Typography.Text>
          ) : null}
        </Flex>
      </Flex>
      {booth.isPublic ? (
        <LinkButton to={href ?? '#'} disabled={!href} block style={{ marginTop: 16 }} icon={<RightOutlined />} iconPlacement="end" data-testid="listing-booth-link">
          {t('listing.booth.view')}
        </LinkButton>
      ) : (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 12, fontSize: 13 }} data-testid="listing-booth-not-public">
          {t('listing.booth.notPublic')}
        </Typography.Text>
      )}
    </Card>
  );
}
