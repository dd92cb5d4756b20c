import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

/** Every setting of the API, read from the environment once and validated: a bad value stops the start. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  MEILI_URL: z.url().optional(),
  MEILI_MASTER_KEY: z.string().optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  ORGANIZER_EMAIL: z.email().optional(),
  ORGANIZER_PASSWORD: z.string().min(8).optional(),
  DEMO_DATA: flag.default(true),
  JWT_SECRET: z.string().min(32, 'JWT_SECRET must have at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(1).max(86400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  WEB_DIST_DIR: z.string().default('./dist/apps'),
  /** JSON map of remote name → manifest URL; default: every remote served by this API under /remotes/<name>/. */
  REMOTE_URLS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      try {
        return z.record(z.string(), z.string()).parse(JSON.parse(v));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'REMOTE_URLS must be a JSON object of name → URL' });
        return z.NEVER;
      }
    }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  /** The embedded search engine keeps answers to broad searches for a few seconds (docs/search.md); 0 turns that off. */
  SEARCH_CACHE: flag.default(true),
  TRUST_PROXY: flag.default(false),
  /** Extra origins (comma-separated, e.g. https://yiqia.example) allowed to open the /rt socket besides the API's own. */
  RT_ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const list = (v ?? '').split(',').map((o) => o.trim()).filter(Boolean);
      for (const o of list) {
        if (!/^https?:\/\/[^/\s]+$/.test(o)) {
          ctx.addIssue({ code: 'custom', message: `RT_ALLOWED_ORIGINS: "${o}" is not an origin like https://host[:port]` });
          return z.NEVER;
        }
      }
      return list;
    }),
  /** Per-socket token bucket: sustained events per second and burst size. */
  RT_RATE_PER_SECOND: z.coerce.number().positive().max(10_000).default(10),
  RT_RATE_BURST: z.coerce.number().int().min(1).max(100_000).default(20),
  /** Prefix of the Socket.IO Redis adapter's pub/sub channels (one per deployment sharing a Redis). */
  RT_REDIS_KEY: z.string().regex(/^[A-Za-z0-9:_-]{1,64}$/).default('yiqia-rt'),
});

export type AppConfig = ReturnType<typeof loadConfig>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  const demo = e.DEMO_DATA;
  const organizerEmail = e.ORGANIZER_EMAIL ?? (demo ? 'organizer@yiqia.demo' : undefined);
  const organizerPassword = e.ORGANIZER_PASSWORD ?? (demo ? 'Organizer2026' : undefined);
  if (!!organizerEmail !== !!organizerPassword) {
    throw new ConfigError('Invalid configuration:\n  ORGANIZER_EMAIL and ORGANIZER_PASSWORD must be set together');
  }
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    dataDir,
    uploadDir: join(dataDir, 'uploads'),
    databaseUrl: e.DATABASE_URL,
    meiliUrl: e.MEILI_URL,
    meiliMasterKey: e.MEILI_MASTER_KEY,
    redisUrl: e.REDIS_URL,
    organizer: organizerEmail ? { email: organizerEmail.toLowerCase(), password: organizerPassword! } : undefined,
    demoData: demo,
    jwtSecret: e.JWT_SECRET,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    webDistDir: resolve(e.WEB_DIST_DIR),
    remoteUrls: e.REMOTE_URLS,
    logLevel: e.LOG_LEVEL,
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    searchCache: e.SEARCH_CACHE,
    trustProxy: e.TRUST_PROXY,
    rtAllowedOrigins: e.RT_ALLOWED_ORIGINS,
    rtRatePerSecond: e.RT_RATE_PER_SECOND,
    rtRateBurst: e.RT_RATE_BURST,
    rtRedisKey: e.RT_REDIS_KEY,
  };
}

/** A secret kept in DATA_DIR/secrets, generated on first use so restarts keep sessions valid. */
export function persistentSecret(dataDir: string, name: string, bytes = 48): string {
  const dir = join(dataDir, 'secrets');
  const file = join(dir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(bytes).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
