import type { CSSProperties, ReactNode } from 'react';
import { Card, Flex, Typography, theme } from 'antd';
import { Link } from 'react-router';
import type { HighlightRanges, SearchHitDto } from '@yiqia/contracts';
import { DomainTag, OrgTypeTag } from '@yiqia/web-ui';
import { useDiscoverT } from '../../i18n/index.js';
import { formatDate } from '../../lib/format.js';
import { paths } from '../../paths.js';
import { HighlightedText } from './highlighted-text.js';
import { BankOutlined, CalendarOutlined, EnvironmentOutlined, PayCircleOutlined } from './icons.js';
import { KIND_COLORS, ListingKindTag, ListingStatusTag } from './listing-tags.js';
import { useFormatAmount } from './use-amount.js';

/** What a card shows: a search hit, or any listing row (ListingSummaryDto has all of it, without highlight). */
export type ListingCardData = Pick<
  SearchHitDto,
  'id' | 'kind' | 'title' | 'summary' | 'domains' | 'regionName' | 'amountMin' | 'amountMax' | 'status' | 'createdAt'
> & {
  organization: Pick<SearchHitDto['organization'], 'name' | 'type'> & { id?: string };
  highlight?: { title: HighlightRanges; summary: HighlightRanges } | null;
};

export interface ListingCardProps {
  listing: ListingCardData;
  /** Where the title links to (default: the listing page). */
  href?: string;
  /** Buttons or links at the bottom right (e.g. edit, close); they stay clickable above the card link. */
  actions?: ReactNode;
  /** Shown next to the kind tag (e.g. a draft badge). */
  extra?: ReactNode;
  /** Show the status tag for open listings too (default: only matched/closed). */
  alwaysShowStatus?: boolean;
  /** History state given to the listing page (e.g. `{ from: 'search' }` offers "back to search"). */
  linkState?: unknown;
  /** Domain tags to show before "+n". */
  maxDomains?: number;
  style?: CSSProperties;
  'data-testid'?: string;
}

const CARD_CSS = `
.yiqia-listing-card { position: relative; transition: box-shadow .2s, border-color .2s; }
.yiqia-listing-card:hover { box-shadow: 0 6px 20px rgba(0, 35, 90, 0.09); }
.yiqia-listing-card:focus-within { box-shadow: 0 0 0 2px rgba(31, 95, 168, 0.35); }
.yiqia-listing-card .yiqia-listing-card-link { color: inherit; }
.yiqia-listing-card .yiqia-listing-card-link::after { content: ''; position: absolute; inset: 0; border-radius: inherit; z-index: 0; }
.yiqia-listing-card .yiqia-listing-card-link:focus-visible { outline: none; }
.yiqia-listing-card:hover .yiqia-listing-card-title { color: var(--yiqia-color-primary, #1f5fa8); }
.yiqia-listing-card .yiqia-listing-card-above { position: relative; z-index: 1; }
mark.yiqia-hl { background: #ffe58f; color: inherit; padding: 0 1px; border-radius: 2px; }
`;

/**
 * A listing in a list: kind, title and summary (search matches marked), organisation and type,
 * region, amount, publish date, domains; status when not open. The whole card is one link to the
 * listing page (a stretched title link), with optional `actions` that stay clickable on top.
 */
export function ListingCard({ listing, href, actions, extra, alwaysShowStatus, linkState, maxDomains = 4, style, 'data-testid': testId = 'listing-card' }: ListingCardProps) {
  const { t, lang } = useDiscoverT();
  const { token } = theme.useToken();
  const formatAmount = useFormatAmount();
  const amount = formatAmount(listing.amountMin, listing.amountMax);
  const accent = KIND_COLORS[listing.kind]?.accent ?? token.colorPrimary;
  const moreDomains = listing.domains.length - maxDomains;
  const to = href ?? paths.listing(listing.id);

  return (
    <Card
      className="yiqia-listing-card"
      data-testid={testId}
      data-listing-id={listing.id}
      data-kind={listing.kind}
      data-status={listing.status}
      data-amount-min={listing.amountMin ?? ''}
      data-amount-max={listing.amountMax ?? ''}
      data-created-at={listing.createdAt}
      style={{ borderInlineStart: `3px solid ${accent}`, ...style }}
      styles={{ body: { padding: '16px 20px' } }}
    >
      <style href="yiqia-listing-card" precedence="default">
        {CARD_CSS}
      </style>
      <Flex vertical gap={8}>
        <Flex gap={10} align="flex-start">
          <span style={{ flex: 'none', marginTop: 2 }}>
            <ListingKindTag kind={listing.kind} />
          </span>
          <Typography.Title level={5} style={{ margin: 0, flex: 1, minWidth: 0, fontSize: 17, lineHeight: 1.5 }}>
            <Link to={to} state={linkState} className="yiqia-listing-card-link" data-testid="listing-card-link">
              <span className="yiqia-listing-card-title" data-testid="listing-card-title">
                <HighlightedText text={listing.title} ranges={listing.highlight?.title} />
              </span>
            </Link>
          </Typography.Title>
          {(extra || alwaysShowStatus || listing.status !== 'open') && (
            <Flex gap={6} style={{ flex: 'none' }} className="yiqia-listing-card-above">
              {extra}
              {(alwaysShowStatus || listing.status !== 'open') && <ListingStatusTag status={listing.status} />}
            </Flex>
          )}
        </Flex>

        <Typography.Paragraph
          type="secondary"
          style={{ margin: 0, fontSize: 14, lineHeight: 1.75 }}
          ellipsis={{ rows: 2 }}
          data-testid="listing-card-summary"
        >
          <HighlightedText text={listing.summary} ranges={listing.highlight?.summary} />
        </Typography.Paragraph>

        <Flex gap="6px 18px" wrap align="center" style={{ fontSize: 13, color: token.colorTextSecondary }}>
          <Flex gap={6} align="center" style={{ minWidth: 0, maxWidth: '100%' }}>
            <BankOutlined />
            <Typography.Text style={{ fontSize: 13, maxWidth: 320 }} ellipsis={{ tooltip: listing.organization.name }} data-testid="listing-card-org">
              {listing.organization.name}
            </Typography.Text>
            <OrgTypeTag type={listing.organization.type} />
          </Flex>
          {listing.regionName && (
            <span data-testid="listing-card-region">
              <EnvironmentOutlined /> {listing.regionName}
            </span>
          )}
          {amount && (
            <span data-testid="listing-card-amount" style={{ color: token.colorText }}>
              <PayCircleOutlined style={{ color: token.colorTextSecondary }} /> {amount}
            </span>
          )}
          <span data-testid="listing-card-date">
            <CalendarOutlined /> {t('search.card.publishedAt', { date: formatDate(listing.createdAt, lang) })}
          </span>
        </Flex>

        {(listing.domains.length > 0 || actions) && (
          <Flex gap={8} align="center" justify="space-between" wrap>
            <Flex gap={4} wrap>
              {listing.domains.slice(0, maxDomains).map((code) => (
                <DomainTag key={code} code={code} />
              ))}
              {moreDomains > 0 && (
                <Typography.Text type="secondary" style={{ fontSize: 12, alignSelf: 'center' }}>
                  {t('search.card.moreDomains', { count: moreDomains })}
                </Typography.Text>
              )}
            </Flex>
            {actions && (
              <Flex gap={8} wrap className="yiqia-listing-card-above" data-testid="listing-card-actions">
                {actions}
              </Flex>
            )}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
