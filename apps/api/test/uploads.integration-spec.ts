import { TINY_PNG, TestApp, multipart } from './support/test-app.js';

describe('uploads: type by magic bytes, size limits, safe serving', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await TestApp.start();
    token = (await t.registerOrg()).accessToken;
  });
  afterAll(() => t.stop());

  const upload = (filename: string, content: Buffer, type = 'application/octet-stream', field = 'file', auth = token) => {
    const { body, contentType } = multipart(filename, content, type, field);
    return t.request('POST', '/api/uploads', body, { token: auth, headers: { 'content-type': contentType } });
  };

  it('stores a PNG under a random name and serves it with nosniff', async () => {
    const res = await upload('我的 logo.png', TINY_PNG, 'image/png');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'image', mime: 'image/png', size: TINY_PNG.length, originalName: '我的 logo.png' });
    expect(res.body.url).toMatch(/^\/api\/uploads\/[A-Za-z0-9_-]{24}\.png$/);
    const served = await t.get(res.body.url);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
  });

  it('accepts a PDF by its bytes', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const res = await upload('年报.pdf', pdf, 'application/pdf');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'document', mime: 'application/pdf' });
  });

  it('refuses SVG, HTML dressed up as PNG, and anything else', async () => {
    const svg = await upload('logo.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'image/svg+xml');
    expect(svg.status).toBe(415);
    expect(svg.body.error.code).toBe('UPLOAD_TYPE_NOT_ALLOWED');
    const fake = await upload('logo.png', Buffer.from('<html><script>alert(1)</script></html>'), 'image/png');
    expect(fake.status).toBe(415);
    const gif = await upload('a.gif', Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'), 'image/gif');
    expect(gif.status).toBe(415);
  });

  it('refuses images over 5 MB', async () => {
    const big = Buffer.concat([TINY_PNG, Buffer.alloc(5 * 1024 * 1024 + 10)]);
    const res = await upload('big.png', big, 'image/png');
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('UPLOAD_TOO_LARGE');
  });

  it('needs a login, a multipart body and the field "file"', async () => {
    expect((await upload('a.png', TINY_PNG, 'image/png', 'file', '')).status).toBe(401);
    const wrongField = await upload('a.png', TINY_PNG, 'image/png', 'picture');
    expect(wrongField.status).toBe(400);
    expect(wrongField.body.error.code).toBe('UPLOAD_MISSING');
    const json = await t.post('/api/uploads', { file: 'x' }, { token });
    expect(json.status).toBe(400);
    expect((await t.get('/api/uploads/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
    expect((await t.get('/api/uploads/AAAAAAAAAAAAAAAAAAAAAAAA.png')).status).toBe(404);
  });

  it('reports health and serves the OpenAPI document', async () => {
    const health = await t.get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', database: { status: 'up', mode: 'external' }, search: { engine: 'postgres' } });
    const doc = await t.get('/api/docs/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/auth/register', '/api/booths/{id}', '/api/uploads']));
    expect(health.headers['content-security-policy']).toContain("script-src 'self'");
  });
});
