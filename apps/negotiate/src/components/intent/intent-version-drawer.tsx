import { Alert, Button, Drawer, Flex, Typography } from 'antd';
import type { IntentDto, RoomDto } from '@yiqia/contracts';
import { DiffOutlined, PrinterOutlined, RollbackOutlined, SafetyCertificateOutlined } from './icons.js';
import type { useIntentActions } from './intent-actions.js';
import { IntentDiff } from './intent-diff.js';
import { IntentVersionView } from './intent-version-view.js';
import { SignBlockNotice } from './sign-block-notice.js';
import { useIntentFormat } from './use-intent-format.js';

/** One version in full: the document, its differences from the previous version, and what I may do with it. */
export function IntentVersionDrawer({
  room,
  intent,
  version,
  onClose,
  actions,
}: {
  room: RoomDto;
  intent: IntentDto;
  version: number | null;
  onClose: () => void;
  actions: ReturnType<typeof useIntentActions>;
}) {
  const { t } = useIntentFormat(room, intent);
  const v = version === null ? undefined : intent.versions.find((x) => x.version === version);
  const block = v ? actions.blockOf(v) : null;
  return (
    <Drawer
      open={!!v}
      onClose={onClose}
      size={typeof window === 'undefined' ? 820 : Math.min(820, window.innerWidth)}
      title={v ? t('intent.drawerTitle', { version: v.version }) : ''}
      data-testid="intent-version-drawer"
      footer={
        v && (
          <Flex justify="space-between" align="center" gap={8} wrap>
            <Button icon={<PrinterOutlined />} onClick={() => void actions.print(v)} data-testid="intent-print">
              {v.status === 'signed' ? t('intent.printSigned') : t('intent.print')}
            </Button>
            <Flex gap={8} wrap>
              {actions.canWithdraw(v) && (
                <Button danger icon={<RollbackOutlined />} loading={actions.withdrawing === v.version} onClick={() => actions.withdraw(v)} data-testid="intent-withdraw">
                  {t('intent.withdraw')}
                </Button>
              )}
              {block === null && (
                <Button type="primary" icon={<SafetyCertificateOutlined />} loading={actions.signing === v.version} onClick={() => actions.sign(v)} data-testid="intent-sign">
                  {t('intent.sign')}
                </Button>
              )}
            </Flex>
          </Flex>
        )
      }
    >
      {v && (
        <Flex vertical gap={20}>
          {v.status === 'proposed' && block && <SignBlockNotice block={block} />}
          {v.status === 'superseded' && <Alert type="warning" showIcon title={t('intent.supersededNotice', { version: v.version })} />}
          {v.status === 'withdrawn' && <Alert type="info" showIcon title={t('intent.withdrawnNotice', { version: v.version })} />}
          <IntentVersionView room={room} intent={intent} version={v} />
          <section data-testid="intent-changes">
            <Typography.Title level={5}>
              <DiffOutlined /> {v.version > 1 ? t('intent.diff.titleVs', { version: v.version - 1 }) : t('intent.diff.title')}
            </Typography.Title>
            <IntentDiff room={room} intent={intent} version={v} />
          </section>
        </Flex>
      )}
    </Drawer>
  );
}
