import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from './config/app-config.js';
import { APP_CONFIG } from './config/app-config.token.js';
import { AnnouncementsModule } from './modules/announcements/announcements.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { ConsoleLiveModule } from './modules/console-live/console-live.module.js';
import { ConsoleReportsModule } from './modules/console-reports/console-reports.module.js';
import { BoothsModule } from './modules/booths/booths.module.js';
import { ExposModule } from './modules/expos/expos.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { IntentsModule } from './modules/intents/intents.module.js';
import { IntroductionsModule } from './modules/introductions/introductions.module.js';
import { ListingsModule } from './modules/listings/listings.module.js';
import { MatchingModule } from './modules/matching/matching.module.js';
import { MeetingsModule } from './modules/meetings/meetings.module.js';
import { ModerationModule } from './modules/moderation/moderation.module.js';
import { OrganizationsModule } from './modules/organizations/organizations.module.js';
import { RealtimeModule } from './modules/realtime/realtime.module.js';
import { RoomsModule } from './modules/rooms/rooms.module.js';
import { SearchModule } from './modules/search/search.module.js';
import { TaxonomyModule } from './modules/taxonomy/taxonomy.module.js';
import { UploadsModule } from './modules/uploads/uploads.module.js';

/** Makes the validated config and the (already migrated) DataSource available everywhere. */
@Global()
@Module({})
class CoreModule {
  static register(config: AppConfig, ds: DataSource): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DataSource, useValue: ds },
      ],
      exports: [APP_CONFIG, DataSource],
    };
  }
}

@Module({})
export class AppModule {
  static register(config: AppConfig, ds: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.register(config, ds), AuthModule, OrganizationsModule, ExposModule, BoothsModule, UploadsModule, HealthModule, SearchModule, ListingsModule, TaxonomyModule, RoomsModule, RealtimeModule, IntentsModule, MeetingsModule, AuditModule, ModerationModule, IntroductionsModule, AnnouncementsModule, ConsoleLiveModule, ConsoleReportsModule, MatchingModule],
    };
  }
}
