import { Controller, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { type RoomReportDto, reportRoomRequest } from '@yiqia/contracts';
import { ValidBody } from '../../common/zod-validation.js';
import { Auth, type AuthContext, CurrentUser } from '../auth/auth-context.js';
import { ModerationService } from './moderation.service.js';

/** A participant reports a room to the organizers (which makes its transcript readable to them). */
@ApiTags('rooms')
@Controller('rooms')
@Auth()
export class RoomReportsController {
  constructor(private readonly moderation: ModerationService) {}

  @Post(':id/reports')
  report(@CurrentUser() caller: AuthContext, @Param('id') id: string, @ValidBody(reportRoomRequest) body: z.output<typeof reportRoomRequest>): Promise<RoomReportDto> {
    return this.moderation.report(caller, id, body);
  }
}
