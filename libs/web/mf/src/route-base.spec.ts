import { parentBase, rebasePath } from './route-base.js';

describe('mounting under any parent route', () => {
  it('finds the base a prefix route matched', () => {
    expect(parentBase('/expos/2026-chengdu-sanshe/booths/42', '2026-chengdu-sanshe/booths/42')).toBe('/expos');
    expect(parentBase('/my/booths', 'booths')).toBe('/my');
    expect(parentBase('/review', '')).toBe('/review');
    expect(parentBase('/review/', undefined)).toBe('/review');
  });

  it('finds "/" under a catch-all route', () => {
    expect(parentBase('/expos/x', 'expos/x')).toBe('/');
    expect(parentBase('/', '')).toBe('/');
  });

  it('works when the URL holds encoded characters', () => {
    expect(parentBase('/expos/%E6%88%90%E9%83%BD', '成都')).toBe('/expos');
  });

  it('rebases full paths', () => {
    expect(rebasePath('/expos/:slug', '/')).toBe('/expos/:slug');
    expect(rebasePath('/expos/:slug', '/expos')).toBe('/:slug');
    expect(rebasePath('/expos/:slug/booths/:boothId', '/expos/')).toBe('/:slug/booths/:boothId');
    expect(rebasePath('/review', '/review')).toBe('/');
    expect(rebasePath('/my/booths', '/expos')).toBeNull();
    expect(rebasePath('/expositions', '/expos')).toBeNull();
  });
});
