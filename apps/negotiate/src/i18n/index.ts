import { useTranslation } from 'react-i18next';
import { addTranslations } from '@yiqia/web-ui';
import { chatEn, chatZh } from './chat-translations.js';
import { dealEn, dealZh } from './deal-translations.js';
import { modEn, modZh } from './moderation-translations.js';

export const NS = 'negotiate';

let registered = false;

/**
 * Register the `negotiate` namespace (idempotent). Two files feed it: `chat.*`/`inbox.*`/`room.*`
 * (conversations, rooms, chat) and `intent.*`/`meeting.*`/`schedule.*` (intent documents, meetings); keep keys apart.
 */
export function registerNegotiateTranslations(): void {
  if (registered) return;
  addTranslations(NS, { zh: { ...chatZh, ...dealZh, ...modZh }, en: { ...chatEn, ...dealEn, ...modEn } });
  registered = true;
}

registerNegotiateTranslations();

export function useNegotiateT() {
  const { t, i18n } = useTranslation(NS);
  const lang: 'zh' | 'en' = i18n.language?.toLowerCase().startsWith('en') ? 'en' : 'zh';
  return { t, lang, i18n };
}
