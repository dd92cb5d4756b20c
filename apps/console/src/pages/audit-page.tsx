import type { AuditEntryDto, ExpoDto } from '@yiqia/contracts';
import { EmptyState, ErrorState } from '@yiqia/web-ui';
import { Button, Card, DatePicker, Flex, Input, Select, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ConsoleFrame } from '../components/console-frame.js';
import { MOD_PAGE_SIZE, useAudit } from '../data/moderation.js';
import { useConsoleT } from '../i18n/index.js';
import { auditFacts } from '../lib/mod-audit.js';
import { AUDIT_ACTIONS, auditFiltersToSearch, auditQueryOf, dateTime, parseAuditFilters, uuidIn, type AuditUrlFilters } from '../lib/mod-format.js';
import { paths } from '../paths.js';

const ACTION_COLOR: Partial<Record<AuditEntryDto['action'], string>> = {
  'message.hide': 'orange',
  'user.mute': 'volcano',
  'user.unmute': 'cyan',
  'room.close': 'red',
  'room.transcript_read': 'purple',
  'introduction.create': 'green',
  'announcement.send': 'blue',
  'booth.approve': 'green',
  'booth.reject': 'magenta',
};

function AuditPageBody({ expo }: { expo: ExpoDto }) {
  const { t } = useConsoleT();
  const [sp, setSp] = useSearchParams();
  const f = parseAuditFilters(sp);
  const audit = useAudit(auditQueryOf(f));
  const [target, setTarget] = useState(f.targetId ?? '');
  const [targetError, setTargetError] = useState(false);
  useEffect(() => setTarget(f.targetId ?? ''), [f.targetId]);
  const filtered = !!(f.action || f.actorId || f.targetId || f.fromDay || f.toDay);
  const apply = (patch: Partial<AuditUrlFilters>) => setSp(auditFiltersToSearch({ ...f, page: 1, ...patch }), { replace: true });
  const actorName = audit.data?.items.find((e) => e.actor.userId === f.actorId)?.actor.displayName;

  const columns: TableColumnsType<AuditEntryDto> = [
    { key: 'at', title: t('mod.audit.col.at'), width: 150, render: (_, e) => dateTime(e.createdAt) },
    {
      key: 'actor',
      title: t('mod.audit.col.actor'),
      width: 140,
      render: (_, e) => (
        <Tooltip title={t('mod.audit.filterByActor')}>
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => apply({ actorId: e.actor.userId })} data-testid="mod-audit-actor">
            {e.actor.displayName}
          </Button>
        </Tooltip>
      ),
    },
    {
      key: 'action',
      title: t('mod.audit.col.action'),
      width: 150,
      render: (_, e) => (
        <Tag color={ACTION_COLOR[e.action]} data-testid="mod-audit-action" data-action={e.action}>
          {t(`mod.action.${e.action}`, { defaultValue: e.action })}
        </Tag>
      ),
    },
    {
      key: 'target',
      title: t('mod.audit.col.target'),
      render: (_, e) => {
        const facts = auditFacts(e, t);
        return (
          <Flex vertical gap={2}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`mod.audit.targetType.${e.targetType}`, { defaultValue: e.targetType })}
            </Typography.Text>
            {facts.length > 0 ? <Typography.Text data-testid="mod-audit-facts">{facts.join(t('mod.audit.factSeparator'))}</Typography.Text> : null}
            {e.targetId ? (
              <Flex gap={8}>
                {e.targetType === 'room' ? <Link to={paths.room(e.targetId)}>{t('mod.audit.openRoom')}</Link> : null}
                <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => apply({ targetId: e.targetId ?? undefined })}>
                  {t('mod.audit.filterByTarget')}
                </Button>
              </Flex>
            ) : null}
          </Flex>
        );
      },
    },
    {
      key: 'reason',
      title: t('mod.audit.col.reason'),
      render: (_, e) => (e.reason ? <span data-testid="mod-audit-reason">{e.reason}</span> : <Typography.Text type="secondary">{t('mod.audit.noReason')}</Typography.Text>),
    },
  ];

  return (
    <Flex vertical gap={16} data-testid="console-audit-page" data-expo-id={expo.id}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('mod.audit.intro')}
      </Typography.Paragraph>
      <Card size="small" data-testid="mod-audit-filters">
        <Flex gap={12} wrap align="center">
          <Select
            style={{ width: 180 }}
            value={f.action ?? 'all'}
            onChange={(v: string) => apply({ action: AUDIT_ACTIONS.find((a) => a === v) })}
            options={[{ value: 'all', label: t('mod.audit.allActions') }, ...AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`mod.action.${a}`) }))]}
            aria-label={t('mod.audit.col.action')}
            data-testid="mod-audit-action-filter"
          />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            value={[f.fromDay ? dayjs(f.fromDay) : null, f.toDay ? dayjs(f.toDay) : null]}
            onChange={(range) => apply({ fromDay: range?.[0]?.format('YYYY-MM-DD'), toDay: range?.[1]?.format('YYYY-MM-DD') })}
            placeholder={[t('mod.audit.from'), t('mod.audit.to')]}
            data-testid="mod-audit-dates"
          />
          <Flex vertical>
            <Input.Search
              style={{ width: 300 }}
              allowClear
              value={target}
              status={targetError ? 'error' : undefined}
              onChange={(e) => {
                setTarget(e.target.value);
                setTargetError(false);
              }}
              onSearch={(v) => {
                if (!v.trim()) return apply({ targetId: undefined });
                const id = uuidIn(v);
                if (!id) return setTargetError(true);
                apply({ targetId: id });
              }}
              placeholder={t('mod.audit.targetPlaceholder')}
              data-testid="mod-audit-target"
            />
            {targetError ? (
              <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="mod-audit-target-error">
                {t('mod.audit.targetInvalid')}
              </Typography.Text>
            ) : null}
          </Flex>
          {f.actorId ? (
            <Tag closable onClose={() => apply({ actorId: undefined })} data-testid="mod-audit-actor-filter">
              {t('mod.audit.actorFilter', { name: actorName ?? f.actorId.slice(0, 8) })}
            </Tag>
          ) : null}
          {filtered ? (
            <Button type="link" onClick={() => setSp(new URLSearchParams(), { replace: true })} data-testid="mod-audit-clear">
              {t('mod.clearFilters')}
            </Button>
          ) : null}
        </Flex>
      </Card>
      {audit.isError ? (
        <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <Table<AuditEntryDto>
          rowKey="id"
          columns={columns}
          dataSource={audit.data?.items ?? []}
          loading={audit.isPending || audit.isPlaceholderData}
          scroll={{ x: 900 }}
          onRow={(e) => ({ 'data-testid': 'mod-audit-row', 'data-action': e.action }) as never}
          pagination={{
            current: f.page,
            pageSize: MOD_PAGE_SIZE,
            total: audit.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('mod.total', { count: total }),
            onChange: (page) => setSp(auditFiltersToSearch({ ...f, page }), { replace: true }),
          }}
          locale={{
            emptyText: audit.isPending ? ' ' : (
              <EmptyState
                title={filtered ? t('mod.audit.emptyFiltered') : t('mod.audit.empty')}
                description={filtered ? t('mod.audit.emptyFilteredHint') : t('mod.audit.emptyHint')}
                action={filtered ? <Button onClick={() => setSp(new URLSearchParams(), { replace: true })}>{t('mod.clearFilters')}</Button> : null}
                data-testid="mod-audit-empty"
              />
            ),
          }}
        />
      )}
    </Flex>
  );
}

export function AuditPage() {
  return <ConsoleFrame>{(expo) => <AuditPageBody expo={expo} />}</ConsoleFrame>;
}
