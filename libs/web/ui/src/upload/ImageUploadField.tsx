import { DeleteOutlined, LoadingOutlined, PlusOutlined, SwapOutlined } from '../icons.js';
import { Button, Flex, Image, Progress, Typography, Upload } from 'antd';
import { isApiError, uploadFile } from '@yiqia/web-data';
import type { UploadDto } from '@yiqia/contracts';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IMAGE_TYPES, checkUploadFile } from './upload-rules.js';

export interface ImageUploadFieldProps {
  /** URL of the uploaded image (/api/uploads/…), or null. */
  value?: string | null;
  onChange?: (url: string | null) => void;
  /** Called with the stored file after a successful upload. */
  onUploaded?: (upload: UploadDto) => void;
  disabled?: boolean;
  /** Preview box size in px (default 120 × 120; banners may pass a wider width). */
  width?: number;
  height?: number;
  id?: string;
  'data-testid'?: string;
}

/** One image (logo, banner): upload with progress, preview, replace, remove; shows the server's error. */
export function ImageUploadField({ value, onChange, onUploaded, disabled, width = 120, height = 120, id, 'data-testid': testId = 'image-upload' }: ImageUploadFieldProps) {
  const { t } = useTranslation('ui');
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const uploading = percent !== null;

  const beforeUpload = (file: File) => {
    const problem = checkUploadFile(file, 'image');
    if (problem) {
      setError(problem === 'type' ? t('upload.typeImage') : t('upload.tooLargeImage'));
      return Upload.LIST_IGNORE;
    }
    setError(null);
    return true;
  };

  const picker = (children: ReactNode) => (
    <Upload
      accept={IMAGE_TYPES.join(',')}
      showUploadList={false}
      disabled={disabled || uploading}
      beforeUpload={beforeUpload}
      customRequest={({ file, onSuccess, onError }) => {
        setPercent(0);
        uploadFile(file as File, setPercent)
          .then((res) => {
            setPercent(null);
            onChange?.(res.url);
            onUploaded?.(res);
            onSuccess?.(res);
          })
          .catch((err: unknown) => {
            setPercent(null);
            setError(isApiError(err) ? err.message : t('error.description'));
            onError?.(err as Error);
          });
      }}
    >
      {children}
    </Upload>
  );

  return (
    <Flex vertical gap={6} data-testid={testId} id={id}>
      <Flex gap={12} align="center" wrap>
        {value ? (
          <Image src={value} alt={t('upload.imageAlt')} width={width} height={height} style={{ objectFit: 'cover', borderRadius: 6, border: '1px solid #f0f0f0' }} data-testid={`${testId}-preview`} />
        ) : (
          picker(
            <button
              type="button"
              disabled={disabled || uploading}
              aria-label={t('upload.selectImage')}
              data-testid={`${testId}-select`}
              style={{ width, height, border: '1px dashed #c9cdd4', borderRadius: 6, background: '#fafbfc', cursor: disabled ? 'not-allowed' : 'pointer', display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', gap: 6, color: '#4e5969' }}
            >
              {uploading ? <LoadingOutlined /> : <PlusOutlined />}
              <span style={{ fontSize: 12 }}>{uploading ? t('upload.uploading', { percent }) : t('upload.selectImage')}</span>
            </button>,
          )
        )}
        {value ? (
          <Flex vertical gap={8}>
            {picker(
              <Button icon={uploading ? <LoadingOutlined /> : <SwapOutlined />} disabled={disabled || uploading} data-testid={`${testId}-replace`}>
                {uploading ? t('upload.uploading', { percent }) : t('upload.replace')}
              </Button>,
            )}
            <Button icon={<DeleteOutlined />} danger disabled={disabled || uploading} onClick={() => onChange?.(null)} data-testid={`${testId}-remove`}>
              {t('upload.remove')}
            </Button>
          </Flex>
        ) : null}
      </Flex>
      {uploading ? <Progress percent={percent ?? 0} size="small" style={{ maxWidth: 240 }} /> : null}
      {error ? (
        <Typography.Text type="danger" role="alert" data-testid={`${testId}-error`}>
          {error}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('upload.imageHint')}
        </Typography.Text>
      )}
    </Flex>
  );
}
