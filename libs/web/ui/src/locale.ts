import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn.js';
import i18next from 'i18next';
import { getLang, type Lang } from './i18n/i18n.js';

/** dayjs and <html lang> follow the interface language. */
export function applyDocumentLocale(lang: Lang = getLang()): void {
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  if (typeof document !== 'undefined') document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
}

let installed = false;
export function installLocaleSync(): void {
  if (installed) return;
  installed = true;
  applyDocumentLocale();
  i18next.on('languageChanged', () => applyDocumentLocale());
}
