import type { MatchProfile } from './profile.js';
import { type Facts, type FeatureHit, MAX_TEXT_POINTS, type ScoredPair, factsOf, featureHits, finish, round1, structuralScore, textScore } from './scorer.js';
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
  /** Open profiles per kind (the candidates of the other kind) with their facts, rebuilt after a change. */
  private open: Record<'need' | 'offer', { profiles: MatchProfile[]; facts: Facts[] }> | null = null;

  private openOf(kind: 'need' | 'offer'): { profiles: MatchProfile[]; facts: Facts[] } {
    if (!this.open) {
      this.open = { need: { profiles: [], facts: [] }, offer: { profiles: [], facts: [] } };
      for (const p of this.profiles.values()) {
        if (p.status !== 'open') continue;
        this.open[p.kind].profiles.push(p);
        this.open[p.kind].facts.push(factsOf(p));
      }
    }
    return this.open[kind];
  }

  /** Applies a stored profile; an older version than the one held is ignored (re-reads are harmless). */
  apply(p: MatchProfile): void {
    const held = this.profiles.get(p.id);
    if (held && held.version >= p.version) return;
    this.open = null;
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
   * Open counterparts of `subject`, best first (ties by id). Every candidate gets its structural score
   * (no allocation); text similarity — the costly feature — only when the candidate could still
   * enter the current top (structural + MAX_TEXT_POINTS reaches the worst kept score). Only the
   * returned ones get their reasons, from the same per-feature functions, and are re-sorted by that
   * exact score.
   */
  rank(subject: MatchProfile, opts: RankOptions): Ranked[] {
    const min = opts.minScore ?? MIN_MATCH_SCORE;
    // A little more than asked, so rounding differences between the two sums cannot drop a match.
    const keep = opts.limit >= Number.MAX_SAFE_INTEGER - 5 ? opts.limit : opts.limit + 5;
    const top: { c: MatchProfile; s: number }[] = [];
    let floor = min;
    const { profiles, facts } = this.openOf(subject.kind === 'need' ? 'offer' : 'need');
    const own = factsOf(subject);
    const hidden = opts.hidden && opts.hidden.size > 0 ? opts.hidden : null;
    for (let i = 0; i < facts.length; i++) {
      const f = facts[i];
      if (f.organizationId === own.organizationId || (opts.excludeOrg && f.organizationId === opts.excludeOrg)) continue;
      const c = profiles[i];
      if (hidden?.has(c.id)) continue;
      if (opts.filter && !opts.filter(c)) continue;
      let s = structuralScore(subject.kind, own, f);
      if (opts.extra) for (const e of opts.extra(c)) s += round1(e.points);
      if (s + MAX_TEXT_POINTS < floor) continue;
      s = round1(Math.max(0, s + textScore(subject, c, this.text)));
      if (s < floor) continue;
      // Insert in order (score desc, id asc); drop the worst beyond `keep`.
      let at = top.length;
      while (at > 0 && (top[at - 1].s < s || (top[at - 1].s === s && top[at - 1].c.id > c.id))) at -= 1;
      top.splice(at, 0, { c, s });
      if (top.length > keep) top.pop();
      if (top.length === keep) floor = Math.max(min, top[top.length - 1].s);
    }
    const out = top.map(({ c }) => ({ ...this.score(subject, c, opts.extra?.(c)), profile: c }));
    out.sort((a, b) => b.score - a.score || (a.profile.id < b.profile.id ? -1 : 1));
    return out.filter((r) => r.score >= min).slice(0, opts.limit);
  }
}
