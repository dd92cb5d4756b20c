import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { App, Badge, Button, Card, Flex, Grid, Pagination, Popconfirm, Segmented, Skeleton, Tabs, Tag, Tooltip, Typography } from 'antd';
import type { ListingSummaryDto } from '@yiqia/contracts';
import { LISTING_KIND_LABELS, LISTING_KINDS, LISTING_STATUSES, pickLabel, type ListingKind, type ListingStatus } from '@yiqia/domain';
import { useAuth } from '@yiqia/web-data';
import { EmptyState, ErrorState, LoadingState, PageContainer } from '@yiqia/web-ui';
import { NoOrganization, ToLogin } from '../components/editor/gates.js';
import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  DeleteOutlined,
  EditOutlined,
  PlusOutlined,
  RedoOutlined,
  ShopOutlined,
} from '../components/editor/icons.js';
import { formatDateTime } from '../components/editor/format.js';
import { ListingCard } from '../components/listing/index.js';
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

function ListingRow({ listing }: { listing: ListingSummaryDto }) {
  const { t, lang } = useDiscoverT();
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
  const wide = Grid.useBreakpoint().md ?? true;

  return (
    <ListingCard
      listing={listing}
      data-testid="my-listing"
      alwaysShowStatus
      style={listing.status === 'closed' ? { background: '#fafafa' } : undefined}
      extra={
        booth ? (
          <Tooltip title={t('listings.labelled', { label: t('mine.booth'), value: booth.title })}>
            <Tag
              icon={<ShopOutlined />}
              variant="outlined"
              style={{ marginInlineEnd: 0, maxWidth: wide ? 200 : undefined, overflow: 'hidden', textOverflow: 'ellipsis' }}
              aria-label={booth.title}
              data-testid="my-listing-booth"
            >
              {/* On a phone the title needs the room: the booth shows as an icon with its name on hover/tap. */}
              {wide ? booth.title : null}
            </Tag>
          </Tooltip>
        ) : null
      }
      actions={
        <>
          <Typography.Text type="secondary" style={{ fontSize: 12, alignSelf: 'center', marginInlineEnd: 4 }} data-testid="my-listing-updated">
            <ClockCircleOutlined /> {t('mine.updatedAt', { time: formatDateTime(listing.updatedAt, lang) })}
          </Typography.Text>
          <LinkButton size="small" icon={<EditOutlined />} to={paths.editListing(listing.id)} data-testid="my-listing-edit" disabled={busy}>
            {t('mine.actions.edit')}
          </LinkButton>
          {listing.status === 'open' && (
            <Button size="small" icon={<CheckCircleOutlined />} onClick={() => void setStatus('matched')} loading={pending === 'matched'} disabled={busy} data-testid="my-listing-matched">
              {t('mine.actions.markMatched')}
            </Button>
          )}
          {listing.status !== 'closed' && (
            <Button size="small" icon={<CloseCircleOutlined />} onClick={() => void setStatus('closed')} loading={pending === 'closed'} disabled={busy} data-testid="my-listing-close">
              {t('mine.actions.close')}
            </Button>
          )}
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
        </>
      }
    />
  );
}

function MyListings() {
  const { t, lang } = useDiscoverT();
  const wide = Grid.useBreakpoint().md ?? true;
  const [params, setParams] = useSearchParams();
  const { filter, page } = parseFilter(params);
  const list = useMyListings(filter, page);
  const counts = useMyListingCounts(filter.kind);

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
      <Card styles={{ body: { padding: wide ? '4px 20px' : '0 12px 12px' } }} style={{ marginBottom: 16 }}>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Tabs
            activeKey={filter.status ?? 'all'}
            onChange={(key) => setFilter({ status: key as StatusTab })}
            items={(['all', ...LISTING_STATUSES] as StatusTab[]).map((key) => ({ key, label: <span data-testid={`mine-tab-${key}`}>{tabLabel(key)}</span> }))}
            tabBarStyle={{ marginBottom: 0 }}
            tabBarGutter={wide ? 32 : 18}
            size={wide ? 'middle' : 'small'}
            style={{ marginBottom: -1 }}
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
      </Card>
      {list.isPending ? (
        <Card>
          <Skeleton active paragraph={{ rows: 3 }} />
        </Card>
      ) : list.isError ? (
        <Card>
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        </Card>
      ) : nothingAtAll ? (
        <Card>
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
        </Card>
      ) : items.length === 0 ? (
        <Card>
          <EmptyState
            data-testid="my-listings-empty-filtered"
            title={t('mine.emptyFiltered')}
            description={t('mine.emptyFilteredHint')}
            action={<Button onClick={() => setParams(new URLSearchParams())}>{t('mine.showAll')}</Button>}
          />
        </Card>
      ) : (
        <Flex vertical gap={12} data-testid="my-listing-list" style={{ opacity: list.isPlaceholderData ? 0.6 : 1, transition: 'opacity .2s' }}>
          {items.map((listing) => (
            <ListingRow key={listing.id} listing={listing} />
          ))}
        </Flex>
      )}
      {list.data && list.data.total > 0 && (
        <Flex justify="space-between" align="center" wrap gap={12} style={{ marginTop: 16 }}>
          <Typography.Text type="secondary" data-testid="mine-total">
            {t('mine.total', { count: list.data.total })}
          </Typography.Text>
          {list.data.total > MINE_PAGE_SIZE && (
            <Pagination current={page} pageSize={MINE_PAGE_SIZE} total={list.data.total} showSizeChanger={false} onChange={(p) => setFilter({ page: p })} />
          )}
        </Flex>
      )}
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
