// Seeds a console-sized expo with generate_series, in a few statements (about a minute for the defaults):
// organisations, an organizer with a session, one expo, booths with daily visits, listings with views,
// rooms with parties and linked listings, messages (a share in the last 30 minutes), signed intents,
// meeting requests (some pending).

const REGIONS = ['510104', '510105', '510107', '110101', '310101', '440103', '330102', '420102', '500101', '610102', '320102', '370102', '530102', '450102'];
const ORG_TYPES = ['government', 'foundation', 'company', 'social_org', 'community', 'university', 'other'];

/**
 * @param {import('pg').Client} db
 * @param {{ listings: number; messages: number; rooms: number; organizations: number; booths: number; domains: string[]; log: (...a: unknown[]) => void }} o
 */
export async function seed(db, o) {
  const t0 = Date.now();
  const step = async (name, sql, params = []) => {
    const s = Date.now();
    const r = await db.query(sql, params);
    o.log(`  ${name.padEnd(16)} ${String(r.rowCount ?? '').padStart(9)} rows  ${((Date.now() - s) / 1000).toFixed(1)} s`);
    return r;
  };
  await step(
    'organizations',
    `INSERT INTO organizations (name, type, credit_code, region_code)
     SELECT '公益机构' || g, ($2::text[])[1 + g % 7], lpad(g::text, 18, '0'), ($3::text[])[1 + g % $4]
       FROM generate_series(1, $1) g`,
    [o.organizations, ORG_TYPES, REGIONS, REGIONS.length],
  );
  const { rows: users } = await step(
    'organizer',
    `INSERT INTO users (email, password_hash, display_name, role) VALUES ('bench-organizer@yiqia.test', 'x', '组织者', 'organizer') RETURNING id`,
  );
  const organizerId = users[0].id;
  const { rows: sessions } = await db.query(`INSERT INTO sessions (user_id, refresh_hash, expires_at) VALUES ($1, 'x', now() + interval '1 day') RETURNING id`, [organizerId]);
  const { rows: expos } = await db.query(
    `INSERT INTO expos (name, slug, starts_at, ends_at) VALUES ('控制台基准洽谈汇', 'bench-console', now() - interval '2 days', now() + interval '2 days') RETURNING id`,
  );
  const expoId = expos[0].id;
  // Organisations in id order, for the modulo picks below.
  await db.query(`CREATE TEMP TABLE orgs AS SELECT row_number() OVER (ORDER BY credit_code) AS n, id FROM organizations`);
  await db.query(`CREATE UNIQUE INDEX ON orgs (n)`);
  await step(
    'booths',
    `INSERT INTO booths (expo_id, organization_id, status, title, domain_codes, published, published_at)
     SELECT $1, o.id, 'approved', '展位' || o.n, ARRAY[($3::text[])[1 + o.n % array_length($3::text[], 1)]], '{}'::jsonb, now()
       FROM orgs o WHERE o.n <= $2`,
    [expoId, o.booths, o.domains],
  );
  await step(
    'booth_visits',
    `INSERT INTO booth_visits (booth_id, day, visitor_hash, views)
     SELECT b.id, current_date - d, 'v' || v, 1 + (v % 3)
       FROM booths b, generate_series(0, 29) d, generate_series(1, 5) v`,
  );
  await step(
    'listings',
    `INSERT INTO listings (organization_id, kind, title, summary, domains, region_code, expo_id, status, created_at)
     SELECT o.id, CASE WHEN g % 2 = 0 THEN 'need' ELSE 'offer' END, '需求或资源 ' || g, '摘要',
            CASE WHEN g % 3 = 0 THEN ARRAY[($3::text[])[1 + g % $4], ($3::text[])[1 + (g / 7) % $4]] ELSE ARRAY[($3::text[])[1 + g % $4]] END,
            ($5::text[])[1 + (g / 3) % $6], $1, CASE WHEN g % 10 = 0 THEN 'matched' ELSE 'open' END,
            now() - ((g % 86400) || ' minutes')::interval
       FROM generate_series(1, $2) g JOIN orgs o ON o.n = 1 + g % ${o.organizations}`,
    [expoId, o.listings, o.domains, o.domains.length, REGIONS, REGIONS.length],
  );
  await db.query(`CREATE TEMP TABLE lst AS SELECT row_number() OVER (ORDER BY created_at, id) AS n, id FROM listings`);
  await db.query(`CREATE UNIQUE INDEX ON lst (n)`);
  await step(
    'listing_views',
    `INSERT INTO listing_views (listing_id, day, visitor_hash, views, expo_id)
     SELECT l.id, current_date - (l.n % 10)::int, 'v' || v, 1, $1 FROM lst l, generate_series(1, 2) v WHERE l.n % 2 = 0`,
    [expoId],
  );
  await step(
    'rooms',
    `INSERT INTO rooms (kind, title, status, expo_id, created_by_org, direct_key, last_seq, created_at)
     SELECT CASE WHEN g % 5 = 0 THEN 'direct' ELSE 'negotiation' END, '洽谈 ' || g,
            CASE WHEN g % 7 = 0 THEN 'signed' WHEN g % 11 = 0 THEN 'closed' ELSE 'open' END,
            $1, o.id, CASE WHEN g % 5 = 0 THEN 'd' || g END, $3 / $2, now() - ((g % 40000) || ' minutes')::interval
       FROM generate_series(1, $2) g JOIN orgs o ON o.n = 1 + g % ${o.organizations}`,
    [expoId, o.rooms, o.messages],
  );
  await db.query(`CREATE TEMP TABLE rms AS SELECT row_number() OVER (ORDER BY created_at, id) AS n, id, created_by_org FROM rooms`);
  await db.query(`CREATE UNIQUE INDEX ON rms (n)`);
  await step(
    'room_parties',
    `INSERT INTO room_parties (room_id, org_id)
     SELECT r.id, r.created_by_org FROM rms r
     UNION ALL
     SELECT r.id, o.id FROM rms r JOIN orgs o ON o.n = 1 + (r.n * 7 + 3) % ${o.organizations} WHERE o.id <> r.created_by_org`,
  );
  await step(
    'room_listings',
    `INSERT INTO room_listings (room_id, listing_id)
     SELECT r.id, l.id FROM rms r JOIN lst l ON l.n = 1 + (r.n * 13) % ${o.listings} WHERE r.n % 10 < 7
     ON CONFLICT DO NOTHING`,
  );
  // Messages: per room a run of seqs; 0.3 % of them (and at least a few thousand) in the last 30 minutes.
  const perRoom = Math.max(1, Math.floor(o.messages / o.rooms));
  await step(
    'messages',
    `INSERT INTO messages (room_id, seq, client_id, sender_org_id, body, created_at)
     SELECT r.id, s, gen_random_uuid(), r.created_by_org, '好的，收到',
            CASE WHEN (r.n * $1 + s) % 300 = 0 THEN now() - ((r.n + s) % 1800 || ' seconds')::interval
                 ELSE now() - interval '31 minutes' - ((r.n * 31 + s * 17) % 43200 || ' minutes')::interval END
       FROM rms r, generate_series(1, $1) s`,
    [perRoom],
  );
  await step('last_message_at', `UPDATE rooms r SET last_message_at = m.at FROM (SELECT room_id, max(created_at) AS at FROM messages GROUP BY room_id) m WHERE m.room_id = r.id`);
  await step(
    'intent_versions',
    `INSERT INTO intent_versions (room_id, version, terms, terms_sha256, status, proposed_by_org_id, proposed_by_name)
     SELECT r.id, 1, jsonb_build_object('title', '意向', 'parties', '[]'::jsonb, 'fundingAmount', 10000 * (1 + r.n % 50)),
            md5(r.id::text) || md5(r.n::text), CASE WHEN r.n % 7 = 0 THEN 'signed' ELSE 'proposed' END, r.created_by_org, '测试'
       FROM rms r WHERE r.n % 7 = 0 OR r.n % 13 = 0`,
  );
  await step(
    'meeting_requests',
    `INSERT INTO meeting_requests (expo_id, requester_org_id, requester_name, invitee_org_id, topic, slots, status,
                                   accepted_slot_index, accepted_starts_at, accepted_ends_at, decline_reason, created_at)
     SELECT $1, a.id, '甲', b.id, '对接 ' || g, '[{}]', s.status,
            CASE WHEN s.status = 'accepted' THEN 0 END,
            CASE WHEN s.status = 'accepted' THEN now() + ((g % 48) - 24 || ' hours')::interval END,
            CASE WHEN s.status = 'accepted' THEN now() + ((g % 48) - 23 || ' hours')::interval END,
            CASE WHEN s.status = 'declined' THEN '时间冲突' END,
            now() - (g % 5000 || ' minutes')::interval
       FROM generate_series(1, $2) g
       JOIN orgs a ON a.n = 1 + g % ${o.organizations} JOIN orgs b ON b.n = 1 + (g + 1) % ${o.organizations}
       CROSS JOIN LATERAL (SELECT (ARRAY['pending','accepted','declined','cancelled'])[1 + g % 4] AS status) s`,
    [expoId, Math.max(100, Math.floor(o.rooms / 3))],
  );
  // Steady state: autovacuum has set the visibility map (index-only scans) and the statistics.
  await step('vacuum analyze', 'VACUUM ANALYZE');
  o.log(`  seeded in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return { expoId, organizerId, sessionId: sessions[0].id };
}
