import { Button, Flex, Spin, Typography } from 'antd';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { MessageDto } from '@yiqia/contracts';
import type { RoomChannelState } from '@yiqia/web-data';
import { useNegotiateT } from '../../i18n/index.js';
import { dayKey, dayLabel } from './format.js';
import { ArrowDownOutlined } from './icons.js';
import { DayDivider, MessageItem, OutgoingItem, SystemItem } from './message-items.js';

/** How close to the bottom counts as "at the bottom" (px). */
const BOTTOM_SLACK = 80;
/** Load the previous page when scrolled this close to the top (px). */
const TOP_SLACK = 160;
/** Messages of one sender closer than this are one run (one name and avatar). */
const RUN_GAP_MS = 5 * 60_000;

/** Two consecutive text messages of one sender a short while apart (one name, one time). */
function sameRun(a: MessageDto | undefined, b: MessageDto): boolean {
  return (
    !!a &&
    a.type === 'text' &&
    b.type === 'text' &&
    a.sender.userId === b.sender.userId &&
    new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime() < RUN_GAP_MS &&
    dayKey(a.createdAt) === dayKey(b.createdAt)
  );
}

export interface MessageListProps {
  state: RoomChannelState;
  myUserId: string | null;
  /** seq → "已读" label (and who read it) under my organisation's message the others last read. */
  readLabels: Map<number, { text: string; names: string }>;
  /** A message to bring into view and highlight (search results); `nonce` repeats the same one. */
  focus: { seq: number; nonce: number } | null;
  loadOlder: () => Promise<number>;
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
  /** Called with the last shown seq while the bottom of the list is visible (mark as read). */
  onSeenBottom: (seq: number) => void;
  footer?: ReactNode;
}

/**
 * The room's messages: grouped by day, own messages on the right, system notes centred, my pending
 * messages last. Stays at the bottom when it was there (or when I send); otherwise offers "new messages".
 * Scrolling to the top loads the previous page and keeps what was on screen in place.
 */
export function MessageList({ state, myUserId, readLabels, focus, loadOlder, onRetry, onDiscard, onSeenBottom, footer }: MessageListProps) {
  const { t, lang } = useNegotiateT();
  const ref = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const [showJump, setShowJump] = useState(false);
  const [highlight, setHighlight] = useState<number | null>(null);
  const { messages, outgoing, hasOlder, loadingOlder, anchored } = state;
  const first = messages[0]?.seq ?? null;
  const last = messages.at(-1)?.seq ?? 0;

  // Where the list was before this render (to keep the view still when older messages are prepended).
  const prev = useRef<{ first: number | null; height: number; last: number; outgoing: number }>({ first: null, height: 0, last: 0, outgoing: 0 });

  const scrollToBottom = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    el.scrollTop = el.scrollHeight;
    atBottom.current = true;
    setShowJump(false);
  }, []);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const p = prev.current;
    if (p.first !== null && first !== null && first < p.first) {
      // Older page prepended: keep the same messages under the reader's eyes.
      el.scrollTop += el.scrollHeight - p.height;
    } else if (p.first === null && first !== null) {
      scrollToBottom();
    } else if (last > p.last || outgoing.length > p.outgoing) {
      const mineAdded = outgoing.length > p.outgoing || messages.slice(-(last - p.last)).some((m) => m.sender.userId === myUserId && m.type === 'text');
      if (atBottom.current || mineAdded) scrollToBottom();
      else setShowJump(true);
    }
    prev.current = { first, height: el.scrollHeight, last, outgoing: outgoing.length };
  });

  const checkTop = useCallback(() => {
    const el = ref.current;
    if (!el || !hasOlder || loadingOlder) return;
    if (el.scrollTop < TOP_SLACK) void loadOlder();
  }, [hasOlder, loadingOlder, loadOlder]);

  const seen = useCallback(() => {
    if (atBottom.current && last > 0 && document.visibilityState === 'visible') onSeenBottom(last);
  }, [last, onSeenBottom]);

  const onScroll = () => {
    const el = ref.current;
    if (!el) return;
    atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < BOTTOM_SLACK;
    if (atBottom.current) setShowJump(false);
    checkTop();
    seen();
  };

  // Mark read whenever new messages are shown at the bottom, and when the tab becomes visible.
  useEffect(() => {
    seen();
    const onVisible = () => seen();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [seen]);

  // A short first page may not fill the view: keep loading until it scrolls (or the start is reached).
  useEffect(() => {
    const el = ref.current;
    if (el && hasOlder && !loadingOlder && el.scrollHeight <= el.clientHeight + TOP_SLACK) void loadOlder();
  }, [hasOlder, loadingOlder, loadOlder, first]);

  // Jump to a message (search result), once per request, as soon as it is rendered.
  const handled = useRef(0);
  useEffect(() => {
    if (!focus || handled.current === focus.nonce) return;
    const el = ref.current?.querySelector<HTMLElement>(`[data-seq="${focus.seq}"]`);
    if (!el) return;
    handled.current = focus.nonce;
    // Scroll the list only (scrollIntoView would move the whole page too).
    const list = ref.current;
    if (list) list.scrollTop += el.getBoundingClientRect().top - list.getBoundingClientRect().top - list.clientHeight / 2 + el.offsetHeight / 2;
    atBottom.current = false;
    setHighlight(focus.seq);
  }, [focus, first]);
  useEffect(() => {
    if (highlight === null) return;
    const timer = setTimeout(() => setHighlight(null), 2400);
    return () => clearTimeout(timer);
  }, [highlight]);

  // Images change the height after loading: stay at the bottom if we were there.
  const onMediaLoad = () => {
    if (atBottom.current) scrollToBottom();
  };

  const items: ReactNode[] = [];
  let prevDay = '';
  messages.forEach((m, i) => {
    const day = dayKey(m.createdAt);
    const newDay = day !== prevDay;
    if (newDay) items.push(<DayDivider key={`d${day}`} label={dayLabel(m.createdAt, t, lang)} />);
    prevDay = day;
    if (m.type === 'system') {
      items.push(<SystemItem key={m.seq} message={m} highlighted={highlight === m.seq} />);
      return;
    }
    const run = sameRun(messages[i - 1], m);
    // Time (and ticks) once per run: under its last message.
    const after = messages[i + 1];
    const lastOfRun = !after || dayKey(after.createdAt) !== day || !sameRun(m, after);
    const mine = m.sender.userId === myUserId;
    items.push(
      <MessageItem
        key={m.seq}
        message={m}
        mine={mine}
        showSender={!run}
        highlighted={highlight === m.seq}
        readLabel={readLabels.get(m.seq) ?? null}
        showTick={mine}
        showMeta={lastOfRun || readLabels.has(m.seq) || highlight === m.seq}
      />,
    );
  });

  return (
    <div style={{ position: 'relative', flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
      <div
        ref={ref}
        onScroll={onScroll}
        onLoadCapture={onMediaLoad}
        style={{ flex: 1, minHeight: 0, overflowY: 'auto', padding: '8px 20px 12px', background: '#f5f7fa', overscrollBehavior: 'contain' }}
        data-testid="message-list"
        role="log"
        aria-live="polite"
        aria-relevant="additions"
      >
        <Flex justify="center" style={{ minHeight: 28, padding: '8px 0' }}>
          {loadingOlder ? (
            <Flex gap={8} align="center" data-testid="history-loading">
              <Spin size="small" />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('chat.loadingOlder')}
              </Typography.Text>
            </Flex>
          ) : anchored && !hasOlder && messages.length > 0 ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="history-start">
              {t('chat.beginning')}
            </Typography.Text>
          ) : null}
        </Flex>
        {anchored && messages.length === 0 && outgoing.length === 0 ? (
          <Flex justify="center" style={{ padding: '40px 0' }}>
            <Typography.Text type="secondary">{t('chat.empty')}</Typography.Text>
          </Flex>
        ) : null}
        {!anchored && state.status !== 'error' ? (
          <Flex justify="center" style={{ padding: '40px 0' }}>
            <Spin />
          </Flex>
        ) : null}
        {items}
        {outgoing.map((o) => (
          <OutgoingItem key={o.clientId} item={o} onRetry={() => onRetry(o.clientId)} onDiscard={() => onDiscard(o.clientId)} />
        ))}
        {footer}
      </div>
      {showJump ? (
        <Button
          shape="round"
          type="primary"
          icon={<ArrowDownOutlined />}
          onClick={scrollToBottom}
          style={{ position: 'absolute', bottom: 12, left: '50%', transform: 'translateX(-50%)', boxShadow: '0 4px 12px rgba(15,35,70,0.18)' }}
          data-testid="jump-to-new"
        >
          {t('chat.newMessages')}
        </Button>
      ) : null}
    </div>
  );
}
