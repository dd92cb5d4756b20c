import { App, ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale/index.js';
import enUSImport from 'antd/es/locale/en_US.js';
import zhCNImport from 'antd/es/locale/zh_CN.js';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from '@yiqia/web-data';
import type { ReactNode } from 'react';
import { useLang } from './i18n/i18n.js';
import { installLocaleSync } from './locale.js';
import { yiqiaTheme } from './theme.js';

installLocaleSync();

// antd's es/ locale files are ESM without "type": "module"; accept either interop shape.
const interop = (m: unknown): Locale => ((m as { default?: Locale }).default ?? m) as Locale;
const zhCN = interop(zhCNImport);
const enUS = interop(enUSImport);

/**
 * Everything a Yiqia page needs around it: the shared query client, antd's ConfigProvider (theme and
 * zh_CN / en_US locale following the interface language) and antd's App (message, notification, modal).
 * The shell renders it once; remotes render inside it and need not render it again.
 */
export function AppProviders({ children }: { children: ReactNode }) {
  const lang = useLang();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={yiqiaTheme}>
        <App>{children}</App>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
