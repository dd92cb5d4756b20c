import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { PasswordService } from './password.service.js';
import { SessionEvents } from './session-events.js';
import { SocketAuthenticator } from './socket-auth.js';
import { TokenService } from './token.service.js';

@Module({
  controllers: [AuthController],
  providers: [AuthService, PasswordService, TokenService, AuthGuard, SessionEvents, SocketAuthenticator, { provide: APP_GUARD, useExisting: AuthGuard }],
  exports: [AuthService, PasswordService, TokenService, AuthGuard, SessionEvents, SocketAuthenticator],
})
export class AuthModule {}
