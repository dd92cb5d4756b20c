import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { type AuditEntryDto, type Page, auditQuery } from '@yiqia/contracts';
import { ValidQuery } from '../../common/zod-validation.js';
import { Auth } from '../auth/auth-context.js';
import { AuditService } from './audit.service.js';

@ApiTags('console')
@Controller('console/audit')
@Auth('organizer')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  list(@ValidQuery(auditQuery) q: z.output<typeof auditQuery>): Promise<Page<AuditEntryDto>> {
    return this.audit.list(q);
  }
}
