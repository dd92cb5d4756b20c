import { LockOutlined, MailOutlined, UserOutlined } from '@yiqia/web-ui';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { isStrongPassword } from './credit-code-rule.js';

/** The fields of a new account, shared by registration and invitation acceptance. */
export function DisplayNameField() {
  const { t } = useTranslation('shell');
  return (
    <Form.Item name="displayName" label={t('register.displayName')} rules={[{ required: true, whitespace: true, max: 50, message: t('register.displayNameRequired') }]}>
      <Input prefix={<UserOutlined />} placeholder={t('register.displayNamePlaceholder')} maxLength={50} autoComplete="name" data-testid="displayName" />
    </Form.Item>
  );
}

export function EmailField() {
  const { t } = useTranslation('shell');
  return (
    <Form.Item name="email" label={t('register.email')} rules={[{ required: true, type: 'email', message: t('register.emailRequired') }]}>
      <Input prefix={<MailOutlined />} placeholder="name@example.org" inputMode="email" autoComplete="email" data-testid="email" />
    </Form.Item>
  );
}

/** A new password, checked like the server does (8+ characters with letters and digits). */
export function NewPasswordField() {
  const { t } = useTranslation('shell');
  return (
    <Form.Item
      name="password"
      required
      label={t('register.password')}
      extra={t('register.passwordHint')}
      rules={[{ validator: (_r, v: string) => (isStrongPassword(v ?? '') ? Promise.resolve() : Promise.reject(new Error(t('register.passwordWeak')))) }]}
    >
      <Input.Password prefix={<LockOutlined />} autoComplete="new-password" data-testid="password" />
    </Form.Item>
  );
}
