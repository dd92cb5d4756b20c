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
  private docs = 0;

  add(p: Pick<MatchProfile, 'id' | 'terms'>): void {
    this.remove(p.id);
    const set = new Set(p.terms);
    this.sets.set(p.id, set);
    for (const t of set) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.docs += 1;
    this.norms = new Map();
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
  }

  idf(term: string): number {
    return Math.log(1 + this.docs / (this.df.get(term) ?? 1));
  }

  private norm(id: string, set: Set<string>): number {
    let n = this.norms.get(id);
    if (n === undefined) {
      let s = 0;
      for (const t of set) s += this.idf(t) ** 2;
      n = Math.sqrt(s);
      this.norms.set(id, n);
    }
    return n;
  }

  /**
   * Cosine in [0, 1] and the shared words, most telling (highest idf) first. A listing not in the
   * model (its profile not stored yet) is compared by its own words.
   */
  similarity(aP: Pick<MatchProfile, 'id' | 'terms'>, bP: Pick<MatchProfile, 'id' | 'terms'>): { cosine: number; shared: string[] } {
    const aHeld = this.sets.get(aP.id);
    const bHeld = this.sets.get(bP.id);
    const a = aHeld ?? new Set(aP.terms);
    const b = bHeld ?? new Set(bP.terms);
    const aId = aHeld ? aP.id : `~${aP.id}`;
    const bId = bHeld ? bP.id : `~${bP.id}`;
    if (!a || !b || a.size === 0 || b.size === 0) return { cosine: 0, shared: [] };
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let dot = 0;
    let shared: string[] | null = null;
    for (const t of small) {
      if (!large.has(t)) continue;
      dot += this.idf(t) ** 2;
      (shared ??= []).push(t);
    }
    if (!shared) return { cosine: 0, shared: [] };
    const cosine = dot / (this.norm(aId, a) * this.norm(bId, b));
    if (!aHeld) this.norms.delete(aId);
    if (!bHeld) this.norms.delete(bId);
    return { cosine: Math.min(1, cosine), shared: dropSubWords(shared).sort((x, y) => this.idf(y) - this.idf(x) || x.localeCompare(y)) };
  }
}

/** 居家养老 and 养老 both shared: show only the longer word. */
function dropSubWords(words: string[]): string[] {
  return words.filter((w) => !words.some((o) => o !== w && o.length > w.length && o.includes(w)));
}
