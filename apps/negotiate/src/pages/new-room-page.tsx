import { App, Button, Card, Flex, Form, Input, Select, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ListingDto } from '@yiqia/contracts';
import { apiFetch, isApiError, useAuth } from '@yiqia/web-data';
import { EmptyState, OrgTypeTag, PageContainer, formErrorsFromApi } from '@yiqia/web-ui';
import { useQueries } from '@tanstack/react-query';
import { MESSAGE_MAX_LENGTH } from '../components/chat/composer.js';
import { CloseOutlined, TeamOutlined } from '../components/chat/icons.js';
import { orgColor, orgInitial } from '../components/chat/org-color.js';
import { usePageTitle } from '../components/chat/page-title.js';
import { OrgPicker } from '../components/rooms/org-picker.js';
import { roomKeys, useCreateRoom, useListingSearch, type OrgCandidate } from '../data/rooms.js';
import { useNegotiateT } from '../i18n/index.js';
import { paths } from '../paths.js';

const MAX_LISTINGS = 5;
const MAX_INVITED = 5;

interface FormValues {
  title?: string;
  message?: string;
}

/** A listing linked to the room (with its publisher). */
function ListingRow({ listing, onRemove }: { listing: ListingDto; onRemove: () => void }) {
  const { t } = useNegotiateT();
  return (
    <Flex align="center" gap={10} style={{ padding: '10px 12px', border: '1px solid #e5e8ef', borderRadius: 10, background: '#fafbfc' }} data-testid="new-room-listing" data-listing-id={listing.id}>
      <Tag color={listing.kind === 'need' ? 'volcano' : 'green'} style={{ marginInlineEnd: 0 }}>
        {t(`room.listingKind.${listing.kind}`)}
      </Tag>
      <Flex vertical style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text strong ellipsis>
          {listing.title}
        </Typography.Text>
        <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
          {listing.organization.name}
        </Typography.Text>
      </Flex>
      <Button type="text" size="small" icon={<CloseOutlined />} onClick={onRemove} aria-label={t('chat.discard')} />
    </Flex>
  );
}

/**
 * /negotiate/rooms/new?listing=&org= — open a negotiation room about listings with one or more
 * organisations (two-way or three-way: need × funder × implementer), with an optional first message.
 */
export function NewRoomPage() {
  const { t } = useNegotiateT();
  usePageTitle(t('newRoom.title'));
  const { organization } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateRoom();
  const [listingIds, setListingIds] = useState<string[]>(() => [...new Set(params.getAll('listing'))].slice(0, MAX_LISTINGS));
  const [orgs, setOrgs] = useState<OrgCandidate[]>([]);
  const [listingQuery, setListingQuery] = useState('');
  const listingSearch = useListingSearch(listingQuery);
  const [orgError, setOrgError] = useState<string | null>(null);
  const myOrgId = organization?.id ?? null;

  const listingQueries = useQueries({
    queries: listingIds.map((id) => ({
      queryKey: roomKeys.listing(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => apiFetch<ListingDto>(`/api/listings/${encodeURIComponent(id)}`, { signal }),
    })),
  });
  const listings = listingQueries.map((q) => q.data).filter((l): l is ListingDto => !!l);
  const listingsLoading = listingQueries.some((q) => q.isPending);

  // ?org= ids: their names come from the listings search (organizationId filter), like every candidate.
  const orgParams = useMemo(() => [...new Set(params.getAll('org'))].filter((id) => id !== myOrgId), [params, myOrgId]);
  const orgQueries = useQueries({
    queries: orgParams.map((id) => ({
      queryKey: ['rooms', 'org-by-id', id],
      queryFn: async ({ signal }: { signal: AbortSignal }) => {
        const res = await apiFetch<{ hits: { id: string; title: string; organization: { id: string; name: string; type: string } }[] }>('/api/search/listings', {
          signal,
          auth: false,
          query: { organizationId: id, perPage: 1 },
        });
        const h = res.hits[0];
        const found: OrgCandidate | null = h ? { id, name: h.organization.name, type: h.organization.type, listing: { id: h.id, title: h.title } } : null;
        return found;
      },
    })),
  });

  // Prefill once: the organisations named in the URL and the publishers of the listings (not mine).
  const prefilled = useRef(false);
  const publishers = useMemo(() => {
    const out = new Map<string, OrgCandidate>();
    for (const l of listings) {
      if (l.organization.id !== myOrgId) out.set(l.organization.id, { id: l.organization.id, name: l.organization.name, type: l.organization.type, listing: { id: l.id, title: l.title } });
    }
    return [...out.values()];
  }, [listings, myOrgId]);
  const orgsReady = orgQueries.every((q) => !q.isPending);
  useEffect(() => {
    if (prefilled.current || listingsLoading || !orgsReady) return;
    prefilled.current = true;
    const fromUrl = orgQueries.map((q) => q.data).filter((o): o is OrgCandidate => !!o);
    const all = new Map<string, OrgCandidate>();
    for (const o of [...fromUrl, ...publishers]) all.set(o.id, o);
    setOrgs([...all.values()].slice(0, MAX_INVITED));
  }, [listingsLoading, orgsReady, orgQueries, publishers]);

  if (!organization) {
    return (
      <PageContainer title={t('newRoom.title')}>
        <EmptyState title={t('newRoom.noOrgTitle')} description={t('newRoom.noOrgHint')} data-testid="negotiate-no-org" />
      </PageContainer>
    );
  }

  const disabled = new Map<string, string>([[organization.id, t('orgPicker.own')]]);
  const parties = [{ id: organization.id, name: organization.name, type: organization.type as string }, ...orgs];

  const submit = async (values: FormValues) => {
    if (orgs.length === 0) {
      setOrgError(t('newRoom.orgsRequired'));
      return;
    }
    try {
      const room = await create.mutateAsync({
        kind: 'negotiation',
        participantOrgIds: orgs.map((o) => o.id),
        ...(listings.length ? { listingIds: listings.map((l) => l.id) } : {}),
        ...(values.title?.trim() ? { title: values.title.trim() } : {}),
        ...(values.message?.trim() ? { message: values.message.trim() } : {}),
      });
      void message.success(t('newRoom.created'));
      void navigate(paths.room(room.id), { replace: true });
    } catch (e) {
      formErrorsFromApi(e, form);
      void message.error(isApiError(e) ? e.message : String(e));
    }
  };

  const listingOptions = (listingSearch.data ?? [])
    .filter((h) => !listingIds.includes(h.id))
    .map((h) => ({
      value: h.id,
      label: (
        <Flex justify="space-between" gap={8}>
          <Typography.Text ellipsis>{h.title}</Typography.Text>
          <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, maxWidth: 180 }}>
            {h.organization.name}
          </Typography.Text>
        </Flex>
      ),
    }));

  return (
    <PageContainer
      title={t('newRoom.title')}
      subtitle={t('newRoom.subtitle')}
      maxWidth={880}
      breadcrumb={[{ title: <Link to={paths.inbox()}>{t('inbox.title')}</Link> }, { title: t('newRoom.title') }]}
      data-testid="new-room-page"
    >
      <Card styles={{ body: { padding: 24 } }}>
        <Form<FormValues> form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
          <Form.Item label={t('newRoom.listings')} extra={t('newRoom.listingsHint')}>
            <Flex vertical gap={8}>
              {listingsLoading ? <Skeleton active paragraph={{ rows: 1 }} /> : null}
              {listingQueries.map((q, i) =>
                q.isError ? (
                  <Typography.Text key={listingIds[i]} type="danger">
                    {t('newRoom.listingMissing')}
                  </Typography.Text>
                ) : null,
              )}
              {listings.map((l) => (
                <ListingRow key={l.id} listing={l} onRemove={() => setListingIds((ids) => ids.filter((id) => id !== l.id))} />
              ))}
              {listingIds.length < MAX_LISTINGS ? (
                <Select
                  showSearch={{ filterOption: false, onSearch: setListingQuery }}
                  value={null}
                  placeholder={t('newRoom.listingsPlaceholder')}
                  options={listingOptions}
                  onChange={(id: string) => setListingIds((ids) => [...ids, id].slice(0, MAX_LISTINGS))}
                  notFoundContent={listingQuery ? t('orgPicker.noResult') : t('orgPicker.hint')}
                  data-testid="new-room-listing-search"
                />
              ) : null}
            </Flex>
          </Form.Item>
          <Form.Item label={t('newRoom.orgs')} extra={orgError ? undefined : t('newRoom.orgsHint')} validateStatus={orgError ? 'error' : undefined} help={orgError ?? undefined}>
            <OrgPicker
              value={orgs}
              onChange={(v) => {
                setOrgs(v);
                setOrgError(null);
              }}
              suggestions={publishers}
              disabled={disabled}
              max={MAX_INVITED}
              data-testid="new-room-orgs"
            />
          </Form.Item>
          <div style={{ background: '#f7f9fc', borderRadius: 10, padding: '12px 14px', marginBottom: 20 }} data-testid="new-room-parties">
            <Flex align="center" gap={8} style={{ marginBottom: 8 }}>
              <TeamOutlined style={{ color: '#7a4fc2' }} />
              <Typography.Text strong>{t('newRoom.parties')}</Typography.Text>
            </Flex>
            <Flex gap={8} wrap>
              {parties.map((p) => (
                <Flex key={p.id} align="center" gap={6} style={{ background: '#fff', border: '1px solid #e5e8ef', borderRadius: 999, padding: '3px 10px 3px 4px' }} data-testid="new-room-party">
                  <span style={{ width: 22, height: 22, borderRadius: 11, background: orgColor(p.id), color: '#fff', display: 'grid', placeItems: 'center', fontSize: 12 }}>{orgInitial(p.name)}</span>
                  <Typography.Text style={{ fontSize: 13, maxWidth: 220 }} ellipsis>
                    {p.name}
                  </Typography.Text>
                  <OrgTypeTag type={p.type} />
                </Flex>
              ))}
            </Flex>
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
              {t('newRoom.threeWayHint')}
            </Typography.Text>
          </div>
          <Form.Item name="title" label={t('newRoom.roomTitle')} extra={t('newRoom.roomTitleHint')} rules={[{ min: 2, max: 80, message: t('newRoom.roomTitleLength') }]}>
            <Input placeholder={t('newRoom.roomTitlePlaceholder')} maxLength={80} showCount data-testid="new-room-title" />
          </Form.Item>
          <Form.Item name="message" label={t('newRoom.message')}>
            <Input.TextArea placeholder={t('newRoom.messagePlaceholder')} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={MESSAGE_MAX_LENGTH} showCount data-testid="new-room-message" />
          </Form.Item>
          <Flex gap={8} justify="flex-end">
            <Button onClick={() => void navigate(-1)}>{t('newRoom.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="new-room-submit">
              {t('newRoom.submit')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </PageContainer>
  );
}
