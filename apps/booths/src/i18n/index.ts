import { useTranslation } from 'react-i18next';
import { addTranslations } from '@yiqia/web-ui';
import { en, zh } from './translations.js';

export const NS = 'booths';

let registered = false;

/** Register the `booths` namespace with the shared i18n instance (idempotent). */
export function registerBoothsTranslations(): void {
  if (registered) return;
  addTranslations(NS, { zh, en });
  registered = true;
}

registerBoothsTranslations();

/** `t` of the booths namespace plus the current interface language ('zh' | 'en'). */
export function useBoothsT() {
  const { t, i18n } = useTranslation(NS);
  const lang: 'zh' | 'en' = i18n.language?.toLowerCase().startsWith('en') ? 'en' : 'zh';
  return { t, lang, i18n };
}
