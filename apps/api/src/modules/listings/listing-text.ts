const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(ref: string): string | null {
  if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? null;
  const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
}

/**
 * Plain text of a listing body, for search only. Bodies are stored sanitised (tags from a small
 * allow-list, `<` and `>` in text and attributes escaped), so removing tags needs no HTML parser —
 * the relay runs this for every listing it indexes. Block boundaries become spaces so English words
 * of adjacent paragraphs do not run together; character references are decoded.
 */
export function listingBodyText(html: string): string {
  if (!html) return '';
  return html
    .replace(/<\/?(?:p|br|hr|li|ul|ol|h[1-6]|blockquote|pre|div)\b[^>]*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->|<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => decode(ref) ?? whole)
    .replace(/\s+/g, ' ')
    .trim();
}
