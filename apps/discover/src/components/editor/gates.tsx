import { Navigate, useLocation } from 'react-router';
import { Result } from 'antd';
import { PageContainer } from '@yiqia/web-ui';
import { useDiscoverT } from '../../i18n/index.js';
import { paths } from '../../paths.js';
import { ArrowLeftOutlined, EyeOutlined } from './icons.js';
import { LinkButton } from './link-button.js';

/** Anonymous visitors of a members' page go to the login and come back afterwards. */
export function ToLogin() {
  const location = useLocation();
  const from = `${location.pathname}${location.search}${location.hash}`;
  return <Navigate to={paths.login(from)} replace state={{ from }} />;
}

/** A signed-in account without an organisation (the organizer): listings are published by organisations. */
export function NoOrganization({ title }: { title: string }) {
  const { t } = useDiscoverT();
  return (
    <PageContainer title={title}>
      <Result status="info" title={t('mine.noOrg')} subTitle={t('mine.noOrgHint')} data-testid="listings-no-org" />
    </PageContainer>
  );
}

/** Editing a listing of another organisation. */
export function NoPermission({ listingId }: { listingId: string }) {
  const { t } = useDiscoverT();
  return (
    <PageContainer>
      <Result
        status="403"
        title={t('editor.forbiddenTitle')}
        subTitle={t('editor.forbiddenHint')}
        data-testid="listing-forbidden"
        extra={[
          <LinkButton key="view" type="primary" icon={<EyeOutlined />} to={paths.listing(listingId)} data-testid="forbidden-view-listing">
            {t('editor.viewListing')}
          </LinkButton>,
          <LinkButton key="mine" icon={<ArrowLeftOutlined />} to={paths.myListings()}>
            {t('editor.backToMine')}
          </LinkButton>,
        ]}
      />
    </PageContainer>
  );
}

/** A listing that does not exist (or was deleted). */
export function ListingGone() {
  const { t } = useDiscoverT();
  return (
    <PageContainer>
      <Result
        status="404"
        title={t('editor.notFoundTitle')}
        subTitle={t('editor.notFoundHint')}
        data-testid="listing-edit-not-found"
        extra={
          <LinkButton type="primary" to={paths.myListings()}>
            {t('editor.backToMine')}
          </LinkButton>
        }
      />
    </PageContainer>
  );
}
