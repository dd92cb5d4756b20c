import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { serializedTaxonomy } from './taxonomy.js';

/** Browsers and proxies may keep it an hour, then revalidate with If-None-Match (304 without a body). */
const CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400';

@ApiTags('taxonomy')
@Controller('taxonomy')
export class TaxonomyController {
  /** TaxonomyDto: listing kinds, statuses, org types, domains, resource types, target groups, amount bands, sorts (zh/en), GB/T 2260 regions. */
  @Get()
  taxonomy(@Req() req: FastifyRequest, @Res() reply: FastifyReply): void {
    const { json, etag } = serializedTaxonomy();
    void reply.header('Cache-Control', CACHE_CONTROL).header('ETag', etag).header('Vary', 'Accept-Encoding');
    const ifNoneMatch = req.headers['if-none-match'];
    if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*')) {
      void reply.status(304).send();
      return;
    }
    void reply.status(200).header('Content-Type', 'application/json; charset=utf-8').send(json);
  }
}
