import { Flex, Image, Typography } from 'antd';
import type { AttachmentDto } from '@yiqia/contracts';
import { useNegotiateT } from '../../i18n/index.js';
import { isImage } from './format.js';
import { FilePdfOutlined } from './icons.js';

function size(bytes: number | undefined): string {
  if (!bytes) return '';
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Images as thumbnails (click to preview), other files (PDF) as chips that open in a new tab. */
export function Attachments({ attachments, mine }: { attachments: AttachmentDto[]; mine: boolean }) {
  const { t } = useNegotiateT();
  if (attachments.length === 0) return null;
  const images = attachments.filter((a) => isImage(a.name, a.url));
  const files = attachments.filter((a) => !isImage(a.name, a.url));
  return (
    <Flex vertical gap={6} align={mine ? 'flex-end' : 'flex-start'} data-testid="message-attachments">
      {images.length > 0 ? (
        <Image.PreviewGroup>
          <Flex gap={6} wrap justify={mine ? 'flex-end' : 'flex-start'}>
            {images.map((a) => (
              <Image
                key={a.url}
                src={a.url}
                alt={t('chat.attachmentAlt', { name: a.name })}
                width={160}
                height={120}
                style={{ objectFit: 'cover', borderRadius: 10, border: '1px solid #e5e8ef', background: '#fff' }}
                data-testid="attachment-image"
              />
            ))}
          </Flex>
        </Image.PreviewGroup>
      ) : null}
      {files.map((a) => (
        <a
          key={a.url}
          href={a.url}
          target="_blank"
          rel="noopener noreferrer"
          title={t('chat.openFile')}
          data-testid="attachment-file"
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 10,
            padding: '8px 12px',
            minWidth: 200,
            maxWidth: 280,
            borderRadius: 10,
            background: '#fff',
            border: '1px solid #e5e8ef',
            color: 'inherit',
          }}
        >
          <FilePdfOutlined style={{ fontSize: 26, color: '#c2302b' }} />
          <Flex vertical style={{ minWidth: 0 }}>
            <Typography.Text ellipsis style={{ maxWidth: 200 }}>
              {a.name}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {size(a.size)}
            </Typography.Text>
          </Flex>
        </a>
      ))}
    </Flex>
  );
}
