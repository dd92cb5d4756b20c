import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { type MeetingDto, answerMeetingRequest, createMeetingRequest, listMeetingsQuery } from '@yiqia/contracts';
import { requestLang } from '../../common/request-lang.js';
import { ValidBody, ValidQuery } from '../../common/zod-validation.js';
import { Auth, type AuthContext, CurrentUser } from '../auth/auth-context.js';
import { MeetingsService } from './meetings.service.js';

async function sendCalendar(reply: FastifyReply, body: string, filename: string): Promise<void> {
  await reply
    .header('Content-Type', 'text/calendar; charset=utf-8')
    .header('Content-Disposition', `attachment; filename="${filename}"`)
    .header('X-Content-Type-Options', 'nosniff')
    .header('Cache-Control', 'private, no-store')
    .send(body);
}

/** 洽谈预约 between an organisation and an exhibitor at an expo. */
@ApiTags('meetings')
@Controller('meetings')
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Post()
  @Auth()
  create(@CurrentUser() caller: AuthContext, @ValidBody(createMeetingRequest) body: z.output<typeof createMeetingRequest>, @Req() req: FastifyRequest): Promise<MeetingDto> {
    return this.meetings.create(caller, body, requestLang(req));
  }

  @Get()
  @Auth()
  list(@CurrentUser() caller: AuthContext, @ValidQuery(listMeetingsQuery) query: z.output<typeof listMeetingsQuery>): Promise<MeetingDto[]> {
    return this.meetings.list(caller, query);
  }

  /** The caller's organisation's accepted meetings (RFC 5545). */
  @Get('calendar.ics')
  @Auth()
  @ApiProduces('text/calendar')
  async calendar(@CurrentUser() caller: AuthContext, @Res() reply: FastifyReply): Promise<void> {
    await sendCalendar(reply, await this.meetings.calendar(caller), 'yiqia-meetings.ics');
  }

  @Get(':id')
  @Auth()
  get(@CurrentUser() caller: AuthContext, @Param('id') id: string): Promise<MeetingDto> {
    return this.meetings.get(caller, id);
  }

  @Get(':id/ics')
  @Auth()
  @ApiProduces('text/calendar')
  async ics(@CurrentUser() caller: AuthContext, @Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    await sendCalendar(reply, await this.meetings.icsOf(caller, id), `yiqia-meeting-${id}.ics`);
  }

  @Post(':id/answer')
  @HttpCode(200)
  @Auth()
  answer(
    @CurrentUser() caller: AuthContext,
    @Param('id') id: string,
    @ValidBody(answerMeetingRequest) body: z.output<typeof answerMeetingRequest>,
    @Req() req: FastifyRequest,
  ): Promise<MeetingDto> {
    return this.meetings.answer(caller, id, body, requestLang(req));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Auth()
  cancel(@CurrentUser() caller: AuthContext, @Param('id') id: string): Promise<MeetingDto> {
    return this.meetings.cancel(caller, id);
  }
}
