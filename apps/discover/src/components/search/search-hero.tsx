import { Button, Flex, Grid, Input, Typography, theme } from 'antd';
import { useDiscoverT } from '../../i18n/index.js';
import { SearchOutlined } from '../listing/icons.js';

export interface SearchHeroProps {
  value: string;
  onChange: (value: string) => void;
  /** Enter or the button: search at once. */
  onSearch: (value: string) => void;
  /** An IME composition (pinyin → 汉字) is in progress: do not search the half-typed letters. */
  onComposingChange: (composing: boolean) => void;
  onExample: (q: string) => void;
  busy?: boolean;
}

/** The band at the top: title, the big search box, and example searches. */
export function SearchHero({ value, onChange, onSearch, onComposingChange, onExample, busy }: SearchHeroProps) {
  const { t } = useDiscoverT();
  const { token } = theme.useToken();
  const wide = Grid.useBreakpoint().md ?? true;
  return (
    <div
      data-testid="search-hero"
      style={{
        background: `linear-gradient(120deg, #123a6b 0%, ${token.colorPrimary} 58%, #3f7fc6 100%)`,
        color: '#fff',
        position: 'relative',
        overflow: 'hidden',
      }}
    >
      <svg width="100%" height="100%" style={{ position: 'absolute', inset: 0, opacity: 0.08 }} aria-hidden>
        <defs>
          <pattern id="discover-hero-dots" width="24" height="24" patternUnits="userSpaceOnUse">
            <circle cx="2" cy="2" r="1.5" fill="#fff" />
          </pattern>
        </defs>
        <rect width="100%" height="100%" fill="url(#discover-hero-dots)" />
      </svg>
      <div style={{ maxWidth: 1200, margin: '0 auto', padding: wide ? '32px 24px 30px' : '20px 16px 22px', position: 'relative' }}>
        <Typography.Title level={1} style={{ color: '#fff', margin: 0, fontSize: wide ? 28 : 22, lineHeight: 1.3 }}>
          {t('search.heroTitle')}
        </Typography.Title>
        <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.86)', margin: '8px 0 18px', fontSize: wide ? 15 : 14, maxWidth: 760 }}>
          {t('search.heroSubtitle')}
        </Typography.Paragraph>
        <div role="search" style={{ maxWidth: 780 }}>
          <Input.Search
            size="large"
            allowClear
            value={value}
            maxLength={200}
            onChange={(e) => onChange(e.target.value)}
            onSearch={(v, _e, info) => {
              if (info?.source === 'clear') onChange('');
              else onSearch(v);
            }}
            onCompositionStart={() => onComposingChange(true)}
            onCompositionEnd={() => onComposingChange(false)}
            placeholder={t('search.placeholder')}
            enterButton={
              <Button type="primary" autoInsertSpace={false} icon={<SearchOutlined />} style={{ paddingInline: wide ? 22 : 14 }} data-testid="search-button">
                {wide ? t('search.searchButton') : null}
              </Button>
            }
            loading={busy}
            aria-label={t('search.placeholder')}
            data-testid="search-input"
            style={{ boxShadow: '0 6px 24px rgba(0, 20, 60, 0.25)', borderRadius: 8 }}
          />
        </div>
        <Flex gap={8} wrap={wide} align="center" style={{ marginTop: 14, fontSize: 13, ...(wide ? {} : { overflowX: 'auto', scrollbarWidth: 'none', margin: '14px -16px 0', padding: '0 16px' }) }}>
          <span style={{ color: 'rgba(255,255,255,0.75)', flex: 'none' }}>{t('search.tryLabel')}</span>
          {t('search.examples')
            .split('|')
            .map((ex) => (
              <button
                key={ex}
                type="button"
                onClick={() => onExample(ex)}
                data-testid="search-example"
                style={{
                  cursor: 'pointer',
                  border: '1px solid rgba(255,255,255,0.35)',
                  background: 'rgba(255,255,255,0.12)',
                  color: '#fff',
                  borderRadius: 14,
                  padding: '2px 12px',
                  fontSize: 13,
                  lineHeight: '20px',
                  flex: 'none',
                  whiteSpace: 'nowrap',
                }}
              >
                {ex}
              </button>
            ))}
        </Flex>
      </div>
    </div>
  );
}
