import type { ListingSearchDoc } from '../search-engine.js';

/** What `analyzeListingText` needs: the listing's own text plus its organisation name and facet labels. */
export interface ListingTextInput {
  title: string;
  summary: string;
  bodyText: string;
  organizationName: string;
  /** zh and en labels of the listing's domains, target groups, resource types and its region names. */
  labels: string[];
}

/**
 * Index-side text analysis shared by every engine: jieba search-mode words and CJK bigrams
 * (so "分类" finds "垃圾分类"), lower-cased Latin words, and pinyin (full and initials) of the title
 * and organisation name (so "yanglao", "yl" and "社区yl" find 社区养老).
 */
export function analyzeListingText(input: ListingTextInput): ListingSearchDoc['tokens'] {
  void input;
  throw new Error('not implemented yet (search helper)');
}
