import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import type { HealthDto } from '@yiqia/contracts';
import { APP_CONFIG } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/app-config.js';

const startedAt = Date.now();

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** 200 when the database answers, 503 otherwise; the search engine is the database's own until Meilisearch is configured. */
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
    return {
      status: dbUp ? 'ok' : 'degraded',
      version: process.env['npm_package_version'] ?? '0.1.0',
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      database: { status: dbUp ? 'up' : 'down', mode: this.config.databaseUrl ? 'external' : 'embedded', latencyMs },
      search: { status: dbUp ? 'up' : 'down', engine: 'postgres' },
    };
  }
}
