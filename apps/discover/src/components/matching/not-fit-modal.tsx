import { useEffect, useState } from 'react';
import { Flex, Input, Modal, Tag, Typography } from 'antd';
import { useDiscoverT } from '../../i18n/index.js';
import { FEEDBACK_REASON_MAX, QUICK_REASONS } from './logic.js';


export interface NotFitModalProps {
  /** The suggestion's title while the modal is open; null when closed. */
  title: string | null;
  onCancel: () => void;
  onSubmit: (reason: string | undefined) => void;
}

/** "不合适": an optional reason (quick picks or free text); submitting hides the suggestion at once. */
export function NotFitModal({ title, onCancel, onSubmit }: NotFitModalProps) {
  const { t } = useDiscoverT();
  const [reason, setReason] = useState('');
  useEffect(() => {
    if (title !== null) setReason('');
  }, [title]);
  const submit = () => onSubmit(reason.trim() || undefined);
  return (
    <Modal
      open={title !== null}
      title={t('matching.notFitModal.title')}
      okText={t('matching.notFitModal.ok')}
      cancelText={t('matching.notFitModal.cancel')}
      onOk={submit}
      onCancel={onCancel}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'not-fit-submit' } as Record<string, string>}
      cancelButtonProps={{ 'data-testid': 'not-fit-cancel' } as Record<string, string>}
      data-testid="not-fit-modal"
    >
      <Flex vertical gap={12} data-testid="not-fit-modal-body">
        <Typography.Text>{t('matching.notFitModal.subject', { title: title ?? '' })}</Typography.Text>
        <Typography.Text type="secondary">{t('matching.notFitModal.explain')}</Typography.Text>
        <Flex gap={6} wrap aria-label={t('matching.notFitModal.quick')}>
          {QUICK_REASONS.map((code) => {
            const text = t(`matching.notFitModal.reasons.${code}`);
            return (
              <Tag.CheckableTag key={code} checked={reason === text} onChange={(on) => setReason(on ? text : '')} data-testid="not-fit-quick" data-code={code}>
                {text}
              </Tag.CheckableTag>
            );
          })}
        </Flex>
        <Input.TextArea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={FEEDBACK_REASON_MAX}
          showCount
          autoSize={{ minRows: 2, maxRows: 5 }}
          placeholder={t('matching.notFitModal.placeholder')}
          aria-label={t('matching.notFitModal.label')}
          data-testid="not-fit-reason"
        />
      </Flex>
    </Modal>
  );
}
