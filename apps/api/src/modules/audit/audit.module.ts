import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';
import { AuditService } from './audit.service.js';

/**
 * The organizers' audit log: import AuditModule and inject AuditService, then
 * `audit.record({ actorId, action, targetType, targetId, reason, details }, manager?)` — pass your
 * transaction's manager so the entry commits with the action. `GET /api/console/audit` lists it.
 */
@Module({ controllers: [AuditController], providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
