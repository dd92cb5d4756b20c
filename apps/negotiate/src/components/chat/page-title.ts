import { useEffect } from 'react';
import { useNegotiateT } from '../../i18n/index.js';

/** "<page> · 益洽 · 公益洽谈汇" (the shell's brand), following the language. */
export function usePageTitle(page: string | null | undefined): void {
  const { t, lang } = useNegotiateT();
  const brand = t('brand.title', { ns: 'shell', defaultValue: lang === 'en' ? 'Yiqia' : '益洽 · 公益洽谈汇' });
  useEffect(() => {
    if (page) document.title = `${page} · ${brand}`;
  }, [page, brand]);
}
