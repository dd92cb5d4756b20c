import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { EXPORT_ENTITIES, type ExportEntity, type ExportPreviewDto, type ExpoResultsDto, exportQuery } from '@yiqia/contracts';
import type { Lang } from '@yiqia/domain';
import { notFound } from '../../common/api.exception.js';
import { RequestLang } from '../../common/client-info.js';
import { ValidQuery, uuidPattern } from '../../common/zod-validation.js';
import { Auth, type AuthContext, CurrentUser } from '../auth/auth-context.js';
import { ExportsService } from './exports.service.js';
import { ResultsService } from './results.service.js';

function entityOf(value: string): ExportEntity {
  if (!(EXPORT_ENTITIES as readonly string[]).includes(value)) throw notFound();
  return value as ExportEntity;
}

/** Organizers' reports: streamed CSV/XLSX exports with the on-screen filters, their preview, and 成果统计. */
@ApiTags('console')
@Controller('console')
export class ConsoleReportsController {
  constructor(
    private readonly exportsService: ExportsService,
    private readonly results: ResultsService,
  ) {}

  @Get('exports/:entity/preview')
  @Auth('organizer')
  preview(@Param('entity') entity: string, @ValidQuery(exportQuery) q: z.output<typeof exportQuery>, @RequestLang() lang: Lang): Promise<ExportPreviewDto> {
    return this.exportsService.preview(entityOf(entity), q, lang);
  }

  @Get('exports/:entity')
  @Auth('organizer')
  async download(
    @CurrentUser() caller: AuthContext,
    @Param('entity') entity: string,
    @ValidQuery(exportQuery) q: z.output<typeof exportQuery>,
    @RequestLang() lang: Lang,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.exportsService.open(entityOf(entity), q, lang, caller.userId);
    await reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .header('cache-control', 'no-store')
      .send(file.stream);
  }

  @Get('expos/:expoId/results')
  @Auth('organizer')
  expoResults(@Param('expoId') expoId: string, @RequestLang() lang: Lang): Promise<ExpoResultsDto> {
    if (!uuidPattern.test(expoId)) throw notFound();
    return this.results.results(expoId, lang);
  }
}
