import { Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import {
  type AuthResponse,
  type InvitationDto,
  type InvitationPreviewDto,
  type MemberDto,
  acceptInvitationRequest,
  createInvitationRequest,
} from '@yiqia/contracts';
import { ClientMeta } from '../../common/client-info.js';
import { ValidBody } from '../../common/zod-validation.js';
import { Auth, type AuthContext, CurrentUser } from '../auth/auth-context.js';
import type { ClientInfo } from '../auth/auth.service.js';
import { OrganizationsService } from './organizations.service.js';

@ApiTags('organizations')
@Controller()
export class OrganizationsController {
  constructor(private readonly orgs: OrganizationsService) {}

  @Get('organizations/:orgId/members')
  @Auth()
  members(@CurrentUser() caller: AuthContext, @Param('orgId') orgId: string): Promise<MemberDto[]> {
    return this.orgs.members(caller, orgId);
  }

  @Delete('organizations/:orgId/members/:userId')
  @HttpCode(204)
  @Auth()
  async removeMember(@CurrentUser() caller: AuthContext, @Param('orgId') orgId: string, @Param('userId') userId: string): Promise<void> {
    await this.orgs.removeMember(caller, orgId, userId);
  }

  @Post('organizations/:orgId/invitations')
  @Auth()
  createInvitation(
    @CurrentUser() caller: AuthContext,
    @Param('orgId') orgId: string,
    @ValidBody(createInvitationRequest) body: z.output<typeof createInvitationRequest>,
  ): Promise<InvitationDto> {
    return this.orgs.createInvitation(caller, orgId, body);
  }

  @Get('organizations/:orgId/invitations')
  @Auth()
  invitations(@CurrentUser() caller: AuthContext, @Param('orgId') orgId: string): Promise<InvitationDto[]> {
    return this.orgs.pendingInvitations(caller, orgId);
  }

  @Delete('organizations/:orgId/invitations/:invitationId')
  @HttpCode(204)
  @Auth()
  async revokeInvitation(@CurrentUser() caller: AuthContext, @Param('orgId') orgId: string, @Param('invitationId') id: string): Promise<void> {
    await this.orgs.revokeInvitation(caller, orgId, id);
  }

  @Get('invitations/:token')
  preview(@Param('token') token: string): Promise<InvitationPreviewDto> {
    return this.orgs.preview(token);
  }

  @Post('invitations/:token/accept')
  accept(
    @Param('token') token: string,
    @ValidBody(acceptInvitationRequest) body: z.output<typeof acceptInvitationRequest>,
    @ClientMeta() client: ClientInfo,
  ): Promise<AuthResponse> {
    return this.orgs.accept(token, body, client);
  }
}
