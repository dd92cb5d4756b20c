import { App, Button, Card, Flex, Typography } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import type { ListingDto } from '@yiqia/contracts';
import { useAuth } from '@yiqia/web-data';
import { useDiscoverT } from '../../i18n/index.js';
import { paths } from '../../paths.js';
import { EditOutlined, InfoCircleOutlined, LoginOutlined, MessageOutlined } from './icons.js';
import { LinkButton } from './link-button.js';

/**
 * "联系对方": anonymous visitors go to the login page and come back; members are told that online
 * talks open soon (the real-time issue connects it). On the organisation's own listing: an edit link.
 */
export function ContactPanel({ listing }: { listing: ListingDto }) {
  const { t } = useDiscoverT();
  const { isAuthenticated } = useAuth();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();

  if (listing.editable) {
    return (
      <Card data-testid="listing-own" styles={{ body: { padding: 20 } }}>
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">
            <InfoCircleOutlined /> {t('listing.ownListing')}
          </Typography.Text>
          <LinkButton to={paths.editListing(listing.id)} type="primary" size="large" block icon={<EditOutlined />} data-testid="listing-edit">
            {t('listing.edit')}
          </LinkButton>
        </Flex>
      </Card>
    );
  }

  const contact = () => {
    if (!isAuthenticated) {
      void navigate(paths.login(location.pathname + location.search));
      return;
    }
    modal.info({
      title: t('listing.contactSoonTitle'),
      content: <div data-testid="listing-contact-soon">{t('listing.contactSoon')}</div>,
      okText: t('listing.contactSoonOk'),
      icon: <MessageOutlined />,
    });
  };

  return (
    <Card data-testid="listing-contact-card" styles={{ body: { padding: 20 } }} style={{ borderTop: '3px solid var(--yiqia-color-primary, #1f5fa8)' }}>
      <Flex vertical gap={10}>
        <Typography.Text strong style={{ fontSize: 15 }}>
          {t('listing.contactHint')}
        </Typography.Text>
        <Button type="primary" size="large" block icon={isAuthenticated ? <MessageOutlined /> : <LoginOutlined />} onClick={contact} data-testid="listing-contact">
          {t('listing.contact')}
        </Button>
        {!isAuthenticated && (
          <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
            {t('listing.contactLoginHint')}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
