import { isApiError, useAuth } from '@yiqia/web-data';
import { LockOutlined, MailOutlined, formErrorsFromApi } from '@yiqia/web-ui';
import { Alert, App, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { defaultLanding, safeRedirect } from '../app/redirect.js';
import { useDocumentTitle } from '../app/use-document-title.js';
import { AuthLayout } from './AuthLayout.js';

interface LoginValues {
  email: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation('shell');
  const { status, user, login } = useAuth();
  const [form] = Form.useForm<LoginValues>();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const requested = params.get('redirect') ?? (location.state as { from?: string } | null)?.from ?? null;
  useDocumentTitle(t('titles.login'));

  if (status === 'authenticated' && !submitting) return <Navigate to={safeRedirect(requested, defaultLanding(user))} replace />;

  const onFinish = async (values: LoginValues) => {
    setError(null);
    setSubmitting(true);
    try {
      const res = await login(values.email.trim(), values.password);
      void message.success(t('login.success'));
      navigate(safeRedirect(requested, defaultLanding(res.user)), { replace: true });
    } catch (err) {
      if (!formErrorsFromApi(err, form)) setError(isApiError(err) ? err.message : String(err));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthLayout title={t('login.title')} subtitle={t('login.subtitle')} data-testid="login-page">
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" /> : null}
      <Form<LoginValues> form={form} name="login" layout="vertical" requiredMark={false} onFinish={onFinish} data-testid="login-form" autoComplete="on">
        <Form.Item name="email" label={t('login.email')} rules={[{ required: true, type: 'email', message: t('register.emailRequired') }]}>
          <Input prefix={<MailOutlined />} placeholder={t('login.emailPlaceholder')} autoComplete="username" inputMode="email" size="large" data-testid="email" />
        </Form.Item>
        <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" data-testid="password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={submitting} data-testid="login-submit">
          {t('login.submit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 20, marginBottom: 0, textAlign: 'center' }}>
        <Typography.Text type="secondary">{t('login.noAccount')}</Typography.Text>{' '}
        <Link to="/register" data-testid="login-to-register">
          {t('login.registerLink')}
        </Link>
      </Typography.Paragraph>
    </AuthLayout>
  );
}
