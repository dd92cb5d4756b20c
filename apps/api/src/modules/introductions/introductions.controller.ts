import { Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { type RoomDto, createIntroductionRequest } from '@yiqia/contracts';
import { ValidBody } from '../../common/zod-validation.js';
import { Auth, type AuthContext, CurrentUser } from '../auth/auth-context.js';
import { IntroductionsService } from './introductions.service.js';

@ApiTags('console')
@Controller('console/introductions')
@Auth('organizer')
export class IntroductionsController {
  constructor(private readonly introductions: IntroductionsService) {}

  /** 201 { room }: a negotiation room inviting the listings' organisations, the note as its first message. */
  @Post()
  create(@CurrentUser() caller: AuthContext, @ValidBody(createIntroductionRequest) body: z.output<typeof createIntroductionRequest>): Promise<{ room: RoomDto }> {
    return this.introductions.create(caller, body);
  }
}
