import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Drawer, Flex, Form, Input, Row, Select, Typography, theme } from 'antd';
import { BarChartOutlined, CheckCircleFilled, CloseCircleFilled, DeleteOutlined, EyeOutlined, GlobalOutlined, LockOutlined, PlusOutlined, SendOutlined } from '../icons.js';
import type { BoothDto, ExpoDto } from '@yiqia/contracts';
import { SERVICE_DOMAINS } from '@yiqia/domain';
import { ApiError, isApiError, queryKeys, useAuth, useExpo } from '@yiqia/web-data';
import { ErrorState, ImageUploadField, LoadingState, PageContainer, PdfUploadField, RichTextEditor, formErrorsFromApi, pathToNamePath, useLabels } from '@yiqia/web-ui';
import { AutosaveStatus } from '../components/autosave-status.js';
import { BoothView } from '../components/booth-view.js';
import { LinkButton } from '../components/link-button.js';
import { StatusTag } from '../components/status-tag.js';
import { boothKeys, isNotFound, patchBooth, useBooth, useSubmitBooth } from '../data/booths.js';
import { useAutosaver } from '../data/use-autosave.js';
import { useBoothsT } from '../i18n/index.js';
import type { SaveOutcome } from '../lib/autosave.js';
import {
  diffDraft,
  draftFromBooth,
  draftToContent,
  fieldKeysOf,
  missingForSubmit,
  normalizeDraft,
  remapContactPath,
  sentContactRows,
  SUBMIT_REQUIREMENTS,
  type BoothDraft,
  type SubmitRequirement,
} from '../lib/draft.js';
import { formatDateTime } from '../lib/format.js';
import { paths } from '../paths.js';
import { LoginRequired } from './my-booths-page.js';
import { zoneLabel } from './expo-landing-page.js';
import { usePageTitle } from '../data/use-page-title.js';

const PHONE = /^[0-9+\-() ]{5,20}$/;

/**
 * What the booth's state means for the editor. `rejectedReason` keeps the organizer's reason on
 * screen while the user fixes a rejected booth (its first edit turns it back into a draft).
 */
function StatusBanner({ booth, rejectedReason }: { booth: BoothDto; rejectedReason: string | null }) {
  const { t, lang } = useBoothsT();
  const status = booth.status === 'draft' && rejectedReason ? 'rejected' : booth.status;
  switch (status) {
    case 'submitted':
      return (
        <Alert
          type="warning"
          showIcon
          data-testid="editor-state"
          data-state="submitted"
          title={t('editor.state.submittedTitle')}
          description={t('editor.state.submitted', { time: formatDateTime(booth.submittedAt, lang) })}
        />
      );
    case 'rejected':
      return (
        <Alert
          type="error"
          showIcon
          data-testid="editor-state"
          data-state="rejected"
          title={<Typography.Text strong>{t('editor.state.rejectedTitle')}</Typography.Text>}
          description={
            <Flex vertical gap={8}>
              <div
                data-testid="editor-reject-reason"
                style={{ fontSize: 15, padding: '10px 14px', background: 'rgba(255,255,255,0.7)', borderRadius: 6, whiteSpace: 'pre-wrap' }}
              >
                <Typography.Text type="secondary">{t('editor.state.rejectedReasonLabel')}</Typography.Text>
                {booth.reviewReason ?? rejectedReason}
              </div>
              <span>{t('editor.state.rejected')}</span>
            </Flex>
          }
        />
      );
    case 'approved':
      return (
        <Alert
          type="success"
          showIcon
          data-testid="editor-state"
          data-state="approved"
          title={t('editor.state.approvedTitle')}
          description={t('editor.state.approved')}
        />
      );
    default:
      return booth.isPublic ? (
        <Alert
          type="info"
          showIcon
          data-testid="editor-state"
          data-state="draft-public"
          title={t('editor.state.draftTitle')}
          description={t('editor.state.approvedDraft', { time: formatDateTime(booth.publishedAt, lang) })}
        />
      ) : (
        <Alert type="info" showIcon data-testid="editor-state" data-state="draft" title={t('editor.state.draftTitle')} description={t('editor.state.draft')} />
      );
  }
}

function Section({ title, hint, children, testId }: { title: string; hint?: string; children: React.ReactNode; testId?: string }) {
  return (
    <Card
      data-testid={testId}
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

const REQUIREMENT_LABEL: Record<SubmitRequirement, string> = {
  title: 'editor.fields.title',
  introHtml: 'editor.fields.intro',
  logoUrl: 'editor.fields.logo',
  zoneCode: 'editor.fields.zone',
  contacts: 'editor.sections.contacts',
};

function Checklist({ missing }: { missing: SubmitRequirement[] }) {
  const { t } = useBoothsT();
  const { token } = theme.useToken();
  return (
    <Flex vertical gap={6} data-testid="submit-checklist">
      {SUBMIT_REQUIREMENTS.map((req) => {
        const ok = !missing.includes(req);
        return (
          <Flex key={req} gap={8} align="center" data-testid="checklist-item" data-requirement={req} data-ok={ok ? 'true' : 'false'}>
            {ok ? <CheckCircleFilled style={{ color: token.colorSuccess }} /> : <CloseCircleFilled style={{ color: token.colorTextQuaternary }} />}
            <Typography.Text type={ok ? undefined : 'secondary'}>{t(REQUIREMENT_LABEL[req])}</Typography.Text>
          </Flex>
        );
      })}
    </Flex>
  );
}

/** Names of the fields the server says are missing (BOOTH_INCOMPLETE details), in the UI language. */
function missingFromError(error: ApiError): SubmitRequirement[] {
  const details = error.details ?? {};
  const raw = [
    ...(Array.isArray(details.missing) ? details.missing : []),
    ...(Array.isArray(details.fields) ? (details.fields as { path?: unknown }[]).map((f) => f?.path) : []),
  ].map((x) => String(x ?? '').split('.')[0]);
  const alias: Record<string, SubmitRequirement> = { intro: 'introHtml', logo: 'logoUrl', zone: 'zoneCode', contact: 'contacts' };
  const out = new Set<SubmitRequirement>();
  for (const key of raw) {
    const req = (SUBMIT_REQUIREMENTS as readonly string[]).includes(key) ? (key as SubmitRequirement) : alias[key];
    if (req) out.add(req);
  }
  return [...out];
}

function EditorForm({ initial, expo }: { initial: BoothDto; expo: ExpoDto | undefined }) {
  const { t, lang } = useBoothsT();
  const labels = useLabels();
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const [booth, setBooth] = useState<BoothDto>(initial);
  const [draft, setDraft] = useState<BoothDraft>(() => draftFromBooth(initial));
  const [previewOpen, setPreviewOpen] = useState(false);
  const [submitError, setSubmitError] = useState<{ message: string; missing: SubmitRequirement[] } | null>(null);
  const submit = useSubmitBooth(booth.id);
  const readOnly = booth.status === 'submitted';
  // Taken once: later answers of the server update `initial` but must not reset the form.
  const [initialValues] = useState(() => draftFromBooth(initial));
  const [rejectedReason] = useState(initial.status === 'rejected' ? initial.reviewReason : null);

  const accept = useCallback(
    (next: BoothDto) => {
      setBooth(next);
      client.setQueryData(boothKeys.detail(next.id, 'working'), next);
      void client.invalidateQueries({ queryKey: queryKeys.myBooths });
    },
    [client],
  );

  const save = useCallback(
    async (patch: Partial<BoothDraft>): Promise<SaveOutcome> => {
      try {
        accept(await patchBooth(initial.id, patch));
        return undefined;
      } catch (error) {
        if (isApiError(error) && error.code === 'VALIDATION_FAILED' && error.fieldErrors.length > 0) {
          const rows = sentContactRows(form.getFieldValue('contacts'));
          formErrorsFromApi(error, form, {
            mapPath: (p) => {
              const path = remapContactPath(p, rows);
              // A field whose own check already shows a message keeps it (no duplicate in another wording).
              return form.getFieldError(pathToNamePath(path)).length > 0 ? null : path;
            },
          });
          return { invalidKeys: fieldKeysOf(error.fieldErrors.map((f) => f.path)) };
        }
        if (isApiError(error) && error.code === 'BOOTH_NOT_EDITABLE') {
          // Someone submitted it meanwhile (another tab or colleague): show the current state.
          void client.invalidateQueries({ queryKey: boothKeys.detail(initial.id, 'working') });
        }
        throw error;
      }
    },
    [accept, client, form, initial.id],
  );

  const { saver, state } = useAutosaver<BoothDraft>({ initial: initialValues, delay: 800, diff: diffDraft, save });

  const onValuesChange = (changed?: Record<string, unknown>) => {
    if (changed && 'contacts' in changed) {
      // A phone or e-mail without a name: say so on the name field at once.
      const count = (form.getFieldValue('contacts') as unknown[] | undefined)?.length ?? 0;
      void form.validateFields(Array.from({ length: count }, (_, i) => ['contacts', i, 'name'])).catch(() => undefined);
    }
    const next = normalizeDraft(form.getFieldsValue(true));
    setDraft(next);
    setSubmitError(null);
    if (!readOnly) saver.update(next);
  };

  const missing = missingForSubmit(draft);

  const doSubmit = async () => {
    setSubmitError(null);
    const saved = await saver.flush();
    if (!saved) {
      const invalid = saver.state.kind === 'invalid';
      setSubmitError({ message: t(invalid ? 'editor.submitBlockedInvalid' : 'editor.submitBlockedSaving'), missing: [] });
      return;
    }
    try {
      const next = await submit.mutateAsync();
      accept(next);
      void message.success(t('editor.submitted'));
      window.scrollTo({ top: 0, behavior: 'smooth' });
    } catch (error) {
      if (isApiError(error)) {
        formErrorsFromApi(error, form);
        setSubmitError({ message: error.message, missing: error.code === 'BOOTH_INCOMPLETE' ? missingFromError(error) : [] });
      } else {
        setSubmitError({ message: String(error), missing: [] });
      }
    }
  };

  const confirmSubmit = () => {
    modal.confirm({
      title: t('editor.submitConfirmTitle'),
      content: t('editor.submitConfirm'),
      okText: t('editor.submit'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'submit-confirm' } as never,
      onOk: () => doSubmit(),
    });
  };

  const zoneOptions = (expo?.zones ?? []).map((z) => ({ value: z.code, label: zoneLabel(z, lang) }));

  return (
    <PageContainer
      data-testid="booth-editor"
      breadcrumb={[{ title: <Link to={paths.myBooths()}>{t('editor.back')}</Link> }, { title: t('editor.title') }]}
      title={
        <Flex gap={10} align="center" wrap>
          <span data-testid="editor-title">{draft.title || t('common.unnamed')}</span>
          <StatusTag status={booth.status} />
        </Flex>
      }
      subtitle={expo?.name}
      extra={
        <>
          <Button icon={<EyeOutlined />} onClick={() => setPreviewOpen(true)} data-testid="editor-preview">
            {t('editor.tabs.preview')}
          </Button>
          <LinkButton icon={<BarChartOutlined />} to={paths.stats(booth.id)} data-testid="editor-stats">
            {t('editor.stats')}
          </LinkButton>
          <LinkButton icon={<PlusOutlined />} to={paths.newListing(booth.id, booth.expoId)} data-testid="editor-publish-listing">
            {t('editor.publishListing')}
          </LinkButton>
          {booth.isPublic && expo && (
            <LinkButton icon={<GlobalOutlined />} to={paths.booth(expo.slug, booth.id)} data-testid="editor-public-link">
              {t('editor.viewPublic')}
            </LinkButton>
          )}
        </>
      }
    >
      <Row gutter={[24, 24]}>
        <Col xs={{ span: 24, order: 2 }} lg={{ span: 16, order: 1 }}>
          <Flex vertical gap={20}>
            <StatusBanner booth={booth} rejectedReason={rejectedReason} />
            <Form
              form={form}
              layout="vertical"
              initialValues={initialValues}
              onValuesChange={onValuesChange}
              disabled={readOnly}
              requiredMark={false}
              data-testid="editor-form"
              scrollToFirstError
            >
              <Flex vertical gap={20}>
                <Section title={t('editor.sections.basic')} hint={t('editor.sections.basicHint')} testId="editor-section-basic">
                  <Form.Item
                    name="title"
                    label={t('editor.fields.title')}
                    rules={[{ required: true, whitespace: true, message: t('my.applyModal.boothTitleRequired') }, { min: 2, max: 60, message: t('my.applyModal.boothTitleLength') }]}
                  >
                    <Input maxLength={60} showCount placeholder={t('editor.fields.titlePlaceholder')} data-testid="field-title" />
                  </Form.Item>
                  <Form.Item name="slogan" label={t('editor.fields.slogan')} style={{ marginBottom: 0 }}>
                    <Input maxLength={80} showCount placeholder={t('editor.fields.sloganPlaceholder')} data-testid="field-slogan" />
                  </Form.Item>
                </Section>

                <Section title={t('editor.sections.classification')} testId="editor-section-classification">
                  <Row gutter={[16, 16]}>
                    <Col xs={24} md={10}>
                      <Form.Item
                        name="zoneCode"
                        label={t('editor.fields.zone')}
                        extra={zoneOptions.length === 0 ? t('editor.fields.zoneNone') : undefined}
                        style={{ marginBottom: 0 }}
                      >
                        <Select allowClear options={zoneOptions} placeholder={t('editor.fields.zonePlaceholder')} data-testid="field-zone" />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={14}>
                      <Form.Item name="domainCodes" label={t('editor.fields.domains')} style={{ marginBottom: 0 }}>
                        <Select
                          mode="multiple"
                          allowClear
                          maxCount={6}
                          showSearch={{ optionFilterProp: 'label' }}
                          placeholder={t('editor.fields.domainsPlaceholder')}
                          options={SERVICE_DOMAINS.map((code) => ({ value: code, label: labels.domain(code) }))}
                          data-testid="field-domains"
                        />
                      </Form.Item>
                    </Col>
                  </Row>
                </Section>

                <Section title={t('editor.sections.intro')} hint={t('editor.sections.introHint')} testId="editor-section-intro">
                  <Form.Item name="introHtml" style={{ marginBottom: 0 }}>
                    <RichTextEditor disabled={readOnly} minHeight={260} aria-label={t('editor.fields.intro')} data-testid="field-intro" />
                  </Form.Item>
                </Section>

                <Section title={t('editor.sections.media')} testId="editor-section-media">
                  <Row gutter={24}>
                    <Col xs={24} md={9}>
                      <Form.Item name="logoUrl" label={t('editor.fields.logo')}>
                        <ImageUploadField disabled={readOnly} width={112} height={112} data-testid="field-logo" />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={15}>
                      <Form.Item name="bannerUrl" label={t('editor.fields.banner')} extra={t('editor.fields.bannerHint')}>
                        <ImageUploadField disabled={readOnly} width={300} height={75} data-testid="field-banner" />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Form.Item
                    name="videoUrl"
                    label={t('editor.fields.video')}
                    extra={t('editor.fields.videoHint')}
                    style={{ marginBottom: 0 }}
                    rules={[{ pattern: /^(https?:\/\/\S+)?$/i, message: lang === 'en' ? 'Enter a link starting with http:// or https://' : '请输入以 http:// 或 https:// 开头的链接' }]}
                  >
                    <Input placeholder={t('editor.fields.videoPlaceholder')} maxLength={500} allowClear data-testid="field-video" />
                  </Form.Item>
                </Section>

                <Section title={t('editor.sections.documents')} hint={t('editor.sections.documentsHint')} testId="editor-section-documents">
                  <Form.Item name="documents" style={{ marginBottom: 0 }}>
                    <PdfUploadField disabled={readOnly} max={10} data-testid="field-documents" />
                  </Form.Item>
                </Section>

                <Section title={t('editor.sections.contacts')} hint={t('editor.sections.contactsHint')} testId="editor-section-contacts">
                  <Form.List name="contacts">
                    {(fields, { add, remove }) => (
                      <Flex vertical gap={12}>
                        {fields.map((field, index) => (
                          <Card key={field.key} size="small" type="inner" data-testid="contact-row" styles={{ body: { paddingBottom: 0 } }}>
                            <Row gutter={12}>
                              <Col xs={24} sm={12} md={6}>
                                <Form.Item
                                  name={[field.name, 'name']}
                                  label={t('editor.fields.contactName')}
                                  rules={[
                                    ({ getFieldValue }) => ({
                                      validator: async (_, value: unknown) => {
                                        const row = (getFieldValue(['contacts', field.name]) ?? {}) as Record<string, unknown>;
                                        const others = ['role', 'phone', 'email'].some((k) => typeof row[k] === 'string' && (row[k] as string).trim());
                                        if (others && !(typeof value === 'string' && value.trim())) throw new Error(t('editor.fields.contactNameRequired'));
                                      },
                                    }),
                                  ]}
                                >
                                  <Input maxLength={40} data-testid="contact-name" />
                                </Form.Item>
                              </Col>
                              <Col xs={24} sm={12} md={5}>
                                <Form.Item name={[field.name, 'role']} label={t('editor.fields.contactRole')}>
                                  <Input maxLength={40} data-testid="contact-role" />
                                </Form.Item>
                              </Col>
                              <Col xs={24} sm={12} md={6}>
                                <Form.Item
                                  name={[field.name, 'phone']}
                                  label={t('editor.fields.contactPhone')}
                                  rules={[{ pattern: PHONE, message: lang === 'en' ? 'Use 5–20 digits, +, -, ( ) or spaces' : '请输入 5-20 位数字，可含 +、-、括号和空格' }]}
                                >
                                  <Input maxLength={20} inputMode="tel" data-testid="contact-phone" />
                                </Form.Item>
                              </Col>
                              <Col xs={24} sm={12} md={7}>
                                <Flex gap={4} align="flex-start">
                                  <Form.Item
                                    name={[field.name, 'email']}
                                    label={t('editor.fields.contactEmail')}
                                    rules={[{ type: 'email', message: lang === 'en' ? 'Enter a valid email address' : '请输入有效的邮箱地址' }]}
                                    style={{ flex: 1 }}
                                  >
                                    <Input maxLength={254} inputMode="email" data-testid="contact-email" />
                                  </Form.Item>
                                  <Button
                                    type="text"
                                    danger
                                    icon={<DeleteOutlined />}
                                    aria-label={`${t('editor.fields.removeContact')} ${index + 1}`}
                                    title={t('editor.fields.removeContact')}
                                    onClick={() => {
                                      remove(field.name);
                                      onValuesChange();
                                    }}
                                    style={{ marginTop: 30 }}
                                    data-testid="contact-remove"
                                  />
                                </Flex>
                              </Col>
                            </Row>
                          </Card>
                        ))}
                        <Button
                          type="dashed"
                          icon={<PlusOutlined />}
                          onClick={() => add({ name: '', role: '', phone: '', email: '' })}
                          disabled={readOnly || fields.length >= 10}
                          data-testid="contact-add"
                          block
                        >
                          {t('editor.fields.addContact')}
                        </Button>
                      </Flex>
                    )}
                  </Form.List>
                </Section>
              </Flex>
            </Form>
          </Flex>
        </Col>

        <Col xs={{ span: 24, order: 1 }} lg={{ span: 8, order: 2 }}>
          <div style={{ position: 'sticky', top: 80 }}>
            <Card data-testid="editor-sidebar">
              <Flex vertical gap={16}>
                {(!readOnly || state.kind === 'saving' || state.kind === 'error') && <AutosaveStatus state={state} onRetry={() => void saver.retry()} />}
                {!readOnly && <Checklist missing={missing} />}
                {submitError && (
                  <Alert
                    type="error"
                    showIcon
                    data-testid="submit-error"
                    title={submitError.message}
                    description={
                      submitError.missing.length > 0
                        ? t('editor.incompleteMissing') + submitError.missing.map((m) => t(REQUIREMENT_LABEL[m])).join('、')
                        : undefined
                    }
                  />
                )}
                {readOnly ? (
                  <Typography.Text type="secondary" data-testid="editor-readonly">
                    <LockOutlined /> {t('editor.readOnlyHint')}
                  </Typography.Text>
                ) : booth.status === 'approved' && state.kind !== 'dirty' && state.kind !== 'saving' ? (
                  <Typography.Text type="secondary" data-testid="editor-approved-hint">
                    {t('editor.approvedNoChanges')}
                  </Typography.Text>
                ) : (
                  <Button
                    type="primary"
                    size="large"
                    block
                    icon={<SendOutlined />}
                    onClick={confirmSubmit}
                    loading={submit.isPending}
                    data-testid="editor-submit"
                  >
                    {t('editor.submit')}
                  </Button>
                )}
              </Flex>
            </Card>
          </div>
        </Col>
      </Row>

      <Drawer
        open={previewOpen}
        onClose={() => setPreviewOpen(false)}
        title={t('editor.previewTitle')}
        size={typeof window === 'undefined' ? 1080 : Math.min(1080, window.innerWidth)}
        destroyOnHidden
        data-testid="preview-drawer"
        styles={{ body: { background: '#f3f5f8' } }}
      >
        <BoothView
          content={draftToContent(draft)}
          organization={booth.organization}
          zoneName={(() => {
            const z = expo?.zones.find((x) => x.code === draft.zoneCode);
            return z ? zoneLabel(z, lang) : null;
          })()}
          preview
        />
      </Drawer>
    </PageContainer>
  );
}

/** /my/booths/:boothId/edit */
export function BoothEditorPage() {
  const { boothId } = useParams();
  const { t } = useBoothsT();
  const auth = useAuth();
  const booth = useBooth(auth.isAuthenticated ? boothId : undefined, 'working', { alwaysRefetch: true });
  const expo = useExpo(booth.data?.expoId);

  usePageTitle(booth.data ? `${t('editor.title')} · ${booth.data.title}` : t('editor.title'));
  if (auth.status === 'loading') return <LoadingState />;
  if (!auth.isAuthenticated) return <LoginRequired />;
  if (booth.isError) {
    return (
      <PageContainer>
        <ErrorState error={booth.error} onRetry={isNotFound(booth.error) ? undefined : () => void booth.refetch()} />
      </PageContainer>
    );
  }
  // Start from what the server has now (not a cached copy), so a reload shows the saved draft.
  if (!booth.data || !booth.isFetchedAfterMount || (booth.data.expoId && expo.isPending)) return <LoadingState />;
  // A new key when the booth is submitted elsewhere re-initialises the form read-only.
  return <EditorForm key={`${booth.data.id}:${booth.data.status === 'submitted'}`} initial={booth.data} expo={expo.data} />;
}
