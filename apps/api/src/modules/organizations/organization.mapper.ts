import type { MemberDto, OrganizationDto, UserDto } from '@yiqia/contracts';
import { regionFullName } from '@yiqia/domain/regions';
import type { User } from '../users/user.entity.js';
import type { Organization } from './organization.entity.js';

export function toOrganizationDto(org: Organization): OrganizationDto {
  return {
    id: org.id,
    name: org.name,
    type: org.type,
    creditCode: org.creditCode,
    regionCode: org.regionCode,
    regionName: regionFullName(org.regionCode),
    createdAt: org.createdAt.toISOString(),
  };
}

export function toUserDto(user: User): UserDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    orgRole: user.orgRole,
    organizationId: user.organizationId,
  };
}

export function toMemberDto(user: User): MemberDto {
  return { id: user.id, email: user.email, displayName: user.displayName, orgRole: user.orgRole ?? 'member', joinedAt: user.createdAt.toISOString() };
}
