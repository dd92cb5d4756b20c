import type { LatinTerm } from '../text/query.js';
import { editDistance, latinWords, typoBudget, typoMatches, withTypoMatches } from './typo-matches.js';

const term = (text: string, prefix = true): LatinTerm => ({ kind: 'latin', text, prefix, fuzzy: [] });

describe('Meilisearch typo rules, as the highlighter needs them', () => {
  it('allows no typo under 5 characters, one from 5, two from 9 (the index settings)', () => {
    expect([typoBudget('yl'), typoBudget('care'), typoBudget('shequ'), typoBudget('volunteer')]).toEqual([0, 0, 1, 2]);
  });

  it('counts substitutions, insertions, deletions and adjacent transpositions as one edit', () => {
    expect(editDistance('yanglao', 'yanglao', 1)).toBe(0);
    expect(editDistance('yanglo', 'yanglao', 1)).toBe(1);
    expect(editDistance('yangalo', 'yanglao', 1)).toBe(1);
    expect(editDistance('yenglao', 'yanglao', 1)).toBe(1);
    expect(editDistance('ynaglo', 'yanglao', 1)).toBe(2);
    expect(editDistance('abc', 'abcdef', 1)).toBe(2);
  });

  it('matches a word, or the start of a word for the last (prefix) query word', () => {
    expect(typoMatches(term('yanglo', false), 'yanglao')).toBe(true);
    expect(typoMatches(term('volunter'), 'volunteers')).toBe(true);
    expect(typoMatches(term('volunter', false), 'volunteers')).toBe(false);
    expect(typoMatches(term('care'), 'cure')).toBe(false);
    expect(typoMatches(term('shequ'), 'shequ')).toBe(false);
  });

  it('adds the hit’s typo-matched words (text and pinyin) to the query words as corrections', () => {
    const words = latinWords(['社区 Volunteers 招募', '为老人服务'], 'shequ yanglao fuwu sqylfw');
    expect([...words].sort()).toEqual(['fuwu', 'shequ', 'sqylfw', 'volunteers', 'yanglao']);
    const query = withTypoMatches({ terms: [{ kind: 'han', text: '社区', bigrams: [] }, term('yanglo'), term('volunter'), term('yl')] }, words);
    expect(query.terms).toEqual([
      { kind: 'han', text: '社区', bigrams: [] },
      { ...term('yanglo'), fuzzy: ['yanglao'] },
      { ...term('volunter'), fuzzy: ['volunteers'] },
      term('yl'),
    ]);
  });
});
