import { useTranslation } from 'react-i18next';
import { addTranslations } from '@yiqia/web-ui';
import { commonEn, commonZh } from './common-translations.js';
import { liveEn, liveZh } from './live-translations.js';
import { modEn, modZh } from './moderation-translations.js';

export const NS = 'console';

let registered = false;

/**
 * Register the `console` namespace (idempotent). Three files feed it and keep their keys apart:
 * `common.*` (frame), `live.*` (dashboard, results, exports), `mod.*` (monitor, moderation, audit,
 * introductions, announcements).
 */
export function registerConsoleTranslations(): void {
  if (registered) return;
  addTranslations(NS, { zh: { ...commonZh, ...liveZh, ...modZh }, en: { ...commonEn, ...liveEn, ...modEn } });
  registered = true;
}

registerConsoleTranslations();

/** `t` of the console namespace plus the current interface language ('zh' | 'en'). */
export function useConsoleT() {
  const { t, i18n } = useTranslation(NS);
  const lang: 'zh' | 'en' = i18n.language?.toLowerCase().startsWith('en') ? 'en' : 'zh';
  return { t, lang, i18n };
}
