import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ExposModule } from '../expos/expos.module.js';
import { BoothStatsService } from './booth-stats.service.js';
import { BoothsController } from './booths.controller.js';
import { BoothsService } from './booths.service.js';

@Module({ imports: [ExposModule, AuditModule], controllers: [BoothsController], providers: [BoothsService, BoothStatsService], exports: [BoothsService] })
export class BoothsModule {}
