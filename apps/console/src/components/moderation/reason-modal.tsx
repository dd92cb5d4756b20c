import { isApiError } from '@yiqia/web-data';
import { Alert, Form, Input, Modal } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useConsoleT } from '../../i18n/index.js';

/** moderationReason of @yiqia/contracts: 2–500 characters after trimming. */
export const REASON_MIN = 2;
export const REASON_MAX = 500;

export interface ReasonModalProps<V extends object> {
  open: boolean;
  title: ReactNode;
  /** What the action does, shown above the form. */
  description?: ReactNode;
  okText: ReactNode;
  danger?: boolean;
  /** Extra fields (e.g. the user and the duration of a mute). */
  children?: ReactNode;
  initialValues?: Partial<V>;
  onSubmit: (values: V & { reason: string }) => Promise<unknown>;
  onClose: () => void;
  testId: string;
}

/**
 * Every moderation action takes a reason (it goes to the audit log): a modal with a required reason,
 * optional extra fields, and the server's refusal shown in it (the user can fix it and retry).
 */
export function ReasonModal<V extends object>({ open, title, description, okText, danger, children, initialValues, onSubmit, onClose, testId }: ReasonModalProps<V>) {
  const { t } = useConsoleT();
  const [form] = Form.useForm<V & { reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (open) {
      form.resetFields();
      setError(null);
    }
  }, [open, form]);

  const submit = async () => {
    let values: V & { reason: string };
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ ...values, reason: values.reason.trim() });
      onClose();
    } catch (e) {
      setError(isApiError(e) ? e.message : t('mod.actionFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('mod.cancel')}
      okButtonProps={{ danger, loading: busy, 'data-testid': `${testId}-ok` } as never}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <div data-testid={testId}>
      {description ? <div style={{ marginBottom: 16 }}>{description}</div> : null}
      <Form form={form} layout="vertical" initialValues={initialValues as never} requiredMark>
        {children}
        <Form.Item
          name="reason"
          label={t('mod.reason')}
          extra={t('mod.reasonHint')}
          rules={[
            { required: true, whitespace: true, message: t('mod.reasonRequired') },
            {
              validator: async (_, v: string | undefined) => {
                const n = (v ?? '').trim().length;
                if (n > 0 && n < REASON_MIN) throw new Error(t('mod.reasonTooShort', { min: REASON_MIN }));
                if (n > REASON_MAX) throw new Error(t('mod.reasonTooLong', { max: REASON_MAX }));
              },
            },
          ]}
        >
          <Input.TextArea rows={3} showCount maxLength={REASON_MAX} data-testid={`${testId}-reason`} />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon title={error} data-testid={`${testId}-error`} /> : null}
      </div>
    </Modal>
  );
}
