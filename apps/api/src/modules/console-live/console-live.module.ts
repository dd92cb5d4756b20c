import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { ConsoleGateway } from './console.gateway.js';
import { DashboardAggregator } from './dashboard-aggregator.js';
import { DashboardHub } from './dashboard-hub.js';
import { DashboardStore } from './dashboard-store.js';
import { PresenceReader } from './presence.js';

/** The organizers' live dashboard: the `/console` namespace, its shared computation and presence. */
@Module({
  imports: [AuthModule],
  providers: [ConsoleGateway, DashboardAggregator, DashboardHub, DashboardStore, PresenceReader],
  exports: [DashboardAggregator, DashboardHub],
})
export class ConsoleLiveModule {}
