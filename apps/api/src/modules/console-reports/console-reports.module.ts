import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ConsoleReportsController } from './console-reports.controller.js';
import { ExportsService } from './exports.service.js';
import { ResultsService } from './results.service.js';

/** Console reports: exports (CSV/XLSX, streamed) with preview, and the expo results page (成果统计). */
@Module({ imports: [AuditModule], controllers: [ConsoleReportsController], providers: [ExportsService, ResultsService] })
export class ConsoleReportsModule {}
