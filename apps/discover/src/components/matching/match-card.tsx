import { Button, Card, Flex, Grid, Tooltip, Typography, theme } from 'antd';
import { Link } from 'react-router';
import type { MatchDto, MatchListingDto } from '@yiqia/contracts';
import { OrgTypeTag } from '@yiqia/web-ui';
import { useDiscoverT } from '../../i18n/index.js';
import { paths } from '../../paths.js';
import { BankOutlined, EnvironmentOutlined, MessageOutlined, PayCircleOutlined, SafetyCertificateFilled } from '../listing/icons.js';
import { KIND_COLORS, ListingKindTag } from '../listing/listing-tags.js';
import { useFormatAmount } from '../listing/use-amount.js';
import { AimOutlined, DislikeOutlined } from './icons.js';
import { ReasonChips } from './reason-chips.js';
import { ScoreBar } from './score-bar.js';

/** Organisation, region and amount of a suggested listing, on one wrapping line. */
export function CounterpartMeta({ listing }: { listing: MatchListingDto }) {
  const { t } = useDiscoverT();
  const { token } = theme.useToken();
  const formatAmount = useFormatAmount();
  const amount = formatAmount(listing.amountMin, listing.amountMax);
  return (
    <Flex gap="4px 16px" wrap align="center" style={{ fontSize: 13, color: token.colorTextSecondary }}>
      <Flex gap={6} align="center" style={{ minWidth: 0, maxWidth: '100%' }}>
        <BankOutlined />
        <Typography.Text style={{ fontSize: 13, maxWidth: 280 }} ellipsis={{ tooltip: listing.organization.name }} data-testid="match-org">
          {listing.organization.name}
        </Typography.Text>
        <OrgTypeTag type={listing.organization.type} />
        {listing.organization.creditCodeVerified && (
          <Tooltip title={t('matching.verified')}>
            <SafetyCertificateFilled style={{ color: '#389e0d' }} aria-label={t('matching.verified')} data-testid="match-org-verified" />
          </Tooltip>
        )}
      </Flex>
      {listing.regionName && (
        <span data-testid="match-region">
          <EnvironmentOutlined /> {listing.regionName}
        </span>
      )}
      {amount && (
        <span data-testid="match-amount" style={{ color: token.colorText }}>
          <PayCircleOutlined style={{ color: token.colorTextSecondary }} /> {amount}
        </span>
      )}
    </Flex>
  );
}

export interface MatchCardProps {
  match: MatchDto;
  /** Position in the list (1-based), exposed as `data-rank`. */
  rank: number;
  onNotFit: () => void;
  onContact: () => void;
  contacting: boolean;
  /** False for a listing of the caller's own organisation (nobody to contact). */
  canContact: boolean;
}

/**
 * One suggestion: the counterpart listing (linked), the match score as a bar, the reasons as chips,
 * which of my listings it answers (recommendations), and "not a fit" / "contact".
 */
export function MatchCard({ match, rank, onNotFit, onContact, contacting, canContact }: MatchCardProps) {
  const { t } = useDiscoverT();
  const { token } = theme.useToken();
  const wide = Grid.useBreakpoint().sm ?? true;
  const { listing, forListing } = match;
  const accent = KIND_COLORS[listing.kind]?.accent ?? token.colorPrimary;
  return (
    <Card
      size="small"
      data-testid="match-card"
      data-listing-id={listing.id}
      data-for-listing-id={forListing?.id ?? ''}
      data-rank={rank}
      style={{ borderInlineStart: `3px solid ${accent}` }}
      styles={{ body: { padding: wide ? '14px 18px' : 12 } }}
    >
      <Flex vertical gap={8}>
        <Flex gap={10} align="flex-start" wrap={!wide}>
          <span style={{ flex: 'none', marginTop: 2 }}>
            <ListingKindTag kind={listing.kind} />
          </span>
          <Typography.Title level={5} style={{ margin: 0, flex: 1, minWidth: 0, fontSize: 16, lineHeight: 1.5 }}>
            <Link to={paths.listing(listing.id)} data-testid="match-link">
              <span data-testid="match-title">{listing.title}</span>
            </Link>
          </Typography.Title>
          <span style={{ flex: 'none' }}>
            <ScoreBar score={match.score} width={wide ? 96 : 120} />
          </span>
        </Flex>
        {listing.summary && (
          <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 13, lineHeight: 1.7 }} ellipsis={{ rows: 2 }} data-testid="match-summary">
            {listing.summary}
          </Typography.Paragraph>
        )}
        <CounterpartMeta listing={listing} />
        {forListing && (
          <Typography.Text style={{ fontSize: 13 }} data-testid="match-for-listing" data-listing-id={forListing.id}>
            <AimOutlined style={{ color: token.colorPrimary, marginInlineEnd: 6 }} />
            {t(`matching.forListing.${forListing.kind}`)}
            <Link to={paths.listing(forListing.id)} data-testid="match-for-listing-link">
              {forListing.title}
            </Link>
          </Typography.Text>
        )}
        <ReasonChips reasons={match.reasons} />
        <Flex gap={8} justify="flex-end" wrap>
          <Button size="small" icon={<DislikeOutlined />} onClick={onNotFit} data-testid="match-not-fit">
            {t('matching.notFit')}
          </Button>
          {canContact && (
            <Button size="small" type="primary" ghost icon={<MessageOutlined />} onClick={onContact} loading={contacting} data-testid="match-contact">
              {t('matching.contact')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
