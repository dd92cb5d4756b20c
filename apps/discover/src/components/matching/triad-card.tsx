import { useState } from 'react';
import { App, Button, Card, Col, Flex, Row, Tag, Typography, theme } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { MatchListingDto, TriadDto } from '@yiqia/contracts';
import { isApiError, roomPath, useAuth } from '@yiqia/web-data';
import { openTriadRoom } from '../../data/matching.js';
import { useDiscoverT } from '../../i18n/index.js';
import { paths } from '../../paths.js';
import { TeamOutlined } from '../listing/icons.js';
import { KIND_COLORS } from '../listing/listing-tags.js';
import { CounterpartMeta } from './match-card.js';
import { AimOutlined, ApartmentOutlined, GiftOutlined, UsergroupAddOutlined } from './icons.js';
import { otherOrganizations, ownRoles, TRIAD_ROLES, type TriadRole } from './logic.js';
import { ReasonChips } from './reason-chips.js';
import { ScoreBar } from './score-bar.js';

const ROLE_ICONS: Record<TriadRole, typeof AimOutlined> = { need: AimOutlined, funder: GiftOutlined, implementer: UsergroupAddOutlined };
export const TRIAD_ACCENT = '#722ed1';

function TriadPart({ role, listing, own }: { role: TriadRole; listing: MatchListingDto; own: boolean }) {
  const { t } = useDiscoverT();
  const { token } = theme.useToken();
  const Icon = ROLE_ICONS[role];
  return (
    <Flex
      vertical
      gap={6}
      data-testid="triad-part"
      data-role={role}
      data-listing-id={listing.id}
      style={{ height: '100%', padding: '10px 12px', borderRadius: 8, background: KIND_COLORS[listing.kind]?.soft ?? token.colorFillQuaternary, border: `1px solid ${token.colorBorderSecondary}` }}
    >
      <Flex align="center" gap={6} wrap>
        <Typography.Text strong style={{ fontSize: 13 }}>
          <Icon style={{ marginInlineEnd: 4 }} />
          {t(`matching.triad.role.${role}`)}
        </Typography.Text>
        {own && (
          <Tag color="blue" style={{ marginInlineEnd: 0 }} data-testid="triad-own">
            {t('matching.triad.yours')}
          </Tag>
        )}
      </Flex>
      <Link to={paths.listing(listing.id)} data-testid="triad-link" style={{ fontWeight: 500, lineHeight: 1.5 }}>
        {listing.title}
      </Link>
      <CounterpartMeta listing={listing} />
    </Flex>
  );
}

/**
 * A three-way suggestion (need + funder's offer + implementer's offer), set apart from pair
 * suggestions by its colour and layout; "start a three-party room" invites the other two organisations.
 */
export function TriadCard({ triad }: { triad: TriadDto }) {
  const { t } = useDiscoverT();
  const { organization } = useAuth();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const [opening, setOpening] = useState(false);
  const mine = ownRoles(triad, organization?.id);
  const others = otherOrganizations(triad, organization?.id);

  const open = async () => {
    if (!organization) return;
    setOpening(true);
    try {
      const room = await openTriadRoom(
        triad,
        organization.id,
        t('matching.triad.roomTitle', { title: triad.need.title }),
        t('matching.triad.roomMessage', { need: triad.need.title, funder: triad.funder.title, implementer: triad.implementer.title }),
      );
      void navigate(roomPath(room.id));
    } catch (e) {
      void message.error(isApiError(e) ? e.message : String(e));
    } finally {
      setOpening(false);
    }
  };

  const confirm = () =>
    modal.confirm({
      title: t('matching.triad.confirmTitle'),
      content: (
        <Flex vertical gap={8} data-testid="triad-confirm">
          <Typography.Text>{t('matching.triad.confirmBody')}</Typography.Text>
          <Flex gap={6} wrap>
            {others.map((org) => (
              <Tag key={org.id} icon={<TeamOutlined />} data-testid="triad-confirm-org">
                {org.name}
              </Tag>
            ))}
          </Flex>
        </Flex>
      ),
      okText: t('matching.triad.confirmOk'),
      cancelText: t('matching.triad.confirmCancel'),
      okButtonProps: { 'data-testid': 'triad-confirm-ok' } as Record<string, string>,
      icon: <ApartmentOutlined style={{ color: TRIAD_ACCENT }} />,
      onOk: () => open(),
    });

  return (
    <Card
      size="small"
      data-testid="triad-card"
      data-need-id={triad.need.id}
      data-funder-id={triad.funder.id}
      data-implementer-id={triad.implementer.id}
      style={{ borderInlineStart: `3px solid ${TRIAD_ACCENT}` }}
      styles={{ body: { padding: '14px 18px' } }}
    >
      <Flex vertical gap={10}>
        <Flex align="center" justify="space-between" gap={12} wrap>
          <Flex align="center" gap={8}>
            <Tag color="purple" variant="solid" icon={<ApartmentOutlined />} style={{ marginInlineEnd: 0 }}>
              {t('matching.triad.badge')}
            </Tag>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {mine.length ? t(`matching.triad.youAre.${mine[0]}`) : t('matching.triad.hint')}
            </Typography.Text>
          </Flex>
          <ScoreBar score={triad.score} width={96} />
        </Flex>
        <Row gutter={[10, 10]}>
          {TRIAD_ROLES.map((role) => (
            <Col key={role} xs={24} md={8}>
              <TriadPart role={role} listing={triad[role]} own={mine.includes(role)} />
            </Col>
          ))}
        </Row>
        <ReasonChips reasons={triad.reasons} />
        <Flex justify="flex-end">
          <Button type="primary" icon={<TeamOutlined />} onClick={confirm} loading={opening} disabled={others.length === 0} data-testid="triad-open-room" style={{ background: TRIAD_ACCENT }}>
            {t('matching.triad.openRoom', { count: others.length })}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
