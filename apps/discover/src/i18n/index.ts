import { useTranslation } from 'react-i18next';
import { addTranslations } from '@yiqia/web-ui';
import { listingsEn, listingsZh } from './listings-translations.js';
import { matchingEn, matchingZh } from './matching-translations.js';
import { searchEn, searchZh } from './search-translations.js';

export const NS = 'discover';

let registered = false;

/**
 * Register the `discover` namespace with the shared i18n instance (idempotent). Three files feed it:
 * `search.*` (search page, listing page), `listings.*` (my listings, editor) and `matching.*`
 * (matches, recommendations); keep their keys apart.
 */
export function registerDiscoverTranslations(): void {
  if (registered) return;
  addTranslations(NS, { zh: { ...searchZh, ...listingsZh, ...matchingZh }, en: { ...searchEn, ...listingsEn, ...matchingEn } });
  registered = true;
}

registerDiscoverTranslations();

/** `t` of the discover namespace plus the current interface language ('zh' | 'en'). */
export function useDiscoverT() {
  const { t, i18n } = useTranslation(NS);
  const lang: 'zh' | 'en' = i18n.language?.toLowerCase().startsWith('en') ? 'en' : 'zh';
  return { t, lang, i18n };
}
