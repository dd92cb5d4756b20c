import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import type { AuthResponse, BoothDto, BoothStatsDto, ExpoDto, InvitationDto, Page, BoothSummaryDto, UpdateBoothRequest, UploadDto } from '@yiqia/contracts';
import { JINJIANG, newOrg, pdfBuffer, pngBuffer, type NewOrg } from './data.js';

export interface Session {
  accessToken: string;
  refreshToken: string;
  auth: AuthResponse;
}

/**
 * The REST API, for the parts of a journey that are set-up rather than the point (creating data,
 * logging in a second user, reading stats). Every call checks its status and says what failed.
 */
export class Api {
  constructor(private readonly request: APIRequestContext) {}

  private headers(token?: string, extra: Record<string, string> = {}): Record<string, string> {
    return { ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra };
  }

  private async json<T>(res: APIResponse, what: string, status: number): Promise<T> {
    if (res.status() !== status) {
      throw new Error(`${what}: expected HTTP ${status}, got ${res.status()} ${await res.text()}`);
    }
    return (status === 204 ? undefined : await res.json()) as T;
  }

  async get<T>(path: string, token?: string, status = 200): Promise<T> {
    return this.json<T>(await this.request.get(path, { headers: this.headers(token) }), `GET ${path}`, status);
  }

  async post<T>(path: string, body: unknown, token?: string, status = 200): Promise<T> {
    return this.json<T>(await this.request.post(path, { data: body, headers: this.headers(token) }), `POST ${path}`, status);
  }

  async patch<T>(path: string, body: unknown, token?: string, status = 200): Promise<T> {
    return this.json<T>(await this.request.patch(path, { data: body, headers: this.headers(token) }), `PATCH ${path}`, status);
  }

  private session(auth: AuthResponse): Session {
    return { accessToken: auth.accessToken, refreshToken: auth.refreshToken, auth };
  }

  async login(email: string, password: string): Promise<Session> {
    return this.session(await this.post<AuthResponse>('/api/auth/login', { email, password }));
  }

  /** Registers a new 社会组织 in 锦江区 with its admin account. */
  async registerOrg(org: NewOrg = newOrg()): Promise<Session & { org: NewOrg }> {
    const auth = await this.post<AuthResponse>(
      '/api/auth/register',
      {
        email: org.email,
        password: org.password,
        displayName: org.adminName,
        organization: { type: 'social_org', name: org.name, creditCode: org.creditCode, regionCode: JINJIANG.code },
      },
      undefined,
      201,
    );
    return { ...this.session(auth), org };
  }

  async currentExpo(): Promise<ExpoDto> {
    return this.get<ExpoDto>('/api/expos/current');
  }

  async listBooths(expoId: string, query: Record<string, string | number> = {}): Promise<Page<BoothSummaryDto>> {
    const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
    return this.get<Page<BoothSummaryDto>>(`/api/expos/${expoId}/booths${qs ? `?${qs}` : ''}`);
  }

  async createBooth(token: string, expoId: string, title: string): Promise<BoothDto> {
    return this.post<BoothDto>(`/api/expos/${expoId}/booths`, { title }, token, 201);
  }

  async updateBooth(token: string, boothId: string, patch: UpdateBoothRequest): Promise<BoothDto> {
    return this.patch<BoothDto>(`/api/booths/${boothId}`, patch, token);
  }

  async submitBooth(token: string, boothId: string): Promise<BoothDto> {
    return this.post<BoothDto>(`/api/booths/${boothId}/submit`, {}, token);
  }

  async reviewBooth(token: string, boothId: string, decision: 'approve' | 'reject', reason?: string): Promise<BoothDto> {
    return this.post<BoothDto>(`/api/booths/${boothId}/review`, { decision, ...(reason ? { reason } : {}) }, token);
  }

  async upload(token: string, name: string, mimeType: string, buffer: Buffer): Promise<UploadDto> {
    const res = await this.request.post('/api/uploads', { multipart: { file: { name, mimeType, buffer } }, headers: this.headers(token) });
    return this.json<UploadDto>(res, `upload ${name}`, 201);
  }

  async stats(token: string, boothId: string): Promise<BoothStatsDto> {
    return this.get<BoothStatsDto>(`/api/booths/${boothId}/stats?days=30`, token);
  }

  async createInvitation(token: string, orgId: string): Promise<InvitationDto> {
    return this.post<InvitationDto>(`/api/organizations/${orgId}/invitations`, { role: 'member' }, token, 201);
  }

  /**
   * A booth with everything submit needs (title, intro, logo, zone, a contact), created by a new
   * organisation in the current expo. Returns it as a draft unless `submit` is set.
   */
  async completeBooth(owner: Session, expo: ExpoDto, title: string, options: { submit?: boolean; zoneCode?: string } = {}): Promise<BoothDto> {
    const booth = await this.createBooth(owner.accessToken, expo.id, title);
    const logo = await this.upload(owner.accessToken, 'logo.png', 'image/png', pngBuffer(96, 96, [212, 56, 13]));
    const doc = await this.upload(owner.accessToken, '项目方案.pdf', 'application/pdf', pdfBuffer());
    const zone = expo.zones.find((z) => z.code === options.zoneCode) ?? expo.zones[0];
    const updated = await this.updateBooth(owner.accessToken, booth.id, {
      slogan: '让每一位独居老人都有人陪伴',
      introHtml: '<p>我们为社区长者提供<strong>上门探访</strong>与助餐服务，正在寻找场地与志愿者合作。</p>',
      logoUrl: logo.url,
      zoneCode: zone.code,
      domainCodes: zone.domainCode ? [zone.domainCode] : [],
      documents: [{ url: doc.url, name: doc.originalName, size: doc.size }],
      contacts: [{ name: '李老师', role: '项目主管', phone: '028-8888 6666', email: 'contact@e2e.yiqia.test' }],
    });
    expect(updated.title).toBe(title);
    return options.submit ? this.submitBooth(owner.accessToken, booth.id) : updated;
  }
}
