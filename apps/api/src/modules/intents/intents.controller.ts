import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { type IntentDto, proposeIntentRequest } from '@yiqia/contracts';
import { notFound } from '../../common/api.exception.js';
import { requestLang } from '../../common/request-lang.js';
import { ValidBody } from '../../common/zod-validation.js';
import { Auth, type AuthContext, CurrentUser } from '../auth/auth-context.js';
import { DOCUMENT_CSP } from './intent-document.js';
import { IntentsService } from './intents.service.js';

/** A version number in a path: digits only, else simply not found. */
function versionParam(raw: string): number {
  if (!/^[1-9]\d{0,8}$/.test(raw)) throw notFound();
  return Number(raw);
}

/**
 * The intent of a room over REST. The /rt gateway offers the same writes as socket events
 * (`intent:propose`, `intent:sign`, `intent:withdraw`) through the same IntentsService.
 */
@ApiTags('intents')
@Controller('rooms/:roomId/intent')
export class IntentsController {
  constructor(private readonly intents: IntentsService) {}

  @Get()
  @Auth()
  get(@CurrentUser() caller: AuthContext, @Param('roomId') roomId: string): Promise<IntentDto> {
    return this.intents.get(caller, roomId);
  }

  @Post()
  @Auth()
  propose(
    @CurrentUser() caller: AuthContext,
    @Param('roomId') roomId: string,
    @ValidBody(proposeIntentRequest) body: z.output<typeof proposeIntentRequest>,
    @Req() req: FastifyRequest,
  ): Promise<IntentDto> {
    return this.intents.propose(caller, roomId, body.terms, requestLang(req));
  }

  @Post('versions/:version/sign')
  @HttpCode(200)
  @Auth()
  sign(@CurrentUser() caller: AuthContext, @Param('roomId') roomId: string, @Param('version') version: string, @Req() req: FastifyRequest): Promise<IntentDto> {
    return this.intents.sign(caller, roomId, versionParam(version), requestLang(req));
  }

  @Post('versions/:version/withdraw')
  @HttpCode(200)
  @Auth()
  withdraw(@CurrentUser() caller: AuthContext, @Param('roomId') roomId: string, @Param('version') version: string, @Req() req: FastifyRequest): Promise<IntentDto> {
    return this.intents.withdraw(caller, roomId, versionParam(version), requestLang(req));
  }

  /**
   * The printable page of one version (HTML, A4 print styles). Fetched by the UI with the Authorization
   * header and opened as a blob URL; the browser prints it or saves it as PDF. The page has its own CSP:
   * its one style sheet (allowed by hash) and nothing else — no script at all.
   */
  @Get('versions/:version/document')
  @Auth()
  @ApiProduces('text/html')
  async document(
    @CurrentUser() caller: AuthContext,
    @Param('roomId') roomId: string,
    @Param('version') version: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const lang = requestLang(req);
    const doc = await this.intents.document(caller, roomId, versionParam(version), lang);
    const filename = `${lang === 'zh' ? '合作意向书' : 'intent'}-v${doc.version}.html`;
    await reply
      .header('Content-Type', 'text/html; charset=utf-8')
      .header('Content-Disposition', `inline; filename="intent-v${doc.version}.html"; filename*=UTF-8''${encodeURIComponent(filename)}`)
      .header('Content-Security-Policy', DOCUMENT_CSP)
      .header('X-Content-Type-Options', 'nosniff')
      .header('Cache-Control', 'private, no-store')
      .header('Referrer-Policy', 'no-referrer')
      .send(doc.html);
  }
}
