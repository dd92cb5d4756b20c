import { App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { ListingDto } from '@yiqia/contracts';
import { isApiError, openDirectRoom, roomPath, useAuth } from '@yiqia/web-data';
import { useDiscoverT } from '../../i18n/index.js';
import { paths } from '../../paths.js';
import { EditOutlined, InfoCircleOutlined, LoginOutlined, MessageOutlined, TeamOutlined } from './icons.js';
import { LinkButton } from './link-button.js';

/**
 * "联系对方": anonymous visitors go to the login page and come back; members open the direct
 * conversation with the publisher (an existing one is reused) in the negotiate remote, or a
 * negotiation room about this listing (发起洽谈室). Accounts without an organisation (organizers) are told
 * they cannot contact. On the organisation's own listing: an edit link.
 */
export function ContactPanel({ listing }: { listing: ListingDto }) {
  const { t } = useDiscoverT();
  const { isAuthenticated, organization } = useAuth();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const [opening, setOpening] = useState(false);

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

  /** Logged in with an organisation, else the login (and back here) or the explanation. */
  const canTalk = () => {
    if (!isAuthenticated) {
      void navigate(paths.login(location.pathname + location.search));
      return false;
    }
    if (!organization) {
      modal.info({
        title: t('listing.contactNoOrgTitle'),
        content: <div data-testid="listing-contact-no-org">{t('listing.contactNoOrg')}</div>,
        okText: t('listing.contactSoonOk'),
        icon: <InfoCircleOutlined />,
      });
      return false;
    }
    return true;
  };

  const contact = async () => {
    if (!canTalk()) return;
    setOpening(true);
    try {
      const room = await openDirectRoom(listing.organization.id, [listing.id]);
      void navigate(roomPath(room.id));
    } catch (e) {
      void message.error(isApiError(e) ? e.message : String(e));
    } finally {
      setOpening(false);
    }
  };

  const negotiate = () => {
    if (canTalk()) void navigate(`/negotiate/rooms/new?listing=${encodeURIComponent(listing.id)}`);
  };

  return (
    <Card data-testid="listing-contact-card" styles={{ body: { padding: 20 } }} style={{ borderTop: '3px solid var(--yiqia-color-primary, #1f5fa8)' }}>
      <Flex vertical gap={10}>
        <Typography.Text strong style={{ fontSize: 15 }}>
          {t('listing.contactHint')}
        </Typography.Text>
        <Button
          type="primary"
          size="large"
          block
          icon={isAuthenticated ? <MessageOutlined /> : <LoginOutlined />}
          onClick={() => void contact()}
          loading={opening}
          data-testid="listing-contact"
        >
          {t('listing.contact')}
        </Button>
        <Button size="large" block icon={<TeamOutlined />} onClick={negotiate} title={t('listing.negotiateHint')} data-testid="listing-negotiate">
          {t('listing.negotiate')}
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
