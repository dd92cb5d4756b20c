// NestJS 12 on @nestjs/platform-fastify: the same route as servers/fastify.js, routed the way the
// API routes (global prefix 'api', a controller, a @Get handler). Plain JS: the decorators are
// applied by calling them, so no compiler is needed; the controller has no constructor parameters,
// so no design-type metadata is needed either.
import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { announce, port, stopWith } from './ready.js';

class PingController {
  ping() {
    return { ok: true, time: new Date().toISOString() };
  }
}
Get('ping')(PingController.prototype, 'ping', Object.getOwnPropertyDescriptor(PingController.prototype, 'ping'));
Controller()(PingController);

class BenchModule {}
Module({ controllers: [PingController] })(BenchModule);

const app = await NestFactory.create(BenchModule, new FastifyAdapter({ logger: false }), { logger: false, abortOnError: false });
app.setGlobalPrefix('api');
await app.listen(port(), '127.0.0.1');
announce('nest', app.getHttpServer().address().port);
stopWith(() => app.close());
