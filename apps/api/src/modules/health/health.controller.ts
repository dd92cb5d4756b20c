import { Controller, Get, Inject, Optional, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import type { HealthDto } from '@yiqia/contracts';
import { APP_CONFIG } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/app-config.js';
import { SEARCH_ENGINES, type SearchEngines } from '../search/search-engine.js';

const startedAt = Date.now();

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(SEARCH_ENGINES) private readonly engines?: SearchEngines,
  ) {}

  /** 200 when the database answers, 503 otherwise; `search` is the primary engine (the database's own unless Meilisearch is configured). */
  @Get()
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthDto> {
    const t0 = performance.now();
    let dbUp = true;
    try {
      await this.ds.query('SELECT 1');
    } catch {
      dbUp = false;
    }
    const latencyMs = Math.round((performance.now() - t0) * 10) / 10;
    if (!dbUp) void reply.status(503);
    const primary = this.engines?.primary;
    const searchUp = primary && primary.name !== 'embedded' ? await primary.healthy().catch(() => false) : dbUp;
    return {
      status: dbUp && searchUp ? 'ok' : 'degraded',
      version: process.env['npm_package_version'] ?? '0.1.0',
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      database: { status: dbUp ? 'up' : 'down', mode: this.config.databaseUrl ? 'external' : 'embedded', latencyMs },
      search: { status: searchUp ? 'up' : 'down', engine: primary?.name === 'meilisearch' ? 'meilisearch' : 'postgres' },
    };
  }
}
