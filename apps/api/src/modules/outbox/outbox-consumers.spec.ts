import { OUTBOX_CONSUMERS, outboxConsumers } from './outbox-consumers.js';

describe('outbox consumers', () => {
  it('always keeps the embedded engine and matching in sync, Meilisearch only when MEILI_URL is set', () => {
    expect(outboxConsumers({}, 'listing')).toEqual(['search:embedded', 'matching']);
    expect(outboxConsumers({ meiliUrl: 'http://127.0.0.1:7700' }, 'listing')).toEqual(['search:embedded', 'search:meilisearch', 'matching']);
  });

  it('has unique names', () => {
    const names = OUTBOX_CONSUMERS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
