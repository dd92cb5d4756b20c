import { Alert } from 'antd';
import { useNegotiateT } from '../../i18n/index.js';
import type { SignBlock } from './intent-form.js';

/** Why I cannot sign the version open for signing (nothing for states that need no explanation). */
export function SignBlockNotice({ block, compact }: { block: SignBlock; compact?: boolean }) {
  const { t } = useNegotiateT();
  if (block === 'signed' || block === 'notOpen' || block === 'notParty') return null;
  const type = block === 'alreadySigned' ? 'success' : block === 'notAdmin' ? 'info' : 'warning';
  return (
    <Alert
      type={type}
      showIcon
      title={t(`intent.block.${block}.title`)}
      description={compact ? undefined : t(`intent.block.${block}.body`)}
      data-testid="intent-sign-block"
      data-block={block}
      style={compact ? { padding: '6px 10px' } : undefined}
    />
  );
}
