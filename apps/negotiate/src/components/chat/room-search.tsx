import { Drawer, Empty, Flex, Input, List, Spin, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { MessageDto } from '@yiqia/contracts';
import { useRoomSearch } from '../../data/rooms.js';
import { useNegotiateT } from '../../i18n/index.js';
import { dayLabel, systemText, timeLabel } from './format.js';

/** The text with every case-insensitive occurrence of `q` marked. */
function marked(text: string, q: string): ReactNode[] {
  const out: ReactNode[] = [];
  const lower = text.toLowerCase();
  const needle = q.toLowerCase();
  let at = 0;
  for (let i = lower.indexOf(needle); needle && i >= 0; i = lower.indexOf(needle, i + needle.length)) {
    if (i > at) out.push(text.slice(at, i));
    out.push(
      <mark key={i} style={{ background: '#ffe58f', padding: 0, borderRadius: 2 }}>
        {text.slice(i, i + needle.length)}
      </mark>,
    );
    at = i + needle.length;
  }
  out.push(text.slice(at));
  return out;
}

/** A window of the text around the first match (long messages). */
function around(text: string, q: string, width = 60): string {
  const i = text.toLowerCase().indexOf(q.toLowerCase());
  if (i < 0 || text.length <= width * 2) return text;
  const start = Math.max(0, i - width);
  return `${start > 0 ? '…' : ''}${text.slice(start, i + q.length + width)}${i + q.length + width < text.length ? '…' : ''}`;
}

/**
 * Search within the room (GET /api/rooms/:id/messages?q=): results newest first; choosing one loads
 * history back to it and highlights it in the conversation.
 */
export function RoomSearch({ roomId, open, onClose, onPick }: { roomId: string; open: boolean; onClose: () => void; onPick: (m: MessageDto) => void }) {
  const { t, lang } = useNegotiateT();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const search = useRoomSearch(roomId, q);
  const results = [...(search.data ?? [])].reverse();
  return (
    <Drawer title={t('chat.searchTitle')} open={open} onClose={onClose} size={400} data-testid="room-search" destroyOnHidden={false}>
      <Input.Search
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(v) => setQ(v.trim())}
        placeholder={t('chat.searchPlaceholder')}
        allowClear
        enterButton
        autoFocus
        maxLength={100}
        data-testid="room-search-input"
      />
      <div style={{ marginTop: 16 }}>
        {!q ? (
          <Typography.Text type="secondary">{t('chat.searchHint')}</Typography.Text>
        ) : search.isFetching && !search.data ? (
          <Flex justify="center" style={{ padding: 24 }}>
            <Spin />
          </Flex>
        ) : results.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('chat.searchEmpty', { q })} />
        ) : (
          <>
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="room-search-count">
              {t('chat.searchCount', { count: results.length })}
            </Typography.Text>
            <List
              dataSource={results}
              rowKey="id"
              renderItem={(m) => {
                const text = m.type === 'system' ? systemText(m, t) : m.body;
                return (
                  <List.Item
                    onClick={() => onPick(m)}
                    style={{ cursor: 'pointer', paddingInline: 8, borderRadius: 8 }}
                    className="yiqia-search-hit"
                    data-testid="room-search-result"
                    data-seq={m.seq}
                  >
                    <Flex vertical gap={2} style={{ width: '100%' }}>
                      <Flex justify="space-between" gap={8}>
                        <Typography.Text strong ellipsis style={{ fontSize: 13 }}>
                          {m.type === 'system' ? m.sender.orgName : t('chat.sender', { name: m.sender.displayName, org: m.sender.orgName })}
                        </Typography.Text>
                        <Typography.Text type="secondary" style={{ fontSize: 12, flex: 'none' }}>
                          {dayLabel(m.createdAt, t, lang)} {timeLabel(m.createdAt)}
                        </Typography.Text>
                      </Flex>
                      <Typography.Paragraph style={{ margin: 0, fontSize: 13 }} ellipsis={{ rows: 3 }}>
                        {marked(around(text, q), q)}
                      </Typography.Paragraph>
                    </Flex>
                  </List.Item>
                );
              }}
            />
          </>
        )}
      </div>
    </Drawer>
  );
}
