import { useMutation } from '@tanstack/react-query';
import type { MessageDto, ReportRoomRequest, RoomReportDto } from '@yiqia/contracts';
import { apiFetch, isApiError } from '@yiqia/web-data';
import { Alert, App, Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNegotiateT } from '../../i18n/index.js';

/** reportRoomRequest of @yiqia/contracts: the reason is 2–500 characters. */
const REASON_MIN = 2;
const REASON_MAX = 500;
/** Messages offered to point at: the latest ones written by others. */
const PICKABLE = 30;

export interface ReportModalProps {
  roomId: string;
  open: boolean;
  onClose: () => void;
  /** The loaded messages (the report can point at one of them). */
  messages: MessageDto[];
  myUserId: string | null;
}

/** A participant tells the organizers about a problem in the room (POST /api/rooms/:id/reports). */
export function ReportModal({ roomId, open, onClose, messages, myUserId }: ReportModalProps) {
  const { t } = useNegotiateT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string; messageId?: string }>();
  const [error, setError] = useState<string | null>(null);
  const report = useMutation({
    mutationFn: (body: ReportRoomRequest) => apiFetch<RoomReportDto>(`/api/rooms/${encodeURIComponent(roomId)}/reports`, { method: 'POST', body }),
  });

  useEffect(() => {
    if (open) {
      form.resetFields();
      setError(null);
    }
  }, [open, form]);

  const candidates = messages
    .filter((m) => m.type === 'text' && !m.hidden && m.sender.userId !== myUserId)
    .slice(-PICKABLE)
    .reverse();

  const submit = async () => {
    let values: { reason: string; messageId?: string };
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setError(null);
    try {
      await report.mutateAsync({ reason: values.reason.trim(), ...(values.messageId ? { messageId: values.messageId } : {}) });
      void message.success(t('mod.reported'));
      onClose();
    } catch (e) {
      setError(isApiError(e) ? e.message : String(e));
    }
  };

  return (
    <Modal
      open={open}
      title={t('mod.reportTitle')}
      okText={t('mod.submit')}
      cancelText={t('mod.cancel')}
      okButtonProps={{ danger: true, loading: report.isPending, 'data-testid': 'report-submit' } as never}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <div data-testid="report-modal">
        <Typography.Paragraph type="secondary">{t('mod.reportIntro')}</Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item
            name="reason"
            label={t('mod.reason')}
            rules={[
              {
                validator: async (_, v: string | undefined) => {
                  const n = (v ?? '').trim().length;
                  if (n < REASON_MIN) throw new Error(t('mod.reasonRequired', { min: REASON_MIN }));
                  if (n > REASON_MAX) throw new Error(t('mod.reasonTooLong', { max: REASON_MAX }));
                },
              },
            ]}
          >
            <Input.TextArea rows={3} maxLength={REASON_MAX} showCount placeholder={t('mod.reasonPlaceholder')} data-testid="report-reason" />
          </Form.Item>
          {candidates.length > 0 ? (
            <Form.Item name="messageId" label={t('mod.message')}>
              <Select
                allowClear
                placeholder={t('mod.messagePlaceholder')}
                options={candidates.map((m) => ({ value: m.id, label: t('mod.messageOption', { name: m.sender.displayName, text: m.body.slice(0, 60) }) }))}
                data-testid="report-message"
              />
            </Form.Item>
          ) : null}
        </Form>
        {error ? <Alert type="error" showIcon title={error} data-testid="report-error" /> : null}
      </div>
    </Modal>
  );
}
