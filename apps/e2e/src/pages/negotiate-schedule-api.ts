import type { APIRequestContext } from '@playwright/test';
import type { AuthResponse, BoothDto, CreateMeetingRequest, ExpoDto, MeetingDto } from '@yiqia/contracts';
import { creditCodeCheckChar, type OrgType } from '@yiqia/domain';
import type { Api, Session } from '../support/api.js';
import { DEMO, JINJIANG, PASSWORD, uniqueId } from '../support/data.js';

const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** First two characters of a 统一社会信用代码 by organisation type (GB 32100: registering authority + category). */
const CODE_PREFIX: Partial<Record<OrgType, string>> = { foundation: '53', social_org: '52', company: '91', government: '11', community: '55' };

export interface OrgSession extends Session {
  orgId: string;
  orgName: string;
  adminName: string;
}

/**
 * Set-up of the negotiation journeys through the REST API: organisations of any type with their admin,
 * an exhibitor with an approved booth, members, meeting requests — everything unique per run, so a
 * reused server's older data never clashes with it.
 */
export class NegotiationSetup {
  constructor(
    private readonly api: Api,
    private readonly request: APIRequestContext,
  ) {}

  async registerOrg(type: OrgType, label: string): Promise<OrgSession> {
    const id = uniqueId();
    let code = `${CODE_PREFIX[type] ?? '52'}${JINJIANG.code}`;
    while (code.length < 17) code += CODE_ALPHABET[Math.floor(Math.random() * CODE_ALPHABET.length)];
    code += creditCodeCheckChar(code);
    const adminName = `负责人${id.slice(-4)}`;
    const auth = await this.api.post<AuthResponse>(
      '/api/auth/register',
      {
        email: `admin-${id}@e2e.yiqia.test`,
        password: PASSWORD,
        displayName: adminName,
        organization: { type, name: `${label}${id.slice(-5)}`, creditCode: code, regionCode: JINJIANG.code },
      },
      undefined,
      201,
    );
    return { accessToken: auth.accessToken, refreshToken: auth.refreshToken, auth, orgId: auth.organization?.id ?? '', orgName: auth.organization?.name ?? '', adminName };
  }

  /** A member (not an admin) of an organisation, through an invitation link. */
  async addMember(admin: OrgSession, displayName: string): Promise<Session> {
    const invitation = await this.api.createInvitation(admin.accessToken, admin.orgId);
    const auth = await this.api.post<AuthResponse>(
      `/api/invitations/${invitation.token}/accept`,
      { email: `member-${uniqueId()}@e2e.yiqia.test`, password: PASSWORD, displayName },
      undefined,
      201,
    );
    return { accessToken: auth.accessToken, refreshToken: auth.refreshToken, auth };
  }

  /** A booth of `owner` in the current expo, submitted and approved by the organizer. */
  async approvedBooth(owner: OrgSession, expo: ExpoDto, title: string): Promise<BoothDto> {
    const booth = await this.api.completeBooth(owner, expo, title, { submit: true });
    const organizer = await this.api.login(DEMO.organizer.email, DEMO.organizer.password);
    return this.api.reviewBooth(organizer.accessToken, booth.id, 'approve');
  }

  async createMeeting(token: string, body: CreateMeetingRequest): Promise<MeetingDto> {
    return this.api.post<MeetingDto>('/api/meetings', body, token, 201);
  }

  /** POST /api/meetings answered with an error: its status and body. */
  async createMeetingRaw(token: string, body: CreateMeetingRequest): Promise<{ status: number; body: { error?: { code: string; message: string; details?: { fields?: { path: string; code: string; message: string }[] } } } }> {
    const res = await this.request.post('/api/meetings', { data: body, headers: { authorization: `Bearer ${token}` } });
    return { status: res.status(), body: await res.json() };
  }

  async meetings(token: string): Promise<MeetingDto[]> {
    return this.api.get<MeetingDto[]>('/api/meetings', token);
  }
}

/**
 * Beijing wall-clock times on the expo's last day (the demo expo runs from yesterday to the end of
 * tomorrow, Beijing time): `at('14:00')` → the instant, as ISO. `dayAfter` is the first day after the expo.
 */
export function expoLastDay(expo: ExpoDto): { day: string; dayAfter: string; at: (hhmm: string) => string } {
  const BEIJING = 8 * 3_600_000;
  const lastStart = Date.parse(expo.endsAt) - 86_400_000;
  const day = new Date(lastStart + BEIJING).toISOString().slice(0, 10);
  const dayAfter = new Date(Date.parse(expo.endsAt) + BEIJING).toISOString().slice(0, 10);
  return { day, dayAfter, at: (hhmm: string) => new Date(`${day}T${hhmm}:00+08:00`).toISOString() };
}

/** "20261125T060000Z" — an instant as an ICS UTC DATE-TIME. */
export function icsUtc(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}
