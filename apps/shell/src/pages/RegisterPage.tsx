import { ORG_TYPES, normalizeCreditCode, type OrgType } from '@yiqia/domain';
import type { RegisterRequest } from '@yiqia/contracts';
import { isApiError, useAuth } from '@yiqia/web-data';
import { RegionCascader, formErrorsFromApi, useLabels } from '@yiqia/web-ui';
import { Alert, App, Button, Col, Divider, Form, Input, Radio, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { useDocumentTitle } from '../app/use-document-title.js';
import { DisplayNameField, EmailField, NewPasswordField } from './account-fields.js';
import { AuthLayout } from './AuthLayout.js';
import { creditCodeMessageKey } from './credit-code-rule.js';

interface RegisterValues {
  organization: { type: OrgType; name: string; creditCode: string; regionCode: string };
  email: string;
  password: string;
  displayName: string;
}

export function RegisterPage() {
  const { t } = useTranslation('shell');
  const { orgType } = useLabels();
  const { status, register } = useAuth();
  const [form] = Form.useForm<RegisterValues>();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const { message } = App.useApp();
  const navigate = useNavigate();
  useDocumentTitle(t('titles.register'));

  if (status === 'authenticated' && !submitting) return <Navigate to="/my" replace />;

  const onFinish = async (values: RegisterValues) => {
    setError(null);
    setSubmitting(true);
    const request: RegisterRequest = {
      email: values.email.trim(),
      password: values.password,
      displayName: values.displayName.trim(),
      organization: {
        type: values.organization.type,
        name: values.organization.name.trim(),
        creditCode: normalizeCreditCode(values.organization.creditCode),
        regionCode: values.organization.regionCode,
      },
    };
    try {
      await register(request);
      void message.success(t('register.success'));
      navigate('/my', { replace: true });
    } catch (err) {
      const placed = formErrorsFromApi(err, form, { codeFields: { EMAIL_TAKEN: 'email', CREDIT_CODE_TAKEN: 'organization.creditCode' } });
      if (!placed) setError(isApiError(err) ? err.message : String(err));
      else if (isApiError(err) && err.code === 'VALIDATION_FAILED') setError(err.message);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthLayout title={t('register.title')} subtitle={t('register.subtitle')} width={640} data-testid="register-page">
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" /> : null}
      <Form<RegisterValues>
        form={form}
        name="register"
        layout="vertical"
        onFinish={onFinish}
        onFinishFailed={({ errorFields }) => errorFields[0] && form.scrollToField(errorFields[0].name, { block: 'center' })}
        data-testid="register-form"
        scrollToFirstError
      >
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('register.orgSection')}
        </Typography.Title>
        <Form.Item name={['organization', 'type']} label={t('register.orgType')} rules={[{ required: true, message: t('register.orgTypeRequired') }]}>
          <Radio.Group optionType="button" buttonStyle="solid" data-testid="organization.type" style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
            {ORG_TYPES.map((type) => (
              <Radio.Button key={type} value={type} style={{ borderRadius: 6 }}>
                <span data-testid={`org-type-${type}`}>{orgType(type)}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name={['organization', 'name']} label={t('register.orgName')} rules={[{ required: true, min: 2, max: 100, whitespace: true, message: t('register.orgNameRequired') }]}>
          <Input placeholder={t('register.orgNamePlaceholder')} maxLength={100} data-testid="organization.name" autoComplete="organization" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name={['organization', 'creditCode']}
              required
              label={t('register.creditCode')}
              extra={t('register.creditCodeHint')}
              validateTrigger="onBlur"
              normalize={(v: string) => (v ?? '').toUpperCase().replace(/\s+/g, '')}
              rules={[
                {
                  validator: (_rule, value: string) => {
                    const key = creditCodeMessageKey(value ?? '');
                    return key ? Promise.reject(new Error(t(key))) : Promise.resolve();
                  },
                },
              ]}
            >
              <Input placeholder={t('register.creditCodePlaceholder')} maxLength={18} style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }} data-testid="organization.creditCode" autoComplete="off" spellCheck={false} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['organization', 'regionCode']} label={t('register.region')} rules={[{ required: true, message: t('register.regionRequired') }]}>
              <RegionCascader data-testid="organization.regionCode" />
            </Form.Item>
          </Col>
        </Row>

        <Divider style={{ margin: '8px 0 16px' }} />
        <Typography.Title level={5} style={{ marginTop: 0, marginBottom: 4 }}>
          {t('register.accountSection')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 16 }}>
          {t('register.accountHint')}
        </Typography.Paragraph>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <DisplayNameField />
          </Col>
          <Col xs={24} md={12}>
            <EmailField />
          </Col>
          <Col xs={24} md={12}>
            <NewPasswordField />
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" size="large" block loading={submitting} data-testid="register-submit">
          {t('register.submit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 20, marginBottom: 0, textAlign: 'center' }}>
        <Typography.Text type="secondary">{t('register.haveAccount')}</Typography.Text>{' '}
        <Link to="/login" data-testid="register-to-login">
          {t('register.loginLink')}
        </Link>
      </Typography.Paragraph>
    </AuthLayout>
  );
}
