import { TokenBucket } from './token-bucket.js';

describe('TokenBucket', () => {
  it('allows a burst, then refuses until tokens refill at the configured rate', () => {
    const b = new TokenBucket(10, 3, 0);
    expect([b.take(0), b.take(0), b.take(0), b.take(0)]).toEqual([true, true, true, false]);
    expect(b.take(50)).toBe(false); // half a token
    expect(b.take(100)).toBe(true); // one token after 100 ms at 10/s
    expect(b.take(100)).toBe(false);
  });

  it('never stores more than the burst', () => {
    const b = new TokenBucket(10, 2, 0);
    const taken = [b.take(60_000), b.take(60_000), b.take(60_000)];
    expect(taken).toEqual([true, true, false]);
  });
});
