const PALETTE = ['#1f5fa8', '#2f8a4c', '#d46b08', '#7a4fc2', '#c2302b', '#08979c', '#ad6800', '#3f6ad8', '#c41d7f', '#5b8c00'];

/** A stable colour per organisation (avatars), from its id. */
export function orgColor(orgId: string | null | undefined): string {
  if (!orgId) return '#8a94a6';
  let h = 0;
  for (let i = 0; i < orgId.length; i += 1) h = (h * 31 + orgId.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

/** The character an organisation's avatar shows: its name without the leading place (成都市天府益行… → 天). */
export function orgInitial(name: string | null | undefined): string {
  const n = (name ?? '').trim();
  const rest = n.replace(/^(?:[\u4e00-\u9fa5]{1,8}?(?:省|自治区))?(?:[\u4e00-\u9fa5]{1,6}?(?:市|自治州|盟)(?:[\u4e00-\u9fa5]{1,6}?(?:区|县|旗))?)?/, '');
  return (rest || n).slice(0, 1).toUpperCase();
}
