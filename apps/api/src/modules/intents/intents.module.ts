import { Module } from '@nestjs/common';
import { OutboxModule } from '../outbox/outbox.module.js';
import { RoomsModule } from '../rooms/rooms.module.js';
import { IntentsController } from './intents.controller.js';
import { IntentsService } from './intents.service.js';

/** 合作意向书 of rooms; IntentsService is exported for the /rt gateway. */
@Module({ imports: [RoomsModule, OutboxModule], controllers: [IntentsController], providers: [IntentsService], exports: [IntentsService] })
export class IntentsModule {}
