import { Card, Flex, Tag, Tooltip, Typography, theme } from 'antd';
import type { ListingOrganizationDto } from '@yiqia/contracts';
import { OrgTypeTag } from '@yiqia/web-ui';
import { useDiscoverT } from '../../i18n/index.js';
import { BankOutlined, EnvironmentOutlined, SafetyCertificateFilled } from './icons.js';

/** The publisher: name, type, region, masked 统一社会信用代码 with a "verified" badge when it passes the check. */
export function OrganizationCard({ organization }: { organization: ListingOrganizationDto }) {
  const { t } = useDiscoverT();
  const { token } = theme.useToken();
  return (
    <Card title={t('listing.org.title')} data-testid="listing-org" styles={{ body: { padding: 20 } }}>
      <Flex gap={14} align="flex-start">
        <div
          aria-hidden
          style={{
            flex: 'none',
            width: 48,
            height: 48,
            borderRadius: 10,
            background: token.colorPrimaryBg,
            color: token.colorPrimary,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            fontSize: 22,
          }}
        >
          <BankOutlined />
        </div>
        <Flex vertical gap={8} style={{ minWidth: 0, flex: 1 }}>
          <Typography.Text strong style={{ fontSize: 16, lineHeight: 1.5 }} data-testid="listing-org-name">
            {organization.name}
          </Typography.Text>
          <Flex gap={8} wrap align="center">
            <OrgTypeTag type={organization.type} />
            {organization.regionName && (
              <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="listing-org-region">
                <EnvironmentOutlined /> {organization.regionName}
              </Typography.Text>
            )}
          </Flex>
        </Flex>
      </Flex>
      {organization.creditCodeMasked && (
        <div style={{ marginTop: 16, padding: '10px 12px', background: token.colorFillQuaternary, borderRadius: 8 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
            {t('listing.org.creditCode')}
          </Typography.Text>
          <Flex gap={8} align="center" wrap style={{ marginTop: 2 }}>
            <Typography.Text style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', letterSpacing: 0.5 }} data-testid="listing-org-credit">
              {organization.creditCodeMasked}
            </Typography.Text>
            {organization.creditCodeVerified ? (
              <Tooltip title={t('listing.org.verifiedTip')}>
                <Tag color="green" variant="solid" icon={<SafetyCertificateFilled />} data-testid="listing-org-verified" style={{ marginInlineEnd: 0 }}>
                  {t('listing.org.verified')}
                </Tag>
              </Tooltip>
            ) : (
              <Tag data-testid="listing-org-unverified" style={{ marginInlineEnd: 0 }}>
                {t('listing.org.unverified')}
              </Tag>
            )}
          </Flex>
        </div>
      )}
    </Card>
  );
}
