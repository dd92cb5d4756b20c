import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Alert, Breadcrumb, Button, Card, Col, Descriptions, Flex, Grid, Row, Tag, Typography, theme } from 'antd';
import type { ListingDto } from '@yiqia/contracts';
import { DomainTag, ErrorState, LoadingState, NotFoundState, ResourceTypeTag } from '@yiqia/web-ui';
import { BoothLinkCard } from '../components/listing/booth-link-card.js';
import { ContactPanel } from '../components/listing/contact-panel.js';
import { ArrowLeftOutlined, CalendarOutlined, ClockCircleOutlined, EnvironmentOutlined, PayCircleOutlined } from '../components/listing/icons.js';
import { ListingBody } from '../components/listing/listing-body.js';
import { ListingMatches } from '../components/matching/listing-matches.js';
import { KIND_COLORS, ListingKindTag, ListingStatusTag } from '../components/listing/listing-tags.js';
import { OrganizationCard } from '../components/listing/organization-card.js';
import { useFormatAmount } from '../components/listing/use-amount.js';
import { isNotFound, useListing } from '../data/listing.js';
import { useDiscoverLabels } from '../data/taxonomy.js';
import { useDiscoverT } from '../i18n/index.js';
import { formatDate } from '../lib/format.js';
import { usePageTitle } from '../lib/page-title.js';
import { paths } from '../paths.js';

function usePeriod(): (listing: Pick<ListingDto, 'startsAt' | 'endsAt'>) => string {
  const { t, lang } = useDiscoverT();
  return ({ startsAt, endsAt }) => {
    const start = formatDate(startsAt, lang);
    const end = formatDate(endsAt, lang);
    if (start && end) return t('listing.periodRange', { start, end });
    if (start) return t('listing.periodFrom', { start });
    if (end) return t('listing.periodUntil', { end });
    return '';
  };
}

function Meta({ icon, children, testId }: { icon: ReactNode; children: ReactNode; testId: string }) {
  return (
    <span data-testid={testId} style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
      {icon}
      {children}
    </span>
  );
}

function ListingHeader({ listing }: { listing: ListingDto }) {
  const { t, lang } = useDiscoverT();
  const { token } = theme.useToken();
  const wide = Grid.useBreakpoint().md ?? true;
  const formatAmount = useFormatAmount();
  const period = usePeriod()(listing);
  const amount = formatAmount(listing.amountMin, listing.amountMax);
  const colors = KIND_COLORS[listing.kind];
  return (
    <Card
      data-testid="listing-header"
      style={{ borderTop: `4px solid ${colors.accent}`, overflow: 'hidden' }}
      styles={{ body: { padding: wide ? '24px 28px' : 18, background: `linear-gradient(180deg, ${colors.soft} 0%, #fff 120px)` } }}
    >
      <Flex gap={8} align="center" wrap>
        <ListingKindTag kind={listing.kind} size="large" />
        <ListingStatusTag status={listing.status} />
      </Flex>
      <Typography.Title level={1} style={{ margin: '12px 0 0', fontSize: wide ? 26 : 21, lineHeight: 1.4 }} data-testid="listing-title">
        {listing.title}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: '10px 0 0', fontSize: 15, lineHeight: 1.8, color: token.colorTextSecondary }} data-testid="listing-summary">
        {listing.summary}
      </Typography.Paragraph>
      <Flex gap="8px 24px" wrap style={{ marginTop: 16, color: token.colorTextSecondary, fontSize: 14 }}>
        {listing.regionName && (
          <Meta icon={<EnvironmentOutlined />} testId="listing-region">
            {listing.regionName}
          </Meta>
        )}
        {amount && (
          <Meta icon={<PayCircleOutlined />} testId="listing-amount">
            <Typography.Text strong style={{ color: colors.accent, fontSize: 15 }}>
              {amount}
            </Typography.Text>
          </Meta>
        )}
        {period && (
          <Meta icon={<ClockCircleOutlined />} testId="listing-period">
            {period}
          </Meta>
        )}
        <Meta icon={<CalendarOutlined />} testId="listing-published">
          {t('search.card.publishedAt', { date: formatDate(listing.createdAt, lang) })}
        </Meta>
      </Flex>
    </Card>
  );
}

function KeyFacts({ listing }: { listing: ListingDto }) {
  const { t, lang } = useDiscoverT();
  const labels = useDiscoverLabels();
  const formatAmount = useFormatAmount();
  const period = usePeriod()(listing);
  const none = <Typography.Text type="secondary">{t('listing.notSpecified')}</Typography.Text>;
  const wide = Grid.useBreakpoint().sm ?? true;
  return (
    <Card title={t('listing.details')} data-testid="listing-facts">
      <Descriptions
        column={1}
        colon={false}
        size={wide ? 'default' : 'small'}
        styles={{ label: { width: wide ? 128 : 96, color: 'rgba(0,0,0,0.55)' } }}
        items={[
          {
            key: 'domains',
            label: t('listing.domains'),
            children: listing.domains.length ? (
              <Flex gap={4} wrap data-testid="listing-domains">
                {listing.domains.map((code) => (
                  <DomainTag key={code} code={code} />
                ))}
              </Flex>
            ) : (
              none
            ),
          },
          {
            key: 'targetGroups',
            label: t('listing.targetGroups'),
            children: listing.targetGroups.length ? (
              <Flex gap={4} wrap data-testid="listing-target-groups">
                {listing.targetGroups.map((code) => (
                  <Tag key={code} color="cyan" data-target-group={code}>
                    {labels.label('targetGroups', code)}
                  </Tag>
                ))}
              </Flex>
            ) : (
              none
            ),
          },
          {
            key: 'resourceTypes',
            label: listing.kind === 'need' ? t('listing.resourceTypesNeed') : t('listing.resourceTypesOffer'),
            children: listing.resourceTypes.length ? (
              <Flex gap={4} wrap data-testid="listing-resource-types">
                {listing.resourceTypes.map((code) => (
                  <ResourceTypeTag key={code} code={code} />
                ))}
              </Flex>
            ) : (
              none
            ),
          },
          { key: 'region', label: t('listing.region'), children: listing.regionName || none },
          {
            key: 'amount',
            label: listing.kind === 'need' ? t('listing.amountNeed') : t('listing.amountOffer'),
            children: formatAmount(listing.amountMin, listing.amountMax) || none,
          },
          { key: 'period', label: t('listing.period'), children: period || none },
          { key: 'published', label: t('listing.publishedAt'), children: formatDate(listing.createdAt, lang) },
          ...(listing.updatedAt && formatDate(listing.updatedAt, lang) !== formatDate(listing.createdAt, lang)
            ? [{ key: 'updated', label: t('listing.updatedAt'), children: formatDate(listing.updatedAt, lang) }]
            : []),
        ]}
      />
    </Card>
  );
}

/** /listings/:listingId — a need or an offer in full, its publisher and booth, and "contact". */
export function ListingPage() {
  const { listingId } = useParams();
  const { t } = useDiscoverT();
  const location = useLocation();
  const navigate = useNavigate();
  const wide = Grid.useBreakpoint().lg ?? true;
  const query = useListing(listingId);
  const listing = query.data;
  usePageTitle(listing?.title ?? (query.isError && isNotFound(query.error) ? t('listing.notFound') : null));
  const fromSearch = (location.state as { from?: string } | null)?.from === 'search';

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    return isNotFound(query.error) || (query.error as { status?: number }).status === 400 ? (
      <NotFoundState title={t('listing.notFound')} description={t('listing.notFoundHint')} data-testid="listing-not-found" />
    ) : (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  if (!listing) return <NotFoundState title={t('listing.notFound')} description={t('listing.notFoundHint')} data-testid="listing-not-found" />;

  return (
    <div data-testid="listing-page" data-listing-id={listing.id} style={{ maxWidth: 1200, margin: '0 auto', padding: wide ? '20px 24px 56px' : '12px 12px 40px' }}>
      <Flex align="center" justify="space-between" gap={12} style={{ marginBottom: 14 }}>
        <Breadcrumb
          items={[
            { title: <Link to={paths.search()}>{t('listing.breadcrumb')}</Link> },
            { title: <span style={{ maxWidth: 420, display: 'inline-block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', verticalAlign: 'bottom' }}>{listing.title}</span> },
          ]}
        />
        {fromSearch && (
          <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)} data-testid="listing-back" style={{ paddingInline: 0 }}>
            {t('listing.backToSearch')}
          </Button>
        )}
      </Flex>
      {listing.status !== 'open' && (
        <Alert type={listing.status === 'matched' ? 'success' : 'info'} showIcon title={t(`listing.statusNotice.${listing.status}`)} style={{ marginBottom: 16 }} data-testid="listing-status-notice" />
      )}
      <Row gutter={[20, 20]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={20}>
            <ListingHeader listing={listing} />
            {!wide && <ContactPanel listing={listing} />}
            {/* The owner came for the partners: right under the header; visitors read the listing first. */}
            {listing.editable && <ListingMatches listing={listing} />}
            <Card title={t('listing.body')} data-testid="listing-body-card">
              <ListingBody html={listing.body} />
            </Card>
            <KeyFacts listing={listing} />
            {!listing.editable && <ListingMatches listing={listing} />}
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={20} style={wide ? { position: 'sticky', top: 80 } : undefined}>
            {wide && <ContactPanel listing={listing} />}
            <OrganizationCard organization={listing.organization} />
            {listing.booth && <BoothLinkCard booth={listing.booth} />}
          </Flex>
        </Col>
      </Row>
    </div>
  );
}
