import { Avatar, Badge, Button, Dropdown, Flex, Grid, Tooltip, Typography, type MenuProps } from 'antd';
import type { PresenceEvent, RoomDto } from '@yiqia/contracts';
import { OrgTypeTag } from '@yiqia/web-ui';
import { useNegotiateT } from '../../i18n/index.js';
import { counterparts, roomName } from '../chat/format.js';
import { ArrowLeftOutlined, ExclamationCircleFilled, InfoCircleOutlined, LockOutlined, MoreOutlined, SearchOutlined, TeamOutlined, UserAddOutlined } from '../chat/icons.js';
import { orgColor, orgInitial } from '../chat/org-color.js';
import { RoomKindTag, RoomStatusTag } from './room-tags.js';

export interface RoomHeaderProps {
  room: RoomDto;
  myOrgId: string | null;
  myUserId: string | null;
  presence: PresenceEvent['online'];
  onBack?: () => void;
  onSearch: () => void;
  onDetails?: () => void;
  onInvite: () => void;
  onClose: () => void;
  /** Report the room to the organizers. */
  onReport: () => void;
}

/** Who is online in the room (besides me), as avatars with names. */
function Presence({ online, myUserId }: { online: PresenceEvent['online']; myUserId: string | null }) {
  const { t } = useNegotiateT();
  const others = online.filter((u) => u.userId !== myUserId);
  return (
    <Flex align="center" gap={8} data-testid="presence" data-online={others.length}>
      {others.length > 0 ? (
        <>
          <Avatar.Group max={{ count: 4 }} size={28}>
            {others.map((u) => (
              <Tooltip key={u.userId} title={u.displayName}>
                <Badge dot color="#2f8a4c" offset={[-3, 24]}>
                  <Avatar size={28} style={{ background: orgColor(u.orgId), fontSize: 12 }} data-testid="presence-user" data-user-id={u.userId}>
                    {u.displayName.slice(0, 1)}
                  </Avatar>
                </Badge>
              </Tooltip>
            ))}
          </Avatar.Group>
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {t('room.onlineCount', { count: others.length })}
          </Typography.Text>
        </>
      ) : (
        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
          {t('room.nobodyOnline')}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** Title, kind and status, the other parties, who is online, and the room's actions. */
export function RoomHeader({ room, myOrgId, myUserId, presence, onBack, onSearch, onDetails, onInvite, onClose, onReport }: RoomHeaderProps) {
  const { t } = useNegotiateT();
  const screens = Grid.useBreakpoint();
  const others = counterparts(room, myOrgId);
  const name = roomName(room, myOrgId, t('chat.listSeparator'));
  const items: MenuProps['items'] = [
    ...(room.kind === 'negotiation' && room.status !== 'closed'
      ? [{ key: 'invite', icon: <UserAddOutlined />, label: <span data-testid="room-invite">{t('room.invite')}</span> }]
      : []),
    ...(room.status !== 'closed' ? [{ key: 'close', icon: <LockOutlined />, danger: true, label: <span data-testid="room-close">{t('room.close')}</span> }] : []),
    { key: 'report', icon: <ExclamationCircleFilled />, label: <span data-testid="room-report">{t('mod.report')}</span> },
  ];
  return (
    <Flex align="center" gap={12} style={{ padding: '10px 16px', borderBottom: '1px solid #e5e8ef', background: '#fff', minHeight: 64 }} data-testid="room-header">
      {onBack ? <Button type="text" icon={<ArrowLeftOutlined />} onClick={onBack} aria-label={t('inbox.back')} data-testid="room-back" /> : null}
      {room.kind === 'negotiation' ? (
        <Avatar size={40} shape="square" style={{ background: '#efe8fb', color: '#7a4fc2', borderRadius: 12, flex: 'none' }} icon={<TeamOutlined />} />
      ) : (
        <Avatar size={40} style={{ background: orgColor(others[0]?.organization.id), flex: 'none', fontSize: 16 }}>
          {orgInitial(others[0]?.organization.name ?? name)}
        </Avatar>
      )}
      <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Typography.Title level={5} style={{ margin: 0 }} ellipsis={{ tooltip: name }} data-testid="room-title">
          {name}
        </Typography.Title>
        <Flex align="center" gap={6} wrap={false} style={{ minWidth: 0, overflow: 'hidden' }}>
          <RoomKindTag kind={room.kind} compact />
          <RoomStatusTag status={room.status} compact />
          {room.kind === 'direct' && others[0] ? (
            <OrgTypeTag type={others[0].organization.type} />
          ) : (
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }} data-testid="room-party-names">
              {room.parties.map((p) => p.organization.name).join(t('chat.listSeparator'))}
            </Typography.Text>
          )}
        </Flex>
      </Flex>
      {screens.sm ? <Presence online={presence} myUserId={myUserId} /> : null}
      <Flex gap={4}>
        <Tooltip title={t('room.search')}>
          <Button type="text" icon={<SearchOutlined />} onClick={onSearch} aria-label={t('room.search')} data-testid="room-search-open" />
        </Tooltip>
        {onDetails ? (
          <Tooltip title={t('room.details')}>
            <Button type="text" icon={<InfoCircleOutlined />} onClick={onDetails} aria-label={t('room.details')} data-testid="room-details-open" />
          </Tooltip>
        ) : null}
        {items.length > 0 ? (
          <Dropdown
            trigger={['click']}
            menu={{
              items,
              onClick: ({ key }) => (key === 'invite' ? onInvite() : key === 'report' ? onReport() : onClose()),
            }}
          >
            <Button type="text" icon={<MoreOutlined />} aria-label={t('room.more')} data-testid="room-more" />
          </Dropdown>
        ) : null}
      </Flex>
    </Flex>
  );
}
