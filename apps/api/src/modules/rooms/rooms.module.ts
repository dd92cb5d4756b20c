import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { RealtimeEmitter } from '../realtime/realtime-emitter.js';
import { SocketRegistry } from '../realtime/socket-registry.js';
import { MessageWriter } from './message-writer.js';
import { RoomViews } from './room-views.js';
import { RoomsController } from './rooms.controller.js';
import { RoomsService } from './rooms.service.js';

/**
 * Rooms, messages and the RealtimeEmitter. Other modules import this one and inject RoomsService
 * (`assertMember`, `setStatusInTransaction`), MessageWriter (`appendInTransaction`), RoomViews
 * (`setIntentSummaryProvider`) and RealtimeEmitter (pushes to the `/rt` gateway of RealtimeModule).
 */
@Module({
  imports: [AuthModule],
  controllers: [RoomsController],
  providers: [RoomViews, MessageWriter, SocketRegistry, RealtimeEmitter, RoomsService],
  exports: [RoomViews, MessageWriter, SocketRegistry, RealtimeEmitter, RoomsService],
})
export class RoomsModule {}
