const PALETTE = ['#1f5fa8', '#2f8a4c', '#d46b08', '#7a4fc2', '#c2302b', '#08979c', '#ad6800', '#3f6ad8', '#c41d7f', '#5b8c00'];

/** A stable colour per organisation (avatars), from its id. */
export function orgColor(orgId: string | null | undefined): string {
  if (!orgId) return '#8a94a6';
  let h = 0;
  for (let i = 0; i < orgId.length; i += 1) h = (h * 31 + orgId.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length];
}
