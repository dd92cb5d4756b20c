import { RateLimiter } from './rate-limiter.js';

describe('RateLimiter', () => {
  it('allows the limit within a window, then says how long to wait', () => {
    const limiter = new RateLimiter(3, 60_000);
    const t0 = 1_000_000;
    expect([1, 2, 3].map(() => limiter.hit('k', t0))).toEqual([0, 0, 0]);
    expect(limiter.hit('k', t0 + 30_000)).toBe(30);
    expect(limiter.hit('other', t0)).toBe(0);
  });

  it('starts a new window after it ends, and forgets a key on reset', () => {
    const limiter = new RateLimiter(1, 1000);
    limiter.hit('k', 0);
    expect(limiter.hit('k', 10)).toBeGreaterThan(0);
    expect(limiter.hit('k', 1001)).toBe(0);
    limiter.reset('k');
    expect(limiter.hit('k', 1002)).toBe(0);
  });
});
