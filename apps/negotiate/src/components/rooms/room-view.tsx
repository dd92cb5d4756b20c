import { Alert, App, Button, Drawer, Flex, Grid, Result, Skeleton } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { MessageDto, RoomDto } from '@yiqia/contracts';
import { isApiError, useAuth, useRealtimeEvent, useRoomChannel, type RoomChannelState } from '@yiqia/web-data';
import { useCloseRoom } from '../../data/rooms.js';
import { useNegotiateT } from '../../i18n/index.js';
import { paths } from '../../paths.js';
import { Composer } from '../chat/composer.js';
import { ConnectionBanner } from '../chat/connection-banner.js';
import { MessageList } from '../chat/message-list.js';
import { RoomSearch } from '../chat/room-search.js';
import { ReportModal } from '../moderation/report-modal.js';
import { TypingIndicator } from '../chat/typing-indicator.js';
import { InviteModal } from './invite-modal.js';
import { RoomHeader } from './room-header.js';
import { RoomSide } from './room-side.js';

/**
 * "已读" labels: for each other organisation, under the last message of MY organisation it has read
 * (read events, their own messages, the stored markers). Conversations say 已读; rooms name who read.
 */
function readLabelsOf(state: RoomChannelState, room: RoomDto, myOrgId: string | null, t: (k: string, o?: Record<string, unknown>) => string, sep: string) {
  const byMessage = new Map<number, string[]>();
  const mine = state.messages.filter((m) => m.type === 'text' && m.sender.orgId === myOrgId);
  for (const p of room.parties) {
    if (p.organization.id === myOrgId) continue;
    const read = state.readByOrg[p.organization.id] ?? 0;
    const last = [...mine].reverse().find((m) => m.seq <= read);
    if (!last) continue;
    byMessage.set(last.seq, [...(byMessage.get(last.seq) ?? []), p.organization.name]);
  }
  const others = room.parties.length - 1;
  const labels = new Map<number, { text: string; names: string }>();
  for (const [seq, names] of byMessage) {
    const text = room.kind === 'direct' ? t('chat.read') : names.length >= others ? t('chat.readAll') : t('chat.readCount', { count: names.length });
    labels.set(seq, { text, names: names.join(sep) });
  }
  return labels;
}

function RoomError({ state }: { state: RoomChannelState }) {
  const { t } = useNegotiateT();
  const forbidden = state.error?.code === 'FORBIDDEN';
  const notFound = state.error?.code === 'NOT_FOUND';
  return (
    <Flex justify="center" align="center" style={{ flex: 1, background: '#fff' }}>
      <Result
        status={forbidden ? '403' : notFound ? '404' : 'warning'}
        title={forbidden ? t('room.forbiddenTitle') : notFound ? t('room.notFoundTitle') : t('room.loadFailed')}
        subTitle={forbidden ? t('room.forbiddenHint') : notFound ? t('room.notFoundHint') : state.error?.message}
        extra={
          <Link to={paths.inbox()}>
            <Button type="primary">{t('room.backToInbox')}</Button>
          </Link>
        }
        data-testid={forbidden ? 'room-forbidden' : notFound ? 'room-not-found' : 'room-error'}
      />
    </Flex>
  );
}

/** One conversation or negotiation room: header, live messages, composer, side (parties, listings, intent). */
export function RoomView({ roomId, onBack }: { roomId: string; onBack?: () => void }) {
  const { t } = useNegotiateT();
  const { user, organization } = useAuth();
  const myUserId = user?.id ?? null;
  const myOrgId = organization?.id ?? null;
  const { message, modal } = App.useApp();
  const screens = Grid.useBreakpoint();
  const sideInline = !!screens.xl;
  const channel = useRoomChannel(roomId);
  const { state } = channel;
  const [searchOpen, setSearchOpen] = useState(false);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [inviteOpen, setInviteOpen] = useState(false);
  const [reportOpen, setReportOpen] = useState(false);
  // Messages an organizer hid while the room is open (`message:hidden`); reloads get them hidden from the server.
  const [hiddenIds, setHiddenIds] = useState<ReadonlySet<string>>(() => new Set());
  useRealtimeEvent('message:hidden', (m) => {
    if (m.roomId === roomId) setHiddenIds((ids) => new Set(ids).add(m.id));
  });
  const [focus, setFocus] = useState<{ seq: number; nonce: number } | null>(null);
  const closeRoom = useCloseRoom(roomId);
  const sep = t('chat.listSeparator');

  const room = state?.room ?? null;
  const shown = useMemo(
    () =>
      state && hiddenIds.size > 0
        ? { ...state, messages: state.messages.map((m) => (hiddenIds.has(m.id) && !m.hidden ? { ...m, hidden: true, body: '', attachments: [] } : m)) }
        : state,
    [state, hiddenIds],
  );
  const readLabels = useMemo(() => (state && room ? readLabelsOf(state, room, myOrgId, t, sep) : new Map<number, { text: string; names: string }>()), [state, room, myOrgId, t, sep]);
  const { markRead, ensureLoaded } = channel;
  const onSeenBottom = useCallback((seq: number) => markRead(seq), [markRead]);

  if (!state || (state.status === 'loading' && !room)) {
    return (
      <Flex vertical style={{ flex: 1, padding: 24, background: '#fff' }} data-testid="room-loading">
        <Skeleton avatar active paragraph={{ rows: 1 }} />
        <Skeleton active paragraph={{ rows: 6 }} style={{ marginTop: 24 }} />
      </Flex>
    );
  }
  if (state.status === 'error' || !room) return <RoomError state={state} />;

  const closed = room.status === 'closed';
  const organizerClose = closed ? [...state.messages].reverse().find((m) => m.systemEvent?.kind === 'room_closed_by_organizer') : undefined;
  // The server says whether the caller is muted (RoomDto.muted, pushed with room:updated); a refused
  // send tells the same when the room predates that field.
  const muted = room.muted != null || (room.muted === undefined && state.outgoing.some((o) => o.state === 'failed' && o.error?.code === 'USER_MUTED'));

  const confirmClose = () =>
    modal.confirm({
      title: t('room.closeConfirmTitle'),
      content: t('room.closeConfirm'),
      okText: t('room.closeOk'),
      okButtonProps: { danger: true, 'data-testid': 'close-confirm' } as never,
      onOk: async () => {
        try {
          await closeRoom.mutateAsync();
          void message.success(t('room.closed'));
        } catch (e) {
          void message.error(isApiError(e) ? e.message : String(e));
        }
      },
    });

  const jump = async (m: MessageDto) => {
    if (!sideInline) setSearchOpen(false);
    const ok = await ensureLoaded(m.seq);
    if (ok) setFocus({ seq: m.seq, nonce: Date.now() });
    else void message.warning(t('chat.jumpFailed'));
  };

  const side = <RoomSide room={room} myOrgId={myOrgId} presence={state.presence} onInvite={() => setInviteOpen(true)} />;

  return (
    <Flex style={{ flex: 1, minWidth: 0, minHeight: 0, height: '100%' }} data-testid="room-view" data-room-id={room.id} data-status={room.status}>
      <Flex vertical style={{ flex: 1, minWidth: 0, minHeight: 0 }}>
        <RoomHeader
          room={room}
          myOrgId={myOrgId}
          myUserId={myUserId}
          presence={state.presence}
          onBack={onBack}
          onSearch={() => setSearchOpen(true)}
          onDetails={sideInline ? undefined : () => setDetailsOpen(true)}
          onInvite={() => setInviteOpen(true)}
          onClose={confirmClose}
          onReport={() => setReportOpen(true)}
        />
        <ConnectionBanner />
        {room.status === 'signed' ? <Alert type="success" banner showIcon title={t('room.signedBanner')} data-testid="room-signed-banner" /> : null}
        <MessageList
          key={room.id}
          state={shown ?? state}
          myUserId={myUserId}
          readLabels={readLabels}
          focus={focus}
          loadOlder={channel.loadOlder}
          onRetry={channel.retry}
          onDiscard={channel.discard}
          onSeenBottom={onSeenBottom}
          footer={<TypingIndicator typing={state.typing} />}
        />
        {closed ? (
          <Alert
            type={organizerClose ? 'warning' : 'info'}
            showIcon
            banner
            title={organizerClose ? t('mod.closedByOrganizer', { reason: String(organizerClose.systemEvent?.params.reason ?? '') }) : t('room.closedBanner')}
            style={{ padding: '14px 20px' }}
            data-testid="room-closed-banner"
            data-by-organizer={organizerClose ? 'true' : 'false'}
          />
        ) : (
          <>
            {muted ? <Alert type="error" showIcon banner title={t('mod.mutedTitle')} description={t('mod.mutedHint')} data-testid="composer-muted" /> : null}
            <Composer
              onSend={(body, attachments) => channel.send(body, attachments)}
              onTyping={channel.typing}
              disabled={room.muted != null}
              disabledPlaceholder={t('mod.mutedPlaceholder')}
            />
          </>
        )}
      </Flex>
      {sideInline ? (
        <div style={{ width: 340, flex: 'none', borderLeft: '1px solid #e5e8ef', overflowY: 'auto', background: '#fff' }}>{side}</div>
      ) : (
        <Drawer title={t('room.details')} open={detailsOpen} onClose={() => setDetailsOpen(false)} size={360} styles={{ body: { padding: 0 } }} data-testid="room-details">
          {side}
        </Drawer>
      )}
      <RoomSearch roomId={room.id} open={searchOpen} onClose={() => setSearchOpen(false)} onPick={(m) => void jump(m)} />
      <InviteModal room={room} open={inviteOpen} onClose={() => setInviteOpen(false)} myOrgId={myOrgId} />
      <ReportModal roomId={room.id} open={reportOpen} onClose={() => setReportOpen(false)} messages={state.messages} myUserId={myUserId} />
    </Flex>
  );
}
