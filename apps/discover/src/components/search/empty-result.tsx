import { Button, Card, Flex, Typography } from 'antd';
import { EmptyState } from '@yiqia/web-ui';
import type { DiscoverLabels } from '../../data/taxonomy.js';
import { useDiscoverT } from '../../i18n/index.js';
import { isFiltered, type SearchState, type WidenOption } from '../../lib/search-state.js';
import { BulbOutlined, ClearOutlined } from '../listing/icons.js';
import { facetValueLabel } from './filter-chips.js';

/**
 * Nothing found: say so and offer one-step ways to widen the search (each with how many results it
 * brings back when known), advice on wording, and "clear all".
 */
export function EmptyResult({
  state,
  options,
  counts,
  labels,
  onApply,
  onClearAll,
  onExample,
}: {
  state: SearchState;
  options: WidenOption[];
  counts: (number | undefined)[];
  labels: DiscoverLabels;
  onApply: (state: SearchState) => void;
  onClearAll: () => void;
  onExample: (q: string) => void;
}) {
  const { t } = useDiscoverT();
  if (!isFiltered(state)) {
    return (
      <Card>
        <EmptyState data-testid="search-empty" title={t('search.empty.nothingPublished')} description={t('search.empty.nothingPublishedHint')} />
      </Card>
    );
  }
  // A way that is known to bring nothing back is no help; the others go biggest first.
  const useful = options
    .map((option, i) => ({ option, count: counts[i] }))
    .filter(({ count }) => count !== 0)
    .sort((a, b) => (b.count ?? -1) - (a.count ?? -1));
  const text = (o: WidenOption) =>
    o.kind === 'facet' && o.facet && o.value
      ? t('search.empty.widenFacet', { value: facetValueLabel(labels, o.facet, o.value) })
      : o.kind === 'word'
        ? t('search.empty.widenWord', { value: o.value })
        : t('search.empty.widenQ');
  return (
    <Card>
      <EmptyState
        data-testid="search-empty"
        title={state.q ? t('search.empty.titleQuery', { q: state.q }) : t('search.empty.title')}
        description={useful.length > 0 ? t('search.empty.widenHint') : undefined}
        action={
          <Flex vertical gap={16} align="center" style={{ maxWidth: 560, margin: '0 auto' }}>
            {useful.length > 0 && (
              <Flex gap={8} wrap justify="center" data-testid="widen-options">
                {useful.map(({ option: o, count }) => (
                  <Button key={o.key} onClick={() => onApply(o.state)} data-testid="widen-option" data-key={o.key} data-count={count ?? ''}>
                    {text(o)}
                    {count !== undefined && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('search.empty.widenCount', { count })}
                      </Typography.Text>
                    )}
                  </Button>
                ))}
              </Flex>
            )}
            {state.q && (
              <Flex vertical gap={8} align="center">
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  <BulbOutlined /> {t('search.empty.wordsHint')}
                </Typography.Text>
                <Flex gap={6} wrap justify="center">
                  {t('search.examples')
                    .split('|')
                    .filter((ex) => ex !== state.q)
                    .slice(0, 4)
                    .map((ex) => (
                      <Button key={ex} size="small" type="dashed" autoInsertSpace={false} onClick={() => onExample(ex)} data-testid="empty-example">
                        {ex}
                      </Button>
                    ))}
                </Flex>
              </Flex>
            )}
            <Button type="link" icon={<ClearOutlined />} onClick={onClearAll} data-testid="widen-clear-all">
              {t('search.clearAll')}
            </Button>
          </Flex>
        }
      />
    </Card>
  );
}
