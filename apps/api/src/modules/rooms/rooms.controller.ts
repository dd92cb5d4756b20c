import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import {
  type MessageDto,
  type Page,
  type RoomDto,
  type UnreadSummaryDto,
  createRoomRequest,
  inviteToRoomRequest,
  listRoomsQuery,
  roomMessagesQuery,
} from '@yiqia/contracts';
import { ValidBody, ValidQuery } from '../../common/zod-validation.js';
import { Auth, type AuthContext, CurrentUser } from '../auth/auth-context.js';
import { RoomsService } from './rooms.service.js';

@ApiTags('rooms')
@Controller('rooms')
@Auth()
export class RoomsController {
  constructor(private readonly rooms: RoomsService) {}

  /** 201 with the new room; 200 with the existing one when a direct conversation between the two organisations exists. */
  @Post()
  async create(
    @CurrentUser() caller: AuthContext,
    @ValidBody(createRoomRequest) body: z.output<typeof createRoomRequest>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RoomDto> {
    const { room, created } = await this.rooms.create(caller, body);
    reply.status(created ? 201 : 200);
    return room;
  }

  @Get()
  list(@CurrentUser() caller: AuthContext, @ValidQuery(listRoomsQuery) q: z.output<typeof listRoomsQuery>): Promise<Page<RoomDto>> {
    return this.rooms.list(caller, q);
  }

  @Get('unread')
  unread(@CurrentUser() caller: AuthContext): Promise<UnreadSummaryDto> {
    return this.rooms.unread(caller);
  }

  @Get(':id')
  get(@CurrentUser() caller: AuthContext, @Param('id') id: string): Promise<RoomDto> {
    return this.rooms.get(caller, id);
  }

  @Get(':id/messages')
  messages(@CurrentUser() caller: AuthContext, @Param('id') id: string, @ValidQuery(roomMessagesQuery) q: z.output<typeof roomMessagesQuery>): Promise<MessageDto[]> {
    return this.rooms.messages(caller, id, q);
  }

  @Post(':id/parties')
  @HttpCode(200)
  invite(@CurrentUser() caller: AuthContext, @Param('id') id: string, @ValidBody(inviteToRoomRequest) body: z.output<typeof inviteToRoomRequest>): Promise<RoomDto> {
    return this.rooms.invite(caller, id, body.organizationIds);
  }

  @Post(':id/close')
  @HttpCode(200)
  close(@CurrentUser() caller: AuthContext, @Param('id') id: string): Promise<RoomDto> {
    return this.rooms.close(caller, id);
  }
}
