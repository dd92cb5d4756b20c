import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ExposModule } from '../expos/expos.module.js';
import { RoomsModule } from '../rooms/rooms.module.js';
import { IntroductionsController } from './introductions.controller.js';
import { IntroductionsService } from './introductions.service.js';

/** Organizers broker introductions: POST /api/console/introductions. */
@Module({ imports: [RoomsModule, ExposModule, AuditModule], controllers: [IntroductionsController], providers: [IntroductionsService] })
export class IntroductionsModule {}
