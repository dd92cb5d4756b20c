import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { type AuthResponse, type MeResponse, loginRequest, refreshRequest, registerRequest } from '@yiqia/contracts';
import type { Lang } from '@yiqia/domain';
import { ClientMeta, RequestLang } from '../../common/client-info.js';
import { ValidBody } from '../../common/zod-validation.js';
import { Auth, type AuthContext, CurrentUser } from './auth-context.js';
import { AuthService, type ClientInfo } from './auth.service.js';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('auth/register')
  register(@ValidBody(registerRequest) body: z.output<typeof registerRequest>, @ClientMeta() client: ClientInfo, @RequestLang() lang: Lang): Promise<AuthResponse> {
    return this.auth.register(body, client, lang);
  }

  @Post('auth/login')
  @HttpCode(200)
  login(@ValidBody(loginRequest) body: z.output<typeof loginRequest>, @ClientMeta() client: ClientInfo): Promise<AuthResponse> {
    return this.auth.login(body.email, body.password, client);
  }

  @Post('auth/refresh')
  @HttpCode(200)
  refresh(@ValidBody(refreshRequest) body: z.output<typeof refreshRequest>): Promise<AuthResponse> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('auth/logout')
  @HttpCode(204)
  @Auth()
  async logout(@CurrentUser() user: AuthContext): Promise<void> {
    await this.auth.logout(user.sessionId);
  }

  @Get('me')
  @Auth()
  me(@CurrentUser() user: AuthContext): Promise<MeResponse> {
    return this.auth.me(user.userId);
  }
}
