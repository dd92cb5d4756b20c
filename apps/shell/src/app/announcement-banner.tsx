import type { AnnouncementDto } from '@yiqia/contracts';
import { apiFetch, useAuth, useCurrentExpo, useRealtimeEvent } from '@yiqia/web-data';
import { Alert, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Ids of the announcements this browser closed (newest last, a few kept). */
export const DISMISSED_KEY = 'yiqia.announcements.dismissed';
const KEEP = 20;

interface Notice {
  id: string;
  title: string;
  body: string;
  createdAt: string;
}

function dismissedIds(): string[] {
  try {
    const v: unknown = JSON.parse(window.localStorage.getItem(DISMISSED_KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function dismiss(id: string): void {
  try {
    window.localStorage.setItem(DISMISSED_KEY, JSON.stringify([...dismissedIds().filter((x) => x !== id), id].slice(-KEEP)));
  } catch {
    // Storage full or blocked: the notice is closed for this page view anyway.
  }
}

/**
 * The organizers' announcement, prominent at the top of every page until closed: pushed live as
 * `notification` kind `announcement` on /rt, and on load the latest recent one of the current expo
 * (GET /api/announcements/latest) unless this browser closed it already.
 */
export function AnnouncementBanner() {
  const { t } = useTranslation('shell');
  const { isAuthenticated } = useAuth();
  const expo = useCurrentExpo();
  const expoId = expo.data?.id;
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => {
    if (!expoId) return;
    const controller = new AbortController();
    apiFetch<AnnouncementDto | undefined>('/api/announcements/latest', { query: { expoId }, signal: controller.signal, auth: isAuthenticated })
      .then((a) => {
        if (!a || dismissedIds().includes(a.id)) return;
        // A live one that arrived meanwhile is newer: keep it.
        setNotice((current) => (current && current.createdAt > a.createdAt ? current : { id: a.id, title: a.title, body: a.body, createdAt: a.createdAt }));
      })
      .catch(() => {
        // No banner is the right fallback: announcements also arrive live.
      });
    return () => controller.abort();
  }, [expoId, isAuthenticated]);

  useRealtimeEvent('notification', (e) => {
    if (e.kind !== 'announcement') return;
    const id = e.announcementId ?? `${e.createdAt}:${e.title}`;
    setNotice({ id, title: e.title, body: e.body ?? '', createdAt: e.createdAt });
  });

  if (!notice) return null;
  return (
    <Alert
      key={notice.id}
      type="warning"
      showIcon
      banner
      closable={{ 'aria-label': t('announcement.close') }}
      onClose={() => {
        dismiss(notice.id);
        setNotice(null);
      }}
      title={
        <Flex vertical gap={2}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('announcement.kind')}
          </Typography.Text>
          <Typography.Text strong data-testid="announcement-title">
            {notice.title}
          </Typography.Text>
        </Flex>
      }
      description={
        notice.body ? (
          <span style={{ whiteSpace: 'pre-wrap' }} data-testid="announcement-body">
            {notice.body}
          </span>
        ) : undefined
      }
      style={{ padding: '12px 24px' }}
      data-testid="announcement-notice"
      data-announcement-id={notice.id}
    />
  );
}
