import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { RoomsModule } from '../rooms/rooms.module.js';
import { ConsoleRoomsController } from './console-rooms.controller.js';
import { ModerationService } from './moderation.service.js';
import { RoomReportsController } from './room-reports.controller.js';

/** Console session monitor (rooms list/detail/transcript), moderation (hide, mute, close) and participants' reports. */
@Module({ imports: [RoomsModule, AuditModule], controllers: [ConsoleRoomsController, RoomReportsController], providers: [ModerationService] })
export class ModerationModule {}
