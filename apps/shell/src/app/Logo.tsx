import { BRAND_BLUE } from '@yiqia/web-ui';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The mark: two joined circles (two parties meeting) on civic blue. */
export function LogoMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden focusable="false">
      <rect width="32" height="32" rx="8" fill={BRAND_BLUE} />
      <circle cx="12.5" cy="16" r="6.5" fill="none" stroke="#fff" strokeWidth="2.6" />
      <circle cx="19.5" cy="16" r="6.5" fill="none" stroke="#f5c451" strokeWidth="2.6" />
    </svg>
  );
}

export function Logo({ compact }: { compact?: boolean }) {
  const { t } = useTranslation('shell');
  return (
    <Link to="/" aria-label={t('brand.homeLink')} data-testid="brand" style={{ display: 'inline-flex', textDecoration: 'none' }}>
      <Flex align="center" gap={10}>
        <LogoMark />
        <Flex vertical style={{ lineHeight: 1.15 }}>
          <Typography.Text strong style={{ fontSize: 18, color: BRAND_BLUE, letterSpacing: 1 }}>
            {t('brand.name')}
          </Typography.Text>
          {compact ? null : (
            <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
              {t('brand.tagline')}
            </Typography.Text>
          )}
        </Flex>
      </Flex>
    </Link>
  );
}
