import { Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import {
  type BoothDto,
  type BoothStatsDto,
  type BoothSummaryDto,
  type Page,
  boothStatsQuery,
  createBoothRequest,
  listBoothsQuery,
  recordVisitRequest,
  reviewBoothRequest,
  updateBoothRequest,
} from '@yiqia/contracts';
import { ValidBody, ValidQuery } from '../../common/zod-validation.js';
import { Auth, type AuthContext, CurrentUser, OptionalUser } from '../auth/auth-context.js';
import { BoothStatsService } from './booth-stats.service.js';
import { BoothsService } from './booths.service.js';

@ApiTags('booths')
@Controller()
export class BoothsController {
  constructor(
    private readonly booths: BoothsService,
    private readonly stats: BoothStatsService,
  ) {}

  @Post('expos/:expoId/booths')
  @Auth()
  create(@CurrentUser() caller: AuthContext, @Param('expoId') expoId: string, @ValidBody(createBoothRequest) body: z.output<typeof createBoothRequest>): Promise<BoothDto> {
    return this.booths.create(caller, expoId, body.title);
  }

  @Get('expos/:expoId/booths')
  list(
    @Param('expoId') expoId: string,
    @ValidQuery(listBoothsQuery) query: z.output<typeof listBoothsQuery>,
    @OptionalUser() caller?: AuthContext,
  ): Promise<Page<BoothSummaryDto>> {
    return this.booths.list(expoId, query, caller);
  }

  @Get('me/booths')
  @Auth()
  mine(@CurrentUser() caller: AuthContext): Promise<BoothSummaryDto[]> {
    return this.booths.mine(caller);
  }

  @Get('booths/:id')
  get(@Param('id') id: string, @Query('view') view: string | undefined, @OptionalUser() caller?: AuthContext): Promise<BoothDto> {
    return this.booths.get(id, caller, view === 'public' ? 'public' : undefined);
  }

  @Patch('booths/:id')
  @Auth()
  update(@CurrentUser() caller: AuthContext, @Param('id') id: string, @ValidBody(updateBoothRequest) body: z.output<typeof updateBoothRequest>): Promise<BoothDto> {
    return this.booths.update(id, caller, body);
  }

  @Post('booths/:id/submit')
  @HttpCode(200)
  @Auth()
  submit(@CurrentUser() caller: AuthContext, @Param('id') id: string): Promise<BoothDto> {
    return this.booths.submit(id, caller);
  }

  @Post('booths/:id/review')
  @HttpCode(200)
  @Auth('organizer')
  review(@CurrentUser() caller: AuthContext, @Param('id') id: string, @ValidBody(reviewBoothRequest) body: z.output<typeof reviewBoothRequest>): Promise<BoothDto> {
    return this.booths.review(id, caller, body);
  }

  @Post('booths/:id/visits')
  @HttpCode(204)
  async visit(@Param('id') id: string, @ValidBody(recordVisitRequest) body: z.output<typeof recordVisitRequest>): Promise<void> {
    await this.stats.recordVisit(id, body.visitorId);
  }

  @Get('booths/:id/stats')
  @Auth()
  boothStats(@CurrentUser() caller: AuthContext, @Param('id') id: string, @ValidQuery(boothStatsQuery) q: z.output<typeof boothStatsQuery>): Promise<BoothStatsDto> {
    return this.stats.stats(id, caller, q.days);
  }
}
