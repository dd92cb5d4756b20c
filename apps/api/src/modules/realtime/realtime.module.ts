import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { IntentsModule } from '../intents/intents.module.js';
import { RoomsModule } from '../rooms/rooms.module.js';
import { RtGateway } from './rt.gateway.js';
import { RtHandlers } from './rt-handlers.js';

/** The `/rt` Socket.IO gateway. Server code pushes events through RealtimeEmitter (exported by RoomsModule). */
@Module({ imports: [AuthModule, RoomsModule, IntentsModule], providers: [RtGateway, RtHandlers] })
export class RealtimeModule {}
