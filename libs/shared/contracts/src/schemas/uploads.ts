export type UploadKind = 'image' | 'document';

export interface UploadDto {
  id: string;
  url: string;
  kind: UploadKind;
  mime: 'image/png' | 'image/jpeg' | 'image/webp' | 'application/pdf';
  size: number;
  originalName: string;
}

export const UPLOAD_LIMITS = { image: 5 * 1024 * 1024, document: 20 * 1024 * 1024 } as const;
