import { Controller, Get, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { type AnnouncementDto, type Page, announcementsQuery, createAnnouncementRequest, latestAnnouncementQuery } from '@yiqia/contracts';
import { ValidBody, ValidQuery } from '../../common/zod-validation.js';
import { Auth, type AuthContext, CurrentUser } from '../auth/auth-context.js';
import { AnnouncementsService } from './announcements.service.js';

@ApiTags('console')
@Controller('console/announcements')
@Auth('organizer')
export class ConsoleAnnouncementsController {
  constructor(private readonly announcements: AnnouncementsService) {}

  @Post()
  create(@CurrentUser() caller: AuthContext, @ValidBody(createAnnouncementRequest) body: z.output<typeof createAnnouncementRequest>): Promise<AnnouncementDto> {
    return this.announcements.create(caller, body);
  }

  @Get()
  list(@ValidQuery(announcementsQuery) q: z.output<typeof announcementsQuery>): Promise<Page<AnnouncementDto>> {
    return this.announcements.list(q);
  }
}

/** Public: what a shell shows when it connects after an announcement went out. */
@ApiTags('announcements')
@Controller('announcements')
export class AnnouncementsController {
  constructor(private readonly announcements: AnnouncementsService) {}

  /** 200 with the newest announcement of the last 24 hours, 204 when there is none. */
  @Get('latest')
  async latest(@ValidQuery(latestAnnouncementQuery) q: z.output<typeof latestAnnouncementQuery>, @Res({ passthrough: true }) reply: FastifyReply): Promise<AnnouncementDto | undefined> {
    const found = await this.announcements.latest(q.expoId);
    if (!found) {
      reply.status(204);
      return undefined;
    }
    return found;
  }
}
