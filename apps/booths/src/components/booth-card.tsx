import { Card, Flex, Typography } from 'antd';
import { EnvironmentOutlined } from '../icons.js';
import { Link } from 'react-router';
import type { BoothSummaryDto } from '@yiqia/contracts';
import { DomainTag, OrgTypeTag } from '@yiqia/web-ui';
import { useBoothsT } from '../i18n/index.js';
import { BoothLogo } from './booth-logo.js';

const MAX_TAGS = 3;

/** A booth in the expo's booth browser: logo, title, organisation + type, region, slogan, domains. */
export function BoothCard({ booth, href, zoneName }: { booth: BoothSummaryDto; href: string; zoneName?: string | null }) {
  const { t } = useBoothsT();
  const title = booth.title || t('common.unnamed');
  const extra = booth.domainCodes.length - MAX_TAGS;
  return (
    <Link to={href} data-testid="booth-card" data-booth-id={booth.id} style={{ display: 'block', height: '100%', color: 'inherit' }} aria-label={title}>
      <Card hoverable style={{ height: '100%' }} styles={{ body: { padding: 18, height: '100%', display: 'flex', flexDirection: 'column', gap: 12 } }}>
        <Flex gap={14} align="flex-start">
          <BoothLogo url={booth.logoUrl} name={title} size={56} />
          <div style={{ minWidth: 0, flex: 1 }}>
            <Typography.Title level={5} style={{ margin: 0, lineHeight: 1.4 }} ellipsis={{ rows: 2, tooltip: title }} data-testid="booth-card-title">
              {title}
            </Typography.Title>
            <Typography.Text type="secondary" style={{ fontSize: 13 }} ellipsis={{ tooltip: booth.organization.name }} data-testid="booth-card-org">
              {booth.organization.name}
            </Typography.Text>
          </div>
        </Flex>
        <Flex gap={8} align="center" wrap>
          <OrgTypeTag type={booth.organization.type} />
          {booth.organization.regionName && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <EnvironmentOutlined /> {booth.organization.regionName}
            </Typography.Text>
          )}
        </Flex>
        <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 13, minHeight: 42 }} ellipsis={{ rows: 2 }}>
          {booth.slogan || booth.introText}
        </Typography.Paragraph>
        <Flex gap={6} wrap style={{ marginTop: 'auto' }}>
          {zoneName && !booth.domainCodes.length && <Typography.Text type="secondary">{zoneName}</Typography.Text>}
          {booth.domainCodes.slice(0, MAX_TAGS).map((code) => (
            <DomainTag key={code} code={code} />
          ))}
          {extra > 0 && <Typography.Text type="secondary" style={{ fontSize: 12 }}>+{extra}</Typography.Text>}
        </Flex>
      </Card>
    </Link>
  );
}
