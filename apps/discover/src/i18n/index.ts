import { useTranslation } from 'react-i18next';
import { addTranslations } from '@yiqia/web-ui';
import { listingsEn, listingsZh } from './listings-translations.js';
import { searchEn, searchZh } from './search-translations.js';

export const NS = 'discover';

let registered = false;

/**
 * Register the `discover` namespace with the shared i18n instance (idempotent). Two files feed it:
 * `search.*` (search page, listing page) and `listings.*` (my listings, editor); keep their keys apart.
 */
export function registerDiscoverTranslations(): void {
  if (registered) return;
  addTranslations(NS, { zh: { ...searchZh, ...listingsZh }, en: { ...searchEn, ...listingsEn } });
  registered = true;
}

registerDiscoverTranslations();

/** `t` of the discover namespace plus the current interface language ('zh' | 'en'). */
export function useDiscoverT() {
  const { t, i18n } = useTranslation(NS);
  const lang: 'zh' | 'en' = i18n.language?.toLowerCase().startsWith('en') ? 'en' : 'zh';
  return { t, lang, i18n };
}
