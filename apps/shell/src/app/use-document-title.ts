import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "<page> · 益洽 · 公益洽谈汇" (or just the brand); follows the language. */
export function useDocumentTitle(page?: string | null): void {
  const { t } = useTranslation('shell');
  const brand = t('brand.title');
  useEffect(() => {
    document.title = page ? `${page} · ${brand}` : brand;
  }, [page, brand]);
}
