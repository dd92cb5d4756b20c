import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { AuthResponse, RegisterRequest } from '@yiqia/contracts';
import { creditCodeCheckChar } from '@yiqia/domain';
import { loadConfig, type AppConfig } from '../../src/config/app-config.js';
import { createApp } from '../../src/create-app.js';
import { createDataSource, migrate } from '../../src/database/database.js';
import { ensureOrganizer } from '../../src/modules/users/ensure-organizer.js';

/**
 * A real PostgreSQL for integration tests: TEST_DATABASE_URL (a server where we may create databases),
 * by default this machine's server at 127.0.0.1:5432. Every test file gets its own fresh database.
 */
const ADMIN_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestResponse<T = any> {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: T;
  raw: string;
}

export interface RequestOptions {
  token?: string;
  lang?: 'zh' | 'en';
  headers?: Record<string, string>;
  query?: Record<string, string | number>;
}

export class TestApp {
  private constructor(
    readonly app: NestFastifyApplication,
    readonly ds: DataSource,
    readonly config: AppConfig,
    private readonly dbName: string,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<TestApp> {
    const dbName = `yiqia_it_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const dataDir = mkdtempSync(join(tmpdir(), 'yiqia-it-'));
    const url = new URL(ADMIN_URL);
    url.pathname = `/${dbName}`;
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      DATABASE_URL: url.toString(),
      DEMO_DATA: '0',
      LOG_LEVEL: 'silent',
      WEB_DIST_DIR: join(dataDir, 'no-web'),
      ORGANIZER_EMAIL: 'organizer@test.local',
      ORGANIZER_PASSWORD: 'Organizer2026',
      ...env,
    });
    const ds = createDataSource(config.databaseUrl!, 5);
    await ds.initialize();
    await migrate(ds);
    await ensureOrganizer(ds, config.organizer!.email, config.organizer!.password);
    const app = await createApp(config, ds);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    return new TestApp(app, ds, config, dbName);
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.ds.destroy();
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${this.dbName} WITH (FORCE)`);
    await admin.end();
    rmSync(this.config.dataDir, { recursive: true, force: true });
  }

  async request<T = any>(method: string, path: string, body?: unknown, opts: RequestOptions = {}): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { 'accept-language': opts.lang ?? 'zh', ...opts.headers };
    if (opts.token) headers['authorization'] = `Bearer ${opts.token}`;
    let payload: string | Buffer | undefined;
    if (Buffer.isBuffer(body)) payload = body;
    else if (typeof body === 'string') {
      payload = body;
      headers['content-type'] ??= 'application/json';
    } else if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['content-type'] = 'application/json';
    }
    const res = await this.app.getHttpAdapter().getInstance().inject({
      method: method as 'GET',
      url: path,
      headers,
      payload,
      query: opts.query ? Object.fromEntries(Object.entries(opts.query).map(([k, v]) => [k, String(v)])) : undefined,
    });
    let parsed: unknown = res.body;
    if (String(res.headers['content-type'] ?? '').includes('application/json') && res.body) parsed = JSON.parse(res.body);
    return { status: res.statusCode, headers: res.headers, body: parsed as T, raw: res.body };
  }

  get = <T = any>(path: string, opts?: RequestOptions) => this.request<T>('GET', path, undefined, opts);
  post = <T = any>(path: string, body?: unknown, opts?: RequestOptions) => this.request<T>('POST', path, body ?? {}, opts);
  patch = <T = any>(path: string, body?: unknown, opts?: RequestOptions) => this.request<T>('PATCH', path, body ?? {}, opts);
  delete = <T = any>(path: string, opts?: RequestOptions) => this.request<T>('DELETE', path, undefined, opts);

  async loginOrganizer(): Promise<AuthResponse> {
    const res = await this.post<AuthResponse>('/api/auth/login', { email: 'organizer@test.local', password: 'Organizer2026' });
    if (res.status !== 200) throw new Error(`organizer login failed: ${res.raw}`);
    return res.body;
  }

  /** Registers a new organisation with a valid, unique credit code; returns the admin's session. */
  async registerOrg(overrides: Partial<RegisterRequest> & { orgName?: string; orgType?: string } = {}): Promise<AuthResponse> {
    const req = registration(overrides);
    const res = await this.post<AuthResponse>('/api/auth/register', req);
    if (res.status !== 201) throw new Error(`register failed: ${res.status} ${res.raw}`);
    return res.body;
  }
}

let counter = 0;

/** A valid credit code that is unique within the test run. */
export function uniqueCreditCode(): string {
  counter += 1;
  const serial = (Date.now() % 1e6).toString().padStart(6, '0') + String(counter).padStart(3, '0');
  const first17 = `52510104${serial}`.slice(0, 17);
  return first17 + creditCodeCheckChar(first17);
}

export function registration(overrides: Partial<RegisterRequest> & { orgName?: string; orgType?: string } = {}): RegisterRequest {
  const n = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const { orgName, orgType, ...rest } = overrides;
  return {
    email: `admin-${n}@test.local`,
    password: 'Passw0rd2026',
    displayName: '测试管理员',
    organization: { name: orgName ?? `成都市锦江区乐邻社会工作服务中心${n}`, type: (orgType ?? 'social_org') as never, creditCode: uniqueCreditCode(), regionCode: '510104' },
    ...rest,
  };
}

/** A minimal valid PNG (1×1). */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A multipart body with one field `file`. */
export function multipart(filename: string, content: Buffer, contentType = 'application/octet-stream', field = 'file') {
  const boundary = `----yiqia${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { body: Buffer.concat([head, content, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}
