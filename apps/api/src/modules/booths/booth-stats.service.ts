import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BoothStatsDto } from '@yiqia/contracts';
import { forbidden, notFound } from '../../common/api.exception.js';
import type { AuthContext } from '../auth/auth-context.js';
import { BoothsService } from './booths.service.js';

/** Visits are counted per day (Asia/Shanghai, the fair's clock) and per hashed visitor id. */
const FAIR_TIMEZONE = 'Asia/Shanghai';

@Injectable()
export class BoothStatsService {
  constructor(
    private readonly ds: DataSource,
    private readonly booths: BoothsService,
  ) {}

  async recordVisit(boothId: string, visitorId: string): Promise<void> {
    const booth = await this.booths.find(boothId);
    if (!booth.published) throw notFound();
    const visitorHash = createHash('sha256').update(`yiqia-visit:${visitorId}`).digest('base64url').slice(0, 22);
    await this.ds.query(
      `INSERT INTO booth_visits (booth_id, day, visitor_hash, views)
       VALUES ($1, (now() AT TIME ZONE '${FAIR_TIMEZONE}')::date, $2, 1)
       ON CONFLICT (booth_id, day, visitor_hash) DO UPDATE SET views = booth_visits.views + 1`,
      [boothId, visitorHash],
    );
  }

  async stats(boothId: string, caller: AuthContext, days: number): Promise<BoothStatsDto> {
    const booth = await this.booths.find(boothId);
    if (booth.organizationId !== caller.organizationId && caller.role !== 'organizer') throw forbidden();
    const rows: { date: string; views: number; unique_visitors: number }[] = await this.ds.query(
      `SELECT to_char(d, 'YYYY-MM-DD') AS date,
              coalesce(sum(v.views), 0)::int AS views,
              count(v.visitor_hash)::int AS unique_visitors
         FROM generate_series((now() AT TIME ZONE '${FAIR_TIMEZONE}')::date - ($2::int - 1), (now() AT TIME ZONE '${FAIR_TIMEZONE}')::date, interval '1 day') AS d
         LEFT JOIN booth_visits v ON v.booth_id = $1 AND v.day = d::date
        GROUP BY d ORDER BY d`,
      [boothId, days],
    );
    const list = rows.map((r) => ({ date: r.date, views: r.views, uniqueVisitors: r.unique_visitors }));
    const [totals]: { views: number; visitors: number }[] = await this.ds.query(
      `SELECT coalesce(sum(views), 0)::int AS views, count(DISTINCT visitor_hash)::int AS visitors FROM booth_visits WHERE booth_id = $1`,
      [boothId],
    );
    return { boothId, days: list, totals: { views: totals.views, uniqueVisitors: totals.visitors } };
  }
}
