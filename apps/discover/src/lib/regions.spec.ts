import type { TaxonomyDto } from '@yiqia/contracts';
import {
  buildRegionIndex,
  regionAncestors,
  regionCheckState,
  regionFacetTree,
  regionLabel,
  regionLevelOf,
  regionPathNames,
  removeRegion,
  toggleRegion,
} from './regions.js';

const tree: TaxonomyDto['regions'] = [
  {
    code: '510000',
    name: '四川省',
    children: [
      { code: '510100', name: '成都市', children: [{ code: '510104', name: '锦江区' }, { code: '510107', name: '武侯区' }] },
      { code: '510600', name: '德阳市', children: [{ code: '510603', name: '旌阳区' }] },
    ],
  },
  { code: '110000', name: '北京市', children: [{ code: '110100', name: '北京市', children: [{ code: '110105', name: '朝阳区' }] }] },
  { code: '440000', name: '广东省', children: [{ code: '440600', name: '佛山市', children: [{ code: '440606', name: '顺德区' }] }] },
];
const index = buildRegionIndex(tree);

describe('region index', () => {
  it('knows levels, parents and names', () => {
    expect(regionLevelOf('510000', index)).toBe('province');
    expect(regionLevelOf('110100', index)).toBe('city');
    expect(regionLevelOf('510104', index)).toBe('district');
    expect(regionAncestors('510104', index)).toEqual(['510000', '510100']);
    expect(regionPathNames('440606', index)).toEqual(['广东省', '佛山市', '顺德区']);
    expect(regionLabel('510104', index)).toBe('成都市锦江区');
    expect(regionLabel('510100', index)).toBe('成都市');
    expect(regionLabel('999999', index)).toBe('999999');
  });

  it('falls back to the shape of the code before the tree is loaded', () => {
    expect(regionLevelOf('320000')).toBe('province');
    expect(regionLevelOf('320100')).toBe('city');
    expect(regionLevelOf('320102')).toBe('district');
    expect(regionAncestors('320102')).toEqual(['320000', '320100']);
  });
});

describe('cascading region selection', () => {
  it('refines a province to a city and a city to a district', () => {
    let sel = toggleRegion([], '510000', index);
    expect(sel).toEqual(['510000']);
    sel = toggleRegion(sel, '510100', index);
    expect(sel).toEqual(['510100']);
    sel = toggleRegion(sel, '510104', index);
    expect(sel).toEqual(['510104']);
    expect(regionCheckState('510000', sel, index)).toBe('partial');
    expect(regionCheckState('510100', sel, index)).toBe('partial');
    expect(regionCheckState('510104', sel, index)).toBe('checked');
    expect(regionCheckState('510600', sel, index)).toBe('none');
  });

  it('ORs siblings and other provinces', () => {
    let sel = toggleRegion(['510100'], '510600', index);
    expect(sel).toEqual(['510100', '510600']);
    sel = toggleRegion(sel, '440000', index);
    expect(sel).toEqual(['510100', '510600', '440000']);
  });

  it('steps back up one level when the last selection below a region is removed', () => {
    expect(toggleRegion(['510104'], '510104', index)).toEqual(['510100']);
    expect(toggleRegion(['510100', '510600'], '510100', index)).toEqual(['510600']);
    expect(toggleRegion(['510600'], '510600', index)).toEqual(['510000']);
    expect(toggleRegion(['510000'], '510000', index)).toEqual([]);
  });

  it('selects a whole area when a partly selected region is clicked', () => {
    expect(toggleRegion(['510104', '440000'], '510000', index)).toEqual(['440000', '510000']);
  });

  it('removes a region with everything below it (chip)', () => {
    expect(removeRegion(['510104', '510600', '440000'], '510000', index)).toEqual(['440000']);
    expect(removeRegion(['510104', '510600'], '510104', index)).toEqual(['510600']);
  });
});

describe('region facet tree', () => {
  it('shows provinces with matches, and the children of selected regions, biggest first', () => {
    const counts = { '510000': 40, '440000': 12, '110000': 30, '510100': 31, '510600': 9, '510104': 7, '510107': 11 };
    const nodes = regionFacetTree(counts, ['510100'], index);
    expect(nodes.map((n) => [n.code, n.count, n.state])).toEqual([
      ['510000', 40, 'partial'],
      ['110000', 30, 'none'],
      ['440000', 12, 'none'],
    ]);
    expect(nodes[0].children.map((n) => [n.name, n.count, n.state])).toEqual([
      ['成都市', 31, 'checked'],
      ['德阳市', 9, 'none'],
    ]);
    expect(nodes[0].children[0].children.map((n) => n.name)).toEqual(['武侯区', '锦江区']);
    expect(nodes[1].children).toEqual([]);
  });

  it('keeps a selected region without matches visible with 0', () => {
    const nodes = regionFacetTree({ '510000': 3 }, ['440606'], index);
    expect(nodes.map((n) => [n.code, n.count, n.state])).toEqual([
      ['510000', 3, 'none'],
      ['440000', 0, 'partial'],
    ]);
    expect(nodes[1].children[0].children).toEqual([expect.objectContaining({ code: '440606', count: 0, state: 'checked' })]);
  });
});
