import { useMemo, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { Badge, Button, Calendar, Card, Empty, Flex, Typography, theme } from 'antd';
import type { MeetingDto } from '@yiqia/contracts';
import { LeftOutlined, RightOutlined, ScheduleOutlined } from './icons.js';
import { agendaByDay } from './meeting-form.js';
import { useMeetingFormat } from './use-meeting-format.js';

/** Accepted meetings on a small month calendar (a dot on busy days) and the agenda of the chosen day. */
export function MeetingAgenda({ meetings }: { meetings: MeetingDto[] }) {
  const f = useMeetingFormat();
  const { t } = f;
  const { token } = theme.useToken();
  const days = useMemo(() => agendaByDay(meetings, f.dayKey), [meetings, f.dayKey]);
  const byDay = useMemo(() => new Map(days), [days]);
  const today = dayjs().format('YYYY-MM-DD');
  const firstUpcoming = days.find(([d]) => d >= today)?.[0] ?? days[days.length - 1]?.[0] ?? today;
  const [picked, setPicked] = useState<string | null>(null);
  const selected = picked ?? firstUpcoming;
  const list = byDay.get(selected) ?? [];

  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center">
          <ScheduleOutlined style={{ color: token.colorPrimary }} />
          {t('schedule.agenda')}
        </Flex>
      }
      data-testid="schedule-agenda"
    >
      <Calendar
        fullscreen={false}
        value={dayjs(selected)}
        onSelect={(d: Dayjs) => setPicked(d.format('YYYY-MM-DD'))}
        headerRender={({ value, onChange }) => (
          <Flex justify="space-between" align="center" style={{ padding: '4px 4px 8px' }}>
            <Button size="small" type="text" icon={<LeftOutlined />} aria-label={t('schedule.prevMonth')} onClick={() => onChange(value.subtract(1, 'month'))} />
            <Typography.Text strong data-testid="agenda-month">
              {f.month(value.valueOf())}
            </Typography.Text>
            <Button size="small" type="text" icon={<RightOutlined />} aria-label={t('schedule.nextMonth')} onClick={() => onChange(value.add(1, 'month'))} />
          </Flex>
        )}
        cellRender={(d: Dayjs, info) => {
          if (info.type !== 'date') return null;
          const n = byDay.get(d.format('YYYY-MM-DD'))?.length ?? 0;
          return n ? (
            <div style={{ position: 'relative' }} data-testid="agenda-busy-day" data-day={d.format('YYYY-MM-DD')}>
              <span style={{ position: 'absolute', left: '50%', bottom: -4, transform: 'translateX(-50%)', width: 5, height: 5, borderRadius: '50%', background: token.colorSuccess }} />
            </div>
          ) : null;
        }}
      />
      <div style={{ borderTop: `1px solid ${token.colorSplit}`, marginTop: 8, paddingTop: 12 }} data-testid="agenda-day" data-day={selected}>
        <Typography.Text strong>{f.fullDay(`${selected}T12:00:00`)}</Typography.Text>
        {list.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={days.length ? t('schedule.agendaFree') : t('schedule.agendaEmpty')} style={{ margin: '12px 0 4px' }} />
        ) : (
          <Flex vertical gap={10} style={{ marginTop: 10 }}>
            {list.map((m) => (
              <Flex key={m.id} gap={10} align="flex-start" data-testid="agenda-item" data-meeting-id={m.id}>
                <Badge color={token.colorSuccess} />
                <div style={{ minWidth: 0 }}>
                  <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {t('meeting.timeRange', { start: f.time(m.acceptedSlot?.startsAt ?? ''), end: f.time(m.acceptedSlot?.endsAt ?? '') })}
                  </Typography.Text>
                  <div>
                    <Typography.Text>{m.topic}</Typography.Text>
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {(m.direction === 'incoming' ? m.requester : m.invitee).orgName}
                  </Typography.Text>
                </div>
              </Flex>
            ))}
          </Flex>
        )}
      </div>
    </Card>
  );
}
