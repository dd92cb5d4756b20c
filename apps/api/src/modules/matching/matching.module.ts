import { Module } from '@nestjs/common';
import { OutboxModule } from '../outbox/outbox.module.js';
import { MatchingController } from './matching.controller.js';
import { MatchingService } from './matching.service.js';

/** Matchmaking (issue 6): profiles kept by the `matching` outbox consumer, ranking on demand. */
@Module({
  imports: [OutboxModule],
  controllers: [MatchingController],
  providers: [MatchingService],
  exports: [MatchingService],
})
export class MatchingModule {}
