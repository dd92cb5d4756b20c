import { Button, Flex, Tag, Typography } from 'antd';
import type { DiscoverLabels, LabelGroup } from '../../data/taxonomy.js';
import { useDiscoverT } from '../../i18n/index.js';
import { regionLabel } from '../../lib/regions.js';
import { FACETS, type FacetKey, type SearchState } from '../../lib/search-state.js';

export const FACET_LABEL_GROUP: Record<Exclude<FacetKey, 'region'>, LabelGroup> = {
  kind: 'listingKinds',
  domain: 'domains',
  orgType: 'orgTypes',
  resourceType: 'resourceTypes',
  targetGroup: 'targetGroups',
  amountBand: 'amountBands',
};

/** The name of a selected facet value in the interface language. */
export function facetValueLabel(labels: DiscoverLabels, facet: FacetKey, value: string): string {
  return facet === 'region' ? regionLabel(value, labels.regions) : labels.label(FACET_LABEL_GROUP[facet], value);
}

/** The selected keyword and filter values as removable chips, with "clear all". */
export function FilterChips({
  state,
  labels,
  onRemoveQuery,
  onRemove,
  onClearAll,
}: {
  state: SearchState;
  labels: DiscoverLabels;
  onRemoveQuery: () => void;
  onRemove: (facet: FacetKey, value: string) => void;
  onClearAll: () => void;
}) {
  const { t } = useDiscoverT();
  const chips = FACETS.flatMap((facet) => state[facet].map((value: string) => ({ facet, value })));
  if (!state.q && chips.length === 0) return null;
  const chipStyle = { marginInlineEnd: 0, padding: '2px 8px', fontSize: 13, lineHeight: '20px' };
  return (
    <Flex gap={8} wrap align="center" data-testid="filter-chips">
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('search.selected')}
      </Typography.Text>
      {state.q && (
        <Tag closable onClose={onRemoveQuery} color="blue" style={chipStyle} data-testid="filter-chip" data-facet="q" data-value={state.q}>
          {t('search.labelled', { label: t('search.keyword'), value: state.q })}
        </Tag>
      )}
      {chips.map(({ facet, value }) => (
        <Tag
          key={`${facet}:${value}`}
          closable
          onClose={(e) => {
            e.preventDefault();
            onRemove(facet, value);
          }}
          color="blue"
          variant="outlined"
          style={chipStyle}
          data-testid="filter-chip"
          data-facet={facet}
          data-value={value}
        >
          {t('search.labelled', { label: t(`search.facet.${facet}`), value: facetValueLabel(labels, facet, value) })}
        </Tag>
      ))}
      <Button type="link" size="small" onClick={onClearAll} style={{ paddingInline: 4 }} data-testid="clear-all">
        {t('search.clearAll')}
      </Button>
    </Flex>
  );
}
