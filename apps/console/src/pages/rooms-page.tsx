import type { ConsoleRoomDto, ExpoDto } from '@yiqia/contracts';
import { EmptyState, ErrorState } from '@yiqia/web-ui';
import { Button, Card, Checkbox, Flex, Input, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ConsoleFrame } from '../components/console-frame.js';
import { IntentTag, ReportBadge, RoomStatusTag } from '../components/moderation/room-tags.js';
import { MOD_PAGE_SIZE, useConsoleRooms, type RoomFilters } from '../data/moderation.js';
import { useConsoleT } from '../i18n/index.js';
import { ROOM_STATUSES, parseRoomFilters, relativeTime, roomFiltersToSearch } from '../lib/mod-format.js';
import { paths } from '../paths.js';

/** Re-render every 30 s so "3 minutes ago" stays true between refetches. */
function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

function RoomsPageBody({ expo }: { expo: ExpoDto }) {
  const { t } = useConsoleT();
  const [sp, setSp] = useSearchParams();
  const filters = parseRoomFilters(sp);
  const [text, setText] = useState(filters.q ?? '');
  useEffect(() => setText(filters.q ?? ''), [filters.q]);
  const now = useNow();
  const rooms = useConsoleRooms(expo.id, filters);
  const filtered = !!(filters.status || filters.reported !== undefined || filters.active !== undefined || filters.q);

  const apply = (patch: Partial<RoomFilters>) => setSp(roomFiltersToSearch({ ...filters, page: 1, ...patch }), { replace: true });

  const columns: TableColumnsType<ConsoleRoomDto> = [
    {
      key: 'title',
      title: t('mod.rooms.col.room'),
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Link to={paths.room(r.id)} data-testid="mod-room-link">
            {r.title}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`mod.kind.${r.kind}`)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'parties',
      title: t('mod.rooms.col.parties'),
      render: (_, r) => (
        <Flex gap={4} wrap>
          {r.parties.map((p) => (
            <Tag key={p.organization.id} style={{ marginInlineEnd: 0 }}>
              {p.organization.name}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'activity',
      title: t('mod.rooms.col.activity'),
      width: 130,
      render: (_, r) => (
        <Flex vertical gap={2}>
          <span data-testid="mod-room-activity">{relativeTime(r.lastActivityAt, t, now)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('mod.rooms.messages', { count: r.messageCount })}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'status', title: t('mod.rooms.col.status'), width: 100, render: (_, r) => <RoomStatusTag status={r.status} /> },
    { key: 'intent', title: t('mod.rooms.col.intent'), width: 150, render: (_, r) => <IntentTag intent={r.intent} /> },
    { key: 'reports', title: t('mod.rooms.col.reports'), width: 90, render: (_, r) => <ReportBadge count={r.reports} /> },
  ];

  return (
    <Flex vertical gap={16} data-testid="console-rooms-page" data-expo-id={expo.id}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('mod.rooms.intro')}
      </Typography.Paragraph>
      <Card size="small" data-testid="mod-rooms-filters">
        <Flex gap={12} wrap align="center">
          <Select
            style={{ width: 160 }}
            value={filters.status ?? 'all'}
            onChange={(v: string) => apply({ status: ROOM_STATUSES.find((x) => x === v) })}
            options={[{ value: 'all', label: t('mod.rooms.allStatuses') }, ...ROOM_STATUSES.map((s) => ({ value: s, label: t(`mod.status.${s}`) }))]}
            aria-label={t('mod.rooms.col.status')}
            data-testid="mod-rooms-status"
          />
          <Checkbox checked={filters.reported === true} onChange={(e) => apply({ reported: e.target.checked ? true : undefined })} data-testid="mod-rooms-reported">
            {t('mod.rooms.onlyReported')}
          </Checkbox>
          <Checkbox checked={filters.active === true} onChange={(e) => apply({ active: e.target.checked ? true : undefined })} data-testid="mod-rooms-active">
            {t('mod.rooms.onlyActive')}
          </Checkbox>
          <Input.Search
            style={{ width: 280 }}
            allowClear
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(v) => apply({ q: v.trim() || undefined })}
            placeholder={t('mod.rooms.searchPlaceholder')}
            maxLength={100}
            data-testid="mod-rooms-search"
          />
          {filtered ? (
            <Button type="link" onClick={() => setSp(new URLSearchParams(), { replace: true })} data-testid="mod-rooms-clear">
              {t('mod.clearFilters')}
            </Button>
          ) : null}
        </Flex>
      </Card>
      {rooms.isError ? (
        <ErrorState error={rooms.error} onRetry={() => void rooms.refetch()} />
      ) : (
        <Table<ConsoleRoomDto>
          rowKey="id"
          columns={columns}
          dataSource={rooms.data?.items ?? []}
          loading={rooms.isPending || rooms.isPlaceholderData}
          scroll={{ x: 900 }}
          onRow={(r) => ({ 'data-testid': 'mod-room-row', 'data-room-id': r.id, 'data-reports': r.reports }) as never}
          pagination={{
            current: filters.page,
            pageSize: MOD_PAGE_SIZE,
            total: rooms.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('mod.total', { count: total }),
            onChange: (page) => setSp(roomFiltersToSearch({ ...filters, page }), { replace: true }),
          }}
          locale={{
            emptyText: rooms.isPending ? ' ' : filtered ? (
              <EmptyState
                title={t('mod.rooms.emptyFiltered')}
                description={t('mod.rooms.emptyFilteredHint')}
                action={<Button onClick={() => setSp(new URLSearchParams(), { replace: true })}>{t('mod.clearFilters')}</Button>}
                data-testid="mod-rooms-empty"
              />
            ) : (
              <EmptyState
                title={t('mod.rooms.empty')}
                description={t('mod.rooms.emptyHint')}
                action={
                  <Link to={paths.broker()}>
                    <Button type="primary">{t('mod.rooms.toBroker')}</Button>
                  </Link>
                }
                data-testid="mod-rooms-empty"
              />
            ),
          }}
        />
      )}
    </Flex>
  );
}

export function RoomsPage() {
  return <ConsoleFrame>{(expo) => <RoomsPageBody expo={expo} />}</ConsoleFrame>;
}
