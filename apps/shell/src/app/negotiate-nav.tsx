import { useUnread } from '@yiqia/web-data';
import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The 洽谈 nav label with the live unread badge (GET /api/rooms/unread at login and after each
 * reconnection, then `unread:updated` pushes — see @yiqia/web-data realtime). `data-count` carries the
 * number for tests and assistive text; nothing is shown at zero.
 */
export function NegotiateNavLabel({ label }: { label: string }) {
  const { t } = useTranslation('shell');
  const unread = useUnread();
  const count = unread?.messages ?? 0;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      {label}
      {count > 0 ? (
        <span data-testid="unread-badge" data-count={count} aria-label={t('nav.unread', { count })} style={{ display: 'inline-flex' }}>
          <Badge count={count} overflowCount={99} size="small" />
        </span>
      ) : null}
    </span>
  );
}
