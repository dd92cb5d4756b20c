import type { ThemeConfig } from 'antd';

/** A calm public-sector look: civic blue, generous whitespace, CJK-first system fonts. */
export const BRAND_BLUE = '#1f5fa8';
export const BRAND_RED = '#c2302b';

export const yiqiaTheme: ThemeConfig = {
  cssVar: { key: 'yiqia' },
  token: {
    colorPrimary: BRAND_BLUE,
    colorInfo: BRAND_BLUE,
    colorLink: BRAND_BLUE,
    colorSuccess: '#2f8a4c',
    colorWarning: '#d48806',
    colorError: BRAND_RED,
    colorBgLayout: '#f3f5f8',
    colorTextBase: '#1f2329',
    borderRadius: 6,
    fontSize: 14,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', headerHeight: 64, headerPadding: '0 24px', bodyBg: '#f3f5f8', footerBg: '#f3f5f8' },
    Menu: { horizontalItemSelectedColor: BRAND_BLUE, itemSelectedColor: BRAND_BLUE },
    Card: { headerFontSize: 16 },
  },
};
