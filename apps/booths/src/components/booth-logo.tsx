import { Avatar } from 'antd';

const PALETTE = ['#1677ff', '#13a8a8', '#d4380d', '#389e0d', '#722ed1', '#c41d7f', '#d48806', '#0958d9'];

function colorFor(text: string): string {
  let h = 0;
  for (const ch of text) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

/** The booth's logo, or its first character on a colour derived from the name. */
export function BoothLogo({ url, name, size = 56 }: { url: string | null | undefined; name: string; size?: number }) {
  const initial = Array.from(name.trim())[0] ?? '展';
  if (url) {
    return (
      <Avatar
        shape="square"
        size={size}
        src={url}
        alt={name}
        style={{ flex: 'none', background: '#fff', border: '1px solid rgba(5,5,5,0.06)', borderRadius: Math.round(size / 6) }}
      />
    );
  }
  return (
    <Avatar
      shape="square"
      size={size}
      style={{ flex: 'none', background: colorFor(name), fontSize: Math.round(size * 0.42), fontWeight: 600, borderRadius: Math.round(size / 6) }}
      aria-hidden
    >
      {initial}
    </Avatar>
  );
}
