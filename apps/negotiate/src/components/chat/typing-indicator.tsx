import { Typography } from 'antd';
import { useNegotiateT } from '../../i18n/index.js';

/** "张三 正在输入…" under the messages while others type (names come from the typing events). */
export function TypingIndicator({ typing }: { typing: { userId: string; displayName: string }[] }) {
  const { t } = useNegotiateT();
  if (typing.length === 0) return <div style={{ height: 22 }} />;
  const names = typing.map((x) => x.displayName);
  const text = names.length === 1 ? t('chat.typingOne', { name: names[0] }) : t('chat.typingMany', { names: names.slice(0, 2).join(t('chat.listSeparator')) });
  return (
    <div style={{ height: 22, padding: '2px 0 0 42px' }} data-testid="typing-indicator">
      <Typography.Text type="secondary" style={{ fontSize: 12, fontStyle: 'italic' }}>
        {text}
      </Typography.Text>
    </div>
  );
}
