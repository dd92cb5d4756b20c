/** A label in the interface's two languages. Chinese first: it is the interface's first language. */
export interface I18nLabel {
  zh: string;
  en: string;
}

export type Lang = 'zh' | 'en';

export function pickLabel(label: I18nLabel, lang: Lang): string {
  return lang === 'en' ? label.en : label.zh;
}
