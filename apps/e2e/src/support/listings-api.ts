import type { APIRequestContext } from '@playwright/test';
import type { CreateListingRequest, ListingDto, SearchListingsResponse, UpdateListingRequest } from '@yiqia/contracts';

/**
 * Listing and search calls for the listings journeys: set-up (a listing of another organisation) and
 * checks the UI cannot show (what search answers, what a stranger's PATCH gets). Returns the status
 * with the body, so a test can assert refusals as well as successes.
 */
export class ListingsApi {
  constructor(private readonly request: APIRequestContext) {}

  private headers(token?: string): Record<string, string> {
    return token ? { authorization: `Bearer ${token}` } : {};
  }

  async create(token: string, body: CreateListingRequest): Promise<ListingDto> {
    const res = await this.request.post('/api/listings', { data: body, headers: this.headers(token) });
    if (res.status() !== 201) throw new Error(`POST /api/listings: expected 201, got ${res.status()} ${await res.text()}`);
    return (await res.json()) as ListingDto;
  }

  async get(id: string, token?: string): Promise<{ status: number; body: ListingDto & { error?: { code: string } } }> {
    const res = await this.request.get(`/api/listings/${id}`, { headers: this.headers(token) });
    return { status: res.status(), body: await res.json() };
  }

  async patch(id: string, patch: UpdateListingRequest, token?: string): Promise<{ status: number; body: ListingDto & { error?: { code: string; message: string } } }> {
    const res = await this.request.patch(`/api/listings/${id}`, { data: patch, headers: this.headers(token) });
    return { status: res.status(), body: await res.json() };
  }

  async remove(id: string, token?: string): Promise<{ status: number; text: string }> {
    const res = await this.request.delete(`/api/listings/${id}`, { headers: this.headers(token) });
    return { status: res.status(), text: await res.text() };
  }

  /** GET /api/search/listings with the given parameters (anonymous, like any visitor). */
  async search(params: Record<string, string | number>): Promise<SearchListingsResponse> {
    const qs = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
    const res = await this.request.get(`/api/search/listings?${qs}`);
    if (res.status() !== 200) throw new Error(`GET /api/search/listings?${qs}: expected 200, got ${res.status()} ${await res.text()}`);
    return (await res.json()) as SearchListingsResponse;
  }

  /** Ids of the listings search finds for `q` (first 100). */
  async searchIds(q: string): Promise<string[]> {
    return (await this.search({ q, perPage: 100 })).hits.map((h) => h.id);
  }
}
