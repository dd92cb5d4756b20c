import type { ConsoleRoomDetailDto, ExpoDto, MessageDto } from '@yiqia/contracts';
import { EmptyState, ErrorState, LoadingState } from '@yiqia/web-ui';
import { isApiError } from '@yiqia/web-data';
import { Alert, App, Button, Card, Descriptions, Flex, Form, List, Select, Tag, Timeline, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ConsoleFrame } from '../components/console-frame.js';
import { ReasonModal } from '../components/moderation/reason-modal.js';
import { IntentTag, ReportBadge, RoomStatusTag } from '../components/moderation/room-tags.js';
import { useCloseRoom, useConsoleRoom, useHideMessage, useMuteUser, useResolveReport, useTranscript, useUnmuteUser } from '../data/moderation.js';
import { useConsoleT } from '../i18n/index.js';
import { dateTime, relativeTime } from '../lib/mod-format.js';
import { isHidden, sendersOf } from '../lib/mod-message.js';
import { paths } from '../paths.js';

/** Mute durations offered (minutes; 0 = until unmuted). */
const MUTE_MINUTES = [0, 30, 120, 24 * 60, 7 * 24 * 60] as const;

type Action = { kind: 'close' } | { kind: 'hide'; message: MessageDto } | { kind: 'mute'; userId?: string } | null;

function Transcript({ room, onHide, onMute }: { room: ConsoleRoomDetailDto; onHide: (m: MessageDto) => void; onMute: (userId: string) => void }) {
  const { t } = useConsoleT();
  const transcript = useTranscript(room.id, room.transcriptAvailable);
  if (!room.transcriptAvailable) {
    return <Alert type="info" showIcon title={t('mod.room.transcriptLocked')} description={t('mod.room.transcriptLockedHint')} data-testid="mod-transcript-locked" />;
  }
  if (transcript.isPending) return <LoadingState />;
  if (transcript.isError) return <ErrorState error={transcript.error} onRetry={() => void transcript.refetch()} compact />;
  if (transcript.data.length === 0) return <EmptyState title={t('mod.room.transcriptEmpty')} data-testid="mod-transcript-empty" />;
  const muted = new Set(room.mutedUsers.map((u) => u.userId));
  return (
    <List
      data-testid="mod-transcript"
      dataSource={transcript.data}
      renderItem={(m) => {
        const hidden = isHidden(m);
        const system = m.type === 'system';
        return (
          <List.Item
            data-testid="mod-transcript-message"
            data-message-id={m.id}
            data-hidden={hidden ? 'true' : 'false'}
            actions={
              system
                ? []
                : [
                    hidden ? (
                      <Tag key="hidden" color="orange" data-testid="mod-message-hidden">
                        {t('mod.room.hiddenTag')}
                      </Tag>
                    ) : room.status === 'closed' ? null : (
                      <Button key="hide" size="small" onClick={() => onHide(m)} data-testid="mod-hide-message">
                        {t('mod.room.hide')}
                      </Button>
                    ),
                    muted.has(m.sender.userId) || room.status === 'closed' ? null : (
                      <Button key="mute" size="small" onClick={() => onMute(m.sender.userId)} data-testid="mod-mute-sender">
                        {t('mod.room.muteSender')}
                      </Button>
                    ),
                  ].filter(Boolean)
            }
          >
            <List.Item.Meta
              title={
                <Flex gap={8} wrap align="baseline">
                  <Typography.Text strong>{system ? t('mod.room.system') : t('mod.room.sender', { name: m.sender.displayName, org: m.sender.orgName })}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {dateTime(m.createdAt)}
                  </Typography.Text>
                </Flex>
              }
              description={
                <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap', color: hidden ? '#8a94a6' : undefined }} delete={hidden} data-testid="mod-message-body">
                  {system && m.systemEvent ? t(`mod.system.${m.systemEvent.kind}`, { ...m.systemEvent.params, defaultValue: m.body }) : m.body}
                </Typography.Paragraph>
              }
            />
          </List.Item>
        );
      }}
    />
  );
}

function RoomDetail({ room }: { room: ConsoleRoomDetailDto }) {
  const { t } = useConsoleT();
  const { message, modal } = App.useApp();
  const [action, setAction] = useState<Action>(null);
  const transcript = useTranscript(room.id, room.transcriptAvailable);
  const close = useCloseRoom(room.id);
  const hide = useHideMessage(room.id);
  const mute = useMuteUser(room.id);
  const unmute = useUnmuteUser(room.id);
  const resolve = useResolveReport(room.id);
  const closed = room.status === 'closed';
  const muted = new Set(room.mutedUsers.map((u) => u.userId));
  const candidates = sendersOf(transcript.data ?? []).filter((u) => !muted.has(u.userId));

  const confirmUnmute = (u: ConsoleRoomDetailDto['mutedUsers'][number]) =>
    modal.confirm({
      title: t('mod.room.unmuteTitle', { name: u.displayName }),
      content: t('mod.room.unmuteConfirm'),
      okText: t('mod.room.unmute'),
      cancelText: t('mod.cancel'),
      okButtonProps: { 'data-testid': 'mod-unmute-ok' } as never,
      onOk: async () => {
        try {
          await unmute.mutateAsync(u.userId);
          void message.success(t('mod.room.unmuted', { name: u.displayName }));
        } catch (e) {
          void message.error(isApiError(e) ? e.message : t('mod.actionFailed'));
        }
      },
    });

  const muteDisabledReason = closed ? t('mod.room.closedNoActions') : !room.transcriptAvailable ? t('mod.room.muteNeedsTranscript') : candidates.length === 0 ? t('mod.room.muteNobody') : null;

  return (
    <Flex vertical gap={16} data-testid="console-room-page" data-room-id={room.id} data-status={room.status}>
      <Link to={paths.rooms()} data-testid="mod-room-back">
        {t('mod.room.back')}
      </Link>
      <Card
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="mod-room-title">{room.title}</span>
            <RoomStatusTag status={room.status} />
          </Flex>
        }
        extra={
          <Flex gap={8} wrap>
            <Tooltip title={muteDisabledReason}>
              <Button disabled={!!muteDisabledReason} onClick={() => setAction({ kind: 'mute' })} data-testid="mod-mute-open">
                {t('mod.room.mute')}
              </Button>
            </Tooltip>
            <Tooltip title={closed ? t('mod.room.alreadyClosed') : null}>
              <Button danger disabled={closed} onClick={() => setAction({ kind: 'close' })} data-testid="mod-close-open">
                {t('mod.room.close')}
              </Button>
            </Tooltip>
          </Flex>
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('mod.room.kind')}>{t(`mod.kind.${room.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('mod.room.parties')}>
            <Flex gap={4} wrap data-testid="mod-room-parties">
              {room.parties.map((p) => (
                <Tag key={p.organization.id}>{p.role ? t('mod.room.partyRole', { name: p.organization.name, role: p.role }) : p.organization.name}</Tag>
              ))}
            </Flex>
          </Descriptions.Item>
          <Descriptions.Item label={t('mod.room.created')}>{dateTime(room.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('mod.room.lastActivity')}>
            {relativeTime(room.lastActivityAt, t)}
            {t('mod.room.messageCount', { count: room.messageCount })}
          </Descriptions.Item>
          <Descriptions.Item label={t('mod.room.intent')}>
            <IntentTag intent={room.intent} />
          </Descriptions.Item>
          <Descriptions.Item label={t('mod.room.reports')}>
            <ReportBadge count={room.reports} />
          </Descriptions.Item>
        </Descriptions>
      </Card>

      {room.reportsList.length > 0 ? (
        <Card title={t('mod.room.reportsTitle', { count: room.reportsList.length })} size="small">
          <List
            data-testid="mod-reports-list"
            dataSource={room.reportsList}
            renderItem={(r) => (
              <List.Item
                data-testid="mod-report"
                data-resolved={r.resolvedAt ? 'true' : 'false'}
                actions={[
                  r.resolvedAt ? (
                    <Tag key="done" color="green">
                      {t('mod.room.reportResolved', { at: dateTime(r.resolvedAt) })}
                    </Tag>
                  ) : (
                    <Button
                      key="resolve"
                      size="small"
                      loading={resolve.isPending && resolve.variables === r.id}
                      onClick={() =>
                        resolve.mutate(r.id, {
                          onSuccess: () => void message.success(t('mod.room.reportResolvedDone')),
                          onError: (e) => void message.error(isApiError(e) ? e.message : t('mod.actionFailed')),
                        })
                      }
                      data-testid="mod-report-resolve"
                    >
                      {t('mod.room.resolveReport')}
                    </Button>
                  ),
                ]}
              >
                <List.Item.Meta
                  title={t('mod.room.reportBy', { name: r.reporter.displayName, org: r.reporter.orgName, at: dateTime(r.createdAt) })}
                  description={<span data-testid="mod-report-reason">{r.reason}</span>}
                />
              </List.Item>
            )}
          />
        </Card>
      ) : null}

      {room.mutedUsers.length > 0 ? (
        <Card title={t('mod.room.mutedTitle')} size="small">
          <List
            dataSource={room.mutedUsers}
            renderItem={(u) => (
              <List.Item
                data-testid="mod-muted-user"
                data-user-id={u.userId}
                actions={[
                  <Button key="unmute" size="small" onClick={() => confirmUnmute(u)} data-testid="mod-unmute">
                    {t('mod.room.unmute')}
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={t('mod.room.sender', { name: u.displayName, org: u.orgName })}
                  description={t('mod.room.mutedLine', { reason: u.reason, until: u.until ? dateTime(u.until) : t('mod.room.untilUnmuted') })}
                />
              </List.Item>
            )}
          />
        </Card>
      ) : null}

      <Card title={t('mod.room.transcript')} size="small">
        <Transcript room={room} onHide={(m) => setAction({ kind: 'hide', message: m })} onMute={(userId) => setAction({ kind: 'mute', userId })} />
      </Card>

      <Card title={t('mod.room.timeline')} size="small">
        {room.timeline.length === 0 ? (
          <EmptyState title={t('mod.room.timelineEmpty')} />
        ) : (
          <Timeline
            data-testid="mod-timeline"
            items={room.timeline.map((e, i) => ({
              key: `${e.at}-${i}`,
              color: e.kind === 'reported' || e.kind === 'closed' ? 'red' : e.kind === 'intent_signed' ? 'green' : 'blue',
              content: (
                <Flex vertical gap={2} data-testid="mod-timeline-item" data-kind={e.kind}>
                  <Typography.Text>
                    {t(`mod.timeline.${e.kind}`)}
                    {e.actor ? t('mod.room.byActor', { actor: e.actor }) : null}
                  </Typography.Text>
                  {e.detail ? <Typography.Text type="secondary">{e.detail}</Typography.Text> : null}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {dateTime(e.at)}
                  </Typography.Text>
                </Flex>
              ),
            }))}
          />
        )}
      </Card>

      <ReasonModal<object>
        open={action?.kind === 'close'}
        title={t('mod.room.closeTitle')}
        description={t('mod.room.closeHint')}
        okText={t('mod.room.close')}
        danger
        testId="mod-close-modal"
        onClose={() => setAction(null)}
        onSubmit={async ({ reason }) => {
          await close.mutateAsync(reason);
          void message.success(t('mod.room.closedDone'));
        }}
      />
      <ReasonModal<object>
        open={action?.kind === 'hide'}
        title={t('mod.room.hideTitle')}
        description={
          action?.kind === 'hide' ? (
            <Flex vertical gap={8}>
              <Typography.Text type="secondary">{t('mod.room.hideHint')}</Typography.Text>
              <Typography.Paragraph style={{ background: '#f5f6f8', padding: 8, borderRadius: 6, marginBottom: 0 }} ellipsis={{ rows: 3 }}>
                {action.message.body}
              </Typography.Paragraph>
            </Flex>
          ) : null
        }
        okText={t('mod.room.hide')}
        danger
        testId="mod-hide-modal"
        onClose={() => setAction(null)}
        onSubmit={async ({ reason }) => {
          if (action?.kind !== 'hide') return;
          await hide.mutateAsync({ messageId: action.message.id, reason });
          void message.success(t('mod.room.hiddenDone'));
        }}
      />
      <ReasonModal<{ userId: string; minutes: number }>
        open={action?.kind === 'mute'}
        title={t('mod.room.muteTitle')}
        description={t('mod.room.muteHint')}
        okText={t('mod.room.mute')}
        danger
        testId="mod-mute-modal"
        initialValues={{ userId: action?.kind === 'mute' ? action.userId : undefined, minutes: 0 }}
        onClose={() => setAction(null)}
        onSubmit={async ({ userId, minutes, reason }) => {
          await mute.mutateAsync({ userId, reason, ...(minutes > 0 ? { minutes } : {}) });
          void message.success(t('mod.room.mutedDone'));
        }}
      >
        <Form.Item name="userId" label={t('mod.room.muteWho')} rules={[{ required: true, message: t('mod.room.muteWhoRequired') }]}>
          <Select
            options={candidates.map((u) => ({ value: u.userId, label: t('mod.room.sender', { name: u.displayName, org: u.orgName }) }))}
            placeholder={t('mod.room.muteWhoPlaceholder')}
            data-testid="mod-mute-user"
          />
        </Form.Item>
        <Form.Item name="minutes" label={t('mod.room.muteFor')}>
          <Select options={MUTE_MINUTES.map((m) => ({ value: m, label: t(`mod.room.muteMinutes.${m}`) }))} data-testid="mod-mute-minutes" />
        </Form.Item>
      </ReasonModal>
    </Flex>
  );
}

function RoomPageBody() {
  const { t } = useConsoleT();
  const { roomId = '' } = useParams();
  const room = useConsoleRoom(roomId);
  if (room.isPending) return <LoadingState />;
  if (room.isError)
    return (
      <ErrorState
        error={room.error}
        onRetry={() => void room.refetch()}
        extra={
          <Link to={paths.rooms()}>
            <Button>{t('mod.room.back')}</Button>
          </Link>
        }
      />
    );
  return <RoomDetail room={room.data} />;
}

export function RoomPage() {
  return <ConsoleFrame>{(_expo: ExpoDto) => <RoomPageBody />}</ConsoleFrame>;
}
