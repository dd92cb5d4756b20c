import { App, Button, Flex, Input, Progress, Tooltip, Typography } from 'antd';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { AttachmentDto } from '@yiqia/contracts';
import { isApiError, uploadFile } from '@yiqia/web-data';
import { checkUploadFile } from '@yiqia/web-ui';
import { useNegotiateT } from '../../i18n/index.js';
import { attachmentBody, isImage } from './format.js';
import { CloseOutlined, FilePdfOutlined, PaperClipOutlined, SendOutlined } from './icons.js';

/** MESSAGE_MAX_LENGTH and MESSAGE_MAX_ATTACHMENTS of @yiqia/contracts (types only are imported here, to keep zod out). */
export const MESSAGE_MAX_LENGTH = 4000;
const MESSAGE_MAX_ATTACHMENTS = 5;

interface Upload {
  key: string;
  name: string;
  percent: number;
  preview: string | null;
  done: AttachmentDto | null;
}

export interface ComposerProps {
  /** Sends (the channel queues it and retries); the composer clears at once. */
  onSend: (body: string, attachments: AttachmentDto[]) => void;
  onTyping: () => void;
  disabled?: boolean;
  /** Placeholder while disabled (default: the room is closed). */
  disabledPlaceholder?: string;
}

/**
 * Message input: Enter sends, Shift+Enter is a new line, Enter while an IME is composing (拼音 input)
 * only confirms the composition. Up to 4,000 characters with a counter; attachments (images, PDF)
 * go through POST /api/uploads first and are sent with the message.
 */
export function Composer({ onSend, onTyping, disabled, disabledPlaceholder }: ComposerProps) {
  const { t } = useNegotiateT();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [uploads, setUploads] = useState<Upload[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const composing = useRef(false);
  const length = text.length;
  const tooLong = length > MESSAGE_MAX_LENGTH;
  const uploading = uploads.some((u) => !u.done);
  const ready = uploads.filter((u) => u.done).map((u) => u.done as AttachmentDto);
  const canSend = !disabled && !tooLong && !uploading && (text.trim().length > 0 || ready.length > 0);

  const send = () => {
    if (!canSend) return;
    const body = text.trim() || attachmentBody(ready);
    onSend(body, ready);
    setText('');
    for (const u of uploads) if (u.preview) URL.revokeObjectURL(u.preview);
    setUploads([]);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== 'Enter' || e.shiftKey) return;
    // While an input method composes, Enter picks the candidate: never send then (keyCode 229 for old engines).
    if (e.nativeEvent.isComposing || composing.current || e.keyCode === 229) return;
    e.preventDefault();
    send();
  };

  const pick = async (files: FileList | null) => {
    if (!files) return;
    const room = MESSAGE_MAX_ATTACHMENTS - uploads.length;
    for (const file of [...files].slice(0, Math.max(0, room))) {
      const kind = file.type === 'application/pdf' || /\.pdf$/i.test(file.name) ? 'pdf' : 'image';
      const problem = checkUploadFile(file, kind);
      if (problem) {
        void message.error(t('chat.attachHint'));
        continue;
      }
      const key = `${file.name}-${file.size}-${Math.random()}`;
      const preview = kind === 'image' ? URL.createObjectURL(file) : null;
      setUploads((list) => [...list, { key, name: file.name, percent: 0, preview, done: null }]);
      try {
        const up = await uploadFile(file, (percent) => setUploads((list) => list.map((u) => (u.key === key ? { ...u, percent } : u))));
        setUploads((list) => list.map((u) => (u.key === key ? { ...u, percent: 100, done: { url: up.url, name: (up.originalName || file.name).slice(0, 120), size: up.size } } : u)));
      } catch (e) {
        setUploads((list) => list.filter((u) => u.key !== key));
        if (preview) URL.revokeObjectURL(preview);
        void message.error(isApiError(e) ? e.message : t('chat.attachHint'));
      }
    }
    if (files.length > room) void message.warning(t('chat.attachHint'));
  };

  const remove = (key: string) =>
    setUploads((list) => {
      const u = list.find((x) => x.key === key);
      if (u?.preview) URL.revokeObjectURL(u.preview);
      return list.filter((x) => x.key !== key);
    });

  return (
    <div style={{ borderTop: '1px solid #e5e8ef', background: '#fff', padding: '10px 16px 12px' }} data-testid="composer">
      {uploads.length > 0 ? (
        <Flex gap={8} wrap style={{ marginBottom: 8 }} data-testid="composer-attachments">
          {uploads.map((u) => (
            <Flex
              key={u.key}
              align="center"
              gap={8}
              style={{ border: '1px solid #e5e8ef', borderRadius: 8, padding: 4, paddingRight: 6, background: '#fafbfc', maxWidth: 240 }}
              data-testid="composer-attachment"
              data-done={u.done ? 'true' : 'false'}
            >
              {u.preview && isImage(u.name, '') ? (
                <img src={u.preview} alt="" style={{ width: 40, height: 40, objectFit: 'cover', borderRadius: 6 }} />
              ) : (
                <FilePdfOutlined style={{ fontSize: 24, color: '#c2302b', margin: '0 6px' }} />
              )}
              <Flex vertical style={{ minWidth: 0, flex: 1 }}>
                <Typography.Text ellipsis style={{ fontSize: 12, maxWidth: 140 }}>
                  {u.name}
                </Typography.Text>
                {u.done ? null : <Progress percent={u.percent} size="small" showInfo={false} style={{ margin: 0, width: 120 }} />}
              </Flex>
              <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('chat.removeAttachment')} onClick={() => remove(u.key)} />
            </Flex>
          ))}
        </Flex>
      ) : null}
      <Flex gap={8} align="flex-end">
        <Tooltip title={t('chat.attachHint')}>
          <Button
            type="text"
            icon={<PaperClipOutlined style={{ fontSize: 18 }} />}
            aria-label={t('chat.attach')}
            disabled={disabled || uploads.length >= MESSAGE_MAX_ATTACHMENTS}
            onClick={() => fileInput.current?.click()}
            data-testid="composer-attach"
            style={{ height: 40, width: 40 }}
          />
        </Tooltip>
        <input
          ref={fileInput}
          type="file"
          accept="image/png,image/jpeg,image/webp,application/pdf"
          multiple
          hidden
          data-testid="composer-file"
          onChange={(e) => {
            void pick(e.target.files);
            e.target.value = '';
          }}
        />
        <Input.TextArea
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (e.target.value.trim()) onTyping();
          }}
          onKeyDown={onKeyDown}
          onCompositionStart={() => {
            composing.current = true;
          }}
          onCompositionEnd={() => {
            composing.current = false;
          }}
          placeholder={disabled ? (disabledPlaceholder ?? t('chat.placeholderClosed')) : t('chat.placeholder')}
          disabled={disabled}
          autoSize={{ minRows: 1, maxRows: 6 }}
          variant="filled"
          style={{ flex: 1, borderRadius: 10, padding: '8px 12px', fontSize: 14 }}
          status={tooLong ? 'error' : undefined}
          aria-label={t('chat.placeholder')}
          data-testid="composer-input"
        />
        <Button
          type="primary"
          icon={<SendOutlined />}
          onClick={send}
          disabled={!canSend}
          style={{ height: 40, borderRadius: 10, paddingInline: 16 }}
          data-testid="composer-send"
        >
          {t('chat.send')}
        </Button>
      </Flex>
      <Flex justify="flex-end" gap={12} style={{ marginTop: 4, minHeight: 18 }}>
        {tooLong ? (
          <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="composer-too-long">
            {t('chat.tooLong', { max: MESSAGE_MAX_LENGTH })}
          </Typography.Text>
        ) : null}
        <Typography.Text type={tooLong ? 'danger' : 'secondary'} style={{ fontSize: 12 }} data-testid="composer-counter">
          {t('chat.counter', { count: length, max: MESSAGE_MAX_LENGTH })}
        </Typography.Text>
      </Flex>
    </div>
  );
}
