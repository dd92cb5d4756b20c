import { Module } from '@nestjs/common';
import { OutboxService } from './outbox.service.js';

/** The transactional outbox and its relay (one poller per process; safe with several processes). */
@Module({ providers: [OutboxService], exports: [OutboxService] })
export class OutboxModule {}
