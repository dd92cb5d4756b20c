import { useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { Alert, App, Button, Card, Col, Flex, Form, Input, Modal, Result, Row, Select, Space, Tag, Typography } from 'antd';
import { BarChartOutlined, EditOutlined, EyeOutlined, GlobalOutlined, LoginOutlined, PlusOutlined } from '../icons.js';
import type { BoothSummaryDto, ExpoDto } from '@yiqia/contracts';
import { useAuth, useExpos, useMyBooths } from '@yiqia/web-data';
import { EmptyState, ErrorState, LoadingState, PageContainer, formErrorsFromApi } from '@yiqia/web-ui';
import { BoothLogo } from '../components/booth-logo.js';
import { LinkButton } from '../components/link-button.js';
import { StatusTag } from '../components/status-tag.js';
import { useCreateBooth } from '../data/booths.js';
import { useBoothsT } from '../i18n/index.js';
import { formatDate, formatDateTime } from '../lib/format.js';
import { paths } from '../paths.js';
import { usePageTitle } from '../data/use-page-title.js';

/** Shown instead of a page that needs a signed-in user. */
export function LoginRequired() {
  const { t } = useBoothsT();
  const location = useLocation();
  return (
    <PageContainer>
      <Result
        status="403"
        title={t('common.loginRequired')}
        subTitle={t('common.loginRequiredHint')}
        data-testid="login-required"
        extra={
          <LinkButton type="primary" icon={<LoginOutlined />} to={paths.login(location.pathname + location.search)}>
            {t('common.login')}
          </LinkButton>
        }
      />
    </PageContainer>
  );
}

function ApplyModal({
  open,
  onClose,
  expos,
  myBooths,
  initialExpoId,
}: {
  open: boolean;
  onClose: () => void;
  expos: ExpoDto[];
  myBooths: BoothSummaryDto[];
  initialExpoId?: string;
}) {
  const { t, lang } = useBoothsT();
  const [form] = Form.useForm<{ expoId: string; title: string }>();
  const create = useCreateBooth();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [formError, setFormError] = useState<string | null>(null);
  const taken = useMemo(() => new Set(myBooths.map((b) => b.expoId)), [myBooths]);

  useEffect(() => {
    if (!open) return;
    setFormError(null);
    form.resetFields();
    const preselect = initialExpoId && expos.some((e) => e.id === initialExpoId && !taken.has(e.id) && e.phase !== 'ended') ? initialExpoId : undefined;
    const firstOpen = expos.find((e) => !taken.has(e.id) && e.phase !== 'ended');
    form.setFieldsValue({ expoId: preselect ?? firstOpen?.id });
  }, [open, initialExpoId, expos, taken, form]);

  const submit = async (values: { expoId: string; title: string }) => {
    setFormError(null);
    try {
      const booth = await create.mutateAsync({ expoId: values.expoId, request: { title: values.title.trim() } });
      void message.success(t('my.applyModal.created'));
      onClose();
      void navigate(paths.editor(booth.id));
    } catch (error) {
      const placed = formErrorsFromApi(error, form, { codeFields: { BOOTH_EXISTS: 'expoId', NOT_FOUND: 'expoId' } });
      if (!placed) setFormError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <Modal
      open={open}
      title={t('my.applyModal.title')}
      onCancel={onClose}
      okText={t('my.applyModal.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'apply-submit' } as never}
      data-testid="apply-modal"
    >
      <Typography.Paragraph type="secondary">{t('my.applyModal.hint')}</Typography.Paragraph>
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} data-testid="apply-error" />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional" data-testid="apply-form">
        <Form.Item name="expoId" label={t('my.applyModal.expo')} rules={[{ required: true, message: t('my.applyModal.expoRequired') }]}>
          <Select
            placeholder={t('my.applyModal.expoPlaceholder')}
            data-testid="apply-expo"
            options={expos.map((e) => ({
              value: e.id,
              disabled: taken.has(e.id) || e.phase === 'ended',
              label: (
                <Flex justify="space-between" gap={8}>
                  <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{e.name}</span>
                  <Typography.Text type="secondary" style={{ flex: 'none', fontSize: 12 }}>
                    {taken.has(e.id) ? t('my.applyModal.already') : e.phase === 'ended' ? t('phase.ended') : formatDate(e.startsAt, lang)}
                  </Typography.Text>
                </Flex>
              ),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('my.applyModal.boothTitle')}
          rules={[
            { required: true, whitespace: true, message: t('my.applyModal.boothTitleRequired') },
            { min: 2, max: 60, message: t('my.applyModal.boothTitleLength') },
          ]}
        >
          <Input placeholder={t('my.applyModal.boothTitlePlaceholder')} maxLength={60} showCount data-testid="apply-title" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function MyBoothCard({ booth, expo }: { booth: BoothSummaryDto; expo: ExpoDto | undefined }) {
  const { t, lang } = useBoothsT();
  return (
    <Card data-testid="my-booth" data-booth-id={booth.id} data-status={booth.status} styles={{ body: { padding: 20 } }}>
      <Flex gap={16} align="flex-start" wrap>
        <BoothLogo url={booth.logoUrl} name={booth.title} size={64} />
        <div style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Flex gap={8} align="center" wrap>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="my-booth-title">
              {booth.title || t('common.unnamed')}
            </Typography.Title>
            <StatusTag status={booth.status} />
            {booth.isPublic && (
              <Tag icon={<GlobalOutlined />} color="green" variant="outlined" data-testid="my-booth-public">
                {t('my.publicLive')}
              </Tag>
            )}
          </Flex>
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
            {t('common.labelled', { label: t('my.expo'), value: expo?.name ?? '—' })}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13, marginTop: 2 }}>
            {booth.status === 'submitted' && booth.submittedAt
              ? t('my.submittedAt', { time: formatDateTime(booth.submittedAt, lang) })
              : (booth.status === 'approved' || booth.status === 'rejected') && booth.reviewedAt
                ? t('my.reviewedAt', { time: formatDateTime(booth.reviewedAt, lang) })
                : t('my.updatedAt', { time: formatDateTime(booth.updatedAt, lang) })}
            {' · '}
            {t(`my.statusHint.${booth.status}`)}
          </Typography.Text>
          {booth.status === 'rejected' && booth.reviewReason && (
            <Alert
              type="error"
              showIcon
              style={{ marginTop: 12 }}
              data-testid="my-booth-reject-reason"
              title={
                <span>
                  <Typography.Text strong>{t('my.rejectReason')}</Typography.Text>
                  {booth.reviewReason}
                </span>
              }
            />
          )}
        </div>
        <Space wrap>
          <LinkButton type="primary" icon={<EditOutlined />} to={paths.editor(booth.id)} data-testid="my-booth-edit">
            {t('my.edit')}
          </LinkButton>
          <LinkButton icon={<BarChartOutlined />} to={paths.stats(booth.id)} data-testid="my-booth-stats">
            {t('my.stats')}
          </LinkButton>
          <LinkButton icon={<PlusOutlined />} to={paths.newListing(booth.id, booth.expoId)} data-testid="my-booth-publish-listing">
            {t('my.publishListing')}
          </LinkButton>
          {booth.isPublic && expo && (
            <LinkButton icon={<EyeOutlined />} to={paths.booth(expo.slug, booth.id)} data-testid="my-booth-public-link">
              {t('my.viewPublic')}
            </LinkButton>
          )}
        </Space>
      </Flex>
    </Card>
  );
}

/** /my/booths — my organisation's booths, and applying for a new one. */
export function MyBoothsPage() {
  const { t } = useBoothsT();
  const auth = useAuth();
  const booths = useMyBooths();
  const expos = useExpos();
  const [searchParams, setSearchParams] = useSearchParams();
  const applyParam = searchParams.get('apply');
  const [applyOpen, setApplyOpen] = useState(false);

  usePageTitle(t('my.title'));
  useEffect(() => {
    if (applyParam !== null && auth.isAuthenticated && auth.organization) setApplyOpen(true);
  }, [applyParam, auth.isAuthenticated, auth.organization]);

  const closeApply = () => {
    setApplyOpen(false);
    if (applyParam !== null) {
      const next = new URLSearchParams(searchParams);
      next.delete('apply');
      setSearchParams(next, { replace: true });
    }
  };

  if (auth.status === 'loading') return <LoadingState />;
  if (!auth.isAuthenticated) return <LoginRequired />;
  if (!auth.organization) {
    return (
      <PageContainer title={t('my.title')}>
        <Result status="info" title={t('my.noOrg')} subTitle={t('my.noOrgHint')} data-testid="my-no-org" />
      </PageContainer>
    );
  }

  const expoById = new Map((expos.data ?? []).map((e) => [e.id, e]));
  const list = booths.data ?? [];

  return (
    <PageContainer
      title={t('my.title')}
      subtitle={t('my.subtitle')}
      data-testid="my-booths"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setApplyOpen(true)} data-testid="apply-booth" disabled={!expos.data}>
          {t('my.apply')}
        </Button>
      }
    >
      {booths.isPending ? (
        <LoadingState />
      ) : booths.isError ? (
        <ErrorState error={booths.error} onRetry={() => void booths.refetch()} />
      ) : list.length === 0 ? (
        <Card>
          <EmptyState
            data-testid="my-booths-empty"
            title={t('my.empty')}
            description={t('my.emptyHint')}
            action={
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setApplyOpen(true)} disabled={!expos.data}>
                {t('my.apply')}
              </Button>
            }
          />
        </Card>
      ) : (
        <Row gutter={[16, 16]} data-testid="my-booth-list">
          {list.map((booth) => (
            <Col span={24} key={booth.id}>
              <MyBoothCard booth={booth} expo={expoById.get(booth.expoId)} />
            </Col>
          ))}
        </Row>
      )}
      {expos.data && (
        <ApplyModal open={applyOpen} onClose={closeApply} expos={expos.data} myBooths={list} initialExpoId={applyParam ?? undefined} />
      )}
    </PageContainer>
  );
}
