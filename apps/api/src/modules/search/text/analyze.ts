import type { ListingSearchDoc } from '../search-engine.js';
import { type HanSegmentation, segmentHanRuns } from './jieba.js';
import { pinyinTokens } from './pinyin.js';
import { type TextRun, textRuns } from './runs.js';

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
 * Only the start of a long body is analysed: it keeps every document's index small (ranking reads it
 * for each match) and the relay fast; the title and summary say what a listing is about.
 */
export const BODY_ANALYSIS_CHARS = 2000;

/** Latin words and pinyin spellings shorter than this are not offered for typo correction. */
const MIN_VOCABULARY_LENGTH = 3;

interface FieldOptions {
  /** Single characters as tokens, for one-character queries ("书"): title and organisation name only (index size). */
  unigrams: boolean;
}

/**
 * The body and the labels only get bigrams (and Latin words), no jieba words: segmenting the body was
 * most of the analysis time, and a query word matches by its bigrams anyway — the words only add
 * ranking weight, which body and labels (weights D and C) hardly have.
 */
function bigramTokens(text: string): string[] {
  const out: string[] = [];
  for (const run of textRuns(text)) {
    if (run.kind === 'latin') out.push(run.text);
    else for (let i = 0; i + 1 < run.chars.length; i++) out.push(run.chars[i] + run.chars[i + 1]);
  }
  return out;
}

/** A text split into runs, its Han runs segmented by jieba (two native calls for the whole text). */
export interface SegmentedText {
  runs: TextRun[];
  han: { run: TextRun; segmentation: HanSegmentation }[];
}

export function segmentText(text: string): SegmentedText {
  const runs = textRuns(text);
  const hanRuns = runs.filter((r) => r.kind === 'han');
  const segmentations = segmentHanRuns(hanRuns.map((r) => r.text));
  return { runs, han: hanRuns.map((run, i) => ({ run, segmentation: segmentations[i] })) };
}

/**
 * Tokens of one field, in text order: lower-case Latin words; for Han text, at each character the
 * jieba words of three or more characters starting there, the bigram and (optionally) the unigram.
 * Two-character words are bigrams already; bigrams are what make any sub-word findable
 * ("分类" in 垃圾分类, "简单" in 安装简单) even when jieba splits differently.
 */
export function fieldTokens(text: SegmentedText, opts: FieldOptions): string[] {
  const out: string[] = [];
  const segmentations = new Map(text.han.map((h) => [h.run, h.segmentation]));
  for (const run of text.runs) {
    if (run.kind === 'latin') {
      out.push(run.text);
      continue;
    }
    const chars = run.chars;
    const longWords = new Map<number, string[]>();
    for (const w of segmentations.get(run)?.searchWords ?? []) {
      if (w.end - w.start < 3) continue;
      const list = longWords.get(w.start) ?? [];
      if (!list.includes(w.word)) list.push(w.word);
      longWords.set(w.start, list);
    }
    for (let i = 0; i < chars.length; i++) {
      out.push(...(longWords.get(i) ?? []));
      if (i + 1 < chars.length) out.push(chars[i] + chars[i + 1]);
      if (opts.unigrams) out.push(chars[i]);
    }
  }
  return out;
}

/** Pinyin tokens (see text/pinyin.ts) of the Han text, without repeats, and the vocabulary among them. */
export function pinyinFieldTokens(text: SegmentedText): { tokens: string[]; words: string[] } {
  const tokens = new Set<string>();
  const words = new Set<string>();
  for (const { run, segmentation } of text.han) {
    for (const t of pinyinTokens(run.chars, segmentation.words, segmentation.searchWords)) {
      tokens.add(t.token);
      // Spellings of words and word pairs are the vocabulary for pinyin typos ("yanglo" → yanglao).
      if (t.kind !== 'other') words.add(t.token);
    }
  }
  return { tokens: [...tokens], words: [...words] };
}

/**
 * Index-side text analysis shared by every engine: jieba search-mode words and CJK bigrams
 * (so "分类" finds "垃圾分类"), lower-cased Latin words, and pinyin (full and initials) of the title
 * and organisation name (so "yanglao", "yl" and "社区yl" find 社区养老).
 */
export function analyzeListingText(input: ListingTextInput): ListingSearchDoc['tokens'] {
  const titleText = segmentText(input.title);
  const orgText = segmentText(input.organizationName);
  const title = fieldTokens(titleText, { unigrams: true });
  const organization = fieldTokens(orgText, { unigrams: true });
  const summary = fieldTokens(segmentText(input.summary), { unigrams: false });
  const body = bigramTokens(input.bodyText.slice(0, BODY_ANALYSIS_CHARS));
  const labels = bigramTokens(input.labels.join(' '));
  const titlePinyin = pinyinFieldTokens(titleText);
  const orgPinyin = pinyinFieldTokens(orgText);

  const vocabulary = new Set<string>([...titlePinyin.words, ...orgPinyin.words]);
  for (const list of [title, organization, summary, body, labels]) {
    for (const token of list) if (/^[a-z]+$/.test(token)) vocabulary.add(token);
  }
  return {
    title: title.join(' '),
    organization: organization.join(' '),
    summary: summary.join(' '),
    body: body.join(' '),
    labels: labels.join(' '),
    pinyin: [...new Set([...titlePinyin.tokens, ...orgPinyin.tokens])].join(' '),
    vocabulary: [...vocabulary].filter((t) => t.length >= MIN_VOCABULARY_LENGTH).join(' '),
  };
}
