import type { APIRequestContext, APIResponse } from '@playwright/test';
import type { CreateListingRequest, ListingDto, SearchListingsResponse, TaxonomyDto } from '@yiqia/contracts';

/**
 * REST helpers of the discover journeys: listings set up through the API, and the search API the UI
 * is compared with (same query string as the page's URL).
 */
export class DiscoverApi {
  constructor(private readonly request: APIRequestContext) {}

  private async json<T>(res: APIResponse, what: string, status: number): Promise<T> {
    if (res.status() !== status) throw new Error(`${what}: expected HTTP ${status}, got ${res.status()} ${await res.text()}`);
    return (status === 204 ? undefined : await res.json()) as T;
  }

  private auth(token?: string): Record<string, string> {
    return token ? { authorization: `Bearer ${token}` } : {};
  }

  /** GET /api/search/listings with a query string (e.g. the page's own URL query) and a page size. */
  async search(query: URLSearchParams | string | Record<string, string | number | string[]>, perPage = 20): Promise<SearchListingsResponse> {
    const params =
      query instanceof URLSearchParams
        ? new URLSearchParams(query)
        : typeof query === 'string'
          ? new URLSearchParams(query)
          : new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, String(v)]])));
    params.set('perPage', String(perPage));
    const path = `/api/search/listings?${params.toString()}`;
    return this.json<SearchListingsResponse>(await this.request.get(path), `GET ${path}`, 200);
  }

  async taxonomy(): Promise<TaxonomyDto> {
    return this.json<TaxonomyDto>(await this.request.get('/api/taxonomy'), 'GET /api/taxonomy', 200);
  }

  async createListing(token: string, body: CreateListingRequest): Promise<ListingDto> {
    return this.json<ListingDto>(await this.request.post('/api/listings', { data: body, headers: this.auth(token) }), `POST /api/listings ${body.title}`, 201);
  }

  async getListing(id: string, token?: string): Promise<ListingDto> {
    return this.json<ListingDto>(await this.request.get(`/api/listings/${id}`, { headers: this.auth(token) }), `GET /api/listings/${id}`, 200);
  }

  /** Soft delete (the listing leaves search); missing ones are fine (cleanup after a failed set-up). */
  async deleteListing(token: string, id: string): Promise<void> {
    const res = await this.request.delete(`/api/listings/${id}`, { headers: this.auth(token) });
    if (![200, 204, 404].includes(res.status())) throw new Error(`DELETE /api/listings/${id}: HTTP ${res.status()} ${await res.text()}`);
  }
}
