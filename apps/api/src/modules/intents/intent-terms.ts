import { createHash } from 'node:crypto';
import type { IntentTerms, IntentVersionDto } from '@yiqia/contracts';

/** The optional text fields of the terms (absent when empty). */
const TEXT_FIELDS = ['goods', 'venue', 'deliverables', 'notes'] as const;
/** The nullable fields of the terms (null when not given). */
const NULLABLE_FIELDS = ['fundingAmount', 'volunteers', 'startsOn', 'endsOn'] as const;

/**
 * The stored form of terms: trimmed text, empty optional texts dropped, nullable fields null when not
 * given, parties in the order the proposer listed them. What is stored is what every party sees and signs.
 */
export function normalizeTerms(terms: IntentTerms): IntentTerms {
  const out: IntentTerms = {
    title: terms.title.trim(),
    parties: terms.parties.map((p) => {
      const commitments = p.commitments?.trim();
      return { organizationId: p.organizationId.toLowerCase(), role: p.role.trim(), ...(commitments ? { commitments } : {}) };
    }),
  };
  for (const f of NULLABLE_FIELDS) (out as Record<string, unknown>)[f] = terms[f] ?? null;
  for (const f of TEXT_FIELDS) {
    const v = terms[f]?.trim();
    if (v) out[f] = v;
  }
  return out;
}

/**
 * Canonical JSON of terms, the input of the SHA-256 printed on the document: every field present
 * (missing → null), parties sorted by organisation id with `{ commitments, organizationId, role }`,
 * object keys sorted, no whitespace, UTF-8. Anyone holding the terms (GET …/intent) can recompute it.
 */
export function canonicalTermsJson(terms: IntentTerms): string {
  const n = normalizeTerms(terms);
  const canonical = {
    deliverables: n.deliverables ?? null,
    endsOn: n.endsOn ?? null,
    fundingAmount: n.fundingAmount ?? null,
    goods: n.goods ?? null,
    notes: n.notes ?? null,
    parties: [...n.parties]
      .sort((a, b) => (a.organizationId < b.organizationId ? -1 : a.organizationId > b.organizationId ? 1 : 0))
      .map((p) => ({ commitments: p.commitments ?? null, organizationId: p.organizationId, role: p.role })),
    startsOn: n.startsOn ?? null,
    title: n.title,
    venue: n.venue ?? null,
    volunteers: n.volunteers ?? null,
  };
  return JSON.stringify(canonical);
}

export function termsSha256(terms: IntentTerms): string {
  return createHash('sha256').update(canonicalTermsJson(terms), 'utf8').digest('hex');
}

export function sameTerms(a: IntentTerms, b: IntentTerms): boolean {
  return canonicalTermsJson(a) === canonicalTermsJson(b);
}

type Change = IntentVersionDto['changes'][number];

/** Order of fields in a diff: as on the document. */
const DIFF_FIELDS = ['title', 'fundingAmount', 'goods', 'volunteers', 'venue', 'startsOn', 'endsOn', 'deliverables', 'notes'] as const;

/**
 * Field-level differences between two versions. Scalar fields as `{ field, before, after }` (absent → null);
 * parties compared by organisation: `parties.<orgId>.role` / `parties.<orgId>.commitments`, a party added
 * or removed as `parties.<orgId>` with the whole party before/after. Reordering parties is no change.
 */
export function diffTerms(before: IntentTerms | null, after: IntentTerms): Change[] {
  if (!before) return [];
  const a = normalizeTerms(before);
  const b = normalizeTerms(after);
  const changes: Change[] = [];
  for (const field of DIFF_FIELDS) {
    const x = a[field] ?? null;
    const y = b[field] ?? null;
    if (x !== y) changes.push({ field, before: x, after: y });
  }
  const pa = new Map(a.parties.map((p) => [p.organizationId, p]));
  const pb = new Map(b.parties.map((p) => [p.organizationId, p]));
  const orgIds = [...new Set([...pb.keys(), ...pa.keys()])];
  for (const orgId of orgIds) {
    const x = pa.get(orgId);
    const y = pb.get(orgId);
    if (!x || !y) {
      changes.push({ field: `parties.${orgId}`, before: x ?? null, after: y ?? null });
      continue;
    }
    if (x.role !== y.role) changes.push({ field: `parties.${orgId}.role`, before: x.role, after: y.role });
    if ((x.commitments ?? null) !== (y.commitments ?? null)) {
      changes.push({ field: `parties.${orgId}.commitments`, before: x.commitments ?? null, after: y.commitments ?? null });
    }
  }
  return changes;
}
