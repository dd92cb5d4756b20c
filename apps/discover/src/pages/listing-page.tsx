import { PageContainer } from '@yiqia/web-ui';
import { useDiscoverT } from '../i18n/index.js';

/** Placeholder until the page is built. */
export function ListingPage() {
  const { t } = useDiscoverT();
  return <PageContainer title={t('search.title')} />;
}
