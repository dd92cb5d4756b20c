import { Button, Flex, Typography } from 'antd';
import type { SearchFacetsDto } from '@yiqia/contracts';
import type { DiscoverLabels, LabelGroup } from '../../data/taxonomy.js';
import { useDiscoverT } from '../../i18n/index.js';
import { regionFacetTree, type RegionFacetNode } from '../../lib/regions.js';
import type { FacetKey, SearchState } from '../../lib/search-state.js';
import { ClearOutlined } from '../listing/icons.js';
import { facetOptions } from '../../lib/facets.js';
import { FacetSection, type FacetOption } from './facet-section.js';

/** Facets of the side panel (kind is the tab row above the results) and where their labels come from. */
const PANEL_FACETS: { facet: Exclude<FacetKey, 'region' | 'kind'>; group: LabelGroup; byCount: boolean }[] = [
  { facet: 'domain', group: 'domains', byCount: true },
  { facet: 'orgType', group: 'orgTypes', byCount: false },
  { facet: 'resourceType', group: 'resourceTypes', byCount: true },
  { facet: 'targetGroup', group: 'targetGroups', byCount: true },
  { facet: 'amountBand', group: 'amountBands', byCount: false },
];

function regionOptions(nodes: RegionFacetNode[]): FacetOption[] {
  const levels = ['province', 'city', 'district'];
  const map = (list: RegionFacetNode[], depth: number): FacetOption[] =>
    list.map((n) => ({
      value: n.code,
      label: n.name,
      count: n.count,
      checked: n.state === 'checked',
      indeterminate: n.state === 'partial',
      level: levels[depth],
      children: n.children.length ? map(n.children, depth + 1) : undefined,
    }));
  return map(nodes, 0);
}

export interface FacetPanelProps {
  state: SearchState;
  facets: SearchFacetsDto | undefined;
  labels: DiscoverLabels;
  onToggle: (facet: Exclude<FacetKey, 'region'>, value: string) => void;
  onToggleRegion: (code: string) => void;
  onClearAll: () => void;
  /** Dim the counts while new ones load. */
  stale?: boolean;
  /** The panel's own title row (the drawer has its own). */
  heading?: boolean;
}

/** Domain, organisation type, region (province → city → district), resource type, target group, amount. */
export function FacetPanel({ state, facets, labels, onToggle, onToggleRegion, onClearAll, stale, heading = true }: FacetPanelProps) {
  const { t } = useDiscoverT();
  const selectedCount = PANEL_FACETS.reduce((n, { facet }) => n + state[facet].length, state.region.length);
  const regionTree = regionFacetTree(facets?.region ?? {}, state.region, labels.regions);
  const section = (facet: Exclude<FacetKey, 'region' | 'kind'>, group: LabelGroup, byCount: boolean) => (
    <FacetSection
      key={facet}
      facet={facet}
      title={t(`search.facet.${facet}`)}
      options={facetOptions(facets?.[facet], state[facet], labels.codes(group), (code) => labels.label(group, code), byCount)}
      onToggle={(value) => onToggle(facet, value)}
    />
  );
  return (
    <div data-testid="facet-panel" aria-busy={stale} style={{ opacity: stale ? 0.6 : 1, transition: 'opacity .2s' }}>
      {heading && (
        <Flex align="center" justify="space-between" style={{ paddingBottom: 10 }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('search.filtersTitle')}
          </Typography.Title>
          {selectedCount > 0 && (
            <Button type="link" size="small" icon={<ClearOutlined />} onClick={onClearAll} style={{ paddingInline: 0 }} data-testid="facet-clear">
              {t('search.clearAll')}
            </Button>
          )}
        </Flex>
      )}
      {section('domain', 'domains', true)}
      <FacetSection
        facet="region"
        title={t('search.facet.region')}
        hint={state.region.length === 0 ? t('search.regionHint') : undefined}
        options={regionOptions(regionTree)}
        onToggle={onToggleRegion}
        limit={8}
      />
      {PANEL_FACETS.filter((f) => f.facet !== 'domain').map(({ facet, group, byCount }) => section(facet, group, byCount))}
    </div>
  );
}
