import type { NotificationEvent } from '@yiqia/contracts';
import { useRealtimeEvent } from '@yiqia/web-data';
import { App, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

/** Where a notification leads. */
function targetOf(e: NotificationEvent): string | null {
  if (e.roomId) return `/negotiate/rooms/${encodeURIComponent(e.roomId)}`;
  if (e.kind === 'meeting_request' || e.kind === 'meeting_answer') return '/negotiate/schedule';
  return null;
}

/**
 * In-app notifications (antd `notification`) for real-time `notification` events: a new message in a
 * conversation I am not looking at, an invitation to a room, meeting requests and answers, intents.
 * One notification per room (later messages replace it). Clicking it opens the room or the schedule.
 */
export function RealtimeNotifier() {
  const { t } = useTranslation('shell');
  const { notification } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const here = useRef(location.pathname);
  here.current = location.pathname;

  useRealtimeEvent('notification', (e) => {
    if (e.kind === 'announcement') return; // AnnouncementBanner shows it until closed
    const to = targetOf(e);
    if (to && here.current === to && e.kind === 'message') return; // already looking at it
    const key = e.roomId ? `room:${e.roomId}` : e.meetingId ? `meeting:${e.meetingId}` : undefined;
    notification.open({
      key,
      title: (
        <span data-testid="rt-notification-title">
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
            {t(`notify.${e.kind}`, { defaultValue: t('notify.message') })}
          </Typography.Text>
          {e.title}
        </span>
      ),
      description: e.body ? (
        <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }} data-testid="rt-notification-body">
          {e.body}
        </Typography.Paragraph>
      ) : undefined,
      placement: 'topRight',
      duration: e.kind === 'message' ? 5 : 10,
      style: to ? { cursor: 'pointer' } : undefined,
      onClick: to
        ? () => {
            notification.destroy(key);
            void navigate(to);
          }
        : undefined,
      props: { 'data-testid': 'rt-notification' } as never,
    });
  });
  return null;
}
