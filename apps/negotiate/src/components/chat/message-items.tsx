import { Avatar, Button, Flex, Tooltip, Typography } from 'antd';
import type { CSSProperties } from 'react';
import type { MessageDto } from '@yiqia/contracts';
import type { OutgoingMessage } from '@yiqia/web-data';
import { useNegotiateT } from '../../i18n/index.js';
import { Attachments } from './attachments.js';
import { systemText, timeLabel, visibleBody } from './format.js';
import { CheckOutlined, ClockCircleOutlined, ExclamationCircleFilled } from './icons.js';
import { orgColor, orgInitial } from './org-color.js';

const MINE_BG = '#1f5fa8';

const bubbleBase: CSSProperties = {
  padding: '8px 12px',
  maxWidth: '100%',
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
  wordBreak: 'break-word',
  lineHeight: 1.6,
  fontSize: 14,
  boxShadow: '0 1px 2px rgba(15, 35, 70, 0.06)',
};

function bubbleStyle(mine: boolean, highlighted: boolean, pending = false): CSSProperties {
  return {
    ...bubbleBase,
    background: mine ? MINE_BG : '#ffffff',
    color: mine ? '#ffffff' : '#1f2329',
    border: mine ? 'none' : '1px solid #e5e8ef',
    borderRadius: mine ? '14px 14px 4px 14px' : '14px 14px 14px 4px',
    opacity: pending ? 0.75 : 1,
    outline: highlighted ? '3px solid #ffd666' : 'none',
    outlineOffset: 2,
    transition: 'outline-color 0.3s',
  };
}

/** A centred note of something that happened in the room (created, invited, closed, intent…). */
export function SystemItem({ message, highlighted }: { message: MessageDto; highlighted: boolean }) {
  const { t } = useNegotiateT();
  return (
    <Flex justify="center" style={{ padding: '6px 0' }} data-testid="system-message" data-seq={message.seq}>
      <Typography.Text
        type="secondary"
        style={{
          fontSize: 12,
          background: highlighted ? '#fff7d6' : 'rgba(15, 35, 70, 0.05)',
          padding: '3px 12px',
          borderRadius: 999,
          textAlign: 'center',
          maxWidth: '86%',
        }}
      >
        {systemText(message, t)} · {timeLabel(message.createdAt)}
      </Typography.Text>
    </Flex>
  );
}

export interface MessageItemProps {
  message: MessageDto;
  mine: boolean;
  /** First of a run from the same sender: shows name and avatar. */
  showSender: boolean;
  highlighted: boolean;
  /** "已读" / "全部已读" / "2 家机构已读" under this message, with the names of who read it. */
  readLabel: { text: string; names: string } | null;
  /** Show the "sent" tick (my messages). */
  showTick: boolean;
  /** Time, tick and read label under the bubble (the last message of a run). */
  showMeta: boolean;
}

export function MessageItem({ message, mine, showSender, highlighted, readLabel, showTick, showMeta }: MessageItemProps) {
  const { t } = useNegotiateT();
  const body = visibleBody(message);
  const name = message.sender.displayName || t('chat.unknownSender');
  const avatar = (
    <Avatar size={34} style={{ background: orgColor(message.sender.orgId), flex: 'none', fontSize: 14 }} aria-hidden>
      {orgInitial(message.sender.orgName || name)}
    </Avatar>
  );
  return (
    <Flex
      justify={mine ? 'flex-end' : 'flex-start'}
      gap={8}
      style={{ padding: showSender ? '10px 0 2px' : '2px 0' }}
      data-testid="message"
      data-seq={message.seq}
      data-mine={mine ? 'true' : 'false'}
      data-client-id={message.clientId}
    >
      {!mine ? showSender ? avatar : <span style={{ width: 34, flex: 'none' }} /> : null}
      <Flex vertical align={mine ? 'flex-end' : 'flex-start'} gap={4} style={{ maxWidth: 'min(72%, 560px)', minWidth: 0 }}>
        {showSender && !mine ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="message-sender">
            {t('chat.sender', { name, org: message.sender.orgName })}
          </Typography.Text>
        ) : null}
        {message.hidden ? (
          // Hidden by an organizer (console moderation): the server sends no body; say so instead.
          <div style={{ ...bubbleStyle(false, highlighted), background: '#f5f6f8', color: '#8a94a6', fontStyle: 'italic' }} data-testid="message-hidden">
            {t('mod.hidden')}
          </div>
        ) : body ? (
          <div style={bubbleStyle(mine, highlighted)} data-testid="message-body">
            {body}
          </div>
        ) : null}
        <Attachments attachments={message.attachments} mine={mine} />
        <Flex gap={6} align="center" style={{ fontSize: 11, color: '#8a94a6', display: showMeta ? 'flex' : 'none' }}>
          <span>{timeLabel(message.createdAt)}</span>
          {mine && showTick ? (
            <Tooltip title={t('chat.sent')}>
              <CheckOutlined aria-label={t('chat.sent')} data-testid="message-sent" />
            </Tooltip>
          ) : null}
          {readLabel ? (
            <Tooltip title={readLabel.names}>
              <span style={{ color: '#2f8a4c' }} data-testid="read-marker" data-readers={readLabel.names}>
                {readLabel.text}
              </span>
            </Tooltip>
          ) : null}
        </Flex>
      </Flex>
    </Flex>
  );
}

/** A message of mine on its way (clock), waiting for the network, or refused (retry / delete). */
export function OutgoingItem({ item, onRetry, onDiscard }: { item: OutgoingMessage; onRetry: () => void; onDiscard: () => void }) {
  const { t } = useNegotiateT();
  const body = visibleBody(item);
  const failed = item.state === 'failed';
  return (
    <Flex justify="flex-end" style={{ padding: '2px 0' }} data-testid="outgoing-message" data-state={item.state} data-client-id={item.clientId}>
      <Flex vertical align="flex-end" gap={4} style={{ maxWidth: 'min(72%, 560px)', minWidth: 0 }}>
        {body ? <div style={bubbleStyle(true, false, true)}>{body}</div> : null}
        <Attachments attachments={item.attachments} mine />
        <Flex gap={6} align="center" style={{ fontSize: 11, color: failed ? '#c2302b' : '#8a94a6' }}>
          {failed ? (
            <>
              <ExclamationCircleFilled />
              <span data-testid="outgoing-failed">{item.error?.message ?? t('chat.failed')}</span>
              <Button size="small" type="link" onClick={onRetry} style={{ padding: 0, height: 'auto', fontSize: 12 }} data-testid="outgoing-retry">
                {t('chat.retry')}
              </Button>
              <Button size="small" type="link" danger onClick={onDiscard} style={{ padding: 0, height: 'auto', fontSize: 12 }} data-testid="outgoing-discard">
                {t('chat.discard')}
              </Button>
            </>
          ) : (
            <>
              <ClockCircleOutlined aria-label={t('chat.sending')} data-testid="outgoing-clock" />
              <span>{item.state === 'waiting' ? t('chat.waiting') : t('chat.sending')}</span>
            </>
          )}
        </Flex>
      </Flex>
    </Flex>
  );
}

/** 今天 / 昨天 / 11月20日 星期五 between days. */
export function DayDivider({ label }: { label: string }) {
  return (
    <Flex align="center" gap={12} style={{ margin: '14px 0 6px' }} data-testid="day-divider">
      <div style={{ flex: 1, height: 1, background: '#e5e8ef' }} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <div style={{ flex: 1, height: 1, background: '#e5e8ef' }} />
    </Flex>
  );
}
