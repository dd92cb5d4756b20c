import { Card, Flex, Typography } from 'antd';
import type { ListingDto } from '@yiqia/contracts';
import { EmptyState, ErrorState } from '@yiqia/web-ui';
import { useListingMatches } from '../../data/matching.js';
import { useDiscoverT } from '../../i18n/index.js';
import { paths } from '../../paths.js';
import { EditOutlined, SearchOutlined } from '../listing/icons.js';
import { LinkButton } from '../listing/link-button.js';
import { DeploymentUnitOutlined } from './icons.js';
import { MatchList, MatchSkeleton } from './match-list.js';
import { useMatchActions } from './use-match-actions.js';

/**
 * On a listing page: the counterpart listings that fit it best (a need gets offers, an offer gets
 * needs), ranked, with score and reasons. The owner reads them as "为您推荐的对接方". Open listings only.
 */
export function ListingMatches({ listing }: { listing: ListingDto }) {
  const { t } = useDiscoverT();
  const { query, queryKey } = useListingMatches(listing.status === 'open' ? listing.id : undefined);
  const own = !!listing.editable;
  const actions = useMatchActions({ viewedListingId: listing.id, ownViewedListing: own, queryKey });
  if (listing.status !== 'open') return null;

  const counterpart = listing.kind === 'need' ? 'offer' : 'need';
  const title = own ? t('matching.listing.ownTitle') : t(`matching.listing.title.${counterpart}`);
  const data = query.data;
  const visible = data ? data.matches.length + actions.dismissed.length : 0;

  return (
    <Card
      data-testid="listing-matches"
      data-own={own ? 'true' : 'false'}
      title={
        <Flex align="center" gap={8}>
          <DeploymentUnitOutlined />
          <span data-testid="listing-matches-title">{title}</span>
        </Flex>
      }
      extra={data && data.matches.length > 0 ? <Typography.Text type="secondary">{t('matching.count', { count: data.matches.length })}</Typography.Text> : null}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t(own ? `matching.listing.ownSubtitle.${counterpart}` : `matching.listing.subtitle.${counterpart}`)}
      </Typography.Paragraph>
      {query.isPending ? (
        <MatchSkeleton />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} compact data-testid="listing-matches-error" />
      ) : visible === 0 ? (
        <EmptyState
          data-testid="listing-matches-empty"
          title={t(`matching.listing.empty.${counterpart}`)}
          description={own ? t('matching.listing.emptyOwnHint') : t(`matching.listing.emptyHint.${counterpart}`)}
          action={
            own ? (
              <LinkButton to={paths.editListing(listing.id)} icon={<EditOutlined />} data-testid="listing-matches-edit">
                {t('matching.listing.improve')}
              </LinkButton>
            ) : (
              <LinkButton to={paths.search(`kind=${counterpart}`)} icon={<SearchOutlined />} data-testid="listing-matches-search">
                {t(`matching.listing.browse.${counterpart}`)}
              </LinkButton>
            )
          }
        />
      ) : (
        <MatchList matches={data?.matches ?? []} actions={actions} viewedListingId={listing.id} />
      )}
    </Card>
  );
}
