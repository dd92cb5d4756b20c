import type { APIRequestContext } from '@playwright/test';
import type { CreateListingRequest, IntentDto, IntentTerms, ListingDto, RoomDto } from '@yiqia/contracts';
import type { Api } from '../support/api.js';
import type { OrgSession } from './negotiate-schedule-api.js';

/** REST set-up and checks of the intent journeys (rooms, listings, intent versions). */
export class IntentApi {
  constructor(
    private readonly api: Api,
    private readonly request: APIRequestContext,
  ) {}

  async createListing(token: string, body: CreateListingRequest): Promise<ListingDto> {
    return this.api.post<ListingDto>('/api/listings', body, token, 201);
  }

  async listing(id: string): Promise<ListingDto> {
    return this.api.get<ListingDto>(`/api/listings/${id}`);
  }

  /** A negotiation room opened by `creator` with the other organisations, about some listings. */
  async negotiationRoom(creator: OrgSession, others: OrgSession[], title: string, listingIds: string[] = []): Promise<RoomDto> {
    return this.api.post<RoomDto>('/api/rooms', { kind: 'negotiation', title, listingIds, participantOrgIds: others.map((o) => o.orgId) }, creator.accessToken, 201);
  }

  async intent(token: string, roomId: string): Promise<IntentDto> {
    return this.api.get<IntentDto>(`/api/rooms/${roomId}/intent`, token);
  }

  async propose(token: string, roomId: string, terms: IntentTerms): Promise<IntentDto> {
    return this.api.post<IntentDto>(`/api/rooms/${roomId}/intent`, { terms }, token, 201);
  }

  /** POST …/sign answered as it is (status and body), to check refusals. */
  async signRaw(token: string, roomId: string, version: number): Promise<{ status: number; code?: string }> {
    const res = await this.request.post(`/api/rooms/${roomId}/intent/versions/${version}/sign`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await res.json()) as { error?: { code: string } };
    return { status: res.status(), code: body.error?.code };
  }
}
