import { useState } from 'react';
import { Link } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Flex, Pagination, Row, Skeleton, Tag, Typography, theme } from 'antd';
import type { ListingSummaryDto, Page } from '@yiqia/contracts';
import { formatCny, LISTING_KIND_LABELS, pickLabel, type ListingKind } from '@yiqia/domain';
import { apiFetch } from '@yiqia/web-data';
import { ErrorState } from '@yiqia/web-ui';
import { EnvironmentOutlined } from '../icons.js';
import { useBoothsT } from '../i18n/index.js';

const PAGE_SIZE = 6;
/** The discover remote's colours: needs orange, offers green. */
const KIND_COLOR: Record<ListingKind, { tag: string; accent: string }> = { need: { tag: 'orange', accent: '#d46b08' }, offer: { tag: 'green', accent: '#389e0d' } };

/** The key starts with 'booth-listings': listing changes elsewhere in the app invalidate it. */
function useBoothListings(boothId: string, page: number) {
  return useQuery({
    queryKey: ['booth-listings', boothId, page],
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      apiFetch<Page<ListingSummaryDto>>('/api/listings', { signal, auth: false, query: { boothId, status: 'open', page, pageSize: PAGE_SIZE } }),
  });
}

function ListingCard({ listing }: { listing: ListingSummaryDto }) {
  const { t, lang } = useBoothsT();
  const { token } = theme.useToken();
  const min = listing.amountMin;
  const max = listing.amountMax;
  const amount =
    min !== null && max !== null && min !== max && min > 0
      ? t('booth.listingAmount.range', { min: formatCny(min, lang), max: formatCny(max, lang) })
      : max !== null
        ? min === max
          ? formatCny(max, lang)
          : t('booth.listingAmount.upTo', { max: formatCny(max, lang) })
        : min !== null
          ? t('booth.listingAmount.from', { min: formatCny(min, lang) })
          : null;
  return (
    <Link to={`/listings/${encodeURIComponent(listing.id)}`} data-testid="booth-listing" data-listing-id={listing.id} data-kind={listing.kind} style={{ display: 'block', height: '100%', color: 'inherit' }}>
      <Card hoverable size="small" style={{ height: '100%', borderColor: token.colorBorderSecondary }} styles={{ body: { padding: 16, height: '100%' } }}>
        <Flex vertical gap={8} style={{ height: '100%' }}>
          <Flex gap={8} align="flex-start">
            <Tag color={KIND_COLOR[listing.kind].tag} variant="solid" style={{ marginInlineEnd: 0, flex: 'none' }} data-testid="booth-listing-kind">
              {pickLabel(LISTING_KIND_LABELS[listing.kind], lang)}
            </Tag>
            <Typography.Text strong style={{ fontSize: 15, lineHeight: 1.45 }} data-testid="booth-listing-title">
              {listing.title}
            </Typography.Text>
          </Flex>
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0, fontSize: 13, lineHeight: 1.65 }} data-testid="booth-listing-summary">
            {listing.summary}
          </Typography.Paragraph>
          <Flex justify="space-between" gap={8} wrap style={{ marginTop: 'auto', fontSize: 13 }}>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              <EnvironmentOutlined /> {listing.regionName}
            </Typography.Text>
            {amount && (
              <Typography.Text strong style={{ color: KIND_COLOR[listing.kind].accent, fontSize: 13 }} data-testid="booth-listing-amount">
                {amount}
              </Typography.Text>
            )}
          </Flex>
        </Flex>
      </Card>
    </Link>
  );
}

/** 供需信息 on a public booth page: the booth's open needs and offers, linking to their pages. */
export function BoothListings({ boothId }: { boothId: string }) {
  const { t } = useBoothsT();
  const [page, setPage] = useState(1);
  const listings = useBoothListings(boothId, page);
  const total = listings.data?.total ?? 0;

  return (
    <Card
      data-testid="booth-listings"
      title={
        <Flex gap={8} align="baseline">
          <span>{t('booth.listings')}</span>
          {total > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 400 }} data-testid="booth-listings-total">
              {t('booth.listingsCount', { count: total })}
            </Typography.Text>
          )}
        </Flex>
      }
    >
      {listings.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : listings.isError ? (
        <ErrorState error={listings.error} compact onRetry={() => void listings.refetch()} />
      ) : total === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('booth.listingsEmpty')} data-testid="booth-listings-empty" style={{ margin: '8px 0' }} />
      ) : (
        <>
          <Row gutter={[12, 12]} style={{ opacity: listings.isPlaceholderData ? 0.6 : 1 }}>
            {listings.data.items.map((listing) => (
              <Col xs={24} md={12} key={listing.id}>
                <ListingCard listing={listing} />
              </Col>
            ))}
          </Row>
          {total > PAGE_SIZE && (
            <Flex justify="center" style={{ marginTop: 16 }}>
              <Pagination size="small" current={page} pageSize={PAGE_SIZE} total={total} onChange={setPage} showSizeChanger={false} />
            </Flex>
          )}
        </>
      )}
    </Card>
  );
}
