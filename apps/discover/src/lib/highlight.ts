import type { HighlightRanges } from '@yiqia/contracts';

export interface TextSegment {
  text: string;
  /** Part of a match: shown as <mark>. */
  mark: boolean;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Split plain text into marked and unmarked runs from [start, end) ranges in UTF-16 units (as the
 * search API sends them). Ranges may be unsorted, overlapping, touching or out of bounds: they are
 * clamped, merged, and widened so a surrogate pair is never cut in half. The text is never parsed as
 * HTML — callers render the runs as React text, so `<script>` in a title stays text.
 */
export function highlightSegments(text: string, ranges: HighlightRanges | null | undefined): TextSegment[] {
  if (!text) return [];
  const len = text.length;
  const clean = (ranges ?? [])
    .filter((r) => Array.isArray(r) && r.length === 2 && Number.isFinite(r[0]) && Number.isFinite(r[1]))
    .map(([a, b]) => {
      let start = Math.max(0, Math.min(len, Math.floor(a)));
      let end = Math.max(0, Math.min(len, Math.floor(b)));
      if (start > 0 && start < len && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))) start -= 1;
      if (end > 0 && end < len && isLowSurrogate(text.charCodeAt(end)) && isHighSurrogate(text.charCodeAt(end - 1))) end += 1;
      return [start, end] as [number, number];
    })
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);

  const merged: [number, number][] = [];
  for (const r of clean) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }

  const segments: TextSegment[] = [];
  let pos = 0;
  for (const [start, end] of merged) {
    if (start > pos) segments.push({ text: text.slice(pos, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    pos = end;
  }
  if (pos < len) segments.push({ text: text.slice(pos), mark: false });
  return segments;
}
