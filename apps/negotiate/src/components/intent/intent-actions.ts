import { App } from 'antd';
import type { IntentDto, IntentVersionDto, RoomDto } from '@yiqia/contracts';
import { isApiError, useAuth } from '@yiqia/web-data';
import { openIntentDocument, useSignIntent, useWithdrawIntent } from '../../data/intents.js';
import { useNegotiateT } from '../../i18n/index.js';
import { signBlock } from './intent-form.js';

/** Sign, withdraw and print, with their confirmations and error messages. */
export function useIntentActions(room: RoomDto, intent: IntentDto | undefined) {
  const { t } = useNegotiateT();
  const { modal, message } = App.useApp();
  const { organization, isOrgAdmin } = useAuth();
  const myOrgId = organization?.id ?? null;
  const sign = useSignIntent(room.id);
  const withdraw = useWithdrawIntent(room.id);

  const fail = (error: unknown) => void message.error(isApiError(error) ? error.message : String(error));

  return {
    myOrgId,
    isOrgAdmin,
    myOrgName: organization?.name ?? '',
    signing: sign.isPending ? sign.variables : null,
    withdrawing: withdraw.isPending ? withdraw.variables : null,
    blockOf: (v: IntentVersionDto) => signBlock(room, v, myOrgId, isOrgAdmin),
    canWithdraw: (v: IntentVersionDto) => v.status === 'proposed' && room.status === 'open' && v.proposedBy.orgId === myOrgId,
    sign: (v: IntentVersionDto) => {
      const remaining = room.parties.filter((p) => p.organization.id !== myOrgId && !v.signatures.some((s) => s.orgId === p.organization.id)).length;
      modal.confirm({
        title: t('intent.signConfirm.title', { version: v.version }),
        content: remaining === 0 ? t('intent.signConfirm.last', { org: organization?.name ?? '' }) : t('intent.signConfirm.body', { org: organization?.name ?? '', count: remaining }),
        okText: t('intent.signConfirm.ok'),
        cancelText: t('intent.cancel'),
        okButtonProps: { 'data-testid': 'intent-sign-confirm' } as never,
        onOk: async () => {
          try {
            const next = await sign.mutateAsync(v.version);
            void message.success(next.signedVersion === v.version ? t('intent.toast.fullySigned', { version: v.version }) : t('intent.toast.signed', { version: v.version }));
          } catch (error) {
            fail(error);
          }
        },
      });
    },
    withdraw: (v: IntentVersionDto) => {
      modal.confirm({
        title: t('intent.withdrawConfirm.title', { version: v.version }),
        content: t('intent.withdrawConfirm.body'),
        okText: t('intent.withdrawConfirm.ok'),
        okButtonProps: { danger: true, 'data-testid': 'intent-withdraw-confirm' } as never,
        cancelText: t('intent.cancel'),
        onOk: async () => {
          try {
            await withdraw.mutateAsync(v.version);
            void message.success(t('intent.toast.withdrawn', { version: v.version }));
          } catch (error) {
            fail(error);
          }
        },
      });
    },
    print: async (v: IntentVersionDto) => {
      try {
        await openIntentDocument(room.id, v.version);
      } catch (error) {
        fail(error);
      }
    },
    intent,
  };
}
