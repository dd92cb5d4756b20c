import { TestApp } from './support/test-app.js';

/** Every route, fed junk, answers a 4xx error envelope with a message — never a 500. */
describe('bad input never breaks the API', () => {
  let t: TestApp;
  let member: string;
  let organizer: string;
  beforeAll(async () => {
    t = await TestApp.start();
    member = (await t.registerOrg()).accessToken;
    organizer = (await t.loginOrganizer()).accessToken;
  });
  afterAll(() => t.stop());

  const ids = ['not-a-uuid', '00000000-0000-0000-0000-000000000000', "1' OR '1'='1", '%00', '..%2F..%2Fetc'];
  const bodies: unknown[] = [null, [], 'text', 42, { a: { b: { c: [1, { d: null }] } } }, { title: 'x'.repeat(100_000) }, { __proto__: { admin: true } }];
  const routes: [string, string][] = [
    ['POST', '/api/auth/register'],
    ['POST', '/api/auth/login'],
    ['POST', '/api/auth/refresh'],
    ['POST', '/api/expos'],
    ['POST', '/api/expos/:id/booths'],
    ['GET', '/api/expos/:id/booths'],
    ['GET', '/api/expos/:id'],
    ['GET', '/api/booths/:id'],
    ['PATCH', '/api/booths/:id'],
    ['POST', '/api/booths/:id/submit'],
    ['POST', '/api/booths/:id/review'],
    ['POST', '/api/booths/:id/visits'],
    ['GET', '/api/booths/:id/stats'],
    ['GET', '/api/organizations/:id/members'],
    ['DELETE', '/api/organizations/:id/members/:id'],
    ['POST', '/api/organizations/:id/invitations'],
    ['DELETE', '/api/organizations/:id/invitations/:id'],
    ['GET', '/api/invitations/:id'],
    ['POST', '/api/invitations/:id/accept'],
    ['POST', '/api/uploads'],
    ['GET', '/api/uploads/:id'],
    ['POST', '/api/listings'],
    ['GET', '/api/listings'],
    ['GET', '/api/listings/:id'],
    ['PATCH', '/api/listings/:id'],
    ['DELETE', '/api/listings/:id'],
    ['GET', '/api/taxonomy'],
    ['GET', '/api/rooms/:id/intent'],
    ['POST', '/api/rooms/:id/intent'],
    ['POST', '/api/rooms/:id/intent/versions/:id/sign'],
    ['POST', '/api/rooms/:id/intent/versions/:id/withdraw'],
    ['GET', '/api/rooms/:id/intent/versions/:id/document'],
    ['POST', '/api/meetings'],
    ['GET', '/api/meetings'],
    ['GET', '/api/meetings/calendar.ics'],
    ['GET', '/api/meetings/:id'],
    ['GET', '/api/meetings/:id/ics'],
    ['POST', '/api/meetings/:id/answer'],
    ['POST', '/api/meetings/:id/cancel'],
  ];

  it.each(routes)('%s %s', async (method, pattern) => {
    const seen = new Set<number>();
    for (const token of [undefined, member, organizer]) {
      for (const id of ids) {
        const path = pattern.replaceAll(':id', encodeURIComponent(id));
        for (const body of method === 'GET' || method === 'DELETE' ? [undefined] : bodies) {
          const res = await t.request(method, path, body === undefined ? undefined : JSON.stringify(body), {
            token,
            query: { page: '-1', pageSize: 'lots', days: '1e9', zone: "'; DROP TABLE booths; --", status: 'everything' },
          });
          seen.add(res.status);
          if (res.status >= 500) throw new Error(`${method} ${path} ${JSON.stringify(body)?.slice(0, 80)} → ${res.status} ${res.raw.slice(0, 200)}`);
          if (res.status >= 400) {
            expect(res.body.error).toEqual(expect.objectContaining({ code: expect.any(String), message: expect.any(String) }));
          }
        }
      }
    }
    expect([...seen].every((s) => s < 500)).toBe(true);
  });

  it('keeps the database intact after all that', async () => {
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'booths'`);
    expect(n).toBe(1);
  });
});
