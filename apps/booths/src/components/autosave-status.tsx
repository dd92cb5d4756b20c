import { Button, Flex, Typography, theme } from 'antd';
import { CheckCircleFilled, CloudOutlined, EditOutlined, ExclamationCircleFilled, LoadingOutlined, WarningFilled } from '../icons.js';
import type { AutosaveState } from '../lib/autosave.js';
import { formatClock } from '../lib/format.js';
import { useBoothsT } from '../i18n/index.js';

/** "保存中…" / "已自动保存 14:03:21" / error with retry. */
export function AutosaveStatus({ state, onRetry }: { state: AutosaveState; onRetry: () => void }) {
  const { t } = useBoothsT();
  const { token } = theme.useToken();
  let icon = <CloudOutlined style={{ color: token.colorTextTertiary }} />;
  let text: string = t('editor.autosave.idle');
  let tone: 'secondary' | 'success' | 'warning' | 'danger' = 'secondary';
  let detail: string | null = null;
  switch (state.kind) {
    case 'dirty':
      icon = <EditOutlined style={{ color: token.colorTextTertiary }} />;
      text = t('editor.autosave.dirty');
      break;
    case 'saving':
      icon = <LoadingOutlined style={{ color: token.colorPrimary }} />;
      text = t('editor.autosave.saving');
      break;
    case 'saved':
      icon = <CheckCircleFilled style={{ color: token.colorSuccess }} />;
      text = t('editor.autosave.saved', { time: formatClock(state.at) });
      tone = 'success';
      break;
    case 'invalid':
      icon = <WarningFilled style={{ color: token.colorWarning }} />;
      text = state.at
        ? t('editor.autosave.invalidSavedAt', { time: formatClock(state.at), count: state.keys.length })
        : t('editor.autosave.invalid', { count: state.keys.length });
      tone = 'warning';
      break;
    case 'error':
      icon = <ExclamationCircleFilled style={{ color: token.colorError }} />;
      text = state.retryInMs ? t('editor.autosave.errorRetryIn', { seconds: Math.round(state.retryInMs / 1000) }) : t('editor.autosave.error');
      tone = 'danger';
      detail = state.error instanceof Error ? state.error.message : null;
      break;
  }
  return (
    <Flex gap={8} align="center" wrap role="status" aria-live="polite" data-testid="autosave-status" data-state={state.kind}>
      {icon}
      <Flex vertical gap={0} style={{ minWidth: 0 }}>
        <Typography.Text type={tone === 'secondary' ? 'secondary' : tone === 'success' ? undefined : tone} style={{ fontSize: 13 }}>
          {text}
        </Typography.Text>
        {detail && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {detail}
          </Typography.Text>
        )}
      </Flex>
      {state.kind === 'error' && (
        <Button size="small" onClick={onRetry} data-testid="autosave-retry">
          {t('editor.autosave.retry')}
        </Button>
      )}
    </Flex>
  );
}
