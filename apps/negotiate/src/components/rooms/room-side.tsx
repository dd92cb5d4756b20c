import { Avatar, Button, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { PresenceEvent, RoomDto } from '@yiqia/contracts';
import { OrgTypeTag } from '@yiqia/web-ui';
import { useNegotiateT } from '../../i18n/index.js';
import { IntentPanel } from '../intent/intent-panel.js';
import { orgColor, orgInitial } from '../chat/org-color.js';
import { LinkOutlined, UserAddOutlined } from '../chat/icons.js';

function Section({ title, extra, children, testId }: { title: string; extra?: ReactNode; children: ReactNode; testId: string }) {
  return (
    <section data-testid={testId} style={{ padding: '14px 16px', borderBottom: '1px solid #eef0f4' }}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 10 }}>
        <Typography.Text strong style={{ fontSize: 13, color: '#4e5969' }}>
          {title}
        </Typography.Text>
        {extra}
      </Flex>
      {children}
    </section>
  );
}

/** The room's side: parties (type, role, online), the listings it is about, and the intent document. */
export function RoomSide({ room, myOrgId, presence, onInvite }: { room: RoomDto; myOrgId: string | null; presence: PresenceEvent['online']; onInvite: () => void }) {
  const { t } = useNegotiateT();
  const onlineOrgs = new Set(presence.map((u) => u.orgId));
  return (
    <Flex vertical style={{ background: '#fff' }} data-testid="room-side">
      <Section
        title={t('room.parties')}
        testId="room-parties"
        extra={
          room.kind === 'negotiation' && room.status !== 'closed' ? (
            <Button size="small" type="link" icon={<UserAddOutlined />} onClick={onInvite} data-testid="room-invite-side">
              {t('room.invite')}
            </Button>
          ) : null
        }
      >
        <Flex vertical gap={10}>
          {room.parties.map((p) => (
            <Flex key={p.organization.id} gap={10} align="flex-start" data-testid="room-party" data-org-id={p.organization.id}>
              <Avatar size={32} style={{ background: orgColor(p.organization.id), flex: 'none' }}>
                {orgInitial(p.organization.name)}
              </Avatar>
              <Flex vertical gap={4} style={{ minWidth: 0 }}>
                <Typography.Text style={{ fontSize: 13, lineHeight: 1.4 }} data-testid="room-party-name">
                  {p.organization.name}
                </Typography.Text>
                <Flex gap={4} wrap align="center">
                  <OrgTypeTag type={p.organization.type} />
                  {p.organization.id === myOrgId ? <Tag>{t('room.ownOrg')}</Tag> : null}
                  {p.role ? <Tag color="geekblue">{p.role}</Tag> : null}
                  {onlineOrgs.has(p.organization.id) ? (
                    <Typography.Text style={{ fontSize: 12, color: '#2f8a4c' }}>{t('room.online')}</Typography.Text>
                  ) : null}
                </Flex>
              </Flex>
            </Flex>
          ))}
        </Flex>
      </Section>
      <Section title={t('room.listings')} testId="room-listings">
        {room.listings.length === 0 ? (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('room.noListings')}
          </Typography.Text>
        ) : (
          <Flex vertical gap={8}>
            {room.listings.map((l) => (
              <Link key={l.id} to={`/listings/${encodeURIComponent(l.id)}`} data-testid="room-listing" style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                <Tag color={l.kind === 'need' ? 'volcano' : 'green'} style={{ marginInlineEnd: 0, flex: 'none' }}>
                  {t(`room.listingKind.${l.kind}`)}
                </Tag>
                <Typography.Text style={{ fontSize: 13, color: 'inherit' }} ellipsis={{ tooltip: l.title }}>
                  <LinkOutlined style={{ marginInlineEnd: 4, color: '#8a94a6' }} />
                  {l.title}
                </Typography.Text>
              </Link>
            ))}
          </Flex>
        )}
      </Section>
      <div style={{ padding: '14px 16px' }}>
        <IntentPanel room={room} />
      </div>
    </Flex>
  );
}
