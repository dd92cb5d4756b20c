import { Button, Flex, Grid, Typography } from 'antd';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { RoomKind, RoomStatus } from '@yiqia/contracts';
import { useAuth } from '@yiqia/web-data';
import { EmptyState } from '@yiqia/web-ui';
import { CommentOutlined, PlusOutlined } from '../components/chat/icons.js';
import { usePageTitle } from '../components/chat/page-title.js';
import { RoomList } from '../components/rooms/room-list.js';
import { RoomView } from '../components/rooms/room-view.js';
import { useRoomsLive, type RoomFilters } from '../data/rooms.js';
import { useNegotiateT } from '../i18n/index.js';
import { paths } from '../paths.js';

const KINDS: RoomKind[] = ['direct', 'negotiation'];
const STATUSES: RoomStatus[] = ['open', 'signed', 'closed'];

function Placeholder() {
  const { t } = useNegotiateT();
  return (
    <Flex vertical align="center" justify="center" gap={12} style={{ flex: 1, background: '#fafbfc', padding: 24, textAlign: 'center' }} data-testid="room-placeholder">
      <div style={{ width: 72, height: 72, borderRadius: 24, background: '#e8f0fa', display: 'grid', placeItems: 'center' }}>
        <CommentOutlined style={{ fontSize: 32, color: '#1f5fa8' }} />
      </div>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('inbox.pickTitle')}
      </Typography.Title>
      <Typography.Text type="secondary" style={{ maxWidth: 320 }}>
        {t('inbox.pickHint')}
      </Typography.Text>
    </Flex>
  );
}

/**
 * /negotiate and /negotiate/rooms/:roomId — conversation list and the open room side by side on
 * desktops; one of them at a time on phones (the room has a back button).
 */
export function InboxPage() {
  const { t } = useNegotiateT();
  const { roomId = null } = useParams();
  const { user, organization } = useAuth();
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? true;
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') as RoomKind | null;
  const status = params.get('status') as RoomStatus | null;
  const filters: RoomFilters = { kind: kind && KINDS.includes(kind) ? kind : undefined, status: status && STATUSES.includes(status) ? status : undefined };
  useRoomsLive();

  usePageTitle(t('inbox.title'));

  if (!organization) {
    return (
      <div style={{ padding: 24 }}>
        <EmptyState title={t('newRoom.noOrgTitle')} description={t('newRoom.noOrgHint')} data-testid="negotiate-no-org" />
      </div>
    );
  }

  const setFilters = (f: RoomFilters) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(f)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };

  const list = <RoomList activeId={roomId} myOrgId={organization.id} myUserId={user?.id ?? null} filters={filters} onFilters={setFilters} />;
  const height = wide ? 'calc(100vh - 64px - 112px)' : 'calc(100vh - 64px - 24px)';

  return (
    <div style={{ maxWidth: 1440, margin: '0 auto', width: '100%', padding: wide ? '20px 24px 24px' : '12px 8px', boxSizing: 'border-box' }} data-testid="inbox-page">
      {wide || !roomId ? (
        <Flex justify="space-between" align="center" style={{ marginBottom: 14, paddingInline: wide ? 0 : 6 }}>
          <Flex vertical>
            <Typography.Title level={3} style={{ margin: 0, fontSize: wide ? 22 : 19 }}>
              {t('inbox.title')}
            </Typography.Title>
            {wide ? <Typography.Text type="secondary">{t('inbox.subtitle')}</Typography.Text> : null}
          </Flex>
          <Link to={paths.newRoom()}>
            <Button type="primary" icon={<PlusOutlined />} data-testid="inbox-new-room">
              {t('inbox.newRoom')}
            </Button>
          </Link>
        </Flex>
      ) : null}
      <Flex
        style={{
          height,
          minHeight: 520,
          background: '#fff',
          borderRadius: 14,
          border: '1px solid #e5e8ef',
          overflow: 'hidden',
          boxShadow: '0 2px 10px rgba(15, 35, 70, 0.04)',
        }}
      >
        {wide ? (
          <>
            <div style={{ width: 340, flex: 'none', borderRight: '1px solid #e5e8ef', minHeight: 0 }}>{list}</div>
            {roomId ? <RoomView key={roomId} roomId={roomId} /> : <Placeholder />}
          </>
        ) : roomId ? (
          <RoomView key={roomId} roomId={roomId} onBack={() => void navigate(paths.inbox())} />
        ) : (
          <div style={{ flex: 1, minHeight: 0, minWidth: 0 }}>{list}</div>
        )}
      </Flex>
    </div>
  );
}
