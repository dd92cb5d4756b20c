import { useState } from 'react';
import { Alert, Button, Card, Flex, Skeleton, Tooltip, Typography, theme } from 'antd';
import type { IntentDto, IntentVersionDto, RoomDto } from '@yiqia/contracts';
import { ErrorState } from '@yiqia/web-ui';
import { useIntent } from '../../data/intents.js';
import { useNegotiateT } from '../../i18n/index.js';
import {
  AuditOutlined,
  CheckCircleFilled,
  ClockCircleOutlined,
  EditOutlined,
  FileProtectOutlined,
  HistoryOutlined,
  LockOutlined,
  PrinterOutlined,
  RollbackOutlined,
  SafetyCertificateOutlined,
  StopOutlined,
} from './icons.js';
import { useIntentActions } from './intent-actions.js';
import { IntentDiff } from './intent-diff.js';
import { IntentEditor } from './intent-editor.js';
import { intentState } from './intent-form.js';
import { IntentSeal } from './intent-seal.js';
import { IntentStatusTag, SERIF } from './intent-version-view.js';
import { IntentVersionDrawer } from './intent-version-drawer.js';
import { SignBlockNotice } from './sign-block-notice.js';
import { useIntentFormat } from './use-intent-format.js';
import { useIntentLive, type IntentNotice } from './use-intent-live.js';

/**
 * The room's 合作意向书: where it stands (nothing yet / version N awaiting signatures / 已签约意向),
 * who signed, what changed from the previous version, the version history, and — in drawers — the
 * full text of any version and the editor of a new one. Live for every party through `intent:updated`.
 */
export function IntentPanel({ room }: { room: RoomDto }) {
  const query = useIntent(room.id);
  const intent = query.data;
  const actions = useIntentActions(room, intent);
  const [notice, clearNotice] = useIntentLive(room, intent, actions.myOrgId);
  const [editorOpen, setEditorOpen] = useState(false);
  const [viewing, setViewing] = useState<number | null>(null);
  const f = useIntentFormat(room, intent);
  const { t } = f;

  const state = intent ? intentState(intent.versions) : null;
  const panelState = !intent ? 'loading' : state?.signed ? 'signed' : state?.open ? 'open' : intent.versions.length ? 'none-open' : 'empty';
  const canPropose = room.status === 'open' && !state?.signed;
  const signed = state?.signed ?? null;
  const openVersion = state?.open ?? null;

  return (
    <section data-testid="intent-panel" data-room={room.id} data-state={panelState}>
      <Card
        size="small"
        title={
          <Flex align="center" gap={8}>
            <AuditOutlined style={{ color: '#c8102e' }} />
            <span style={{ fontFamily: SERIF, fontSize: 16, letterSpacing: 1 }}>{t('intent.title')}</span>
          </Flex>
        }
        extra={state?.latest ? <IntentStatusTag status={state.signed ? 'signed' : state.latest.status} /> : null}
        styles={{ body: { padding: 14 } }}
      >
        {query.isPending ? (
          <Skeleton active paragraph={{ rows: 4 }} />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : intent && state ? (
          <Flex vertical gap={14}>
            {notice && <LiveNotice notice={notice} room={room} intent={intent} onClose={clearNotice} onView={(v) => setViewing(v)} />}
            {signed ? (
              <SignedSummary room={room} intent={intent} version={signed} onView={() => setViewing(signed.version)} onPrint={() => void actions.print(signed)} />
            ) : openVersion ? (
              <OpenSummary room={room} intent={intent} version={openVersion} actions={actions} onView={() => setViewing(openVersion.version)} />
            ) : state.latest ? (
              <Alert
                type="info"
                showIcon
                icon={<StopOutlined />}
                title={t(`intent.latestState.${state.latest.status === 'withdrawn' ? 'withdrawn' : 'none'}`, { version: state.latest.version, org: f.orgName(state.latest.proposedBy.orgId) })}
                description={canPropose ? t('intent.latestState.hint') : undefined}
                data-testid="intent-no-open"
              />
            ) : (
              <EmptyIntent canPropose={canPropose} onStart={() => setEditorOpen(true)} />
            )}

            {room.status === 'closed' && !state.signed && <Alert type="warning" showIcon title={t('intent.roomClosed')} data-testid="intent-room-closed" />}

            {canPropose && intent.versions.length > 0 && (
              <Button icon={<EditOutlined />} block onClick={() => setEditorOpen(true)} data-testid="intent-propose">
                {t('intent.proposeNew')}
              </Button>
            )}
            {state.signed && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="intent-locked">
                <LockOutlined /> {t('intent.lockedHint')}
              </Typography.Text>
            )}

            {intent.versions.length > 0 && <VersionHistory room={room} intent={intent} onView={setViewing} />}
          </Flex>
        ) : null}
      </Card>

      {intent && canPropose && (
        <IntentEditor
          room={room}
          intent={intent}
          open={editorOpen}
          onClose={() => setEditorOpen(false)}
          onProposed={() => {
            setEditorOpen(false);
            clearNotice();
          }}
        />
      )}
      {intent && <IntentVersionDrawer room={room} intent={intent} version={viewing} onClose={() => setViewing(null)} actions={actions} />}
    </section>
  );
}

function EmptyIntent({ canPropose, onStart }: { canPropose: boolean; onStart: () => void }) {
  const { t } = useNegotiateT();
  return (
    <Flex vertical align="center" gap={8} style={{ padding: '12px 4px 4px', textAlign: 'center' }} data-testid="intent-empty">
      <FileProtectOutlined style={{ fontSize: 34, color: '#d9b8a0' }} />
      <Typography.Text strong>{t('intent.empty.title')}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {canPropose ? t('intent.empty.hint') : t('intent.empty.closed')}
      </Typography.Text>
      {canPropose && (
        <Button type="primary" icon={<EditOutlined />} onClick={onStart} style={{ marginTop: 6 }} data-testid="intent-propose">
          {t('intent.empty.start')}
        </Button>
      )}
    </Flex>
  );
}

function LiveNotice({ notice, room, intent, onClose, onView }: { notice: IntentNotice; room: RoomDto; intent: IntentDto; onClose: () => void; onView: (v: number) => void }) {
  const f = useIntentFormat(room, intent);
  const { t } = f;
  const text =
    notice.kind === 'fullySigned'
      ? t('intent.live.fullySigned', { version: notice.version })
      : t(`intent.live.${notice.kind}`, { org: f.orgName(notice.orgId), version: notice.version });
  return (
    <Alert
      key={notice.at}
      type={notice.kind === 'fullySigned' || notice.kind === 'signed' ? 'success' : 'info'}
      showIcon
      closable={{ onClose }}
      title={text}
      action={
        notice.kind === 'proposed' ? (
          <Button size="small" type="link" onClick={() => onView(notice.version)} data-testid="intent-notice-view">
            {t('intent.live.view')}
          </Button>
        ) : undefined
      }
      data-testid="intent-live-notice"
      data-kind={notice.kind}
    />
  );
}

function SignatureList({ room, version }: { room: RoomDto; version: IntentVersionDto }) {
  const f = useIntentFormat(room);
  const { token } = theme.useToken();
  const roleOf = (orgId: string) => version.terms.parties.find((p) => p.organizationId === orgId)?.role;
  return (
    <Flex vertical gap={6} data-testid="intent-signatures">
      {room.parties.map((p) => {
        const sig = version.signatures.find((s) => s.orgId === p.organization.id);
        return (
          <Flex key={p.organization.id} align="flex-start" gap={8} data-testid="intent-signature" data-org={p.organization.id} data-signed={sig ? 'true' : 'false'}>
            {sig ? <CheckCircleFilled style={{ color: token.colorSuccess, marginTop: 4 }} /> : <ClockCircleOutlined style={{ color: token.colorTextQuaternary, marginTop: 4 }} />}
            <div style={{ minWidth: 0, flex: 1 }}>
              <Typography.Text ellipsis={{ tooltip: p.organization.name }} style={{ display: 'block' }}>
                {p.organization.name}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {f.role(roleOf(p.organization.id))}
                {' · '}
                {sig ? f.t('intent.signedBy', { name: sig.displayName, time: f.dateTime(sig.signedAt) }) : f.t('intent.awaitingSignature')}
              </Typography.Text>
            </div>
          </Flex>
        );
      })}
    </Flex>
  );
}

function OpenSummary({
  room,
  intent,
  version,
  actions,
  onView,
}: {
  room: RoomDto;
  intent: IntentDto;
  version: IntentVersionDto;
  actions: ReturnType<typeof useIntentActions>;
  onView: () => void;
}) {
  const f = useIntentFormat(room, intent);
  const { t } = f;
  const block = actions.blockOf(version);
  const signedCount = version.signatures.length;
  return (
    <Flex vertical gap={12} data-testid="intent-open" data-version={version.version}>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="intent-open-heading">
          {t('intent.openHeading', { version: version.version, signed: signedCount, total: room.parties.length })}
        </Typography.Text>
        <Typography.Title level={5} style={{ fontFamily: SERIF, margin: '2px 0 4px' }} data-testid="intent-open-title">
          {version.terms.title}
        </Typography.Title>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('intent.proposedLine', { org: f.orgName(version.proposedBy.orgId), name: version.proposedBy.displayName, time: f.dateTime(version.proposedAt) })}
        </Typography.Text>
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '4px 12px', fontSize: 13 }}>
        <Typography.Text type="secondary">{t('intent.fields.fundingAmount')}</Typography.Text>
        <Typography.Text strong data-testid="intent-open-amount">
          {f.yuan(version.terms.fundingAmount)}
        </Typography.Text>
        <Typography.Text type="secondary">{t('intent.fields.period')}</Typography.Text>
        <Typography.Text>{f.period(version.terms.startsOn, version.terms.endsOn)}</Typography.Text>
      </div>
      <SignatureList room={room} version={version} />
      {version.version > 1 && (
        <div style={{ background: '#fafafa', borderRadius: 6, padding: '8px 10px' }} data-testid="intent-open-changes">
          <Typography.Text strong style={{ fontSize: 12 }}>
            {t('intent.diff.titleVs', { version: version.version - 1 })}
          </Typography.Text>
          <IntentDiff room={room} intent={intent} version={version} compact />
        </div>
      )}
      {block && <SignBlockNotice block={block} compact />}
      <Flex gap={8} wrap>
        {block === null && (
          <Button type="primary" icon={<SafetyCertificateOutlined />} loading={actions.signing === version.version} onClick={() => actions.sign(version)} data-testid="intent-sign">
            {t('intent.sign')}
          </Button>
        )}
        <Button onClick={onView} data-testid="intent-view-open">
          {t('intent.viewFull')}
        </Button>
        {actions.canWithdraw(version) && (
          <Tooltip title={t('intent.withdrawHint')}>
            <Button danger type="text" icon={<RollbackOutlined />} loading={actions.withdrawing === version.version} onClick={() => actions.withdraw(version)} data-testid="intent-withdraw">
              {t('intent.withdraw')}
            </Button>
          </Tooltip>
        )}
      </Flex>
    </Flex>
  );
}

function SignedSummary({ room, intent, version, onView, onPrint }: { room: RoomDto; intent: IntentDto; version: IntentVersionDto; onView: () => void; onPrint: () => void }) {
  const f = useIntentFormat(room, intent);
  const { t } = f;
  const last = version.signatures.reduce<string | null>((m, s) => (!m || s.signedAt > m ? s.signedAt : m), null);
  return (
    <Flex vertical gap={12} data-testid="intent-signed" data-version={version.version}>
      <Flex
        gap={12}
        align="center"
        style={{ background: 'linear-gradient(135deg, #fff8f6 0%, #fffdf8 100%)', border: '1px solid #f3d6cf', borderRadius: 8, padding: '12px 12px 12px 8px' }}
      >
        <IntentSeal size={84} version={version.version} />
        <div style={{ minWidth: 0 }}>
          <Typography.Text strong style={{ color: '#a8071a', fontSize: 16, fontFamily: SERIF, letterSpacing: 2 }} data-testid="intent-signed-label">
            {t('intent.seal')}
          </Typography.Text>
          <Typography.Paragraph style={{ margin: '4px 0 0', fontFamily: SERIF }}>{version.terms.title}</Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {last ? t('intent.signedAll', { version: version.version, time: f.dateTime(last) }) : null}
          </Typography.Text>
        </div>
      </Flex>
      <div style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '4px 12px', fontSize: 13 }}>
        <Typography.Text type="secondary">{t('intent.fields.fundingAmount')}</Typography.Text>
        <Typography.Text strong data-testid="intent-signed-amount">
          {f.yuan(version.terms.fundingAmount)}
        </Typography.Text>
        <Typography.Text type="secondary">{t('intent.fields.period')}</Typography.Text>
        <Typography.Text>{f.period(version.terms.startsOn, version.terms.endsOn)}</Typography.Text>
      </div>
      <SignatureList room={room} version={version} />
      <Flex gap={8} wrap>
        <Button type="primary" icon={<PrinterOutlined />} onClick={onPrint} data-testid="intent-print">
          {t('intent.printSigned')}
        </Button>
        <Button onClick={onView} data-testid="intent-view-open">
          {t('intent.viewFull')}
        </Button>
      </Flex>
    </Flex>
  );
}

const HISTORY_CSS = `.yiqia-intent-history-item:hover, .yiqia-intent-history-item:focus-visible { background: #f5f7fa; }`;

function VersionHistory({ room, intent, onView }: { room: RoomDto; intent: IntentDto; onView: (v: number) => void }) {
  const f = useIntentFormat(room, intent);
  const { t } = f;
  return (
    <div data-testid="intent-history">
      <style href="yiqia-intent-history" precedence="default">
        {HISTORY_CSS}
      </style>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginBottom: 6 }}>
        <HistoryOutlined /> {t('intent.history', { count: intent.versions.length })}
      </Typography.Text>
      <Flex vertical gap={0} style={{ borderLeft: '2px solid #f0f0f0', marginLeft: 5 }}>
        {intent.versions.map((v) => (
          <button
            key={v.version}
            type="button"
            onClick={() => onView(v.version)}
            data-testid="intent-history-item"
            data-version={v.version}
            data-status={v.status}
            style={{ all: 'unset', cursor: 'pointer', display: 'block', padding: '6px 8px 6px 12px', position: 'relative', borderRadius: 4 }}
            className="yiqia-intent-history-item"
          >
            <span
              aria-hidden
              style={{ position: 'absolute', left: -6, top: 12, width: 10, height: 10, borderRadius: '50%', background: v.status === 'signed' ? '#c8102e' : v.status === 'proposed' ? '#faad14' : '#d9d9d9', border: '2px solid #fff' }}
            />
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong>{t('intent.versionLabel', { version: v.version })}</Typography.Text>
              <IntentStatusTag status={v.status} />
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {t('intent.historyLine', { org: f.orgName(v.proposedBy.orgId), time: f.dateTime(v.proposedAt) })}
            </Typography.Text>
          </button>
        ))}
      </Flex>
    </div>
  );
}
