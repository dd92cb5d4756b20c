import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { App, Badge, Button, Card, Flex, Pagination, Popconfirm, Segmented, Skeleton, Tabs, Typography, theme } from 'antd';
import type { ListingSummaryDto } from '@yiqia/contracts';
import { LISTING_KIND_LABELS, LISTING_KINDS, LISTING_STATUSES, pickLabel, type ListingKind, type ListingStatus } from '@yiqia/domain';
import { useAuth, useExpos } from '@yiqia/web-data';
import { EmptyState, ErrorState, LoadingState, PageContainer } from '@yiqia/web-ui';
import { NoOrganization, ToLogin } from '../components/editor/gates.js';
import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  DeleteOutlined,
  EditOutlined,
  EnvironmentOutlined,
  MoneyCollectOutlined,
  PlusOutlined,
  RedoOutlined,
  ShopOutlined,
} from '../components/editor/icons.js';
import { KindTag, ListingStatusTag, amountRangeText, formatDateTime } from '../components/editor/listing-bits.js';
import { LinkButton } from '../components/editor/link-button.js';
import { usePageTitle } from '../components/editor/page-title.js';
import { MINE_PAGE_SIZE, useDeleteListing, useMyListingCounts, useMyListings, useUpdateListing, type MineFilter } from '../data/listings-mine.js';
import { useDiscoverT } from '../i18n/index.js';
import { paths } from '../paths.js';

type StatusTab = ListingStatus | 'all';

function parseFilter(params: URLSearchParams): { filter: MineFilter; page: number } {
  const kind = params.get('kind');
  const status = params.get('status');
  const page = Number(params.get('page') ?? '1');
  return {
    filter: {
      kind: (LISTING_KINDS as readonly string[]).includes(kind ?? '') ? (kind as ListingKind) : undefined,
      status: (LISTING_STATUSES as readonly string[]).includes(status ?? '') ? (status as ListingStatus) : undefined,
    },
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

function Meta({ icon, children, testId }: { icon: React.ReactNode; children: React.ReactNode; testId?: string }) {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 13, whiteSpace: 'nowrap' }} data-testid={testId}>
      {icon} {children}
    </Typography.Text>
  );
}

function ListingRow({ listing, expoName }: { listing: ListingSummaryDto; expoName: (id: string | null) => string | undefined }) {
  const { t, lang } = useDiscoverT();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const update = useUpdateListing();
  const remove = useDeleteListing();
  const [pending, setPending] = useState<ListingStatus | 'delete' | null>(null);

  const setStatus = async (status: ListingStatus) => {
    setPending(status);
    try {
      await update.mutateAsync({ id: listing.id, patch: { status } });
      void message.success(t(`mine.statusChanged.${status}`));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setPending(null);
    }
  };

  const doDelete = async () => {
    setPending('delete');
    try {
      await remove.mutateAsync(listing.id);
      void message.success(t('mine.deleted', { title: listing.title }));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
      setPending(null);
    }
  };

  const busy = pending !== null;
  const booth = listing.booth;
  const boothExpo = booth ? expoName(booth.expoId) : undefined;

  return (
    <div
      data-testid="my-listing"
      data-listing-id={listing.id}
      data-status={listing.status}
      data-kind={listing.kind}
      style={{ padding: '18px 24px', borderTop: `1px solid ${token.colorBorderSecondary}`, opacity: listing.status === 'closed' ? 0.8 : 1 }}
    >
      <Flex gap={16} align="flex-start" justify="space-between" wrap>
        <Flex vertical gap={6} style={{ flex: '1 1 360px', minWidth: 0 }}>
          <Flex gap={8} align="center" wrap>
            <KindTag kind={listing.kind} />
            <Link to={paths.listing(listing.id)} data-testid="my-listing-title" style={{ fontSize: 16, fontWeight: 600, color: token.colorText, minWidth: 0 }}>
              {listing.title}
            </Link>
            <ListingStatusTag status={listing.status} />
          </Flex>
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 1 }} style={{ margin: 0, maxWidth: 760 }} data-testid="my-listing-summary">
            {listing.summary}
          </Typography.Paragraph>
          <Flex gap="4px 18px" wrap>
            <Meta icon={<EnvironmentOutlined />} testId="my-listing-region">
              {listing.regionName}
            </Meta>
            <Meta icon={<MoneyCollectOutlined />} testId="my-listing-amount">
              {amountRangeText(t, lang, listing.amountMin, listing.amountMax)}
            </Meta>
            {booth && (
              <Meta icon={<ShopOutlined />} testId="my-listing-booth">
                {t('listings.labelled', { label: t('mine.booth'), value: boothExpo ? `${booth.title} · ${boothExpo}` : booth.title })}
              </Meta>
            )}
            <Meta icon={<ClockCircleOutlined />} testId="my-listing-updated">
              {t('mine.updatedAt', { time: formatDateTime(listing.updatedAt, lang) })}
            </Meta>
          </Flex>
        </Flex>
        <Flex gap={8} wrap align="center" style={{ flex: 'none' }}>
          <LinkButton size="small" icon={<EditOutlined />} to={paths.editListing(listing.id)} data-testid="my-listing-edit" disabled={busy}>
            {t('mine.actions.edit')}
          </LinkButton>
          {listing.status === 'open' && (
            <Button size="small" icon={<CheckCircleOutlined />} onClick={() => void setStatus('matched')} loading={pending === 'matched'} disabled={busy} data-testid="my-listing-matched">
              {t('mine.actions.markMatched')}
            </Button>
          )}
          {listing.status !== 'closed' ? (
            <Button size="small" icon={<CloseCircleOutlined />} onClick={() => void setStatus('closed')} loading={pending === 'closed'} disabled={busy} data-testid="my-listing-close">
              {t('mine.actions.close')}
            </Button>
          ) : null}
          {listing.status !== 'open' && (
            <Button size="small" icon={<RedoOutlined />} onClick={() => void setStatus('open')} loading={pending === 'open'} disabled={busy} data-testid="my-listing-reopen">
              {t('mine.actions.reopen')}
            </Button>
          )}
          <Popconfirm
            title={t('mine.deleteConfirmTitle')}
            description={<div style={{ maxWidth: 280 }}>{t('mine.deleteConfirm')}</div>}
            okText={t('mine.deleteOk')}
            cancelText={t('mine.cancel')}
            okButtonProps={{ danger: true, 'data-testid': 'my-listing-delete-confirm' } as never}
            onConfirm={doDelete}
            placement="topRight"
          >
            <Button size="small" type="text" danger icon={<DeleteOutlined />} loading={pending === 'delete'} disabled={busy} data-testid="my-listing-delete">
              {t('mine.actions.delete')}
            </Button>
          </Popconfirm>
        </Flex>
      </Flex>
    </div>
  );
}

function ListSkeleton() {
  return (
    <div style={{ padding: '8px 24px 24px' }}>
      {[0, 1, 2].map((i) => (
        <Skeleton key={i} active title={{ width: '40%' }} paragraph={{ rows: 2, width: ['80%', '50%'] }} style={{ marginTop: 16 }} />
      ))}
    </div>
  );
}

function MyListings() {
  const { t, lang } = useDiscoverT();
  const [params, setParams] = useSearchParams();
  const { filter, page } = parseFilter(params);
  const list = useMyListings(filter, page);
  const counts = useMyListingCounts(filter.kind);
  const expos = useExpos();
  const expoName = (id: string | null) => (id ? expos.data?.find((e) => e.id === id)?.name : undefined);

  const setFilter = (next: Partial<{ kind: ListingKind | 'all'; status: StatusTab; page: number }>) => {
    const p = new URLSearchParams(params);
    const put = (key: string, value: string | undefined) => (value === undefined ? p.delete(key) : p.set(key, value));
    if (next.kind !== undefined) {
      put('kind', next.kind === 'all' ? undefined : next.kind);
      p.delete('page');
    }
    if (next.status !== undefined) {
      put('status', next.status === 'all' ? undefined : next.status);
      p.delete('page');
    }
    if (next.page !== undefined) put('page', next.page <= 1 ? undefined : String(next.page));
    setParams(p, { replace: false });
  };

  const nothingAtAll = !filter.kind && !filter.status && list.data?.total === 0;
  const items = list.data?.items ?? [];
  const tabLabel = (key: StatusTab) => {
    const n = counts.data?.[key];
    return (
      <Flex gap={6} align="center">
        <span>{t(`mine.tabs.${key}`)}</span>
        {typeof n === 'number' && <Badge count={n} showZero overflowCount={999} color={key === filter.status || (key === 'all' && !filter.status) ? '#1f5fa8' : '#bfc5cf'} data-testid={`mine-count-${key}`} />}
      </Flex>
    );
  };

  return (
    <PageContainer
      title={t('mine.title')}
      subtitle={t('mine.subtitle')}
      data-testid="my-listings"
      extra={
        <LinkButton type="primary" icon={<PlusOutlined />} to={paths.newListing()} data-testid="mine-publish">
          {t('mine.publish')}
        </LinkButton>
      }
    >
      <Card styles={{ body: { padding: 0 } }}>
        <Flex justify="space-between" align="center" wrap gap={12} style={{ padding: '4px 24px 0' }}>
          <Tabs
            activeKey={filter.status ?? 'all'}
            onChange={(key) => setFilter({ status: key as StatusTab })}
            items={(['all', ...LISTING_STATUSES] as StatusTab[]).map((key) => ({ key, label: <span data-testid={`mine-tab-${key}`}>{tabLabel(key)}</span> }))}
            style={{ marginBottom: 0 }}
            tabBarStyle={{ marginBottom: 0, borderBottom: 'none' }}
            data-testid="mine-status-tabs"
          />
          <Segmented
            value={filter.kind ?? 'all'}
            onChange={(v) => setFilter({ kind: v as ListingKind | 'all' })}
            options={[
              { value: 'all', label: t('mine.kindAll') },
              ...LISTING_KINDS.map((k) => ({ value: k, label: pickLabel(LISTING_KIND_LABELS[k], lang) })),
            ]}
            data-testid="mine-kind-filter"
            aria-label={t('mine.kindFilter')}
          />
        </Flex>
        {list.isPending ? (
          <ListSkeleton />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : nothingAtAll ? (
          <EmptyState
            data-testid="my-listings-empty"
            title={t('mine.empty')}
            description={t('mine.emptyHint')}
            action={
              <LinkButton type="primary" size="large" icon={<PlusOutlined />} to={paths.newListing()} data-testid="mine-empty-publish">
                {t('mine.emptyAction')}
              </LinkButton>
            }
          />
        ) : items.length === 0 ? (
          <EmptyState
            data-testid="my-listings-empty-filtered"
            title={t('mine.emptyFiltered')}
            description={t('mine.emptyFilteredHint')}
            action={<Button onClick={() => setParams(new URLSearchParams())}>{t('mine.showAll')}</Button>}
          />
        ) : (
          <div data-testid="my-listing-list" style={{ opacity: list.isPlaceholderData ? 0.6 : 1, transition: 'opacity .2s', marginTop: 1 }}>
            {items.map((listing) => (
              <ListingRow key={listing.id} listing={listing} expoName={expoName} />
            ))}
          </div>
        )}
        {list.data && list.data.total > 0 && (
          <Flex justify="space-between" align="center" wrap gap={12} style={{ padding: '14px 24px', borderTop: '1px solid #f0f0f0' }}>
            <Typography.Text type="secondary" data-testid="mine-total">
              {t('mine.total', { count: list.data.total })}
            </Typography.Text>
            {list.data.total > MINE_PAGE_SIZE && (
              <Pagination current={page} pageSize={MINE_PAGE_SIZE} total={list.data.total} showSizeChanger={false} onChange={(p) => setFilter({ page: p })} size="small" />
            )}
          </Flex>
        )}
      </Card>
    </PageContainer>
  );
}

/** /listings/mine — my organisation's listings in every state, with edit / status / delete. */
export function MyListingsPage() {
  const { t } = useDiscoverT();
  const auth = useAuth();
  usePageTitle(t('mine.title'));
  if (auth.status === 'loading') return <LoadingState />;
  if (!auth.isAuthenticated) return <ToLogin />;
  if (!auth.organization) return <NoOrganization title={t('mine.title')} />;
  return <MyListings />;
}
