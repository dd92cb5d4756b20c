import type { ExportEntity, ExportFormat, ExportQuery } from '@yiqia/contracts';
import { isApiError } from '@yiqia/web-data';
import { App, Button, Flex, Progress, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { downloadExport, saveBlob, type DownloadProgress } from '../../data/live.js';
import { useConsoleT } from '../../i18n/index.js';
import { downloadFraction, exportFileName } from '../../lib/live-export.js';

/** CSV / Excel buttons: fetch with the token, stream into a Blob with progress, save under 展位-2026-11-24.xlsx. */
export function ExportDownload({ entity, query, disabled }: { entity: ExportEntity; query: ExportQuery; disabled?: boolean }) {
  const { t, lang } = useConsoleT();
  const { message } = App.useApp();
  const [running, setRunning] = useState<ExportFormat | null>(null);
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = async (format: ExportFormat) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setRunning(format);
    setProgress({ received: 0, total: null });
    try {
      const blob = await downloadExport(entity, { ...query, format }, setProgress, controller.signal);
      const name = exportFileName(t(`live.entities.${entity}`), format);
      saveBlob(blob, name);
      void message.success(t('live.exports.saved', { name }));
    } catch (error) {
      if (controller.signal.aborted) return;
      void message.error(t('live.exports.failed', { message: isApiError(error) ? error.message : String(error) }));
    } finally {
      if (abort.current === controller) {
        setRunning(null);
        setProgress(null);
      }
    }
  };

  const fraction = progress ? downloadFraction(progress.received, progress.total) : null;
  const kb = progress ? new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 0 }).format(progress.received / 1024) : '';
  return (
    <Flex vertical gap={8}>
      <Space wrap>
        {(['csv', 'xlsx'] as const).map((format) => (
          <Button
            key={format}
            type={format === 'xlsx' ? 'primary' : 'default'}
            loading={running === format}
            disabled={disabled || (running !== null && running !== format)}
            onClick={() => void start(format)}
            data-testid={`export-download-${format}`}
          >
            {t(`live.exports.${format}`)}
          </Button>
        ))}
      </Space>
      {progress ? (
        <Flex align="center" gap={12} data-testid="export-progress" role="status">
          <Progress style={{ width: 240, margin: 0 }} size="small" percent={fraction === null ? 99 : Math.round(fraction * 100)} status="active" showInfo={fraction !== null} />
          <Typography.Text type="secondary">
            {t('live.exports.received', { size: t('live.exports.kb', { value: kb }) })}
          </Typography.Text>
        </Flex>
      ) : null}
    </Flex>
  );
}
