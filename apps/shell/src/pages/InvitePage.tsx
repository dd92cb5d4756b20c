import type { AcceptInvitationRequest } from '@yiqia/contracts';
import { isApiError, useAuth, useInvitationPreview } from '@yiqia/web-data';
import { ErrorState, HomeOutlined, LoadingState, OrgTypeTag, formErrorsFromApi } from '@yiqia/web-ui';
import { Alert, App, Button, Descriptions, Flex, Form, Result, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title.js';
import { DisplayNameField, EmailField, NewPasswordField } from './account-fields.js';
import { AuthLayout } from './AuthLayout.js';

export function InvitePage() {
  const { t } = useTranslation('shell');
  const { token } = useParams<{ token: string }>();
  const preview = useInvitationPreview(token);
  const { user, acceptInvitation } = useAuth();
  const [form] = Form.useForm<AcceptInvitationRequest>();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const { message } = App.useApp();
  const navigate = useNavigate();
  useDocumentTitle(t('titles.invite'));

  if (preview.isPending) return <LoadingState />;
  if (preview.isError) {
    const invalid = isApiError(preview.error) && (preview.error.code === 'INVITATION_INVALID' || preview.error.status === 404);
    if (invalid) {
      return (
        <Flex justify="center" style={{ padding: '48px 16px' }}>
          <Result
            status="warning"
            title={t('invite.invalidTitle')}
            subTitle={preview.error.message}
            data-testid="invite-invalid"
            extra={
              <Link to="/">
                <Button type="primary" icon={<HomeOutlined />}>
                  {t('nav.home')}
                </Button>
              </Link>
            }
          />
        </Flex>
      );
    }
    return <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />;
  }

  const invitation = preview.data;
  const onFinish = async (values: AcceptInvitationRequest) => {
    if (!token) return;
    setError(null);
    setSubmitting(true);
    try {
      await acceptInvitation(token, { email: values.email.trim(), password: values.password, displayName: values.displayName.trim() });
      void message.success(t('invite.success', { org: invitation.organization.name }));
      navigate('/my', { replace: true });
    } catch (err) {
      if (!formErrorsFromApi(err, form, { codeFields: { EMAIL_TAKEN: 'email' } })) setError(isApiError(err) ? err.message : String(err));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthLayout title={t('invite.title')} data-testid="invite-page">
      <div data-testid="invite-preview" style={{ background: '#f5f8fc', border: '1px solid #dbe5f1', borderRadius: 8, padding: 16, marginBottom: 20 }}>
        <Typography.Text type="secondary">{t('invite.invitedBy', { name: invitation.invitedBy })}</Typography.Text>
        <Flex align="center" gap={8} wrap style={{ margin: '6px 0 10px' }}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="invite-org-name">
            {invitation.organization.name}
          </Typography.Title>
          <OrgTypeTag type={invitation.organization.type} />
        </Flex>
        <Descriptions size="small" column={1} colon={false} styles={{ label: { color: '#86909c' } }}>
          <Descriptions.Item label={t('invite.role')}>
            <Tag color={invitation.role === 'admin' ? 'gold' : 'blue'} data-testid="invite-role">
              {t(`roles.${invitation.role}`)}
            </Tag>
          </Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('invite.expires', { date: dayjs(invitation.expiresAt).format('YYYY-MM-DD HH:mm') })}
        </Typography.Text>
      </div>

      {user ? <Alert type="info" showIcon title={t('invite.loggedInNotice', { name: user.displayName })} style={{ marginBottom: 16 }} /> : null}
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" /> : null}

      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('invite.formTitle')}
      </Typography.Title>
      <Form<AcceptInvitationRequest> form={form} name="invite" layout="vertical" onFinish={onFinish} data-testid="invite-form">
        <DisplayNameField />
        <EmailField />
        <NewPasswordField />
        <Button type="primary" htmlType="submit" size="large" block loading={submitting} data-testid="invite-submit">
          {t('invite.submit')}
        </Button>
      </Form>
    </AuthLayout>
  );
}
