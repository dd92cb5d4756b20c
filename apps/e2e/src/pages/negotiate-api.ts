import { randomUUID } from 'node:crypto';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import type { AuthResponse, ListingDto, MessageDto, RoomDto, RtAck, UnreadSummaryDto } from '@yiqia/contracts';
import { Api, type Session } from '../support/api.js';
import { PASSWORD, newOrg, uniqueId } from '../support/data.js';

/**
 * Set-up and checks of the negotiate journeys through the REST API and the `/rt` socket (what the
 * journey is about goes through the UI): organisations with a listing, colleagues, rooms, many
 * messages, and the stored truth (messages, unread totals, refusals) to compare the UI with.
 */
export class NegotiateApi {
  readonly api: Api;

  constructor(
    private readonly request: APIRequestContext,
    private readonly baseURL: string,
  ) {
    this.api = new Api(request);
  }

  private auth(token: string): Record<string, string> {
    return { authorization: `Bearer ${token}` };
  }

  private async json<T>(res: APIResponse, what: string, status: number): Promise<T> {
    if (res.status() !== status) throw new Error(`${what}: expected HTTP ${status}, got ${res.status()} ${await res.text()}`);
    return (await res.json()) as T;
  }

  /** A new organisation (社会组织) with its admin logged in, and one open listing of `kind`. */
  async orgWithListing(label: string, kind: 'need' | 'offer', title: string): Promise<{ session: Session; orgId: string; orgName: string; listing: ListingDto }> {
    const session = await this.api.registerOrg(newOrg(label));
    const orgId = session.auth.organization?.id ?? '';
    const listing = await this.json<ListingDto>(
      await this.request.post('/api/listings', {
        headers: this.auth(session.accessToken),
        data: {
          kind,
          title,
          summary: '面向锦江区社区长者的助餐与陪伴服务，希望与资助方、执行机构一起把项目做实做细。',
          domains: ['elderly'],
          targetGroups: ['elderly'],
          resourceTypes: kind === 'offer' ? ['volunteers'] : ['funding'],
          regionCode: '510104',
        },
      }),
      `POST /api/listings ${title}`,
      201,
    );
    return { session, orgId, orgName: session.auth.organization?.name ?? '', listing };
  }

  /** A second member of the session's organisation, invited and joined through the API. */
  async colleague(admin: Session, displayName = `同事${uniqueId().slice(-4)}`): Promise<Session> {
    const invitation = await this.api.createInvitation(admin.accessToken, admin.auth.organization?.id ?? '');
    const auth = await this.api.post<AuthResponse>(
      `/api/invitations/${invitation.token}/accept`,
      { email: `colleague-${uniqueId()}@e2e.yiqia.test`, password: PASSWORD, displayName },
      undefined,
      201,
    );
    return { accessToken: auth.accessToken, refreshToken: auth.refreshToken, auth };
  }

  async createRoom(token: string, body: { kind: 'direct' | 'negotiation'; participantOrgIds: string[]; listingIds?: string[]; title?: string; message?: string }): Promise<RoomDto> {
    const res = await this.request.post('/api/rooms', { headers: this.auth(token), data: body });
    if (![200, 201].includes(res.status())) throw new Error(`POST /api/rooms: HTTP ${res.status()} ${await res.text()}`);
    return (await res.json()) as RoomDto;
  }

  async room(token: string, roomId: string): Promise<{ status: number; body: RoomDto & { error?: { code: string } } }> {
    const res = await this.request.get(`/api/rooms/${roomId}`, { headers: this.auth(token) });
    return { status: res.status(), body: await res.json() };
  }

  async rooms(token: string): Promise<RoomDto[]> {
    return (await this.json<{ items: RoomDto[] }>(await this.request.get('/api/rooms?pageSize=100', { headers: this.auth(token) }), 'GET /api/rooms', 200)).items;
  }

  /** Every message of the room, ascending (pages of 200). */
  async allMessages(token: string, roomId: string): Promise<MessageDto[]> {
    const out: MessageDto[] = [];
    for (;;) {
      const after = out.at(-1)?.seq ?? 0;
      const page = await this.json<MessageDto[]>(
        await this.request.get(`/api/rooms/${roomId}/messages?afterSeq=${after}&limit=200`, { headers: this.auth(token) }),
        `GET messages of ${roomId}`,
        200,
      );
      out.push(...page);
      if (page.length < 200) return out;
    }
  }

  async unread(token: string): Promise<UnreadSummaryDto> {
    return this.json<UnreadSummaryDto>(await this.request.get('/api/rooms/unread', { headers: this.auth(token) }), 'GET /api/rooms/unread', 200);
  }

  /** A socket on /rt for the session (no Origin header: not a browser). */
  async socket(session: Session): Promise<Socket> {
    const s = io(`${this.baseURL}/rt`, { auth: { token: session.accessToken }, transports: ['websocket'], forceNew: true, reconnection: false });
    await new Promise<void>((resolve, reject) => {
      s.once('connect', () => resolve());
      s.once('connect_error', (e) => reject(e));
    });
    return s;
  }

  /** Sends each body in order through the socket, retrying a rate-limited send with the same clientId. */
  async sendAll(session: Session, roomId: string, bodies: string[]): Promise<MessageDto[]> {
    const s = await this.socket(session);
    const sent: MessageDto[] = [];
    try {
      for (const body of bodies) {
        const clientId = randomUUID();
        for (let attempt = 0; ; attempt += 1) {
          const a = (await s.timeout(10_000).emitWithAck('message:send', { roomId, clientId, body })) as RtAck<{ message: MessageDto }>;
          if (a.ok) {
            sent.push(a.message);
            break;
          }
          if (a.error.code !== 'RATE_LIMITED' || attempt > 50) throw new Error(`send refused: ${a.error.code} ${a.error.message}`);
          await new Promise((r) => setTimeout(r, 120));
        }
      }
    } finally {
      s.close();
    }
    return sent;
  }

  /** What a send into the room answers now (e.g. ROOM_CLOSED). */
  async trySend(session: Session, roomId: string, body: string): Promise<RtAck<{ message: MessageDto }>> {
    const s = await this.socket(session);
    try {
      return (await s.timeout(10_000).emitWithAck('message:send', { roomId, clientId: randomUUID(), body })) as RtAck<{ message: MessageDto }>;
    } finally {
      s.close();
    }
  }
}
