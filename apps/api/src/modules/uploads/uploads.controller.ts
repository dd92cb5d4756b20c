import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { UPLOAD_LIMITS, type UploadDto } from '@yiqia/contracts';
import { ApiException, badRequest } from '../../common/api.exception.js';
import { Auth, type AuthContext, CurrentUser } from '../auth/auth-context.js';
import { UploadsService } from './uploads.service.js';

@ApiTags('uploads')
@Controller('uploads')
export class UploadsController {
  constructor(private readonly uploads: UploadsService) {}

  @Post()
  @Auth()
  @ApiConsumes('multipart/form-data')
  async upload(@CurrentUser() caller: AuthContext, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<UploadDto> {
    if (!req.isMultipart()) throw badRequest('UPLOAD_MISSING');
    let file;
    try {
      file = await req.file({ limits: { fileSize: UPLOAD_LIMITS.document, files: 1 } });
    } catch {
      throw badRequest('UPLOAD_MISSING');
    }
    if (!file || file.fieldname !== 'file') throw badRequest('UPLOAD_MISSING');
    let data: Buffer;
    try {
      data = await file.toBuffer();
    } catch {
      throw new ApiException('UPLOAD_TOO_LARGE', 413);
    }
    if (data.length === 0) throw badRequest('UPLOAD_MISSING');
    const dto = await this.uploads.store(data, file.filename, caller);
    void reply.status(201);
    return dto;
  }

  @Get(':name')
  async serve(@Param('name') name: string, @Res() reply: FastifyReply): Promise<void> {
    const { upload, stream } = await this.uploads.open(name);
    const disposition = upload.kind === 'document' ? `inline; filename*=UTF-8''${encodeURIComponent(upload.originalName)}` : 'inline';
    await reply
      .header('Content-Type', upload.mime)
      .header('Content-Length', String(upload.size))
      .header('X-Content-Type-Options', 'nosniff')
      .header('Content-Disposition', disposition)
      .header('Cache-Control', 'public, max-age=31536000, immutable')
      .header('Content-Security-Policy', "default-src 'none'; sandbox")
      .send(stream);
  }
}
