/**
 * How a booth's video link is shown. A bilibili player URL (player.bilibili.com) is embedded in an
 * iframe (the API's CSP allows that frame source); every other http(s) link opens as a link.
 */
export type VideoDisplay = { kind: 'bilibili'; src: string } | { kind: 'link'; href: string; host: string } | { kind: 'none' };

export function videoDisplay(url: string | null | undefined): VideoDisplay {
  const raw = url?.trim();
  if (!raw) return { kind: 'none' };
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return { kind: 'none' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { kind: 'none' };
  if (parsed.hostname === 'player.bilibili.com') {
    parsed.protocol = 'https:';
    // Do not start playing by itself on page load.
    if (!parsed.searchParams.has('autoplay')) parsed.searchParams.set('autoplay', '0');
    return { kind: 'bilibili', src: parsed.toString() };
  }
  return { kind: 'link', href: parsed.toString(), host: parsed.hostname };
}

/** "1.2 MB", "830 KB" */
export function formatFileSize(bytes: number | undefined | null): string {
  if (bytes === undefined || bytes === null || !Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}
