import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Flex, Form, Input, InputNumber, Radio, Row, Select, Tag, Typography } from 'antd';
import type { ListingDto } from '@yiqia/contracts';
import { formatCny, pickLabel, RESOURCE_TYPES, SERVICE_DOMAINS, TARGET_GROUPS, TARGET_GROUP_LABELS, LISTING_STATUSES, LISTING_STATUS_LABELS, type ListingKind } from '@yiqia/domain';
import { isApiError, useAuth, useExpos, useMyBooths } from '@yiqia/web-data';
import { ErrorState, LoadingState, PageContainer, RegionCascader, RichTextEditor, formErrorsFromApi, useLabels } from '@yiqia/web-ui';
import { ListingGone, NoOrganization, NoPermission, ToLogin } from '../components/editor/gates.js';
import { BulbOutlined, LockOutlined, SendOutlined } from '../components/editor/icons.js';
import { KindCards } from '../components/editor/kind-cards.js';
import {
  LISTING_LIMITS,
  createRequestFrom,
  emptyValues,
  fieldsDiffer,
  fieldsFromValues,
  patchRequestFrom,
  valuesFromListing,
  type ListingFormValues,
} from '../components/editor/listing-form.js';
import { LinkButton } from '../components/editor/link-button.js';
import { usePageTitle } from '../components/editor/page-title.js';
import { UnsavedGuard } from '../components/editor/unsaved-guard.js';
import { ListingKindTag } from '../components/listing/index.js';
import { useCreateListing, useListingForEdit, useUpdateListing } from '../data/listings-mine.js';
import { useDiscoverT } from '../i18n/index.js';
import { paths } from '../paths.js';

function Section({ title, hint, extra, children, testId }: { title: ReactNode; hint?: ReactNode; extra?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Card
      data-testid={testId}
      extra={extra}
      title={
        <Flex vertical gap={0} style={{ padding: '12px 0' }}>
          <span>{title}</span>
          {hint && (
            <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 400, whiteSpace: 'normal' }}>
              {hint}
            </Typography.Text>
          )}
        </Flex>
      }
    >
      {children}
    </Card>
  );
}

/** A whole-yuan input with thousands separators and "元"; the 万元 reading below it comes from formatCny. */
function AmountInput({ testId, placeholder, ...props }: { value?: number | null; onChange?: (v: number | null) => void; id?: string; testId: string; placeholder: string }) {
  const { t } = useDiscoverT();
  return (
    <InputNumber<number>
      {...props}
      min={0}
      max={LISTING_LIMITS.amountMax}
      precision={0}
      step={10_000}
      controls={false}
      placeholder={placeholder}
      suffix={t('editor.fields.yuan')}
      formatter={(v) => (v === undefined || v === null || `${v}` === '' ? '' : `${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, ','))}
      parser={(v) => Number((v ?? '').replace(/[^\d]/g, '')) as number}
      style={{ width: '100%' }}
      data-testid={testId}
    />
  );
}

function AmountReading({ value }: { value: number | null | undefined }) {
  const { t, lang } = useDiscoverT();
  if (typeof value !== 'number' || value < 10_000 || lang === 'en') return null;
  return <span data-testid="amount-reading">{t('editor.fields.amountAbout', { value: formatCny(value, lang) })}</span>;
}

/** Server paths that name something the form calls differently. */
function formPath(path: string): string {
  if (path === 'startsAt' || path === 'endsAt') return 'period';
  if (path === 'expoId') return 'boothId';
  return path;
}

function EditorForm({ listing }: { listing: ListingDto | null }) {
  const { t, lang } = useDiscoverT();
  const labels = useLabels();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [form] = Form.useForm<ListingFormValues>();
  const booths = useMyBooths();
  const expos = useExpos();
  const create = useCreateListing();
  const update = useUpdateListing();
  const [formError, setFormError] = useState<string | null>(null);
  const [forbidden, setForbidden] = useState(false);
  const leaving = useRef(false);

  // ?boothId= preselects one of my booths (a link from 我的展位); anything else is ignored.
  const boothParam = searchParams.get('boothId');
  const [initialValues] = useState<ListingFormValues>(() =>
    listing ? valuesFromListing(listing) : emptyValues({ boothId: booths.data?.some((b) => b.id === boothParam) ? boothParam : null }),
  );
  const fallbackExpoId = listing ? listing.expoId : searchParams.get('expoId');

  const boothList = useMemo(() => booths.data ?? [], [booths.data]);
  const ctx = useMemo(
    () => ({
      boothExpoId: (id: string) => boothList.find((b) => b.id === id)?.expoId ?? (listing?.booth?.id === id ? listing.booth.expoId : null),
      fallbackExpoId,
    }),
    [boothList, listing, fallbackExpoId],
  );

  const kind = (Form.useWatch('kind', form) ?? initialValues.kind) as ListingKind;
  const amountMin = Form.useWatch('amountMin', form);
  const amountMax = Form.useWatch('amountMax', form);
  const status = Form.useWatch('status', form) ?? listing?.status;

  const isDirty = useCallback(() => {
    if (leaving.current) return false;
    return fieldsDiffer(fieldsFromValues(initialValues, ctx), fieldsFromValues({ ...initialValues, ...form.getFieldsValue(true) }, ctx));
  }, [ctx, form, initialValues]);

  const saving = create.isPending || update.isPending;

  const leaveTo = (to: string) => {
    leaving.current = true;
    void navigate(to);
  };

  const onFinish = async () => {
    setFormError(null);
    const values: ListingFormValues = { ...initialValues, ...form.getFieldsValue(true) };
    const fields = fieldsFromValues(values, ctx);
    try {
      if (listing) {
        const patch = patchRequestFrom(fieldsFromValues(initialValues, ctx), fields);
        if (Object.keys(patch).length === 0) {
          void message.info(t('editor.noChanges'));
          leaveTo(paths.listing(listing.id));
          return;
        }
        const saved = await update.mutateAsync({ id: listing.id, patch });
        void message.success(t('editor.saved'));
        leaveTo(paths.listing(saved.id));
      } else {
        const saved = await create.mutateAsync(createRequestFrom(fields));
        void message.success(t('editor.created'));
        leaveTo(paths.listing(saved.id));
      }
    } catch (error) {
      if (isApiError(error) && error.status === 403) {
        setForbidden(true);
        return;
      }
      const placed = formErrorsFromApi(error, form, { mapPath: formPath, codeFields: { LISTING_BOOTH_INVALID: 'boothId' } });
      setFormError(placed ? t('editor.fixErrors') : error instanceof Error ? error.message : String(error));
    }
  };

  if (forbidden && listing) return <NoPermission listingId={listing.id} />;

  const title = listing ? t('editor.titleEdit') : t('editor.titleNew');
  const expoName = (id: string) => expos.data?.find((e) => e.id === id)?.name;

  const textRule = (min: number, max: number, required: string, length: string) => ({
    validator: async (_: unknown, value: unknown) => {
      const n = typeof value === 'string' ? value.trim().length : 0;
      if (n === 0) throw new Error(required);
      if (n < min || n > max) throw new Error(length);
    },
  });

  return (
    <PageContainer
      data-testid="listing-editor"
      breadcrumb={[{ title: <Link to={paths.myListings()}>{t('editor.back')}</Link> }, ...(listing ? [{ title: <Link to={paths.listing(listing.id)}>{listing.title}</Link> }] : []), { title }]}
      title={title}
      subtitle={listing ? t('editor.subtitleEdit') : t('editor.subtitleNew')}
    >
      <UnsavedGuard isDirty={isDirty} />
      <Form<ListingFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onFinish}
        onFinishFailed={() => void message.error(t('editor.fixErrors'))}
        onValuesChange={() => setFormError(null)}
        // Enter in a one-line field (title, amounts, dates) must not publish a half-written listing:
        // only the button saves. Text areas and the rich text keep their Enter.
        onKeyDown={(e) => {
          if (e.key === 'Enter' && e.target instanceof HTMLInputElement) e.preventDefault();
        }}
        requiredMark="optional"
        scrollToFirstError={{ block: 'center' }}
        data-testid="listing-form"
        disabled={saving}
      >
        <Row gutter={[24, 24]}>
          <Col xs={24} lg={17}>
            <Flex vertical gap={20}>
              <Section
                title={t('editor.sections.kind')}
                testId="editor-section-kind"
                hint={listing ? t('editor.kind.fixed') : undefined}
                extra={listing ? <LockOutlined style={{ color: 'rgba(0,0,0,0.35)' }} /> : undefined}
              >
                {listing ? (
                  <Flex gap={12} align="center" data-testid="editor-kind-fixed" data-kind={listing.kind}>
                    <ListingKindTag kind={listing.kind} size="large" />
                    <Typography.Text type="secondary">{t(`editor.kind.${listing.kind}.description`)}</Typography.Text>
                  </Flex>
                ) : (
                  <Form.Item name="kind" style={{ marginBottom: 0 }} required>
                    <KindCards />
                  </Form.Item>
                )}
              </Section>

              <Section title={t('editor.sections.basic')} testId="editor-section-basic">
                <Form.Item
                  name="title"
                  label={t('editor.fields.title')}
                  required
                  rules={[textRule(LISTING_LIMITS.titleMin, LISTING_LIMITS.titleMax, t('editor.fields.titleRequired'), t('editor.fields.titleLength'))]}
                >
                  <Input maxLength={LISTING_LIMITS.titleMax} showCount placeholder={t(`editor.fields.titlePlaceholder.${kind}`)} data-testid="field-title" />
                </Form.Item>
                <Form.Item
                  name="summary"
                  label={t('editor.fields.summary')}
                  // The character counter sits at the right of this line: the hint keeps clear of it.
                  extra={<span style={{ display: 'block', paddingInlineEnd: 72 }}>{t('editor.fields.summaryHint')}</span>}
                  required
                  rules={[textRule(LISTING_LIMITS.summaryMin, LISTING_LIMITS.summaryMax, t('editor.fields.summaryRequired'), t('editor.fields.summaryLength'))]}
                >
                  <Input.TextArea
                    maxLength={LISTING_LIMITS.summaryMax}
                    showCount
                    autoSize={{ minRows: 3, maxRows: 6 }}
                    placeholder={t(`editor.fields.summaryPlaceholder.${kind}`)}
                    data-testid="field-summary"
                  />
                </Form.Item>
                <Form.Item
                  name="body"
                  label={t('editor.fields.body')}
                  extra={t('editor.fields.bodyHint')}
                  style={{ marginBottom: 0 }}
                  rules={[{ validator: async (_, v: unknown) => { if (typeof v === 'string' && v.length > LISTING_LIMITS.bodyMax) throw new Error(t('editor.fields.bodyTooLong')); } }]}
                >
                  <RichTextEditor minHeight={220} placeholder={t('editor.fields.bodyPlaceholder')} aria-label={t('editor.fields.body')} data-testid="field-body" />
                </Form.Item>
              </Section>

              <Section title={t('editor.sections.classify')} testId="editor-section-classify">
                <Row gutter={16}>
                  <Col xs={24} md={12}>
                    <Form.Item
                      name="domains"
                      label={t('editor.fields.domains')}
                      required
                      rules={[
                        { type: 'array', min: LISTING_LIMITS.domainsMin, message: t('editor.fields.domainsRequired') },
                        { type: 'array', max: LISTING_LIMITS.domainsMax, message: t('editor.fields.domainsMax') },
                      ]}
                    >
                      <Select
                        mode="multiple"
                        allowClear
                        maxCount={LISTING_LIMITS.domainsMax}
                        showSearch={{ optionFilterProp: 'label' }}
                        placeholder={t('editor.fields.domainsPlaceholder')}
                        options={SERVICE_DOMAINS.map((code) => ({ value: code, label: labels.domain(code) }))}
                        data-testid="field-domains"
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item
                      name="targetGroups"
                      label={t('editor.fields.targetGroups')}
                      rules={[{ type: 'array', max: LISTING_LIMITS.targetGroupsMax, message: t('editor.fields.targetGroupsMax') }]}
                    >
                      <Select
                        mode="multiple"
                        allowClear
                        maxCount={LISTING_LIMITS.targetGroupsMax}
                        showSearch={{ optionFilterProp: 'label' }}
                        placeholder={t('editor.fields.targetGroupsPlaceholder')}
                        options={TARGET_GROUPS.map((code) => ({ value: code, label: pickLabel(TARGET_GROUP_LABELS[code], lang) }))}
                        data-testid="field-target-groups"
                      />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item
                  name="resourceTypes"
                  label={<span data-testid="field-resource-types-label">{t(`editor.fields.resourceTypes.${kind}`)}</span>}
                  extra={t(`editor.fields.resourceTypesHint.${kind}`)}
                  style={{ marginBottom: 0 }}
                >
                  <Checkbox.Group
                    data-testid="field-resource-types"
                    style={{ display: 'flex', flexWrap: 'wrap', gap: '8px 4px' }}
                    options={RESOURCE_TYPES.map((code) => ({ value: code, label: <span data-testid={`resource-${code}`}>{labels.resourceType(code)}</span> }))}
                  />
                </Form.Item>
              </Section>

              <Section title={t('editor.sections.where')} testId="editor-section-where">
                <Row gutter={16}>
                  <Col xs={24} md={12}>
                    <Form.Item name="regionCode" label={t('editor.fields.region')} extra={t('editor.fields.regionHint')} required rules={[{ required: true, message: t('editor.fields.regionRequired') }]}>
                      <RegionCascader anyLevel placeholder={t('editor.fields.regionPlaceholder')} data-testid="field-region" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="period" label={t('editor.fields.period')} extra={t('editor.fields.periodHint')}>
                      <DatePicker.RangePicker
                        allowEmpty={[false, true]}
                        placeholder={[t('editor.fields.periodStart'), t('editor.fields.periodEnd')]}
                        style={{ width: '100%' }}
                        data-testid="field-period"
                      />
                    </Form.Item>
                  </Col>
                </Row>
                <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
                  {t(`editor.fields.amount.${kind}`)}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13, marginBottom: 8 }}>
                  {t(`editor.fields.amountHint.${kind}`)}
                </Typography.Text>
                <Row gutter={16}>
                  <Col xs={24} sm={12}>
                    <Form.Item
                      name="amountMin"
                      label={t('editor.fields.amountMin')}
                      extra={<AmountReading value={amountMin} />}
                      rules={[{ type: 'integer', min: 0, max: LISTING_LIMITS.amountMax, message: t('editor.fields.amountInvalid') }]}
                      style={{ marginBottom: 0 }}
                    >
                      <AmountInput testId="field-amount-min" placeholder={t('editor.fields.amountMin')} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={12}>
                    <Form.Item
                      name="amountMax"
                      label={t('editor.fields.amountMax')}
                      extra={<AmountReading value={amountMax} />}
                      dependencies={['amountMin']}
                      style={{ marginBottom: 0 }}
                      rules={[
                        { type: 'integer', min: 0, max: LISTING_LIMITS.amountMax, message: t('editor.fields.amountInvalid') },
                        ({ getFieldValue }) => ({
                          validator: async (_, value: unknown) => {
                            const min = getFieldValue('amountMin') as unknown;
                            if (typeof value === 'number' && typeof min === 'number' && value < min) throw new Error(t('editor.fields.amountMaxBelowMin'));
                          },
                        }),
                      ]}
                    >
                      <AmountInput testId="field-amount-max" placeholder={t('editor.fields.amountMax')} />
                    </Form.Item>
                  </Col>
                </Row>
              </Section>

              <Section title={t('editor.sections.booth')} hint={t('editor.fields.boothHint')} testId="editor-section-booth">
                <Form.Item
                  name="boothId"
                  label={t('editor.fields.booth')}
                  extra={booths.isSuccess && boothList.length === 0 ? t('editor.fields.boothNone') : undefined}
                  style={{ marginBottom: 0 }}
                >
                  <Select
                    allowClear
                    loading={booths.isPending}
                    placeholder={t('editor.fields.boothPlaceholder')}
                    data-testid="field-booth"
                    options={boothList.map((b) => ({
                      value: b.id,
                      label: (
                        <Flex justify="space-between" gap={8}>
                          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{b.title}</span>
                          <Typography.Text type="secondary" style={{ flex: 'none', fontSize: 12 }}>
                            {expoName(b.expoId) ?? ''}
                            {!b.isPublic && <Tag style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>{t('editor.fields.boothNotPublic')}</Tag>}
                          </Typography.Text>
                        </Flex>
                      ),
                    }))}
                  />
                </Form.Item>
              </Section>

              {listing && (
                <Section title={t('editor.sections.status')} testId="editor-section-status">
                  <Form.Item name="status" style={{ marginBottom: 8 }}>
                    <Radio.Group
                      optionType="button"
                      buttonStyle="solid"
                      data-testid="field-status"
                      options={LISTING_STATUSES.map((s) => ({ value: s, label: <span data-testid={`status-${s}`}>{pickLabel(LISTING_STATUS_LABELS[s], lang)}</span> }))}
                    />
                  </Form.Item>
                  {status && <Typography.Text type="secondary">{t(`editor.statusHint.${status}`)}</Typography.Text>}
                </Section>
              )}
            </Flex>
          </Col>

          <Col xs={24} lg={7}>
            <div style={{ position: 'sticky', top: 80 }}>
              <Card data-testid="editor-sidebar">
                <Flex vertical gap={16}>
                  {formError && <Alert type="error" showIcon title={formError} data-testid="editor-error" />}
                  <Button type="primary" size="large" block htmlType="submit" icon={<SendOutlined />} loading={saving} data-testid="editor-save">
                    {listing ? t('editor.save') : t('editor.create')}
                  </Button>
                  <LinkButton block to={listing ? paths.listing(listing.id) : paths.myListings()} data-testid="editor-cancel" disabled={false}>
                    {t('editor.cancel')}
                  </LinkButton>
                  <div>
                    <Typography.Text strong>
                      <BulbOutlined style={{ color: '#d48806' }} /> {t('editor.sidebarTitle')}
                    </Typography.Text>
                    <ul style={{ margin: '8px 0 0', paddingInlineStart: 18, color: 'rgba(0,0,0,0.55)', fontSize: 13, lineHeight: 1.7 }}>
                      <li>{t('editor.tips.title')}</li>
                      <li>{t('editor.tips.summary')}</li>
                      <li>{t('editor.tips.amount')}</li>
                    </ul>
                  </div>
                </Flex>
              </Card>
            </div>
          </Col>
        </Row>
      </Form>
    </PageContainer>
  );
}

/** /listings/new (?boothId=&expoId=) and /listings/:listingId/edit */
export function ListingEditorPage() {
  const { listingId } = useParams();
  const { t } = useDiscoverT();
  const auth = useAuth();
  const member = auth.isAuthenticated && !!auth.organization;
  const listing = useListingForEdit(listingId, member);
  const booths = useMyBooths();
  usePageTitle(listingId ? (listing.data ? `${t('editor.titleEdit')} · ${listing.data.title}` : t('editor.titleEdit')) : t('editor.titleNew'));

  if (auth.status === 'loading') return <LoadingState />;
  if (!auth.isAuthenticated) return <ToLogin />;
  if (!auth.organization) return <NoOrganization title={listingId ? t('editor.titleEdit') : t('editor.titleNew')} />;
  // A new listing starts once my booths are known (the booth of ?boothId= is preselected only if it is mine).
  if (!listingId) return booths.isPending ? <LoadingState /> : <EditorForm listing={null} />;
  if (listing.isError) {
    const error = listing.error;
    if (isApiError(error) && error.status === 404) return <ListingGone />;
    if (isApiError(error) && error.status === 403) return <NoPermission listingId={listingId} />;
    return (
      <PageContainer>
        <ErrorState error={error} onRetry={() => void listing.refetch()} />
      </PageContainer>
    );
  }
  if (!listing.data || !listing.isFetchedAfterMount) return <LoadingState />;
  if (!listing.data.editable) return <NoPermission listingId={listingId} />;
  return <EditorForm key={listing.data.id} listing={listing.data} />;
}
