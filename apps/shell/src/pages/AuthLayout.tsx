import { BRAND_BLUE } from '@yiqia/web-ui';
import { Card, Flex, Grid, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LogoMark } from '../app/Logo.js';

/** Login / register / invitation frame: a calm brand panel beside the form on wide screens. */
export function AuthLayout({ title, subtitle, children, width = 460, 'data-testid': testId }: { title: ReactNode; subtitle?: ReactNode; children: ReactNode; width?: number; 'data-testid'?: string }) {
  const { t } = useTranslation('shell');
  const screens = Grid.useBreakpoint();
  const wide = !!screens.lg;
  return (
    <Flex justify="center" align="flex-start" style={{ padding: wide ? '48px 24px' : '20px 12px', flex: 1 }} data-testid={testId}>
      <Flex style={{ width: '100%', maxWidth: wide ? width + 380 : width, boxShadow: '0 6px 24px rgba(31, 56, 88, 0.08)', borderRadius: 12, overflow: 'hidden', background: '#fff' }}>
        {wide ? (
          <Flex
            vertical
            justify="space-between"
            style={{ width: 380, flex: 'none', padding: 36, color: '#fff', background: `linear-gradient(160deg, ${BRAND_BLUE} 0%, #174a86 60%, #123a69 100%)` }}
          >
            <Flex align="center" gap={10}>
              <LogoMark size={36} />
              <Flex vertical>
                <span style={{ fontSize: 20, fontWeight: 600, letterSpacing: 1 }}>{t('brand.name')}</span>
                <span style={{ fontSize: 13, opacity: 0.85 }}>{t('brand.tagline')}</span>
              </Flex>
            </Flex>
            <div>
              <div style={{ fontSize: 22, fontWeight: 600, lineHeight: 1.5 }}>{t('brand.slogan')}</div>
              <p style={{ opacity: 0.85, lineHeight: 1.8, marginTop: 12, fontSize: 13 }}>{t('footer.about')}</p>
            </div>
          </Flex>
        ) : null}
        <Card variant="borderless" style={{ flex: 1, minWidth: 0, borderRadius: 0 }} styles={{ body: { padding: wide ? 36 : 20 } }}>
          <Typography.Title level={3} style={{ marginTop: 0, marginBottom: subtitle ? 6 : 20 }}>
            {title}
          </Typography.Title>
          {subtitle ? (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 20 }}>
              {subtitle}
            </Typography.Paragraph>
          ) : null}
          {children}
        </Card>
      </Flex>
    </Flex>
  );
}
