import { DeleteOutlined, FilePdfOutlined, UploadOutlined } from '../icons.js';
import { Button, Flex, Progress, Typography, Upload } from 'antd';
import { isApiError, uploadFile } from '@yiqia/web-data';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PDF_TYPES, checkUploadFile, formatBytes } from './upload-rules.js';

export interface UploadedDocument {
  url: string;
  name: string;
  size?: number;
}

export interface PdfUploadFieldProps {
  value?: UploadedDocument[];
  onChange?: (documents: UploadedDocument[]) => void;
  /** Most documents (default 10). */
  max?: number;
  disabled?: boolean;
  id?: string;
  'data-testid'?: string;
}

/** A list of PDF documents: upload with progress, open, remove; shows the server's error. */
export function PdfUploadField({ value, onChange, max = 10, disabled, id, 'data-testid': testId = 'pdf-upload' }: PdfUploadFieldProps) {
  const { t } = useTranslation('ui');
  const docs = value ?? [];
  const [uploading, setUploading] = useState<{ name: string; percent: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const full = docs.length >= max;

  return (
    <Flex vertical gap={8} data-testid={testId} id={id}>
      {docs.length ? (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, border: '1px solid #f0f0f0', borderRadius: 6 }}>
          {docs.map((doc, index) => (
            <li key={`${doc.url}-${index}`} data-testid={`${testId}-item`} style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '8px 12px', borderTop: index ? '1px solid #f0f0f0' : undefined }}>
              <FilePdfOutlined style={{ color: '#c2302b' }} aria-hidden />
              <Typography.Text ellipsis style={{ flex: 1, minWidth: 0 }}>
                {doc.name}
              </Typography.Text>
              {doc.size ? <Typography.Text type="secondary">{formatBytes(doc.size)}</Typography.Text> : null}
              <a href={doc.url} target="_blank" rel="noopener noreferrer">
                {t('upload.open')}
              </a>
              <Button
                type="text"
                danger
                size="small"
                icon={<DeleteOutlined />}
                aria-label={`${t('upload.remove')} ${doc.name}`}
                disabled={disabled}
                onClick={() => onChange?.(docs.filter((_, i) => i !== index))}
                data-testid={`${testId}-remove`}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {uploading ? (
        <Flex vertical gap={2}>
          <Typography.Text type="secondary">{uploading.name}</Typography.Text>
          <Progress percent={uploading.percent} size="small" />
        </Flex>
      ) : null}
      <div>
        <Upload
          accept={PDF_TYPES.join(',')}
          showUploadList={false}
          disabled={disabled || full || !!uploading}
          beforeUpload={(file) => {
            if (docs.length >= max) {
              setError(t('upload.maxFiles', { max }));
              return Upload.LIST_IGNORE;
            }
            const problem = checkUploadFile(file, 'pdf');
            if (problem) {
              setError(problem === 'type' ? t('upload.typePdf') : t('upload.tooLargePdf'));
              return Upload.LIST_IGNORE;
            }
            setError(null);
            return true;
          }}
          customRequest={({ file, onSuccess, onError }) => {
            const f = file as File;
            setUploading({ name: f.name, percent: 0 });
            uploadFile(f, (percent) => setUploading({ name: f.name, percent }))
              .then((res) => {
                setUploading(null);
                onChange?.([...docs, { url: res.url, name: res.originalName || f.name, size: res.size }]);
                onSuccess?.(res);
              })
              .catch((err: unknown) => {
                setUploading(null);
                setError(isApiError(err) ? err.message : t('error.description'));
                onError?.(err as Error);
              });
          }}
        >
          <Button icon={<UploadOutlined />} disabled={disabled || full || !!uploading} loading={!!uploading} data-testid={`${testId}-select`}>
            {t('upload.selectPdf')}
          </Button>
        </Upload>
      </div>
      {error ? (
        <Typography.Text type="danger" role="alert" data-testid={`${testId}-error`}>
          {error}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('upload.pdfHint', { max })}
        </Typography.Text>
      )}
    </Flex>
  );
}
