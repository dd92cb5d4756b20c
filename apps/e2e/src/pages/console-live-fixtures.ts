import type { APIRequestContext } from '@playwright/test';
import type { ListingDto } from '@yiqia/contracts';
import { Api, type Session } from '../support/api.js';
import { newOrg } from '../support/data.js';

/** A new organisation (社会组织, 锦江区) publishing one listing in the current expo (the dashboard and exports count only those). */
export async function orgWithExpoListing(
  request: APIRequestContext,
  label: string,
  kind: 'need' | 'offer',
  title: string,
): Promise<{ session: Session; orgName: string; listing: ListingDto }> {
  const api = new Api(request);
  const expo = await api.currentExpo();
  const session = await api.registerOrg(newOrg(label));
  const listing = await api.post<ListingDto>(
    '/api/listings',
    {
      kind,
      title,
      summary: '面向锦江区社区长者的助餐与陪伴服务，希望与资助方、执行机构一起把项目做实做细。',
      domains: ['elderly'],
      targetGroups: ['elderly'],
      resourceTypes: kind === 'offer' ? ['volunteers'] : ['funding'],
      regionCode: '510104',
      expoId: expo.id,
    },
    session.accessToken,
    201,
  );
  return { session, orgName: session.auth.organization?.name ?? '', listing };
}
