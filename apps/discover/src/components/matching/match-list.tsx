import { Button, Card, Flex, Skeleton, Typography } from 'antd';
import type { MatchDto } from '@yiqia/contracts';
import { useDiscoverT } from '../../i18n/index.js';
import { UndoOutlined } from './icons.js';
import { matchRows, pairId, type DismissedMatch } from './logic.js';
import { MatchCard } from './match-card.js';
import { NotFitModal } from './not-fit-modal.js';
import type { useMatchActions } from './use-match-actions.js';

/** Where a hidden suggestion was: what was hidden and "undo". */
function DismissedRow({ entry, onUndo }: { entry: DismissedMatch; onUndo: () => void }) {
  const { t } = useDiscoverT();
  return (
    <Card size="small" data-testid="match-dismissed" data-listing-id={entry.match.listing.id} styles={{ body: { padding: '8px 14px', background: '#fafafa' } }}>
      <Flex align="center" justify="space-between" gap={12} wrap>
        <Typography.Text type="secondary" style={{ fontSize: 13, minWidth: 0, flex: 1 }} ellipsis={{ tooltip: entry.match.listing.title }}>
          {t('matching.dismissed', { title: entry.match.listing.title })}
        </Typography.Text>
        <Button size="small" type="link" icon={<UndoOutlined />} onClick={onUndo} data-testid="match-undo">
          {t('matching.undo')}
        </Button>
      </Flex>
    </Card>
  );
}

/** The ranked suggestions with their undo rows and the "not a fit" modal. */
export function MatchList({ matches, actions, viewedListingId }: { matches: MatchDto[]; actions: ReturnType<typeof useMatchActions>; viewedListingId?: string }) {
  const rows = matchRows(matches, actions.dismissed, viewedListingId);
  let rank = 0;
  return (
    <>
      <Flex vertical gap={10} data-testid="match-list">
        {rows.map((row, index) => {
          if (row.type === 'dismissed') {
            const entry = actions.dismissed.find((d) => pairId(d.key) === pairId(row.key)) ?? { match: row.match, key: row.key, index };
            return <DismissedRow key={`dismissed-${pairId(row.key)}`} entry={entry} onUndo={() => actions.undoNotFit(entry)} />;
          }
          rank += 1;
          return (
            <MatchCard
              key={row.key ? pairId(row.key) : row.match.listing.id}
              match={row.match}
              rank={rank}
              onNotFit={() => actions.askNotFit(row.match, index)}
              onContact={() => actions.contact(row.match)}
              contacting={actions.contacting === row.match.listing.id}
              canContact={actions.canContact(row.match)}
            />
          );
        })}
      </Flex>
      <NotFitModal title={actions.asking?.match.listing.title ?? null} onCancel={actions.cancelNotFit} onSubmit={actions.confirmNotFit} />
    </>
  );
}

/** Placeholders while the suggestions load. */
export function MatchSkeleton({ count = 3 }: { count?: number }) {
  return (
    <Flex vertical gap={10} data-testid="match-skeleton" aria-hidden>
      {Array.from({ length: count }, (_, i) => (
        <Card key={i} size="small" styles={{ body: { padding: '14px 18px' } }}>
          <Skeleton active title={{ width: '60%' }} paragraph={{ rows: 2, width: ['90%', '50%'] }} />
        </Card>
      ))}
    </Flex>
  );
}
