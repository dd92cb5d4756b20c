import type { RoomDto } from '@yiqia/contracts';
import { useNegotiateT } from '../../i18n/index.js';

/** The room's 合作意向书 panel (versions, differences, propose, sign, print). Placeholder until built. */
export function IntentPanel({ room }: { room: RoomDto }) {
  const { t } = useNegotiateT();
  return <section data-testid="intent-panel" data-room={room.id}>{t('intent.title')}</section>;
}
