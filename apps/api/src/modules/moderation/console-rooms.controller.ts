import { Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import {
  type ConsoleRoomDetailDto,
  type ConsoleRoomDto,
  type MessageDto,
  type Page,
  closeRoomRequest,
  consoleRoomsQuery,
  hideMessageRequest,
  muteUserRequest,
  type RoomReportDto,
  resolveReportRequest,
} from '@yiqia/contracts';
import { ValidBody, ValidQuery } from '../../common/zod-validation.js';
import { Auth, type AuthContext, CurrentUser } from '../auth/auth-context.js';
import { ModerationService } from './moderation.service.js';

/** Session monitor and moderation (organizers only; every action is audited). */
@ApiTags('console')
@Controller('console/rooms')
@Auth('organizer')
export class ConsoleRoomsController {
  constructor(private readonly moderation: ModerationService) {}

  @Get()
  list(@CurrentUser() caller: AuthContext, @ValidQuery(consoleRoomsQuery) q: z.output<typeof consoleRoomsQuery>): Promise<Page<ConsoleRoomDto>> {
    return this.moderation.list(caller, q);
  }

  @Get(':id')
  detail(@CurrentUser() caller: AuthContext, @Param('id') id: string): Promise<ConsoleRoomDetailDto> {
    return this.moderation.detail(caller, id);
  }

  /** 403 TRANSCRIPT_NOT_REPORTED unless a participant reported the room. */
  @Get(':id/transcript')
  transcript(@CurrentUser() caller: AuthContext, @Param('id') id: string): Promise<{ messages: MessageDto[] }> {
    return this.moderation.transcript(caller, id);
  }

  @Post(':id/reports/:reportId/resolve')
  @HttpCode(200)
  resolveReport(
    @CurrentUser() caller: AuthContext,
    @Param('id') id: string,
    @Param('reportId') reportId: string,
    @ValidBody(resolveReportRequest) body: z.output<typeof resolveReportRequest>,
  ): Promise<RoomReportDto> {
    return this.moderation.resolveReport(caller, id, reportId, body.note);
  }

  @Post(':id/messages/:messageId/hide')
  @HttpCode(200)
  hide(
    @CurrentUser() caller: AuthContext,
    @Param('id') id: string,
    @Param('messageId') messageId: string,
    @ValidBody(hideMessageRequest) body: z.output<typeof hideMessageRequest>,
  ): Promise<{ message: MessageDto }> {
    return this.moderation.hide(caller, id, messageId, body.reason);
  }

  @Post(':id/mutes')
  mute(
    @CurrentUser() caller: AuthContext,
    @Param('id') id: string,
    @ValidBody(muteUserRequest) body: z.output<typeof muteUserRequest>,
  ): Promise<ConsoleRoomDetailDto['mutedUsers'][number]> {
    return this.moderation.mute(caller, id, body);
  }

  @Delete(':id/mutes/:userId')
  @HttpCode(204)
  async unmute(@CurrentUser() caller: AuthContext, @Param('id') id: string, @Param('userId') userId: string): Promise<void> {
    await this.moderation.unmute(caller, id, userId);
  }

  @Post(':id/close')
  @HttpCode(200)
  close(@CurrentUser() caller: AuthContext, @Param('id') id: string, @ValidBody(closeRoomRequest) body: z.output<typeof closeRoomRequest>): Promise<ConsoleRoomDto> {
    return this.moderation.close(caller, id, body.reason);
  }
}
