import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { UPLOAD_LIMITS } from '@yiqia/contracts';
import { AppModule } from './app.module.js';
import { ApiExceptionFilter } from './common/api-exception.filter.js';
import type { AppConfig } from './config/app-config.js';
import { RtIoAdapter } from './modules/realtime/rt-io-adapter.js';
import { registerWebStatic } from './web-static.js';

/** The CSP the frontends are built to satisfy: no inline scripts, no eval, no third-party origins. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"], // Ant Design injects its CSS-in-JS styles at run time
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  frameSrc: ['https://player.bilibili.com'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'self'"],
};

const LOG_LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  fatal: ['fatal'],
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  trace: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
  silent: [],
};

export function createLogger(config: AppConfig): ConsoleLogger {
  return new ConsoleLogger({ json: config.env === 'production' || !process.stdout.isTTY, logLevels: LOG_LEVELS[config.logLevel], colors: process.stdout.isTTY });
}

export async function createApp(config: AppConfig, ds: DataSource): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    logger: config.logLevel === 'silent' || config.env === 'test' ? false : { level: config.logLevel === 'info' ? 'warn' : config.logLevel },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config, ds), adapter, {
    logger: createLogger(config),
    abortOnError: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  // Socket.IO (/rt): shared between processes through Redis when REDIS_URL is set.
  const io = new RtIoAdapter(app);
  if (config.redisUrl) await io.connectRedis(config.redisUrl, config.rtRedisKey);
  app.useWebSocketAdapter(io);

  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    crossOriginEmbedderPolicy: false,
    hsts: config.env === 'production',
  });
  await app.register(multipart, { limits: { fileSize: UPLOAD_LIMITS.document, files: 1, fields: 5, parts: 6 } });

  app.setGlobalPrefix('api');
  app.useGlobalFilters(new ApiExceptionFilter());
  // No enableShutdownHooks(): main.ts owns SIGTERM/SIGINT and calls app.close(), which runs the same hooks.

  const doc = new DocumentBuilder()
    .setTitle('Yiqia 益洽 API')
    .setDescription('公益洽谈汇: organisations, expos, booths. Errors: { error: { code, message, details } }, messages follow Accept-Language.')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  if (config.env === 'test') {
    // The Swagger UI needs @fastify/static, which jest's module runtime cannot load; the JSON is enough there.
    const document = SwaggerModule.createDocument(app, doc);
    fastify.get('/api/docs/openapi.json', async () => document);
  } else {
    SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, doc), { jsonDocumentUrl: 'api/docs/openapi.json' });
  }

  await registerWebStatic(fastify, config);
  return app;
}
