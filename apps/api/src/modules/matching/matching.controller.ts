import { Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import {
  type MatchesResponse,
  type RecommendationsResponse,
  type StrongPairsResponse,
  matchesQuery,
  recommendationFeedbackKey,
  recommendationFeedbackRequest,
  recommendationsQuery,
  strongPairsQuery,
} from '@yiqia/contracts';
import type { Lang } from '@yiqia/domain';
import { RequestLang } from '../../common/client-info.js';
import { ValidBody, ValidQuery } from '../../common/zod-validation.js';
import { Auth, type AuthContext, CurrentUser, OptionalUser } from '../auth/auth-context.js';
import { MatchingService } from './matching.service.js';

@ApiTags('matching')
@Controller()
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  /** Public; a logged-in caller's own organisation and hidden pairs are left out. */
  @Get('listings/:id/matches')
  matches(
    @Param('id') id: string,
    @ValidQuery(matchesQuery) q: z.output<typeof matchesQuery>,
    @RequestLang() lang: Lang,
    @OptionalUser() caller?: AuthContext,
  ): Promise<MatchesResponse> {
    return this.matching.matches(id, caller, q.limit, lang);
  }

  @Get('recommendations')
  @Auth()
  recommendations(@CurrentUser() caller: AuthContext, @ValidQuery(recommendationsQuery) q: z.output<typeof recommendationsQuery>, @RequestLang() lang: Lang): Promise<RecommendationsResponse> {
    return this.matching.recommendations(caller, q.limit, lang);
  }

  @Post('recommendations/feedback')
  @HttpCode(204)
  @Auth()
  async feedback(@CurrentUser() caller: AuthContext, @ValidBody(recommendationFeedbackRequest) body: z.output<typeof recommendationFeedbackRequest>): Promise<void> {
    await this.matching.addFeedback(caller, body);
  }

  @Delete('recommendations/feedback')
  @HttpCode(204)
  @Auth()
  async undoFeedback(@CurrentUser() caller: AuthContext, @ValidQuery(recommendationFeedbackKey) q: z.output<typeof recommendationFeedbackKey>): Promise<void> {
    await this.matching.removeFeedback(caller, q);
  }

  @Get('console/expos/:expoId/strong-pairs')
  @Auth('organizer')
  strongPairs(@Param('expoId') expoId: string, @ValidQuery(strongPairsQuery) q: z.output<typeof strongPairsQuery>, @RequestLang() lang: Lang): Promise<StrongPairsResponse> {
    return this.matching.strongPairs(expoId, q.limit, lang);
  }
}
