import { useEffect, useMemo, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Badge, Button, Card, Col, Flex, Grid, Input, Pagination, Row, Select, Skeleton, Space, Tag, Typography, theme } from 'antd';
import { CalendarOutlined, ClearOutlined, EnvironmentOutlined, ShopOutlined, AppstoreOutlined } from '../icons.js';
import type { ExpoDto, ZoneDto } from '@yiqia/contracts';
import { ORG_TYPES, SERVICE_DOMAINS } from '@yiqia/domain';
import { useExpo } from '@yiqia/web-data';
import { EmptyState, ErrorState, LoadingState, NotFoundState, useLabels } from '@yiqia/web-ui';
import { BoothCard } from '../components/booth-card.js';
import { LinkButton } from '../components/link-button.js';
import { useExpoBooths, isNotFound } from '../data/booths.js';
import { useBoothsT } from '../i18n/index.js';
import { activeFilterCount, applyFilterPatch, filtersToSearchParams, parseFilters, PAGE_SIZES, widenSuggestions, type FilterPatch } from '../lib/filters.js';
import { formatDate } from '../lib/format.js';
import { paths } from '../paths.js';
import { usePageTitle } from '../data/use-page-title.js';

export function zoneLabel(zone: Pick<ZoneDto, 'name' | 'nameEn'>, lang: 'zh' | 'en'): string {
  return lang === 'en' && zone.nameEn ? zone.nameEn : zone.name;
}

const PHASE_COLOR: Record<ExpoDto['phase'], string> = { live: 'success', upcoming: 'processing', ended: 'default' };

function ExpoHero({ expo }: { expo: ExpoDto }) {
  const { t, lang } = useBoothsT();
  const { token } = theme.useToken();
  const wide = Grid.useBreakpoint().md ?? true;
  return (
    <div
      data-testid="expo-hero"
      style={{
        background: `linear-gradient(115deg, #123a6b 0%, ${token.colorPrimary} 55%, #3f7fc6 100%)`,
        color: '#fff',
        position: 'relative',
        overflow: 'hidden',
      }}
    >
      <svg width="100%" height="100%" style={{ position: 'absolute', inset: 0, opacity: 0.1 }} aria-hidden>
        <defs>
          <pattern id="expo-hero-grid" width="28" height="28" patternUnits="userSpaceOnUse">
            <path d="M28 0H0V28" fill="none" stroke="#fff" strokeWidth="1" />
          </pattern>
        </defs>
        <rect width="100%" height="100%" fill="url(#expo-hero-grid)" />
      </svg>
      <div style={{ maxWidth: 1200, margin: '0 auto', padding: wide ? '36px 24px 40px' : '24px 16px 28px', position: 'relative' }}>
        <Space size={8} style={{ marginBottom: 14 }}>
          <Tag
            color={PHASE_COLOR[expo.phase]}
            variant="solid"
            data-testid="expo-phase"
            data-phase={expo.phase}
            style={{ fontSize: 13, padding: '2px 10px', borderRadius: 12, border: 0 }}
          >
            {expo.phase === 'live' && <Badge status="processing" color="#fff" style={{ marginRight: 6 }} />}
            {t(`phase.${expo.phase}`)}
          </Tag>
        </Space>
        <Typography.Title level={1} style={{ color: '#fff', margin: 0, fontSize: wide ? 32 : 24, lineHeight: 1.3 }} data-testid="expo-name">
          {expo.name}
        </Typography.Title>
        <Flex wrap style={{ marginTop: 14, fontSize: 15, color: 'rgba(255,255,255,0.92)', gap: '8px 24px' }}>
          <span data-testid="expo-dates">
            <CalendarOutlined /> {t('expo.dates', { start: formatDate(expo.startsAt, lang), end: formatDate(expo.endsAt, lang) })}
          </span>
          {expo.location && (
            <span data-testid="expo-location">
              <EnvironmentOutlined /> {expo.location}
            </span>
          )}
        </Flex>
        {expo.description && (
          <Typography.Paragraph
            style={{ color: 'rgba(255,255,255,0.88)', maxWidth: 820, marginTop: 16, marginBottom: 0, fontSize: 15, lineHeight: 1.8 }}
            ellipsis={{
              rows: 3,
              expandable: true,
              symbol: <span style={{ color: '#fff', textDecoration: 'underline', textUnderlineOffset: 3 }}>{t('expo.more')}</span>,
            }}
            data-testid="expo-description"
          >
            {expo.description}
          </Typography.Paragraph>
        )}
        <Flex gap={40} wrap style={{ marginTop: 24 }} align="flex-end">
          <div>
            <div style={{ fontSize: 30, fontWeight: 600, lineHeight: 1 }} data-testid="expo-booth-count">
              {expo.approvedBoothCount}
            </div>
            <div style={{ opacity: 0.8, marginTop: 6 }}>
              <ShopOutlined /> {t('expo.approvedBooths')}
            </div>
          </div>
          <div>
            <div style={{ fontSize: 30, fontWeight: 600, lineHeight: 1 }}>{expo.zones.length}</div>
            <div style={{ opacity: 0.8, marginTop: 6 }}>
              <AppstoreOutlined /> {t('expo.zones')}
            </div>
          </div>
          {expo.phase !== 'ended' && (
            <div style={{ marginLeft: wide ? 'auto' : 0 }}>
              <LinkButton size="large" style={{ fontWeight: 500 }} to={`${paths.myBooths()}?apply=${encodeURIComponent(expo.id)}`} data-testid="expo-apply">
                {t('expo.applyCta')}
              </LinkButton>
              <div style={{ opacity: 0.75, fontSize: 12, marginTop: 6 }}>{t('expo.applyCtaHint')}</div>
            </div>
          )}
        </Flex>
      </div>
    </div>
  );
}

function ZoneChips({ expo, value, onChange }: { expo: ExpoDto; value: string | undefined; onChange: (zone: string | undefined) => void }) {
  const { t, lang } = useBoothsT();
  const { token } = theme.useToken();
  // On phones the chips scroll sideways in one row instead of filling the screen.
  const wide = Grid.useBreakpoint().md ?? true;
  if (expo.zones.length === 0) return null;
  const chip = (key: string | undefined, label: string, count: number) => {
    const active = value === key;
    return (
      <button
        key={key ?? '__all'}
        type="button"
        onClick={() => onChange(key)}
        aria-pressed={active}
        data-testid="zone-chip"
        data-zone={key ?? ''}
        data-active={active ? 'true' : 'false'}
        style={{
          cursor: 'pointer',
          border: `1px solid ${active ? token.colorPrimary : token.colorBorder}`,
          background: active ? token.colorPrimary : token.colorBgContainer,
          color: active ? '#fff' : token.colorText,
          borderRadius: 18,
          padding: '5px 14px',
          fontSize: 14,
          lineHeight: '22px',
          display: 'inline-flex',
          alignItems: 'center',
          gap: 6,
          flex: 'none',
          whiteSpace: 'nowrap',
          transition: 'all .2s',
        }}
      >
        {label}
        <span
          style={{
            fontSize: 12,
            borderRadius: 10,
            padding: '0 7px',
            background: active ? 'rgba(255,255,255,0.22)' : token.colorFillSecondary,
            color: active ? '#fff' : token.colorTextSecondary,
          }}
        >
          {count}
        </span>
      </button>
    );
  };
  return (
    <nav aria-label={t('expo.zones')} data-testid="zone-chips">
      <Flex gap={10} wrap={wide} style={wide ? undefined : { overflowX: 'auto', paddingBottom: 6, margin: '0 -16px', padding: '0 16px 6px' }}>
        {chip(undefined, t('expo.allZones'), expo.approvedBoothCount)}
        {expo.zones.map((z) => chip(z.code, zoneLabel(z, lang), z.boothCount))}
      </Flex>
    </nav>
  );
}

function BoothGridSkeleton({ count }: { count: number }) {
  return (
    <Row gutter={[16, 16]}>
      {Array.from({ length: count }, (_, i) => (
        <Col key={i} xs={24} sm={12} lg={8} xl={6}>
          <Card>
            <Skeleton avatar={{ shape: 'square', size: 56 }} active paragraph={{ rows: 3 }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** /expos/:slug — the expo's hero, zones, and the booth browser (state in the URL). */
export function ExpoLandingPage() {
  const { slug } = useParams();
  const { t, lang } = useBoothsT();
  const labels = useLabels();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(searchParams), [searchParams]);
  const expoQuery = useExpo(slug);
  const expo = expoQuery.data;
  const booths = useExpoBooths(expo?.id, filters);
  const [keyword, setKeyword] = useState(filters.q ?? '');
  const gridTop = useRef<HTMLDivElement>(null);
  const wide = Grid.useBreakpoint().md ?? true;
  usePageTitle(expoQuery.data?.name);

  // Keep the search box in step with the URL (back/forward, links).
  useEffect(() => setKeyword(filters.q ?? ''), [filters.q]);

  // Typing searches after a short pause (replacing the history entry); Enter searches at once.
  const pendingSearch = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const cancelPendingSearch = () => {
    clearTimeout(pendingSearch.current);
    pendingSearch.current = undefined;
  };

  /** Every change builds on the URL as it is now, and takes a keyword typed but not yet searched along. */
  const update = (patch: FilterPatch, replace = false) => {
    cancelPendingSearch();
    const withKeyword: FilterPatch = 'q' in patch ? patch : { ...patch, q: keyword.trim() || undefined };
    if ('q' in patch) setKeyword(patch.q ?? '');
    setSearchParams((current) => filtersToSearchParams(applyFilterPatch(parseFilters(current), withKeyword)), { replace, preventScrollReset: true });
  };

  const clearAll = () => {
    cancelPendingSearch();
    setKeyword('');
    setSearchParams(new URLSearchParams(), { preventScrollReset: true });
  };

  useEffect(() => {
    const q = keyword.trim();
    if (q === (filters.q ?? '')) return;
    pendingSearch.current = setTimeout(() => update({ q }, true), 500);
    return cancelPendingSearch;
  }, [keyword]);

  const zoneName = (code: string | null | undefined) => {
    if (!code || !expo) return null;
    const zone = expo.zones.find((z) => z.code === code);
    return zone ? zoneLabel(zone, lang) : null;
  };

  if (expoQuery.isPending) return <LoadingState />;
  if (expoQuery.isError) {
    return isNotFound(expoQuery.error) ? (
      <NotFoundState title={t('common.notFound')} description={t('common.notFoundHint')} />
    ) : (
      <ErrorState error={expoQuery.error} onRetry={() => void expoQuery.refetch()} />
    );
  }
  if (!expo) return <NotFoundState />;

  const page = booths.data;
  const filtered = activeFilterCount(filters) > 0;
  const valueLabel = {
    q: filters.q ?? '',
    orgType: filters.orgType ? labels.orgType(filters.orgType) : '',
    domain: filters.domain ? labels.domain(filters.domain) : '',
    zone: zoneName(filters.zone) ?? filters.zone ?? '',
  };

  return (
    <div data-testid="expo-landing">
      <ExpoHero expo={expo} />
      <div style={{ maxWidth: 1200, margin: '0 auto', padding: wide ? '28px 24px 56px' : '20px 16px 40px' }}>
        <Flex vertical gap={20}>
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('expo.browserTitle')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('expo.browserSubtitle')}</Typography.Text>
          </div>

          <ZoneChips expo={expo} value={filters.zone} onChange={(zone) => update({ zone })} />

          <Card styles={{ body: { padding: 16 } }} data-testid="booth-filters">
            <Flex gap={12} wrap align="center">
              <Input.Search
                allowClear
                value={keyword}
                onChange={(e) => setKeyword(e.target.value)}
                onSearch={(value) => {
                  setKeyword(value);
                  update({ q: value });
                }}
                placeholder={t('expo.searchPlaceholder')}
                style={{ flex: '1 1 300px', maxWidth: 440 }}
                maxLength={100}
                data-testid="booth-search"
                aria-label={t('expo.searchPlaceholder')}
              />
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                value={filters.domain}
                onChange={(domain) => update({ domain })}
                placeholder={t('expo.allDomains')}
                style={{ width: wide ? (lang === 'en' ? 300 : 210) : '100%' }}
                popupMatchSelectWidth={false}
                options={SERVICE_DOMAINS.map((code) => ({ value: code, label: labels.domain(code) }))}
                data-testid="filter-domain"
                aria-label={t('expo.domain')}
                prefix={<Typography.Text type="secondary">{t('expo.domain')}</Typography.Text>}
              />
              <Select
                allowClear
                value={filters.orgType}
                onChange={(orgType) => update({ orgType })}
                placeholder={t('expo.allOrgTypes')}
                style={{ width: wide ? (lang === 'en' ? 300 : 210) : '100%' }}
                popupMatchSelectWidth={false}
                options={ORG_TYPES.map((type) => ({ value: type, label: labels.orgType(type) }))}
                data-testid="filter-org-type"
                aria-label={t('expo.orgType')}
                prefix={<Typography.Text type="secondary">{t('expo.orgType')}</Typography.Text>}
              />
              {filtered && (
                <Button
                  icon={<ClearOutlined />}
                  type="link"
                  onClick={clearAll}
                  data-testid="clear-filters"
                >
                  {t('expo.clearFilters')}
                </Button>
              )}
              {/* While new results load, the previous page stays on screen but its count would be wrong. */}
              <Typography.Text
                type="secondary"
                style={{ marginLeft: 'auto' }}
                aria-busy={booths.isPlaceholderData}
                data-testid="booth-result-count"
              >
                {page && !booths.isPlaceholderData ? t(filtered ? 'expo.resultCountFiltered' : 'expo.resultCount', { count: page.total }) : ''}
              </Typography.Text>
            </Flex>
          </Card>

          <div ref={gridTop} style={{ scrollMarginTop: 80 }}>
          {booths.isPending ? (
            <BoothGridSkeleton count={8} />
          ) : booths.isError ? (
            <ErrorState error={booths.error} onRetry={() => void booths.refetch()} compact />
          ) : page && page.items.length === 0 ? (
            <Card>
              {filtered ? (
                <EmptyState
                  data-testid="booth-empty"
                  title={t('expo.emptyTitle')}
                  description={t('expo.emptyHint')}
                  action={
                    <Flex vertical gap={8} align="center">
                      {widenSuggestions(filters).map((key) => (
                        <Button key={key} onClick={() => update({ [key]: undefined })} data-testid={`widen-${key}`}>
                          {t(`expo.widen.${key}`, { value: valueLabel[key] })}
                        </Button>
                      ))}
                      <Button type="link" onClick={clearAll} data-testid="widen-all">
                        {t('expo.clearFilters')}
                      </Button>
                    </Flex>
                  }
                />
              ) : (
                <EmptyState data-testid="booth-empty" title={t('expo.emptyNoBoothsTitle')} description={t('expo.emptyNoBooths')} />
              )}
            </Card>
          ) : page ? (
            <>
              <Row gutter={[16, 16]} data-testid="booth-grid" style={{ opacity: booths.isPlaceholderData ? 0.55 : 1, transition: 'opacity .2s' }}>
                {page.items.map((booth) => (
                  <Col key={booth.id} xs={24} sm={12} lg={8} xl={6}>
                    <BoothCard booth={booth} href={paths.booth(expo.slug, booth.id)} zoneName={zoneName(booth.zoneCode)} />
                  </Col>
                ))}
              </Row>
              <Flex justify="center" style={{ marginTop: 24 }}>
                <Pagination
                  data-testid="booth-pagination"
                  current={filters.page}
                  pageSize={filters.pageSize}
                  total={page.total}
                  pageSizeOptions={PAGE_SIZES.map(String)}
                  showSizeChanger
                  showTotal={(total, [start, end]) => t('expo.pagination', { start, end, total })}
                  onChange={(p, size) => {
                    update(size !== filters.pageSize ? { pageSize: size } : { page: p });
                    gridTop.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
                  }}
                />
              </Flex>
            </>
          ) : null}
          </div>
        </Flex>
      </div>
    </div>
  );
}
