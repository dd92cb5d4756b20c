import { useState } from 'react';
import { Button, Card, Flex, Typography } from 'antd';
import { useAuth } from '@yiqia/web-data';
import { EmptyState, ErrorState } from '@yiqia/web-ui';
import { useMyListings } from '../../data/listings-mine.js';
import { useRecommendations } from '../../data/matching.js';
import { useDiscoverT } from '../../i18n/index.js';
import { paths } from '../../paths.js';
import { DownOutlined, UpOutlined } from '../listing/icons.js';
import { LinkButton } from '../listing/link-button.js';
import { ApartmentOutlined, DeploymentUnitOutlined, FileTextOutlined, PlusOutlined } from './icons.js';
import { MatchList, MatchSkeleton } from './match-list.js';
import { triadId } from './logic.js';
import { TriadCard } from './triad-card.js';
import { useMatchActions } from './use-match-actions.js';

/** Remembers a folded panel (per browser), so members who came to search are not pushed down every time. */
const FOLDED_KEY = 'yiqia.discover.recommendationsFolded';

function readFolded(): boolean {
  try {
    return window.localStorage.getItem(FOLDED_KEY) === '1';
  } catch {
    return false;
  }
}

function writeFolded(folded: boolean): void {
  try {
    if (folded) window.localStorage.setItem(FOLDED_KEY, '1');
    else window.localStorage.removeItem(FOLDED_KEY);
  } catch {
    // Private mode or storage full: folding still works for this visit.
  }
}

/** Pair suggestions shown before "show all". */
const FIRST_MATCHES = 4;
const FIRST_TRIADS = 2;

/** Nothing to recommend: with no open listing, publishing one is the next step; with some, improving them. */
function NoRecommendations() {
  const { t } = useDiscoverT();
  const mine = useMyListings({ status: 'open' }, 1);
  const hasListings = (mine.data?.total ?? 0) > 0;
  return (
    <EmptyState
      data-testid="recommendations-empty"
      title={hasListings ? t('matching.home.emptyTitle') : t('matching.home.noListingsTitle')}
      description={hasListings ? t('matching.home.emptyHint') : t('matching.home.noListingsHint')}
      action={
        <Flex gap={8} wrap justify="center">
          <LinkButton to={paths.newListing()} type="primary" icon={<PlusOutlined />} data-testid="recommendations-publish">
            {t('matching.home.publish')}
          </LinkButton>
          {hasListings && (
            <LinkButton to={paths.myListings()} icon={<FileTextOutlined />} data-testid="recommendations-mine">
              {t('matching.home.mine')}
            </LinkButton>
          )}
        </Flex>
      }
    />
  );
}

function ShowAll({ expanded, total, onToggle, testId }: { expanded: boolean; total: number; onToggle: () => void; testId: string }) {
  const { t } = useDiscoverT();
  return (
    <Flex justify="center">
      <Button type="link" icon={expanded ? <UpOutlined /> : <DownOutlined />} onClick={onToggle} data-testid={testId}>
        {expanded ? t('matching.home.showLess') : t('matching.home.showAll', { count: total })}
      </Button>
    </Flex>
  );
}

/**
 * On the discovery home (/discover with no query) for members of an organisation: "recommended for
 * your organisation", from all of its listings and its past conversations. Each pair suggestion says
 * which of our listings it answers; three-way suggestions come in their own section.
 */
export function Recommendations() {
  const { t } = useDiscoverT();
  const { organization } = useAuth();
  const { query, queryKey } = useRecommendations(!!organization);
  const actions = useMatchActions({ queryKey });
  const [allMatches, setAllMatches] = useState(false);
  const [allTriads, setAllTriads] = useState(false);
  const [folded, setFolded] = useState(readFolded);
  if (!organization) return null;
  const toggleFolded = () => {
    writeFolded(!folded);
    setFolded(!folded);
  };

  const data = query.data;
  const matches = data?.matches ?? [];
  const triads = data?.triads ?? [];
  const empty = !!data && matches.length + actions.dismissed.length === 0 && triads.length === 0;
  const shownMatches = allMatches ? matches : matches.slice(0, FIRST_MATCHES);
  const shownTriads = allTriads ? triads : triads.slice(0, FIRST_TRIADS);

  return (
    <Card
      data-testid="recommendations"
      data-folded={folded ? 'true' : 'false'}
      style={{ marginBottom: 20 }}
      styles={folded ? { body: { display: 'none' } } : undefined}
      extra={
        <Button type="link" size="small" icon={folded ? <DownOutlined /> : <UpOutlined />} onClick={toggleFolded} aria-expanded={!folded} data-testid="recommendations-fold">
          {folded ? (data ? t('matching.home.unfoldCount', { count: matches.length + triads.length }) : t('matching.home.unfold')) : t('matching.home.fold')}
        </Button>
      }
      title={
        <Flex align="center" gap={8}>
          <DeploymentUnitOutlined />
          <span data-testid="recommendations-title">{t('matching.home.title', { org: organization.name })}</span>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t('matching.home.subtitle')}
      </Typography.Paragraph>
      {query.isPending ? (
        <MatchSkeleton count={2} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} compact data-testid="recommendations-error" />
      ) : empty ? (
        <NoRecommendations />
      ) : (
        <Flex vertical gap={16}>
          {(matches.length > 0 || actions.dismissed.length > 0) && (
            <Flex vertical gap={10} data-testid="recommendations-matches">
              <MatchList matches={shownMatches} actions={actions} />
              {matches.length > FIRST_MATCHES && <ShowAll expanded={allMatches} total={matches.length} onToggle={() => setAllMatches((v) => !v)} testId="recommendations-more" />}
            </Flex>
          )}
          {triads.length > 0 && (
            <Flex vertical gap={10} data-testid="recommendations-triads">
              <Flex vertical gap={2}>
                <Typography.Title level={5} style={{ margin: 0 }}>
                  <ApartmentOutlined style={{ marginInlineEnd: 8, color: '#722ed1' }} />
                  {t('matching.triad.sectionTitle')}
                </Typography.Title>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {t('matching.triad.sectionHint')}
                </Typography.Text>
              </Flex>
              {shownTriads.map((triad) => (
                <TriadCard key={triadId(triad)} triad={triad} />
              ))}
              {triads.length > FIRST_TRIADS && <ShowAll expanded={allTriads} total={triads.length} onToggle={() => setAllTriads((v) => !v)} testId="recommendations-more-triads" />}
            </Flex>
          )}
        </Flex>
      )}
    </Card>
  );
}
