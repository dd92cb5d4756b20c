import type { InvitationDto, MemberDto, OrgRole } from '@yiqia/contracts';
import { isApiError, useAuth, useCreateInvitation, useInvitations, useMe, useMembers, useRemoveMember, useRevokeInvitation } from '@yiqia/web-data';
import { CopyOutlined, EmptyState, ErrorState, LoadingState, OrgTypeTag, PageContainer, UserAddOutlined, formErrorsFromApi } from '@yiqia/web-ui';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Modal, Popconfirm, Radio, Table, Tag, Typography, type ButtonProps, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title.js';

const testIdProps = (id: string) => ({ 'data-testid': id }) as ButtonProps;
const fmt = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

function RoleTag({ role }: { role: OrgRole }) {
  const { t } = useTranslation('shell');
  return <Tag color={role === 'admin' ? 'gold' : 'blue'}>{t(`roles.${role}`)}</Tag>;
}

function MembersCard({ orgId, canManage, meId }: { orgId: string; canManage: boolean; meId: string }) {
  const { t } = useTranslation('shell');
  const { message } = App.useApp();
  const members = useMembers(orgId);
  const remove = useRemoveMember(orgId);

  const columns: TableColumnsType<MemberDto> = [
    {
      title: t('org.colName'),
      dataIndex: 'displayName',
      render: (name: string, m) => (
        <Typography.Text strong={m.id === meId} data-testid="member-name">
          {name}
          {m.id === meId ? t('org.you') : ''}
        </Typography.Text>
      ),
    },
    { title: t('org.colEmail'), dataIndex: 'email', responsive: ['md'], render: (email: string) => <span data-testid="member-email">{email}</span> },
    { title: t('org.colRole'), dataIndex: 'orgRole', render: (role: OrgRole) => <RoleTag role={role} /> },
    { title: t('org.colJoined'), dataIndex: 'joinedAt', responsive: ['lg'], render: fmt },
    ...(canManage
      ? [
          {
            title: t('org.colActions'),
            key: 'actions',
            render: (_: unknown, m: MemberDto) =>
              m.id === meId ? null : (
                <Popconfirm
                  title={t('org.removeConfirm', { name: m.displayName })}
                  okButtonProps={{ danger: true, ...testIdProps('confirm-remove-member') }}
                  onConfirm={() =>
                    remove.mutateAsync(m.id).then(
                      () => void message.success(t('org.removed', { name: m.displayName })),
                      (err: unknown) => void message.error(isApiError(err) ? err.message : String(err)),
                    )
                  }
                >
                  <Button type="link" danger size="small" data-testid="remove-member">
                    {t('org.remove')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('org.members')}
      extra={members.data ? <Typography.Text type="secondary">{t('org.memberCount', { count: members.data.length })}</Typography.Text> : null}
      data-testid="members-card"
    >
      {members.isError ? (
        <ErrorState compact error={members.error} onRetry={() => void members.refetch()} />
      ) : (
        <Table<MemberDto>
          rowKey="id"
          columns={columns}
          dataSource={members.data ?? []}
          loading={members.isPending}
          pagination={false}
          size="middle"
          onRow={(m) => ({ 'data-testid': 'member-row', 'data-email': m.email }) as HTMLAttributes<HTMLElement>}
          data-testid="member-table"
        />
      )}
    </Card>
  );
}

function InviteModal({ orgId, open, onClose }: { orgId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('shell');
  const { t: tUi } = useTranslation('ui');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ email?: string; role: OrgRole }>();
  const create = useCreateInvitation(orgId);
  const [created, setCreated] = useState<InvitationDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const link = created?.path ? `${window.location.origin}${created.path}` : created?.token ? `${window.location.origin}/invite/${created.token}` : '';

  const close = () => {
    setCreated(null);
    setError(null);
    form.resetFields();
    onClose();
  };

  const submit = async (values: { email?: string; role: OrgRole }) => {
    setError(null);
    try {
      const inv = await create.mutateAsync({ role: values.role, ...(values.email?.trim() ? { email: values.email.trim() } : {}) });
      setCreated(inv);
    } catch (err) {
      if (!formErrorsFromApi(err, form)) setError(isApiError(err) ? err.message : String(err));
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      void message.success(t('org.linkCopied'));
    } catch {
      // Clipboard blocked: the link is selectable in the field.
    }
  };

  return (
    <Modal
      open={open}
      title={created ? t('org.linkReady') : t('org.modalTitle')}
      onCancel={close}
      destroyOnHidden
      footer={
        created ? (
          <Button type="primary" onClick={close} data-testid="invitation-done">
            {t('org.done')}
          </Button>
        ) : (
          <Flex justify="flex-end" gap={8}>
            <Button onClick={close}>{tUi('common.cancel')}</Button>
            <Button type="primary" loading={create.isPending} onClick={() => form.submit()} data-testid="invitation-submit">
              {t('org.generate')}
            </Button>
          </Flex>
        )
      }
      data-testid="invitation-modal"
    >
      {created ? (
        <Flex vertical gap={12}>
          <Alert type="warning" showIcon title={t('org.linkOnce')} />
          <Flex gap={8}>
            <Input value={link} readOnly onFocus={(e) => e.target.select()} data-testid="invite-link" aria-label={t('org.linkReady')} />
            <Button icon={<CopyOutlined />} onClick={() => void copy()} data-testid="copy-invite-link">
              {t('org.copyLink')}
            </Button>
          </Flex>
          <Typography.Text type="secondary">
            <RoleTag role={created.role} /> {created.email ?? t('org.anyone')} · {t('invite.expires', { date: fmt(created.expiresAt) })}
          </Typography.Text>
        </Flex>
      ) : (
        <Form form={form} layout="vertical" initialValues={{ role: 'member' }} onFinish={submit} data-testid="invitation-form">
          {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="form-error" /> : null}
          <Form.Item name="email" label={t('org.inviteEmail')} extra={t('org.inviteEmailHint')} rules={[{ type: 'email', message: t('register.emailRequired') }]}>
            <Input placeholder="name@example.org" inputMode="email" data-testid="email" />
          </Form.Item>
          <Form.Item name="role" label={t('org.inviteRole')}>
            <Radio.Group data-testid="role">
              <Flex vertical gap={6}>
                <Radio value="member">
                  <span data-testid="role-member">{t('org.roleMember')}</span>
                </Radio>
                <Radio value="admin">
                  <span data-testid="role-admin">{t('org.roleAdmin')}</span>
                </Radio>
              </Flex>
            </Radio.Group>
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

function InvitationsCard({ orgId }: { orgId: string }) {
  const { t } = useTranslation('shell');
  const { message } = App.useApp();
  const invitations = useInvitations(orgId);
  const revoke = useRevokeInvitation(orgId);
  const [open, setOpen] = useState(false);

  const columns: TableColumnsType<InvitationDto> = [
    { title: t('org.colInvitee'), dataIndex: 'email', render: (email: string | null) => email ?? <Typography.Text type="secondary">{t('org.anyone')}</Typography.Text> },
    { title: t('org.colRole'), dataIndex: 'role', render: (role: OrgRole) => <RoleTag role={role} /> },
    { title: t('org.colExpires'), dataIndex: 'expiresAt', render: fmt },
    { title: t('org.colCreated'), dataIndex: 'createdAt', responsive: ['lg'], render: fmt },
    {
      title: t('org.colActions'),
      key: 'actions',
      render: (_: unknown, inv: InvitationDto) => (
        <Popconfirm
          title={t('org.revokeConfirm')}
          okButtonProps={{ danger: true, ...testIdProps('confirm-revoke') }}
          onConfirm={() =>
            revoke.mutateAsync(inv.id).then(
              () => void message.success(t('org.revoked')),
              (err: unknown) => void message.error(isApiError(err) ? err.message : String(err)),
            )
          }
        >
          <Button type="link" danger size="small" data-testid="revoke-invitation">
            {t('org.revoke')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Card
      title={t('org.invitations')}
      extra={
        <Button type="primary" icon={<UserAddOutlined />} onClick={() => setOpen(true)} data-testid="create-invitation">
          {t('org.createInvitation')}
        </Button>
      }
      data-testid="invitations-card"
    >
      <Typography.Paragraph type="secondary">{t('org.invitationsHint')}</Typography.Paragraph>
      <Typography.Title level={5}>{t('org.pending')}</Typography.Title>
      {invitations.isError ? (
        <ErrorState compact error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : (
        <Table<InvitationDto>
          rowKey="id"
          columns={columns}
          dataSource={invitations.data ?? []}
          loading={invitations.isPending}
          pagination={false}
          size="middle"
          locale={{ emptyText: t('org.noPending') }}
          onRow={(inv) => ({ 'data-testid': 'invitation-row', 'data-invitation-id': inv.id }) as HTMLAttributes<HTMLElement>}
          data-testid="invitation-table"
        />
      )}
      <InviteModal orgId={orgId} open={open} onClose={() => setOpen(false)} />
    </Card>
  );
}

/** /org: the organisation, its members (admins remove them) and invitation links (admins create/revoke). */
export function OrgPage() {
  const { t } = useTranslation('shell');
  const { user, organization, isOrgAdmin } = useAuth();
  // Refresh who I am here (role or organisation may have changed since login).
  useMe();
  useDocumentTitle(t('titles.org'));

  if (!user) return <LoadingState />;
  if (!organization) {
    return (
      <PageContainer title={t('org.title')}>
        <Card>
          <EmptyState
            data-testid="no-org"
            title={t('org.noOrgTitle')}
            description={t('org.noOrgDescription')}
            action={
              <Link to="/register">
                <Button type="primary">{t('nav.register')}</Button>
              </Link>
            }
          />
        </Card>
      </PageContainer>
    );
  }

  return (
    <PageContainer title={t('org.title')} subtitle={t('org.subtitle')} data-testid="org-page">
      <Flex vertical gap={16}>
        <Card title={t('org.info')} data-testid="org-info">
          <Flex align="center" gap={8} wrap style={{ marginBottom: 12 }}>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="org-name">
              {organization.name}
            </Typography.Title>
            <OrgTypeTag type={organization.type} />
          </Flex>
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('org.creditCode')}>
              <Typography.Text copyable style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }}>
                {organization.creditCode}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('org.region')}>{organization.regionName}</Descriptions.Item>
            <Descriptions.Item label={t('org.joined')}>{dayjs(organization.createdAt).format('YYYY-MM-DD')}</Descriptions.Item>
          </Descriptions>
        </Card>
        <MembersCard orgId={organization.id} canManage={isOrgAdmin} meId={user.id} />
        {isOrgAdmin ? <InvitationsCard orgId={organization.id} /> : <Alert type="info" showIcon title={t('org.adminOnly')} />}
      </Flex>
    </PageContainer>
  );
}
