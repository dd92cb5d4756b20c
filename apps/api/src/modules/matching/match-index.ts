import type { MatchProfile } from './profile.js';
import { type FeatureHit, type ScoredPair, counterparts, featureHits, finish, round1, scoreFeatures } from './scorer.js';
import { TextModel } from './text-model.js';
import { MIN_MATCH_SCORE } from './weights.js';

export interface RankOptions {
  limit: number;
  /** Leave out listings of this organisation (the caller's own). */
  excludeOrg?: string | null;
  /** Leave out these counterparts (hidden by feedback). */
  hidden?: ReadonlySet<string>;
  /** Only candidates passing this test (e.g. of one expo). */
  filter?: (candidate: MatchProfile) => boolean;
  /** Extra features of the caller (past conversation, feedback penalty); they count like any other. */
  extra?: (candidate: MatchProfile) => FeatureHit[];
  minScore?: number;
}

export interface Ranked extends ScoredPair {
  profile: MatchProfile;
}

/**
 * Every listing's profile, in memory: ranking a listing scores all open listings of the other kind
 * (≈ 5,000 at 10,000 listings) on demand — see docs/matching.md for the measurement behind this.
 */
export class MatchIndex {
  readonly profiles = new Map<string, MatchProfile>();
  readonly text = new TextModel();

  /** Applies a stored profile; an older version than the one held is ignored (re-reads are harmless). */
  apply(p: MatchProfile): void {
    const held = this.profiles.get(p.id);
    if (held && held.version >= p.version) return;
    if (!p.live) {
      this.profiles.delete(p.id);
      this.text.remove(p.id);
      return;
    }
    this.profiles.set(p.id, p);
    if (!held || held.terms.join('\u0001') !== p.terms.join('\u0001')) this.text.add(p);
  }

  get(id: string): MatchProfile | undefined {
    return this.profiles.get(id);
  }

  score(subject: MatchProfile, candidate: MatchProfile, extra: FeatureHit[] = []): ScoredPair {
    return finish([...featureHits(subject, candidate, this.text), ...extra]);
  }

  /**
   * Open counterparts of `subject`, best first (ties by id). Every candidate is scored without
   * allocating (scoreFeatures without hits); only the returned ones get their reasons, from the same
   * function, and are re-sorted by that exact score.
   */
  rank(subject: MatchProfile, opts: RankOptions): Ranked[] {
    const min = opts.minScore ?? MIN_MATCH_SCORE;
    const passed: { c: MatchProfile; s: number }[] = [];
    for (const c of this.profiles.values()) {
      if (c.status !== 'open' || !counterparts(subject, c)) continue;
      if (opts.excludeOrg && c.organizationId === opts.excludeOrg) continue;
      if (opts.hidden?.has(c.id)) continue;
      if (opts.filter && !opts.filter(c)) continue;
      let s = scoreFeatures(subject, c, this.text);
      if (opts.extra) for (const e of opts.extra(c)) s += round1(e.points);
      s = round1(Math.max(0, s));
      if (s >= min) passed.push({ c, s });
    }
    passed.sort((a, b) => b.s - a.s || (a.c.id < b.c.id ? -1 : 1));
    // A little more than asked, so rounding differences between the two sums cannot drop a match.
    const out = passed.slice(0, opts.limit + 5).map(({ c }) => ({ ...this.score(subject, c, opts.extra?.(c)), profile: c }));
    out.sort((a, b) => b.score - a.score || (a.profile.id < b.profile.id ? -1 : 1));
    return out.filter((r) => r.score >= min).slice(0, opts.limit);
  }
}
