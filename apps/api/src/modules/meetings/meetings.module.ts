import { Module } from '@nestjs/common';
import { RoomsModule } from '../rooms/rooms.module.js';
import { MeetingsController } from './meetings.controller.js';
import { MeetingsService } from './meetings.service.js';

/** 洽谈预约; notifications go out through the RealtimeEmitter (exported by RoomsModule). */
@Module({ imports: [RoomsModule], controllers: [MeetingsController], providers: [MeetingsService] })
export class MeetingsModule {}
