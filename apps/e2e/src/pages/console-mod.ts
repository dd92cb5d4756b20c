import type { APIRequestContext } from '@playwright/test';
import type { ExpoDto, ListingDto, RoomDto } from '@yiqia/contracts';
import type { Session } from '../support/api.js';
import { newOrg } from '../support/data.js';
import { NegotiateApi } from './negotiate-api.js';

/** The demo organizer (DEMO_DATA=1). */
export const DEMO_ORGANIZER = { email: 'organizer@yiqia.demo', password: 'Organizer2026' } as const;
/** The demo exhibitor (a social organisation with an approved booth). */
export const DEMO_EXHIBITOR = { email: 'exhibitor@yiqia.demo', password: 'Exhibitor2026' } as const;

export interface ExpoOrg {
  session: Session;
  orgId: string;
  orgName: string;
  listing: ListingDto;
}

/**
 * Set-up of the console journeys through the REST API: organisations with a listing placed in the
 * current expo (so their rooms belong to it and the console monitors them), and rooms between them.
 */
export class ConsoleModApi {
  readonly n: NegotiateApi;

  constructor(
    private readonly request: APIRequestContext,
    baseURL: string,
  ) {
    this.n = new NegotiateApi(request, baseURL);
  }

  async expo(): Promise<ExpoDto> {
    return this.n.api.currentExpo();
  }

  /** A new 社会组织 (admin logged in) with one open listing of `kind` in the expo. */
  async orgInExpo(expo: ExpoDto, label: string, kind: 'need' | 'offer', title: string): Promise<ExpoOrg> {
    const session = await this.n.api.registerOrg(newOrg(label));
    const res = await this.request.post('/api/listings', {
      headers: { authorization: `Bearer ${session.accessToken}` },
      data: {
        kind,
        title,
        summary: '面向锦江区社区独居长者的助餐、探访与陪伴服务，希望与资助方和执行机构一起把项目做实。',
        domains: ['elderly'],
        targetGroups: ['elderly'],
        resourceTypes: kind === 'offer' ? ['volunteers'] : ['funding'],
        regionCode: '510104',
        expoId: expo.id,
      },
    });
    if (res.status() !== 201) throw new Error(`POST /api/listings ${title}: HTTP ${res.status()} ${await res.text()}`);
    const listing = (await res.json()) as ListingDto;
    return { session, orgId: session.auth.organization?.id ?? '', orgName: session.auth.organization?.name ?? '', listing };
  }

  /** A negotiation room `a` opens with `b` about both listings (so it belongs to the expo). */
  async room(a: ExpoOrg, b: ExpoOrg, title: string): Promise<RoomDto> {
    return this.n.createRoom(a.session.accessToken, { kind: 'negotiation', participantOrgIds: [b.orgId], listingIds: [a.listing.id, b.listing.id], title });
  }
}
