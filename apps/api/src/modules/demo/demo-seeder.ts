import { createHash, randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { BoothContent } from '@yiqia/contracts';
import type { AppConfig } from '../../config/app-config.js';
import { PasswordService, UNUSABLE_PASSWORD } from '../auth/password.service.js';
import { Booth } from '../booths/booth.entity.js';
import { sanitizeIntro } from '../booths/sanitize-intro.js';
import { ExpoZone } from '../expos/expo-zone.entity.js';
import { Expo } from '../expos/expo.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { Upload } from '../uploads/upload.entity.js';
import { User } from '../users/user.entity.js';
import { type DemoOrganization, buildDemoFair } from './demo-content.js';
import { seedDemoListings } from './demo-listings-seeder.js';
import { seedDemoNegotiations } from './demo-negotiations.js';
import { renderLogoPng } from './logo-png.js';

const log = new Logger('DemoData');

/**
 * Creates the demo fair once: the expo, its zones, the organisations with their admins, booths in
 * every review state with generated logos, and two weeks of visits for the named demo accounts.
 * Idempotent: if the demo expo exists, nothing happens. Runs under the startup advisory lock.
 * Then the demo listings (demo-listings-seeder.ts), idempotent on their own: an older demo database
 * gets them on its next start. Then the demo conversations (demo-negotiations.ts), once.
 */
export async function seedDemoData(ds: DataSource, config: AppConfig): Promise<void> {
  const fair = buildDemoFair(new Date());
  if (await ds.getRepository(Expo).existsBy({ slug: fair.expo.slug })) {
    await seedDemoListings(ds, config, fair);
    await seedDemoNegotiations(ds);
    return;
  }
  const t0 = Date.now();
  const passwords = new PasswordService();
  const hashes = new Map<string, string>();
  for (const org of fair.organizations) {
    if (org.admin.password) hashes.set(org.key, await passwords.hash(org.admin.password));
  }
  await mkdir(config.uploadDir, { recursive: true });

  await ds.transaction(async (m) => {
    const expo = await m.save(m.create(Expo, { ...fair.expo, createdBy: null }));
    await m.insert(
      ExpoZone,
      fair.expo.zones.map((z, i) => ({ expoId: expo.id, code: z.code, name: z.name, nameEn: z.nameEn, domainCode: z.domainCode, sort: i })),
    );
    // Stagger review times so "newest first" reads like a fair that filled up over two weeks.
    const start = Date.now();
    for (const [i, demo] of fair.organizations.entries()) {
      const at = new Date(start - ((i * 7919) % 20_160) * 60_000);
      await seedOrganization(m, expo.id, demo, hashes.get(demo.key) ?? UNUSABLE_PASSWORD, config.uploadDir, at);
    }
    await seedVisits(m, fair.organizations);
  });
  log.log(`demo fair "${fair.expo.name}" created with ${fair.organizations.length} organisations in ${Date.now() - t0} ms`);
  await seedDemoListings(ds, config, fair);
  await seedDemoNegotiations(ds);
}

async function seedOrganization(
  m: EntityManager,
  expoId: string,
  demo: DemoOrganization,
  passwordHash: string,
  uploadDir: string,
  at: Date,
): Promise<void> {
  const org = await m.save(m.create(Organization, { name: demo.name, type: demo.type, creditCode: demo.creditCode, regionCode: demo.regionCode }));
  const admin = await m.save(
    m.create(User, { email: demo.admin.email, passwordHash, displayName: demo.admin.displayName, role: 'member', organizationId: org.id, orgRole: 'admin' }),
  );
  const b = demo.booth;
  if (!b) return;
  const png = renderLogoPng(b.logoSeed);
  const storedName = `${randomBytes(18).toString('base64url')}.png`;
  await writeFile(join(uploadDir, storedName), png);
  await m.insert(Upload, {
    storedName,
    originalName: `${demo.name}-logo.png`,
    mime: 'image/png',
    kind: 'image',
    size: png.length,
    sha256: createHash('sha256').update(png).digest('hex'),
    uploadedBy: admin.id,
    organizationId: org.id,
  });
  const content: BoothContent = {
    title: b.title,
    slogan: b.slogan,
    introHtml: sanitizeIntro(b.introHtml),
    logoUrl: `/api/uploads/${storedName}`,
    bannerUrl: null,
    videoUrl: b.videoUrl ?? null,
    documents: [],
    contacts: b.contacts,
    zoneCode: b.zoneCode,
    domainCodes: b.domainCodes,
  };
  const approved = b.status === 'approved';
  await m.insert(Booth, {
    expoId,
    organizationId: org.id,
    status: b.status,
    ...content,
    reviewReason: b.status === 'rejected' ? (b.reviewReason ?? '请补充机构介绍') : null,
    submittedAt: b.status === 'draft' ? null : at,
    reviewedAt: approved || b.status === 'rejected' ? at : null,
    published: approved ? content : null,
    publishedAt: approved ? at : null,
  });
}

/** Two weeks of plausible visits for the named accounts' booths, so their statistics chart has data. */
async function seedVisits(m: EntityManager, orgs: DemoOrganization[]): Promise<void> {
  const named = orgs.filter((o) => o.admin.password && o.booth?.status === 'approved').map((o) => o.admin.email);
  for (const email of named) {
    const [{ booth_id }] = await m.query(
      `SELECT b.id AS booth_id FROM booths b JOIN users u ON u.organization_id = b.organization_id WHERE u.email = $1 LIMIT 1`,
      [email],
    );
    await m.query(
      `INSERT INTO booth_visits (booth_id, day, visitor_hash, views)
       SELECT $1, (now() AT TIME ZONE 'Asia/Shanghai')::date - d, 'demo-' || d || '-' || v, 1 + ((d * 7 + v) % 3)
         FROM generate_series(1, 14) AS d, generate_series(1, 40) AS v
        WHERE v <= 8 + ((d * 13) % 30)`,
      [booth_id],
    );
  }
}
