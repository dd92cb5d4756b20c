import { VISITOR_ID_KEY, getVisitorId } from './visitor.js';
import { safeStorage } from './storage.js';

describe('visitor id', () => {
  it('is random, valid for the API, and kept', () => {
    safeStorage.remove(VISITOR_ID_KEY);
    const id = getVisitorId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(getVisitorId()).toBe(id);
    expect(safeStorage.get(VISITOR_ID_KEY)).toBe(id);
  });

  it('replaces a tampered value', () => {
    safeStorage.set(VISITOR_ID_KEY, 'bad id!');
    expect(getVisitorId()).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });
});
