import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ExposModule } from '../expos/expos.module.js';
import { RoomsModule } from '../rooms/rooms.module.js';
import { AnnouncementsController, ConsoleAnnouncementsController } from './announcements.controller.js';
import { AnnouncementsService } from './announcements.service.js';

/** Organizer announcements pushed on /rt to everyone online; the latest one for shells that connect later. */
@Module({ imports: [RoomsModule, ExposModule, AuditModule], controllers: [ConsoleAnnouncementsController, AnnouncementsController], providers: [AnnouncementsService] })
export class AnnouncementsModule {}
