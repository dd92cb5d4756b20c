import { Alert } from 'antd';
import { useRealtimeStatus } from '@yiqia/web-data';
import { useNegotiateT } from '../../i18n/index.js';
import { DisconnectOutlined } from './icons.js';

/** "连接中断，正在重连…" while the live connection is down (only after it was up once), or offline. */
export function ConnectionBanner() {
  const { t } = useNegotiateT();
  const { status, everConnected } = useRealtimeStatus();
  if (status === 'offline') {
    return <Alert type="warning" banner showIcon icon={<DisconnectOutlined />} title={t('chat.offline')} data-testid="rt-banner" data-status="offline" />;
  }
  if (status === 'reconnecting' || (status === 'connecting' && everConnected)) {
    return <Alert type="warning" banner showIcon icon={<DisconnectOutlined />} title={t('chat.reconnecting')} data-testid="rt-banner" data-status="reconnecting" />;
  }
  return null;
}
