import type { HighlightRanges } from '@yiqia/contracts';
import { highlightSegments } from '../../lib/highlight.js';

/** Plain text with the search API's match ranges shown as <mark> (React text nodes only, never HTML). */
export function HighlightedText({ text, ranges }: { text: string; ranges?: HighlightRanges | null }) {
  if (!ranges?.length) return <>{text}</>;
  return (
    <>
      {highlightSegments(text, ranges).map((seg, i) =>
        seg.mark ? (
          <mark key={i} className="yiqia-hl" data-testid="hl">
            {seg.text}
          </mark>
        ) : (
          <span key={i}>{seg.text}</span>
        ),
      )}
    </>
  );
}
