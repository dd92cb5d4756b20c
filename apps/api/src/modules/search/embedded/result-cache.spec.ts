import { ResultCache } from './result-cache.js';

describe('ResultCache', () => {
  it('returns what was set until it expires', () => {
    const cache = new ResultCache<number>();
    cache.set('a', 1, cache.version, 1000);
    expect(cache.get('a', 1000 + ResultCache.TTL_MS - 1)).toBe(1);
    expect(cache.get('a', 1000 + ResultCache.TTL_MS)).toBeUndefined();
  });

  it('ignores an answer computed before a write cleared the cache', () => {
    const cache = new ResultCache<number>();
    const version = cache.version;
    cache.clear(); // a write happened while the answer was being computed
    cache.set('a', 1, version);
    expect(cache.get('a')).toBeUndefined();
  });

  it('keeps at most MAX_ENTRIES, dropping the oldest', () => {
    const cache = new ResultCache<number>();
    for (let i = 0; i <= ResultCache.MAX_ENTRIES; i++) cache.set(`k${i}`, i, cache.version);
    expect(cache.get('k0')).toBeUndefined();
    expect(cache.get(`k${ResultCache.MAX_ENTRIES}`)).toBe(ResultCache.MAX_ENTRIES);
  });
});
