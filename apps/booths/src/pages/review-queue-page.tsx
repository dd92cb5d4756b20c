import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, App, Badge, Button, Card, Col, Flex, Form, Input, Modal, Result, Row, Select, Space, Typography, theme } from 'antd';
import { CheckOutlined, CloseOutlined, InboxOutlined, ReloadOutlined } from '../icons.js';
import type { BoothSummaryDto } from '@yiqia/contracts';
import { isApiError, useAuth, useCurrentExpo, useExpos } from '@yiqia/web-data';
import { EmptyState, ErrorState, LoadingState, OrgTypeTag, PageContainer } from '@yiqia/web-ui';
import { BoothLogo } from '../components/booth-logo.js';
import { BoothView } from '../components/booth-view.js';
import { LinkButton } from '../components/link-button.js';
import { useBooth, useReviewBooth, useReviewQueue } from '../data/booths.js';
import { useBoothsT } from '../i18n/index.js';
import { formatDateTime } from '../lib/format.js';
import { paths } from '../paths.js';
import { LoginRequired } from './my-booths-page.js';
import { zoneLabel } from './expo-landing-page.js';
import { usePageTitle } from '../data/use-page-title.js';

function QueueItem({ booth, active, onOpen }: { booth: BoothSummaryDto; active: boolean; onOpen: () => void }) {
  const { t, lang } = useBoothsT();
  const { token } = theme.useToken();
  return (
    <button
      type="button"
      onClick={onOpen}
      aria-current={active ? 'true' : undefined}
      data-testid="review-item"
      data-booth-id={booth.id}
      style={{
        display: 'flex',
        width: '100%',
        gap: 12,
        textAlign: 'left',
        padding: 12,
        borderRadius: 8,
        cursor: 'pointer',
        border: `1px solid ${active ? token.colorPrimary : token.colorBorderSecondary}`,
        background: active ? token.colorPrimaryBg : token.colorBgContainer,
        font: 'inherit',
        color: 'inherit',
      }}
    >
      <BoothLogo url={booth.logoUrl} name={booth.title} size={44} />
      <div style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text strong ellipsis style={{ display: 'block' }}>
          {booth.title}
        </Typography.Text>
        <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 13 }}>
          {booth.organization.name}
        </Typography.Text>
        <Flex gap={6} align="center" style={{ marginTop: 4 }} wrap>
          <OrgTypeTag type={booth.organization.type} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('review.submittedAt', { time: formatDateTime(booth.submittedAt, lang) })}
          </Typography.Text>
        </Flex>
      </div>
    </button>
  );
}

function RejectModal({ open, title, onCancel, onReject, pending }: { open: boolean; title: string; onCancel: () => void; onReject: (reason: string) => Promise<void>; pending: boolean }) {
  const { t } = useBoothsT();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      form.resetFields();
      setError(null);
    }
  }, [open, form]);
  return (
    <Modal
      open={open}
      title={t('common.labelled', { label: t('review.rejectTitle'), value: title })}
      onCancel={onCancel}
      okText={t('review.rejectSubmit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, 'data-testid': 'reject-submit' } as never}
      confirmLoading={pending}
      onOk={() => form.submit()}
      destroyOnHidden
      data-testid="reject-modal"
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={async ({ reason }) => {
          try {
            await onReject(reason.trim());
          } catch (e) {
            setError(isApiError(e) ? e.message : String(e));
          }
        }}
      >
        <Form.Item
          name="reason"
          label={t('review.reason')}
          rules={[
            { required: true, whitespace: true, message: t('review.reasonRequired') },
            { max: 500, message: t('review.reasonTooLong') },
          ]}
        >
          <Input.TextArea rows={5} maxLength={500} showCount placeholder={t('review.reasonPlaceholder')} data-testid="reject-reason" autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ReviewPanel({ boothId, onDone, zoneName }: { boothId: string; onDone: () => void; zoneName: (code: string | null) => string | null }) {
  const { t } = useBoothsT();
  const { message, modal } = App.useApp();
  const booth = useBooth(boothId, 'working', { alwaysRefetch: true });
  const review = useReviewBooth();
  const [rejectOpen, setRejectOpen] = useState(false);

  if (booth.isPending) return <LoadingState />;
  if (booth.isError) return <ErrorState error={booth.error} onRetry={() => void booth.refetch()} compact />;
  const b = booth.data;

  const approve = () =>
    modal.confirm({
      title: t('review.approve'),
      content: t('review.approveConfirm'),
      okText: t('review.approve'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'approve-confirm' } as never,
      onOk: async () => {
        try {
          await review.mutateAsync({ id: b.id, request: { decision: 'approve' } });
          void message.success(t('review.approved', { title: b.title }));
          onDone();
        } catch (e) {
          void message.error(isApiError(e) ? e.message : String(e));
        }
      },
    });

  return (
    <div data-testid="review-panel" data-booth-id={b.id}>
      <Card
        style={{ position: 'sticky', top: 64, zIndex: 5, marginBottom: 16 }}
        styles={{ body: { padding: '12px 16px' } }}
      >
        <Flex justify="space-between" align="center" gap={12} wrap>
          <div style={{ minWidth: 0 }}>
            <Typography.Text strong style={{ fontSize: 16 }}>
              {t('review.previewTitle', { title: b.title })}
            </Typography.Text>
            <div>
              <Typography.Text type="secondary">
                {t('common.labelled', { label: t('review.organization'), value: b.organization.name })}
              </Typography.Text>
            </div>
          </div>
          <Space>
            <Button danger icon={<CloseOutlined />} onClick={() => setRejectOpen(true)} disabled={b.status !== 'submitted'} data-testid="review-reject">
              {t('review.reject')}
            </Button>
            <Button type="primary" icon={<CheckOutlined />} onClick={approve} disabled={b.status !== 'submitted'} data-testid="review-approve">
              {t('review.approve')}
            </Button>
          </Space>
        </Flex>
      </Card>
      <BoothView content={b} organization={b.organization} zoneName={zoneName(b.zoneCode)} preview />
      <RejectModal
        open={rejectOpen}
        title={b.title}
        pending={review.isPending}
        onCancel={() => setRejectOpen(false)}
        onReject={async (reason) => {
          await review.mutateAsync({ id: b.id, request: { decision: 'reject', reason } });
          setRejectOpen(false);
          void message.success(t('review.rejected', { title: b.title }));
          onDone();
        }}
      />
    </div>
  );
}

/** /review — organizers approve or reject submitted booths. */
export function ReviewQueuePage() {
  const { t, lang } = useBoothsT();
  const auth = useAuth();
  const isOrganizer = auth.isOrganizer;
  const expos = useExpos();
  const current = useCurrentExpo();
  const [searchParams, setSearchParams] = useSearchParams();
  const expoId = searchParams.get('expo') ?? current.data?.id ?? expos.data?.[0]?.id;
  const selected = searchParams.get('booth');
  const queue = useReviewQueue(expoId, isOrganizer);
  const expo = expos.data?.find((e) => e.id === expoId) ?? (current.data?.id === expoId ? current.data : undefined);
  usePageTitle(t('review.title'));

  const setParam = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(searchParams);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setSearchParams(next, { replace: false });
  };

  if (auth.status === 'loading') return <LoadingState />;
  if (!auth.isAuthenticated) return <LoginRequired />;
  if (!isOrganizer) {
    return (
      <PageContainer>
        <Result
          status="403"
          title={t('review.noPermission')}
          subTitle={t('review.noPermissionHint')}
          data-testid="review-no-permission"
          extra={
            <LinkButton type="primary" to={paths.myBooths()}>
              {t('my.title')}
            </LinkButton>
          }
        />
      </PageContainer>
    );
  }

  const items = queue.data?.items ?? [];
  const zoneName = (code: string | null) => {
    const z = expo?.zones.find((x) => x.code === code);
    return z ? zoneLabel(z, lang) : null;
  };
  const openNext = () => {
    const index = items.findIndex((b) => b.id === selected);
    const next = items[index + 1] ?? items[index - 1];
    setParam({ booth: next && next.id !== selected ? next.id : null });
  };

  return (
    <PageContainer
      title={t('review.title')}
      subtitle={t('review.subtitle')}
      data-testid="review-queue"
      maxWidth={1400}
      extra={
        <Select
          style={{ minWidth: 280 }}
          value={expoId}
          loading={expos.isPending}
          onChange={(id: string) => setParam({ expo: id, booth: null })}
          options={(expos.data ?? []).map((e) => ({ value: e.id, label: e.name }))}
          aria-label={t('review.expo')}
          prefix={<Typography.Text type="secondary">{t('review.expo')}</Typography.Text>}
          data-testid="review-expo"
          notFoundContent={t('review.noExpo')}
        />
      }
    >
      {queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : !expoId && !expos.isPending && !current.isPending ? (
        <Card>
          <EmptyState title={t('review.noExpo')} />
        </Card>
      ) : queue.isPending ? (
        <LoadingState />
      ) : items.length === 0 && !selected ? (
        <Card>
          <EmptyState data-testid="review-empty" image={<InboxOutlined style={{ fontSize: 48, color: '#bfbfbf' }} />} title={t('review.empty')} description={t('review.emptyHint')} />
        </Card>
      ) : (
        <Row gutter={[20, 20]}>
          <Col xs={24} lg={8} xl={7}>
            <Card
              title={
                <Space>
                  {t('review.waiting')}
                  <Badge count={queue.data?.total ?? 0} showZero color="#d48806" data-testid="review-count" />
                </Space>
              }
              extra={
                <Button
                  type="text"
                  size="small"
                  icon={<ReloadOutlined />}
                  loading={queue.isFetching}
                  onClick={() => void queue.refetch()}
                  aria-label={t('review.refresh')}
                  title={t('review.refresh')}
                  data-testid="review-refresh"
                />
              }
              styles={{ body: { padding: 12 } }}
            >
              <Flex vertical gap={8} data-testid="review-list">
                {items.map((b) => (
                  <QueueItem key={b.id} booth={b} active={b.id === selected} onOpen={() => setParam({ booth: b.id })} />
                ))}
                {items.length === 0 && <Typography.Text type="secondary">{t('review.empty')}</Typography.Text>}
              </Flex>
            </Card>
          </Col>
          <Col xs={24} lg={16} xl={17}>
            {selected ? (
              <ReviewPanel key={selected} boothId={selected} onDone={openNext} zoneName={zoneName} />
            ) : (
              <Card>
                <EmptyState title={t('review.selectBooth')} description={t('review.queueCount', { count: queue.data?.total ?? 0 })} />
              </Card>
            )}
          </Col>
        </Row>
      )}
    </PageContainer>
  );
}
