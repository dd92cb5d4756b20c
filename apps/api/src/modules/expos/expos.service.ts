import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { ExpoDto, createExpoRequest } from '@yiqia/contracts';
import { conflict, notFound } from '../../common/api.exception.js';
import { uniqueViolation } from '../../common/pg-errors.js';
import { uuidPattern } from '../../common/zod-validation.js';
import { ExpoZone } from './expo-zone.entity.js';
import { Expo } from './expo.entity.js';

function phaseOf(expo: Expo, now = new Date()): ExpoDto['phase'] {
  if (now < expo.startsAt) return 'upcoming';
  return now > expo.endsAt ? 'ended' : 'live';
}

@Injectable()
export class ExposService {
  constructor(private readonly ds: DataSource) {}

  async create(input: z.output<typeof createExpoRequest>, createdBy: string | null): Promise<ExpoDto> {
    try {
      const id = await this.ds.transaction(async (m) => {
        const expo = await m.save(
          m.create(Expo, {
            name: input.name,
            slug: input.slug,
            description: input.description ?? null,
            location: input.location ?? null,
            startsAt: new Date(input.startsAt),
            endsAt: new Date(input.endsAt),
            createdBy,
          }),
        );
        const zones = input.zones ?? [];
        if (zones.length > 0) {
          await m.insert(
            ExpoZone,
            zones.map((z, i) => ({ expoId: expo.id, code: z.code, name: z.name, nameEn: z.nameEn ?? null, domainCode: z.domainCode ?? null, sort: i })),
          );
        }
        return expo.id;
      });
      return this.get(id);
    } catch (e) {
      const constraint = uniqueViolation(e);
      if (constraint === 'uq_expos_slug') throw conflict('EXPO_SLUG_TAKEN');
      if (constraint === 'pk_expo_zones') throw conflict('VALIDATION_FAILED', { fields: [{ path: 'zones', code: 'duplicate', message: 'duplicate zone code' }] });
      throw e;
    }
  }

  async list(): Promise<ExpoDto[]> {
    const expos = await this.ds.getRepository(Expo).find({ order: { startsAt: 'DESC' } });
    return this.toDtos(expos);
  }

  /** The live expo; else the next upcoming one; else the latest that ended. */
  async current(): Promise<ExpoDto> {
    const rows = await this.ds.getRepository(Expo).query(
      `SELECT id FROM expos
        ORDER BY CASE WHEN now() BETWEEN starts_at AND ends_at THEN 0 WHEN starts_at > now() THEN 1 ELSE 2 END,
                 CASE WHEN starts_at > now() THEN starts_at END ASC,
                 ends_at DESC
        LIMIT 1`,
    );
    if (rows.length === 0) throw notFound();
    return this.get(rows[0].id);
  }

  async get(idOrSlug: string): Promise<ExpoDto> {
    const repo = this.ds.getRepository(Expo);
    const expo = uuidPattern.test(idOrSlug) ? await repo.findOneBy({ id: idOrSlug }) : await repo.findOneBy({ slug: idOrSlug.toLowerCase() });
    if (!expo) throw notFound();
    return (await this.toDtos([expo]))[0];
  }

  async requireExpo(expoId: string): Promise<Expo> {
    const expo = uuidPattern.test(expoId) ? await this.ds.getRepository(Expo).findOneBy({ id: expoId }) : null;
    if (!expo) throw notFound();
    return expo;
  }

  async zoneCodes(expoId: string): Promise<Set<string>> {
    const zones = await this.ds.getRepository(ExpoZone).findBy({ expoId });
    return new Set(zones.map((z) => z.code));
  }

  private async toDtos(expos: Expo[]): Promise<ExpoDto[]> {
    if (expos.length === 0) return [];
    const ids = expos.map((e) => e.id);
    const zones = await this.ds.getRepository(ExpoZone).createQueryBuilder('z').where('z.expo_id = ANY(:ids)', { ids }).orderBy('z.sort').getMany();
    const counts: { expo_id: string; zone_code: string | null; n: string }[] = await this.ds.query(
      `SELECT expo_id, published->>'zoneCode' AS zone_code, count(*) AS n
         FROM booths WHERE expo_id = ANY($1) AND published IS NOT NULL
        GROUP BY 1, 2`,
      [ids],
    );
    const now = new Date();
    return expos.map((expo) => {
      const mine = counts.filter((c) => c.expo_id === expo.id);
      return {
        id: expo.id,
        name: expo.name,
        slug: expo.slug,
        description: expo.description,
        location: expo.location,
        startsAt: expo.startsAt.toISOString(),
        endsAt: expo.endsAt.toISOString(),
        phase: phaseOf(expo, now),
        zones: zones
          .filter((z) => z.expoId === expo.id)
          .map((z) => ({
            code: z.code,
            name: z.name,
            nameEn: z.nameEn,
            domainCode: z.domainCode,
            boothCount: Number(mine.find((c) => c.zone_code === z.code)?.n ?? 0),
          })),
        approvedBoothCount: mine.reduce((sum, c) => sum + Number(c.n), 0),
        createdAt: expo.createdAt.toISOString(),
      };
    });
  }
}
