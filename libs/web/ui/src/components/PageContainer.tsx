import { Breadcrumb, Flex, Grid, Typography, type BreadcrumbProps } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

export interface PageContainerProps {
  title?: ReactNode;
  subtitle?: ReactNode;
  /** Actions on the right of the title (buttons). */
  extra?: ReactNode;
  breadcrumb?: BreadcrumbProps['items'];
  children?: ReactNode;
  /** Max content width in px (default 1200). */
  maxWidth?: number;
  style?: CSSProperties;
  'data-testid'?: string;
}

/** The frame of a page: breadcrumb, a title row with actions, and centred content of a readable width. */
export function PageContainer({ title, subtitle, extra, breadcrumb, children, maxWidth = 1200, style, 'data-testid': testId }: PageContainerProps) {
  const screens = Grid.useBreakpoint();
  const padding = screens.md ? '24px 24px 48px' : '16px 12px 32px';
  return (
    <div style={{ maxWidth, margin: '0 auto', padding, width: '100%', boxSizing: 'border-box', ...style }} data-testid={testId}>
      {breadcrumb?.length ? <Breadcrumb items={breadcrumb} style={{ marginBottom: 12 }} /> : null}
      {title || extra ? (
        <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 20 }}>
          <div style={{ minWidth: 0, flex: '1 1 320px' }}>
            {title ? (
              <Typography.Title level={2} style={{ margin: 0, fontSize: screens.md ? 24 : 20 }}>
                {title}
              </Typography.Title>
            ) : null}
            {subtitle ? (
              <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }}>
                {subtitle}
              </Typography.Paragraph>
            ) : null}
          </div>
          {extra ? (
            <Flex gap={8} wrap>
              {extra}
            </Flex>
          ) : null}
        </Flex>
      ) : null}
      {children}
    </div>
  );
}
