import { App, Button } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import MessageOutlinedModule from '@ant-design/icons/MessageOutlined';
import { isApiError, openDirectRoom, roomPath, useAuth } from '@yiqia/web-data';
import { iconInterop } from '@yiqia/web-ui';
import { useBoothsT } from '../i18n/index.js';
import { paths } from '../paths.js';

const MessageOutlined = iconInterop(MessageOutlinedModule);

/**
 * 联系对方 on a public booth: the direct conversation with the booth's organisation (an existing one
 * is reused). Anonymous visitors log in first and come back; accounts without an organisation
 * (organizers) are told they cannot contact.
 */
export function BoothContactButton({ orgId }: { orgId: string }) {
  const { t } = useBoothsT();
  const { isAuthenticated, organization } = useAuth();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const [opening, setOpening] = useState(false);
  const contact = async () => {
    if (!isAuthenticated) {
      void navigate(paths.login(location.pathname + location.search));
      return;
    }
    if (!organization) {
      modal.info({ title: t('booth.contactNoOrgTitle'), content: <div data-testid="booth-contact-no-org">{t('booth.contactNoOrg')}</div> });
      return;
    }
    setOpening(true);
    try {
      const room = await openDirectRoom(orgId);
      void navigate(roomPath(room.id));
    } catch (e) {
      void message.error(isApiError(e) ? e.message : String(e));
    } finally {
      setOpening(false);
    }
  };
  return (
    <Button icon={<MessageOutlined />} onClick={() => void contact()} loading={opening} title={t('booth.contactHint')} data-testid="booth-contact-org">
      {t('booth.contact')}
    </Button>
  );
}
