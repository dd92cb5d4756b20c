import { GlobalOutlined } from '../icons.js';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLanguage, useLang } from '../i18n/i18n.js';

/** One click switches 中文 ⇄ English everywhere (host and remotes) and remembers the choice. */
export function LanguageSwitch({ 'data-testid': testId = 'lang-switch', block }: { 'data-testid'?: string; block?: boolean }) {
  const lang = useLang();
  const { t } = useTranslation('ui');
  const next = lang === 'zh' ? 'en' : 'zh';
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      onClick={() => void setLanguage(next)}
      aria-label={t('lang.switchLabel')}
      title={t('lang.switchLabel')}
      data-testid={testId}
      data-lang={lang}
      block={block}
      lang={next === 'en' ? 'en' : 'zh-CN'}
    >
      {next === 'en' ? t('lang.en') : t('lang.zh')}
    </Button>
  );
}
