import { Flex, Table, Tag, Typography } from 'antd';
import type { IntentDto, IntentVersionDto, RoomDto, RoomPartyDto } from '@yiqia/contracts';
import { OrgTypeTag } from '@yiqia/web-ui';
import { useNegotiateT } from '../../i18n/index.js';
import { CheckCircleFilled, ClockCircleOutlined } from './icons.js';
import { IntentSeal } from './intent-seal.js';
import { STATUS_COLORS } from './intent-form.js';
import { useIntentFormat } from './use-intent-format.js';

export const SERIF = "'Songti SC', 'STSong', 'Noto Serif CJK SC', 'Source Han Serif SC', 'SimSun', serif";

export function IntentStatusTag({ status }: { status: IntentVersionDto['status'] }) {
  const { t } = useNegotiateT();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="intent-status-tag" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`intent.status.${status}`)}
    </Tag>
  );
}

interface PartyRow {
  orgId: string;
  party: RoomPartyDto | undefined;
  role: string;
  commitments?: string;
  signature: IntentVersionDto['signatures'][number] | undefined;
}

/** One version laid out like the formal document: heading, parties with signatures, the terms. */
export function IntentVersionView({ room, intent, version }: { room: RoomDto; intent: IntentDto; version: IntentVersionDto }) {
  const f = useIntentFormat(room, intent);
  const { t } = f;
  const terms = version.terms;
  const rows: PartyRow[] = terms.parties.map((p) => ({
    orgId: p.organizationId,
    party: room.parties.find((r) => r.organization.id === p.organizationId),
    role: p.role,
    commitments: p.commitments,
    signature: version.signatures.find((s) => s.orgId === p.organizationId),
  }));

  const item = (key: string, label: string, value: React.ReactNode) => (
    <div key={key} style={{ display: 'grid', gridTemplateColumns: '112px 1fr', gap: 12, padding: '9px 0', borderBottom: '1px solid #f2ede4' }} data-testid={`intent-term-${key}`}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{value}</div>
    </div>
  );

  return (
    <article data-testid="intent-version-view" data-version={version.version} style={{ background: '#fffdf8', border: '1px solid #eee4d3', borderRadius: 8, padding: '28px 28px 20px', position: 'relative' }}>
      <header style={{ textAlign: 'center', marginBottom: 20 }}>
        <Typography.Text type="secondary" style={{ letterSpacing: 2, fontSize: 12 }}>
          {t('intent.docKicker', { version: version.version })}
        </Typography.Text>
        <Typography.Title level={3} style={{ fontFamily: SERIF, margin: '6px 0 8px', letterSpacing: 1 }} data-testid="intent-view-title">
          {terms.title}
        </Typography.Title>
        <Flex justify="center" gap={8} align="center" wrap>
          <IntentStatusTag status={version.status} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('intent.proposedLine', { org: f.orgName(version.proposedBy.orgId), name: version.proposedBy.displayName, time: f.dateTime(version.proposedAt) })}
          </Typography.Text>
        </Flex>
      </header>
      <Typography.Title level={5} style={{ fontFamily: SERIF }}>
        {t('intent.section.parties')}
      </Typography.Title>
      <div style={{ position: 'relative' }}>
      {version.status === 'signed' && (
        // The stamp sits over the signatures, as on the printed page.
        <div style={{ position: 'absolute', right: 12, bottom: -6, zIndex: 2, pointerEvents: 'none' }}>
          <IntentSeal size={96} version={version.version} />
        </div>
      )}
      <Table<PartyRow>
        size="small"
        pagination={false}
        rowKey="orgId"
        dataSource={rows}
        style={{ marginBottom: 20 }}
        onRow={(r) => ({ 'data-testid': 'intent-party-row', 'data-org': r.orgId }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'org',
            title: t('intent.columns.org'),
            render: (_, r) => (
              <Flex vertical gap={2}>
                <Typography.Text strong>{r.party?.organization.name ?? f.orgName(r.orgId)}</Typography.Text>
                {r.party && (
                  <span>
                    <OrgTypeTag type={r.party.organization.type} />
                  </span>
                )}
              </Flex>
            ),
          },
          { key: 'role', title: t('intent.columns.role'), width: 96, render: (_, r) => <Tag color="blue">{f.role(r.role)}</Tag> },
          {
            key: 'commitments',
            title: t('intent.columns.commitments'),
            render: (_, r) => <span style={{ whiteSpace: 'pre-wrap' }}>{r.commitments || <Typography.Text type="secondary">{t('intent.none')}</Typography.Text>}</span>,
          },
          {
            key: 'signature',
            title: t('intent.columns.signature'),
            width: 150,
            render: (_, r) =>
              r.signature ? (
                <Flex vertical data-testid="intent-party-signed">
                  <Typography.Text style={{ color: '#389e0d' }}>
                    <CheckCircleFilled /> {r.signature.displayName}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {f.dateTime(r.signature.signedAt)}
                  </Typography.Text>
                </Flex>
              ) : (
                <Typography.Text type="secondary" data-testid="intent-party-unsigned">
                  <ClockCircleOutlined /> {version.status === 'proposed' ? t('intent.awaitingSignature') : t('intent.notSigned')}
                </Typography.Text>
              ),
          },
        ]}
      />
      </div>

      <Typography.Title level={5} style={{ fontFamily: SERIF }}>
        {t('intent.section.terms')}
      </Typography.Title>
      <div>
        {item('fundingAmount', t('intent.fields.fundingAmount'), <span data-testid="intent-view-amount">{f.yuan(terms.fundingAmount)}</span>)}
        {item('goods', t('intent.fields.goods'), terms.goods || t('intent.none'))}
        {item('volunteers', t('intent.fields.volunteers'), terms.volunteers === null || terms.volunteers === undefined ? t('intent.none') : t('intent.people', { count: terms.volunteers }))}
        {item('venue', t('intent.fields.venue'), terms.venue || t('intent.none'))}
        {item('period', t('intent.fields.period'), f.period(terms.startsOn, terms.endsOn))}
        {item('deliverables', t('intent.fields.deliverables'), terms.deliverables || t('intent.none'))}
        {item('notes', t('intent.fields.notes'), terms.notes || t('intent.none'))}
      </div>
    </article>
  );
}
