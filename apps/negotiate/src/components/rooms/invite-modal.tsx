import { App, Modal, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { RoomDto } from '@yiqia/contracts';
import { isApiError } from '@yiqia/web-data';
import { useInviteOrgs, type OrgCandidate } from '../../data/rooms.js';
import { useNegotiateT } from '../../i18n/index.js';
import { OrgPicker } from './org-picker.js';

/** Most organisations in one room (the server's MAX_ROOM_PARTIES). */
export const MAX_PARTIES = 6;

/** Invite organisations of any type to a negotiation room (POST /api/rooms/:id/parties). */
export function InviteModal({ room, open, onClose, myOrgId }: { room: RoomDto; open: boolean; onClose: () => void; myOrgId: string | null }) {
  const { t } = useNegotiateT();
  const { message } = App.useApp();
  const [picked, setPicked] = useState<OrgCandidate[]>([]);
  const invite = useInviteOrgs(room.id);
  const roomLeft = MAX_PARTIES - room.parties.length;
  const disabled = useMemo(() => {
    const m = new Map<string, string>();
    for (const p of room.parties) m.set(p.organization.id, p.organization.id === myOrgId ? t('orgPicker.own') : t('orgPicker.alreadyIn'));
    return m;
  }, [room.parties, myOrgId, t]);
  const submit = async () => {
    try {
      await invite.mutateAsync(picked.map((o) => o.id));
      void message.success(t('room.invited', { names: picked.map((o) => o.name).join(t('chat.listSeparator')) }));
      setPicked([]);
      onClose();
    } catch (e) {
      void message.error(isApiError(e) ? e.message : String(e));
    }
  };
  return (
    <Modal
      title={t('room.inviteTitle')}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('room.inviteOk')}
      okButtonProps={{ disabled: picked.length === 0, loading: invite.isPending, 'data-testid': 'invite-submit' } as never}
      destroyOnHidden
      data-testid="invite-modal"
    >
      <Typography.Paragraph type="secondary">{t('room.inviteHint')}</Typography.Paragraph>
      <OrgPicker value={picked} onChange={setPicked} disabled={disabled} max={Math.max(0, roomLeft)} data-testid="invite-org-picker" />
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
        {t('room.maxParties')}
      </Typography.Text>
    </Modal>
  );
}
