import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { fileTypeFromBuffer } from 'file-type';
import { DataSource } from 'typeorm';
import { UPLOAD_LIMITS, type UploadDto, type UploadKind } from '@yiqia/contracts';
import { ApiException, notFound } from '../../common/api.exception.js';
import { APP_CONFIG } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/app-config.js';
import type { AuthContext } from '../auth/auth-context.js';
import { Upload } from './upload.entity.js';

/** What may be uploaded, decided by the file's own bytes, never by its name or declared type. */
const ALLOWED: Record<string, { mime: UploadDto['mime']; kind: UploadKind }> = {
  png: { mime: 'image/png', kind: 'image' },
  jpg: { mime: 'image/jpeg', kind: 'image' },
  webp: { mime: 'image/webp', kind: 'image' },
  pdf: { mime: 'application/pdf', kind: 'document' },
};

const STORED_NAME = /^[A-Za-z0-9_-]{16,64}\.(png|jpg|webp|pdf)$/;

@Injectable()
export class UploadsService {
  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async store(data: Buffer, originalName: string, caller: AuthContext | null): Promise<UploadDto> {
    const type = await fileTypeFromBuffer(data);
    const allowed = type ? ALLOWED[type.ext] : undefined;
    if (!type || !allowed) throw new ApiException('UPLOAD_TYPE_NOT_ALLOWED', 415);
    if (data.length > UPLOAD_LIMITS[allowed.kind]) throw new ApiException('UPLOAD_TOO_LARGE', 413);
    const storedName = `${randomBytes(18).toString('base64url')}.${type.ext}`;
    await mkdir(this.config.uploadDir, { recursive: true });
    // Write then rename, so a crash never leaves a half-written file under a served name.
    const tmp = join(this.config.uploadDir, `.${storedName}.part`);
    await writeFile(tmp, data, { mode: 0o644 });
    await rename(tmp, join(this.config.uploadDir, storedName));
    const upload = await this.ds.getRepository(Upload).save({
      storedName,
      originalName: cleanName(originalName),
      mime: allowed.mime,
      kind: allowed.kind,
      size: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
      uploadedBy: caller?.userId ?? null,
      organizationId: caller?.organizationId ?? null,
    });
    return toUploadDto(upload);
  }

  async open(name: string): Promise<{ upload: Upload; stream: NodeJS.ReadableStream }> {
    if (!STORED_NAME.test(name)) throw notFound();
    const upload = await this.ds.getRepository(Upload).findOneBy({ storedName: name });
    if (!upload) throw notFound();
    return { upload, stream: createReadStream(join(this.config.uploadDir, name)) };
  }
}

function cleanName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\u0000-\u001f\u007f/\\]/g, '').trim();
  return (cleaned || 'file').slice(0, 120);
}

export function toUploadDto(u: Upload): UploadDto {
  return { id: u.id, url: `/api/uploads/${u.storedName}`, kind: u.kind, mime: u.mime, size: u.size, originalName: u.originalName };
}
