import { Table, Typography } from 'antd';
import type { IntentDto, IntentVersionDto, RoomDto } from '@yiqia/contracts';
import { ArrowRightOutlined } from './icons.js';
import { changeRows, type ChangeRow } from './intent-form.js';
import { useIntentFormat } from './use-intent-format.js';

const DEL: React.CSSProperties = { background: '#fff1f0', color: '#a8071a', textDecoration: 'line-through', textDecorationColor: 'rgba(168,7,26,0.45)', padding: '1px 4px', borderRadius: 4, whiteSpace: 'pre-wrap', wordBreak: 'break-word' };
const INS: React.CSSProperties = { background: '#f6ffed', color: '#135200', padding: '1px 4px', borderRadius: 4, whiteSpace: 'pre-wrap', wordBreak: 'break-word' };

/**
 * The differences of a version from the one before: one row per changed field, before → after;
 * parties by organisation (role, commitments, added, removed).
 */
export function IntentDiff({ room, intent, version, compact }: { room: RoomDto; intent: IntentDto; version: IntentVersionDto; compact?: boolean }) {
  const f = useIntentFormat(room, intent);
  const { t } = f;
  const rows = changeRows(version.changes);

  if (version.version === 1) {
    return (
      <Typography.Text type="secondary" data-testid="intent-diff-first">
        {t('intent.diff.first')}
      </Typography.Text>
    );
  }
  if (rows.length === 0) {
    return (
      <Typography.Text type="secondary" data-testid="intent-diff-none">
        {t('intent.diff.none')}
      </Typography.Text>
    );
  }

  const label = (r: ChangeRow) => {
    switch (r.kind) {
      case 'field':
        return t(`intent.fields.${r.field}`);
      case 'partyRole':
        return t('intent.diff.partyRole', { org: f.orgName(r.orgId) });
      case 'partyCommitments':
        return t('intent.diff.partyCommitments', { org: f.orgName(r.orgId) });
      case 'partyAdded':
        return t('intent.diff.partyAdded', { org: f.orgName(r.orgId) });
      case 'partyRemoved':
        return t('intent.diff.partyRemoved', { org: f.orgName(r.orgId) });
    }
  };
  const values = (r: ChangeRow): [string, string] => {
    switch (r.kind) {
      case 'field':
        return [f.fieldValue(r.field, r.before), f.fieldValue(r.field, r.after)];
      case 'partyRole':
        return [f.role(r.before), f.role(r.after)];
      case 'partyCommitments':
        return [r.before || t('intent.none'), r.after || t('intent.none')];
      case 'partyAdded':
        return [t('intent.none'), t('intent.diff.partyValue', { role: f.role(r.party.role), commitments: r.party.commitments || t('intent.none') })];
      case 'partyRemoved':
        return [t('intent.diff.partyValue', { role: f.role(r.party.role), commitments: r.party.commitments || t('intent.none') }), t('intent.none')];
    }
  };

  if (compact) {
    return (
      <div data-testid="intent-diff">
        {rows.map((r) => {
          const [before, after] = values(r);
          return (
            <div key={r.key} data-testid="intent-diff-row" data-field={r.key} style={{ padding: '6px 0', borderBottom: '1px dashed #f0f0f0' }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {label(r)}
              </Typography.Text>
              <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 6, marginTop: 2 }}>
                <span style={DEL} data-testid="intent-diff-before">
                  {before}
                </span>
                <ArrowRightOutlined style={{ color: '#8c8c8c', fontSize: 11 }} />
                <span style={INS} data-testid="intent-diff-after">
                  {after}
                </span>
              </div>
            </div>
          );
        })}
      </div>
    );
  }

  return (
    <Table<ChangeRow>
      data-testid="intent-diff"
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      onRow={(r) => ({ 'data-testid': 'intent-diff-row', 'data-field': r.key }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { key: 'field', title: t('intent.diff.field'), width: '24%', render: (_, r) => <Typography.Text strong>{label(r)}</Typography.Text> },
        {
          key: 'before',
          title: t('intent.diff.before'),
          render: (_, r) => (
            <span style={DEL} data-testid="intent-diff-before">
              {values(r)[0]}
            </span>
          ),
        },
        { key: 'arrow', width: 28, render: () => <ArrowRightOutlined style={{ color: '#8c8c8c' }} /> },
        {
          key: 'after',
          title: t('intent.diff.after'),
          render: (_, r) => (
            <span style={INS} data-testid="intent-diff-after">
              {values(r)[1]}
            </span>
          ),
        },
      ]}
    />
  );
}
