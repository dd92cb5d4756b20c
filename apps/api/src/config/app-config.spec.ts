import { ConfigError, loadConfig } from './app-config.js';

describe('configuration', () => {
  it('uses embedded defaults when nothing is set, with the demo organizer', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.demoData).toBe(true);
    expect(c.organizer).toEqual({ email: 'organizer@yiqia.demo', password: 'Organizer2026' });
  });

  it('fails fast with a message naming every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short' });
    } catch (e) {
      const message = (e as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('JWT_SECRET must have at least 32 characters');
    }
  });

  it('needs organizer email and password together, and no demo organizer without demo data', () => {
    expect(() => loadConfig({ ORGANIZER_EMAIL: 'a@b.cn', DEMO_DATA: '0' })).toThrow(/set together/);
    expect(loadConfig({ DEMO_DATA: '0' }).organizer).toBeUndefined();
  });

  it('reads the real-time settings: origins allowlist, rate limit, Redis channel prefix', () => {
    const d = loadConfig({});
    expect([d.rtAllowedOrigins, d.rtRatePerSecond, d.rtRateBurst, d.rtRedisKey]).toEqual([[], 10, 20, 'yiqia-rt']);
    const c = loadConfig({ RT_ALLOWED_ORIGINS: ' https://a.example , http://127.0.0.1:3000', RT_RATE_PER_SECOND: '2.5', RT_RATE_BURST: '5', RT_REDIS_KEY: 'stage-rt' });
    expect([c.rtAllowedOrigins, c.rtRatePerSecond, c.rtRateBurst, c.rtRedisKey]).toEqual([['https://a.example', 'http://127.0.0.1:3000'], 2.5, 5, 'stage-rt']);
    expect(() => loadConfig({ RT_ALLOWED_ORIGINS: 'https://a.example/path' })).toThrow(/RT_ALLOWED_ORIGINS/);
    expect(() => loadConfig({ RT_RATE_BURST: '0' })).toThrow(/RT_RATE_BURST/);
  });

  it('parses REMOTE_URLS as a JSON map and refuses anything else', () => {
    expect(loadConfig({ REMOTE_URLS: '{"booths":"https://cdn.example/booths/mf-manifest.json"}' }).remoteUrls).toEqual({
      booths: 'https://cdn.example/booths/mf-manifest.json',
    });
    expect(() => loadConfig({ REMOTE_URLS: 'booths=x' })).toThrow(/REMOTE_URLS/);
  });
});
