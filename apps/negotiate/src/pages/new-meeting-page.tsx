import { PageContainer } from '@yiqia/web-ui';
import { useNegotiateT } from '../i18n/index.js';

/** Placeholder until the page is built. */
export function NewMeetingPage() {
  const { t } = useNegotiateT();
  return <PageContainer title={t('meeting.newTitle')} />;
}
