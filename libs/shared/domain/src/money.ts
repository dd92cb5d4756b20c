/** Money is CNY stored as whole yuan (integers). */
export function formatCny(yuan: number, lang: 'zh' | 'en' = 'zh'): string {
  if (lang === 'zh' && Math.abs(yuan) >= 10000) {
    const wan = yuan / 10000;
    return `${Number.isInteger(wan) ? wan : wan.toFixed(wan >= 100 ? 0 : 1)} 万元`;
  }
  return lang === 'zh' ? `${yuan.toLocaleString('zh-CN')} 元` : `¥${yuan.toLocaleString('en-US')}`;
}
