import { Avatar, Badge, Button, Flex, Segmented, Select, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import type { RoomDto, RoomKind, RoomStatus } from '@yiqia/contracts';
import { EmptyState, ErrorState } from '@yiqia/web-ui';
import { useRooms, type RoomFilters } from '../../data/rooms.js';
import { useNegotiateT } from '../../i18n/index.js';
import { paths } from '../../paths.js';
import { counterparts, listTime, roomName, systemText, visibleBody } from '../chat/format.js';
import { TeamOutlined } from '../chat/icons.js';
import { orgColor, orgInitial } from '../chat/org-color.js';
import { RoomKindTag, RoomStatusTag } from './room-tags.js';

function RoomAvatar({ room, myOrgId }: { room: RoomDto; myOrgId: string | null }) {
  const others = counterparts(room, myOrgId);
  if (room.kind === 'negotiation') {
    return (
      <Avatar size={42} shape="square" style={{ background: '#efe8fb', color: '#7a4fc2', borderRadius: 12, flex: 'none' }} icon={<TeamOutlined />} />
    );
  }
  const other = others[0]?.organization;
  return (
    <Avatar size={42} style={{ background: orgColor(other?.id), flex: 'none', fontSize: 17 }}>
      {orgInitial(other?.name ?? room.title)}
    </Avatar>
  );
}

function Preview({ room, myUserId }: { room: RoomDto; myUserId: string | null }) {
  const { t } = useNegotiateT();
  const m = room.lastMessage;
  if (!m) return <>{t('inbox.noMessages')}</>;
  if (m.type === 'system') return <>{t('inbox.systemPrefix', { text: systemText(m, t) })}</>;
  const text = visibleBody({ body: m.body, attachments: [] }) || t('inbox.attachmentOnly');
  if (m.sender.userId === myUserId || room.kind === 'direct') return <>{text}</>;
  return <>{t('inbox.senderPrefix', { name: m.sender.orgName || m.sender.displayName, text })}</>;
}

function RoomRow({ room, active, myOrgId, myUserId }: { room: RoomDto; active: boolean; myOrgId: string | null; myUserId: string | null }) {
  const { t, lang } = useNegotiateT();
  const name = roomName(room, myOrgId, t('chat.listSeparator'));
  const when = room.lastMessage?.createdAt ?? room.createdAt;
  return (
    <Link
      to={paths.room(room.id)}
      data-testid="room-item"
      data-room-id={room.id}
      data-unread={room.unread}
      aria-current={active ? 'page' : undefined}
      style={{
        display: 'flex',
        gap: 12,
        padding: '12px 14px',
        borderRadius: 10,
        background: active ? '#e8f0fa' : 'transparent',
        color: 'inherit',
        alignItems: 'center',
        transition: 'background 0.15s',
      }}
      className="yiqia-room-row"
    >
      <Badge dot={room.unread > 0 && room.kind === 'negotiation'} offset={[-4, 4]}>
        <RoomAvatar room={room} myOrgId={myOrgId} />
      </Badge>
      <Flex vertical gap={3} style={{ minWidth: 0, flex: 1 }}>
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text strong={room.unread > 0} ellipsis style={{ fontSize: 14 }} data-testid="room-item-name">
            {name}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, flex: 'none' }}>
            {listTime(when, t, lang)}
          </Typography.Text>
        </Flex>
        <Flex justify="space-between" align="center" gap={8}>
          <Flex align="center" gap={6} style={{ minWidth: 0 }}>
            <RoomKindTag kind={room.kind} compact />
            {room.status !== 'open' ? <RoomStatusTag status={room.status} compact /> : null}
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 13 }} data-testid="room-item-preview">
              <Preview room={room} myUserId={myUserId} />
            </Typography.Text>
          </Flex>
          {room.unread > 0 ? <Badge count={room.unread} overflowCount={99} size="small" data-testid="room-item-unread" /> : null}
        </Flex>
      </Flex>
    </Link>
  );
}

export interface RoomListProps {
  activeId: string | null;
  myOrgId: string | null;
  myUserId: string | null;
  filters: RoomFilters;
  onFilters: (f: RoomFilters) => void;
}

/** The conversation list with its kind and status filters (live through useRoomsLive in the page). */
export function RoomList({ activeId, myOrgId, myUserId, filters, onFilters }: RoomListProps) {
  const { t } = useNegotiateT();
  const rooms = useRooms(filters);
  const items = rooms.data?.items ?? [];
  const filtered = !!filters.kind || !!filters.status;
  return (
    <Flex vertical style={{ height: '100%', minHeight: 0 }} data-testid="room-list">
      <Flex vertical gap={10} style={{ padding: '14px 14px 10px', borderBottom: '1px solid #eef0f4' }}>
        <Segmented<'all' | RoomKind>
          block
          value={filters.kind ?? 'all'}
          onChange={(v) => onFilters({ ...filters, kind: v === 'all' ? undefined : v })}
          options={[
            { value: 'all', label: t('inbox.all') },
            { value: 'direct', label: t('inbox.direct') },
            { value: 'negotiation', label: t('inbox.negotiation') },
          ]}
          data-testid="filter-kind"
        />
        <Select<'any' | RoomStatus>
          value={filters.status ?? 'any'}
          onChange={(v) => onFilters({ ...filters, status: v === 'any' ? undefined : v })}
          options={[
            { value: 'any', label: t('inbox.anyStatus') },
            { value: 'open', label: t('status.open') },
            { value: 'signed', label: t('status.signed') },
            { value: 'closed', label: t('status.closed') },
          ]}
          aria-label={t('inbox.filterStatus')}
          data-testid="filter-status"
        />
      </Flex>
      <nav aria-label={t('inbox.listLabel')} style={{ flex: 1, minHeight: 0, overflowY: 'auto', padding: 6 }}>
        {rooms.isPending ? (
          <div style={{ padding: 12 }}>
            <Skeleton avatar active paragraph={{ rows: 1 }} />
            <Skeleton avatar active paragraph={{ rows: 1 }} />
            <Skeleton avatar active paragraph={{ rows: 1 }} />
          </div>
        ) : rooms.isError ? (
          <ErrorState error={rooms.error} onRetry={() => void rooms.refetch()} compact />
        ) : items.length === 0 ? (
          filtered ? (
            <EmptyState title={t('inbox.emptyFiltered')} data-testid="rooms-empty-filtered" />
          ) : (
            <EmptyState
              title={t('inbox.emptyTitle')}
              description={t('inbox.emptyHint')}
              action={
                <Link to="/discover">
                  <Button type="primary">{t('inbox.goDiscover')}</Button>
                </Link>
              }
              data-testid="rooms-empty"
            />
          )
        ) : (
          items.map((room) => <RoomRow key={room.id} room={room} active={room.id === activeId} myOrgId={myOrgId} myUserId={myUserId} />)
        )}
      </nav>
    </Flex>
  );
}
