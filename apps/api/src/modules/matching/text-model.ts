import type { MatchProfile } from './profile.js';

/**
 * Text similarity of listings: cosine of their word sets, each word weighted by its idf over the
 * profiles this model holds (ln(1 + N/df)), so 养老 shared by a few listings weighs more than 社区
 * shared by most. Norms are cached until the next change of the corpus.
 */
export class TextModel {
  private readonly df = new Map<string, number>();
  private readonly sets = new Map<string, Set<string>>();
  private norms = new Map<string, number>();
  private idf2 = new Map<string, number>();
  private docs = 0;

  add(p: Pick<MatchProfile, 'id' | 'terms'>): void {
    this.remove(p.id);
    const set = new Set(p.terms);
    this.sets.set(p.id, set);
    for (const t of set) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.docs += 1;
    this.norms = new Map();
    this.idf2 = new Map();
  }

  remove(id: string): void {
    const set = this.sets.get(id);
    if (!set) return;
    for (const t of set) {
      const n = (this.df.get(t) ?? 1) - 1;
      if (n <= 0) this.df.delete(t);
      else this.df.set(t, n);
    }
    this.sets.delete(id);
    this.docs -= 1;
    this.norms = new Map();
    this.idf2 = new Map();
  }

  idf(term: string): number {
    return Math.sqrt(this.idfSquared(term));
  }

  /** idf², cached until the corpus changes (ranking asks for it thousands of times per request). */
  private idfSquared(term: string): number {
    let v = this.idf2.get(term);
    if (v === undefined) {
      v = Math.log(1 + this.docs / (this.df.get(term) ?? 1)) ** 2;
      this.idf2.set(term, v);
    }
    return v;
  }

  private setOf(p: Pick<MatchProfile, 'id' | 'terms'>): { key: string; set: Set<string>; held: boolean } {
    const held = this.sets.get(p.id);
    return held ? { key: p.id, set: held, held: true } : { key: `~${p.id}`, set: new Set(p.terms), held: false };
  }

  private norm(key: string, set: Set<string>): number {
    let n = this.norms.get(key);
    if (n === undefined) {
      let s = 0;
      for (const t of set) s += this.idfSquared(t);
      n = Math.sqrt(s);
      this.norms.set(key, n);
    }
    return n;
  }

  /**
   * Cosine in [0, 1] of two listings' words. A listing not in the model (its profile not stored yet)
   * is compared by its own words.
   */
  cosine(aP: Pick<MatchProfile, 'id' | 'terms'>, bP: Pick<MatchProfile, 'id' | 'terms'>): number {
    const a = this.setOf(aP);
    const b = this.setOf(bP);
    if (a.set.size === 0 || b.set.size === 0) return 0;
    const [small, large] = a.set.size <= b.set.size ? [a.set, b.set] : [b.set, a.set];
    let dot = 0;
    for (const t of small) if (large.has(t)) dot += this.idfSquared(t);
    if (dot === 0) return 0;
    const cosine = dot / (this.norm(a.key, a.set) * this.norm(b.key, b.set));
    if (!a.held) this.norms.delete(a.key);
    if (!b.held) this.norms.delete(b.key);
    return Math.min(1, cosine);
  }

  /** The shared words, most telling (highest idf) first; of 居家养老 and 养老 only the longer. */
  sharedWords(aP: Pick<MatchProfile, 'id' | 'terms'>, bP: Pick<MatchProfile, 'id' | 'terms'>): string[] {
    const b = this.setOf(bP).set;
    const shared = [...this.setOf(aP).set].filter((t) => b.has(t));
    return dropSubWords(shared).sort((x, y) => this.idfSquared(y) - this.idfSquared(x) || x.localeCompare(y));
  }
}

/** 居家养老 and 养老 both shared: show only the longer word. */
function dropSubWords(words: string[]): string[] {
  return words.filter((w) => !words.some((o) => o !== w && o.length > w.length && o.includes(w)));
}
