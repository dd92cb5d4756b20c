import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { type ExpoDto, createExpoRequest } from '@yiqia/contracts';
import { ValidBody } from '../../common/zod-validation.js';
import { Auth, type AuthContext, CurrentUser } from '../auth/auth-context.js';
import { ExposService } from './expos.service.js';

@ApiTags('expos')
@Controller('expos')
export class ExposController {
  constructor(private readonly expos: ExposService) {}

  @Post()
  @Auth('organizer')
  create(@CurrentUser() user: AuthContext, @ValidBody(createExpoRequest) body: z.output<typeof createExpoRequest>): Promise<ExpoDto> {
    return this.expos.create(body, user.userId);
  }

  @Get()
  list(): Promise<ExpoDto[]> {
    return this.expos.list();
  }

  @Get('current')
  current(): Promise<ExpoDto> {
    return this.expos.current();
  }

  @Get(':idOrSlug')
  get(@Param('idOrSlug') idOrSlug: string): Promise<ExpoDto> {
    return this.expos.get(idOrSlug);
  }
}
