import { TestApp, registration } from './support/test-app.js';

describe('accounts and organisations: register, log in, refresh, log out', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ LOGIN_RATE_LIMIT: '5' });
  });
  afterAll(() => t.stop());

  it('registers an organisation and its first admin, who can then read /api/me', async () => {
    const req = registration({ orgName: '成都市青羊区阳光社会工作服务中心' });
    const res = await t.post('/api/auth/register', req);
    expect(res.status).toBe(201);
    expect(res.body.accessToken).toEqual(expect.any(String));
    expect(res.body.refreshToken).toEqual(expect.any(String));
    expect(res.body.user).toMatchObject({ email: req.email, orgRole: 'admin', role: 'member' });
    expect(res.body.organization).toMatchObject({ name: '成都市青羊区阳光社会工作服务中心', type: 'social_org', regionName: '四川省成都市锦江区' });
    const me = await t.get('/api/me', { token: res.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body.organization.id).toBe(res.body.organization.id);
  });

  it('refuses a credit code with a wrong check digit, saying so in the user language', async () => {
    const req = registration();
    const code = req.organization.creditCode;
    req.organization.creditCode = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    const zh = await t.post('/api/auth/register', req);
    expect(zh.status).toBe(400);
    expect(zh.body.error.code).toBe('VALIDATION_FAILED');
    expect(zh.body.error.details.fields).toEqual([
      expect.objectContaining({ path: 'organization.creditCode', code: 'credit_code_checksum', message: expect.stringContaining('校验位') }),
    ]);
    const en = await t.post('/api/auth/register', req, { lang: 'en' });
    expect(en.body.error.message).toMatch(/invalid/i);
    expect(en.body.error.details.fields[0].message).toMatch(/check digit/);
  });

  it('refuses a region that is not a district, unknown fields, and a weak password, with field details', async () => {
    const notDistrict = registration();
    notDistrict.organization.regionCode = '510100';
    const r1 = await t.post('/api/auth/register', notDistrict);
    expect(r1.status).toBe(400);
    expect(r1.body.error.details.fields[0]).toMatchObject({ path: 'organization.regionCode', code: 'region_not_leaf' });

    const r2 = await t.post('/api/auth/register', { ...registration(), isAdmin: true });
    expect(r2.status).toBe(400);
    expect(r2.body.error.details.fields[0]).toMatchObject({ path: 'isAdmin', code: 'unrecognized_keys' });

    const r3 = await t.post('/api/auth/register', { ...registration(), password: 'short' });
    expect(r3.status).toBe(400);
    expect(r3.body.error.details.fields.map((f: { path: string }) => f.path)).toContain('password');
  });

  it('refuses a second account with the same email and a second organisation with the same credit code', async () => {
    const first = registration();
    expect((await t.post('/api/auth/register', first)).status).toBe(201);
    const sameEmail = registration({ email: first.email });
    const r1 = await t.post('/api/auth/register', sameEmail);
    expect(r1.status).toBe(409);
    expect(r1.body.error.code).toBe('EMAIL_TAKEN');
    const sameCode = registration();
    sameCode.organization.creditCode = first.organization.creditCode;
    const r2 = await t.post('/api/auth/register', sameCode);
    expect(r2.status).toBe(409);
    expect(r2.body.error.code).toBe('CREDIT_CODE_TAKEN');
  });

  it('answers malformed JSON and wrong content with a 400 envelope, never a 500', async () => {
    const bad = await t.request('POST', '/api/auth/login', '{"email": ', {});
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('BAD_REQUEST');
    const arr = await t.post('/api/auth/login', [1, 2, 3]);
    expect(arr.status).toBe(400);
    const unknown = await t.get('/api/nothing-here');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('logs in with the right password only, and rate-limits repeated attempts', async () => {
    const org = await t.registerOrg();
    const email = org.user.email;
    const ok = await t.post('/api/auth/login', { email, password: 'Passw0rd2026' });
    expect(ok.status).toBe(200);
    const wrong = await t.post('/api/auth/login', { email, password: 'nope-nope-1' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await t.post('/api/auth/login', { email, password: 'nope-nope-1' })).status);
    expect(statuses).toContain(429);
    const limited = await t.post('/api/auth/login', { email, password: 'Passw0rd2026' });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(limited.headers['retry-after']).toBeDefined();
  });

  it('rotates refresh tokens and ends the session when an old refresh token is replayed', async () => {
    const first = await t.registerOrg();
    const r1 = await t.post('/api/auth/refresh', { refreshToken: first.refreshToken });
    expect(r1.status).toBe(200);
    expect(r1.body.refreshToken).not.toBe(first.refreshToken);
    // The old refresh token is dead, and replaying it revokes the session entirely.
    const replay = await t.post('/api/auth/refresh', { refreshToken: first.refreshToken });
    expect(replay.status).toBe(401);
    const r2 = await t.post('/api/auth/refresh', { refreshToken: r1.body.refreshToken });
    expect(r2.status).toBe(401);
    expect((await t.get('/api/me', { token: r1.body.accessToken })).status).toBe(401);
  });

  it('ends the session at once on logout: access and refresh tokens both stop working', async () => {
    const s = await t.registerOrg();
    expect((await t.get('/api/me', { token: s.accessToken })).status).toBe(200);
    expect((await t.post('/api/auth/logout', undefined, { token: s.accessToken })).status).toBe(204);
    const me = await t.get('/api/me', { token: s.accessToken });
    expect(me.status).toBe(401);
    expect((await t.post('/api/auth/refresh', { refreshToken: s.refreshToken })).status).toBe(401);
  });

  it('refuses requests without a token, with a garbage token, and with an expired token', async () => {
    expect((await t.get('/api/me')).body.error.code).toBe('UNAUTHENTICATED');
    expect((await t.get('/api/me', { token: 'garbage' })).status).toBe(401);
    const short = await TestApp.start({ ACCESS_TOKEN_TTL_SECONDS: '1' });
    try {
      const s = await short.registerOrg();
      await new Promise((r) => setTimeout(r, 2100));
      const res = await short.get('/api/me', { token: s.accessToken });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('TOKEN_EXPIRED');
      // The refresh token still works and yields a fresh access token.
      const refreshed = await short.post('/api/auth/refresh', { refreshToken: s.refreshToken });
      expect(refreshed.status).toBe(200);
      expect((await short.get('/api/me', { token: refreshed.body.accessToken })).status).toBe(200);
    } finally {
      await short.stop();
    }
  });

  it('stores argon2id password hashes with OWASP parameters', async () => {
    const s = await t.registerOrg();
    const [{ password_hash }] = await t.ds.query('SELECT password_hash FROM users WHERE id = $1', [s.user.id]);
    expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});
