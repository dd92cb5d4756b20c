import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import type { z } from 'zod';
import type { AuthResponse, InvitationDto, InvitationPreviewDto, MemberDto, acceptInvitationRequest, createInvitationRequest } from '@yiqia/contracts';
import { conflict, forbidden, notFound } from '../../common/api.exception.js';
import { uniqueViolation } from '../../common/pg-errors.js';
import { uuidPattern } from '../../common/zod-validation.js';
import type { AuthContext } from '../auth/auth-context.js';
import { AuthService, type ClientInfo } from '../auth/auth.service.js';
import { PasswordService } from '../auth/password.service.js';
import { Session } from '../auth/session.entity.js';
import { SessionEvents } from '../auth/session-events.js';
import { sha256 } from '../auth/token.service.js';
import { User } from '../users/user.entity.js';
import { Invitation } from './invitation.entity.js';
import { Organization } from './organization.entity.js';
import { toMemberDto } from './organization.mapper.js';

const INVITATION_TTL_MS = 7 * 86_400_000;

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly ds: DataSource,
    private readonly passwords: PasswordService,
    private readonly auth: AuthService,
    private readonly sessionEvents: SessionEvents,
  ) {}

  /** Members of the organisation (and organizers) may read; only its admins may change. */
  private assertMember(caller: AuthContext, orgId: string, needAdmin: boolean): void {
    if (!uuidPattern.test(orgId)) throw notFound();
    const isMember = caller.organizationId === orgId;
    if (needAdmin ? !(isMember && caller.orgRole === 'admin') : !(isMember || caller.role === 'organizer')) throw forbidden();
  }

  async members(caller: AuthContext, orgId: string): Promise<MemberDto[]> {
    this.assertMember(caller, orgId, false);
    const users = await this.ds.getRepository(User).find({ where: { organizationId: orgId }, order: { createdAt: 'ASC' } });
    return users.map(toMemberDto);
  }

  async removeMember(caller: AuthContext, orgId: string, userId: string): Promise<void> {
    this.assertMember(caller, orgId, true);
    if (!uuidPattern.test(userId)) throw notFound();
    await this.ds.transaction(async (m) => {
      // Lock the organisation's members so two admins removing each other cannot leave it without one.
      const members = await m.find(User, { where: { organizationId: orgId }, lock: { mode: 'pessimistic_write' } });
      const target = members.find((u) => u.id === userId);
      if (!target) throw notFound();
      const admins = members.filter((u) => u.orgRole === 'admin');
      if (target.orgRole === 'admin' && admins.length === 1) throw conflict('LAST_ADMIN');
      await m.update(User, target.id, { organizationId: null, orgRole: null });
      await m.update(Session, { userId: target.id, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: 'removed_from_organization' });
    });
    this.sessionEvents.ended({ userId });
  }

  async createInvitation(caller: AuthContext, orgId: string, input: z.output<typeof createInvitationRequest>): Promise<InvitationDto> {
    this.assertMember(caller, orgId, true);
    const token = randomBytes(24).toString('base64url');
    const inv = await this.ds.getRepository(Invitation).save({
      organizationId: orgId,
      tokenHash: sha256(token),
      email: input.email ?? null,
      role: input.role,
      invitedBy: caller.userId,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
    });
    return { ...this.toDto(inv), token, path: `/invite/${token}` };
  }

  async pendingInvitations(caller: AuthContext, orgId: string): Promise<InvitationDto[]> {
    this.assertMember(caller, orgId, true);
    const rows = await this.ds
      .getRepository(Invitation)
      .createQueryBuilder('i')
      .where('i.organization_id = :orgId AND i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()', { orgId })
      .orderBy('i.created_at', 'DESC')
      .getMany();
    return rows.map((r) => this.toDto(r));
  }

  async revokeInvitation(caller: AuthContext, orgId: string, invitationId: string): Promise<void> {
    this.assertMember(caller, orgId, true);
    if (!uuidPattern.test(invitationId)) throw notFound();
    const result = await this.ds.getRepository(Invitation).update({ id: invitationId, organizationId: orgId, usedAt: IsNull() }, { revokedAt: new Date() });
    if (!result.affected) throw notFound();
  }

  async preview(token: string): Promise<InvitationPreviewDto> {
    const row: { org_id: string; name: string; type: string; inviter: string; role: InvitationPreviewDto['role']; expires_at: Date }[] = await this.ds.query(
      `SELECT o.id AS org_id, o.name, o.type, u.display_name AS inviter, i.role, i.expires_at
         FROM invitations i JOIN organizations o ON o.id = i.organization_id JOIN users u ON u.id = i.invited_by
        WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()`,
      [sha256(token)],
    );
    if (row.length === 0) throw notFound('INVITATION_INVALID');
    const r = row[0];
    return { organization: { id: r.org_id, name: r.name, type: r.type }, invitedBy: r.inviter, role: r.role, expiresAt: r.expires_at.toISOString() };
  }

  /** Creates the account and uses the link up, in one transaction: a link works exactly once. */
  async accept(token: string, input: z.output<typeof acceptInvitationRequest>, client: ClientInfo): Promise<AuthResponse> {
    const passwordHash = await this.passwords.hash(input.password);
    try {
      return await this.ds.transaction(async (m) => {
        const inv = await m
          .getRepository(Invitation)
          .createQueryBuilder('i')
          .setLock('pessimistic_write')
          .where('i.token_hash = :h AND i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()', { h: sha256(token) })
          .getOne();
        if (!inv) throw notFound('INVITATION_INVALID');
        const user = await m.save(
          m.create(User, { email: input.email, passwordHash, displayName: input.displayName, role: 'member', organizationId: inv.organizationId, orgRole: inv.role }),
        );
        await m.update(Invitation, inv.id, { usedAt: new Date(), usedBy: user.id });
        const org = await m.findOneByOrFail(Organization, { id: inv.organizationId });
        return this.auth.startSession(m, user, org, client);
      });
    } catch (e) {
      if (uniqueViolation(e) === 'uq_users_email') throw conflict('EMAIL_TAKEN');
      throw e;
    }
  }

  private toDto(inv: Invitation): InvitationDto {
    return { id: inv.id, email: inv.email, role: inv.role, expiresAt: inv.expiresAt.toISOString(), createdAt: inv.createdAt.toISOString() };
  }
}
