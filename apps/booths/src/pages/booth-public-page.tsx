import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { Flex, Result } from 'antd';
import { ArrowLeftOutlined, CalendarOutlined } from '../icons.js';
import { getVisitorId, useAuth, useExpo } from '@yiqia/web-data';
import { ErrorState, LoadingState, PageContainer } from '@yiqia/web-ui';
import { BoothContactButton } from '../components/booth-contact-button.js';
import { BoothListings } from '../components/booth-listings.js';
import { BoothView } from '../components/booth-view.js';
import { LinkButton } from '../components/link-button.js';
import { isNotFound, recordVisit, useBooth } from '../data/booths.js';
import { useBoothsT } from '../i18n/index.js';
import { paths } from '../paths.js';
import { zoneLabel } from './expo-landing-page.js';
import { usePageTitle } from '../data/use-page-title.js';

/** Counts one visit per page view (React's dev double effects and re-renders do not count twice). */
function useRecordVisit(boothId: string | undefined, ready: boolean) {
  const counted = useRef<string | null>(null);
  useEffect(() => {
    if (!boothId || !ready || counted.current === boothId) return;
    counted.current = boothId;
    recordVisit(boothId, getVisitorId());
  }, [boothId, ready]);
}

/** /expos/:slug/booths/:boothId — the public (approved) version of a booth. */
export function BoothPublicPage() {
  const { slug, boothId } = useParams();
  const { t, lang } = useBoothsT();
  const expo = useExpo(slug);
  const booth = useBooth(boothId, 'public');
  const { organization } = useAuth();
  useRecordVisit(boothId, booth.isSuccess);
  usePageTitle(booth.data ? `${booth.data.title}${expo.data ? ` · ${expo.data.name}` : ''}` : null);

  if (booth.isPending) return <LoadingState />;
  if (booth.isError) {
    return (
      <PageContainer>
        {isNotFound(booth.error) ? (
          <Result
            status="404"
            title={t('booth.notPublic')}
            subTitle={t('booth.notPublicHint')}
            data-testid="booth-not-found"
            extra={
              slug ? (
                <LinkButton type="primary" to={paths.expo(slug)}>
                  {t('booth.backToExpo', { name: expo.data?.name ?? t('expo.breadcrumb') })}
                </LinkButton>
              ) : null
            }
          />
        ) : (
          <ErrorState error={booth.error} onRetry={() => void booth.refetch()} />
        )}
      </PageContainer>
    );
  }

  const b = booth.data;
  // Members of the booth's organisation do not request meetings with themselves.
  const ownBooth = !!organization && organization.id === b.organization.id;
  const zone = expo.data?.zones.find((z) => z.code === b.zoneCode);
  return (
    <PageContainer
      data-testid="booth-page"
      breadcrumb={[
        { title: <Link to={paths.expo(slug ?? '')}>{expo.data?.name ?? t('expo.breadcrumb')}</Link> },
        ...(zone ? [{ title: <Link to={`${paths.expo(slug ?? '')}?zone=${encodeURIComponent(zone.code)}`}>{zoneLabel(zone, lang)}</Link> }] : []),
        { title: b.title },
      ]}
    >
      {!ownBooth && (
        <Flex justify="flex-end" gap={8} wrap style={{ marginBottom: 12 }} data-testid="booth-actions">
          <BoothContactButton orgId={b.organization.id} />
          <LinkButton
            type="primary"
            icon={<CalendarOutlined />}
            title={t('booth.requestMeetingHint')}
            to={paths.requestMeeting({ boothId: b.id, orgId: b.organization.id, expoId: b.expoId })}
            data-testid="booth-request-meeting"
          >
            {t('booth.requestMeeting')}
          </LinkButton>
        </Flex>
      )}
      <BoothView
        content={b}
        organization={b.organization}
        zoneName={zone ? zoneLabel(zone, lang) : null}
        publishedAt={b.publishedAt}
        mainExtra={<BoothListings boothId={b.id} />}
      />
      <div style={{ marginTop: 24 }}>
        <LinkButton to={paths.expo(slug ?? '')} icon={<ArrowLeftOutlined />} data-testid="booth-back">
          {t('booth.backToExpo', { name: expo.data?.name ?? t('expo.breadcrumb') })}
        </LinkButton>
      </div>
    </PageContainer>
  );
}
