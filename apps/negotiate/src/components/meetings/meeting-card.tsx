import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Popconfirm, Radio, Tag, Typography, theme } from 'antd';
import type { MeetingDto } from '@yiqia/contracts';
import { isApiError } from '@yiqia/web-data';
import { OrgTypeTag } from '@yiqia/web-ui';
import { downloadMeetingIcs, useAnswerMeeting, useCancelMeeting } from '../../data/meetings.js';
import { CalendarOutlined, CheckOutlined, ClockCircleOutlined, CloseCircleOutlined, DownloadOutlined, StopOutlined, WarningOutlined } from './icons.js';
import { MEETING_LIMITS } from './meeting-form.js';
import { useMeetingFormat } from './use-meeting-format.js';

const STATUS_COLORS: Record<MeetingDto['status'], string> = { pending: 'gold', accepted: 'green', declined: 'red', cancelled: 'default' };

export function MeetingStatusTag({ meeting }: { meeting: MeetingDto }) {
  const { t } = useMeetingFormat();
  const key = meeting.status === 'pending' ? (meeting.direction === 'incoming' ? 'pendingIncoming' : 'pendingOutgoing') : meeting.status;
  return (
    <Tag color={STATUS_COLORS[meeting.status]} data-testid="meeting-status" data-status={meeting.status} style={{ marginInlineEnd: 0 }}>
      {t(`meeting.status.${key}`)}
    </Tag>
  );
}

/** One meeting request in "my schedule": who, what, when, clashes, and what I can do with it. */
export function MeetingCard({ meeting, all }: { meeting: MeetingDto; all: MeetingDto[] }) {
  const f = useMeetingFormat();
  const { t } = f;
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const answer = useAnswerMeeting();
  const cancel = useCancelMeeting();
  const [choice, setChoice] = useState<number | null>(null);
  const [declineOpen, setDeclineOpen] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const incoming = meeting.direction === 'incoming';
  const counterpart = incoming ? meeting.requester : meeting.invitee;
  const answering = incoming && meeting.status === 'pending';
  const acceptedIndex = meeting.acceptedSlot ? meeting.slots.findIndex((s) => s.startsAt === meeting.acceptedSlot?.startsAt && s.endsAt === meeting.acceptedSlot?.endsAt) : -1;

  const clashesOf = (index: number) => {
    const ids = meeting.clashes.find((c) => c.slotIndex === index)?.meetingIds ?? [];
    return ids.map((id) => all.find((m) => m.id === id)).filter((m): m is MeetingDto => !!m);
  };
  const fail = (error: unknown) => void message.error(isApiError(error) ? error.message : String(error));

  const accept = async () => {
    if (choice === null) return;
    try {
      await answer.mutateAsync({ id: meeting.id, answer: { decision: 'accept', slotIndex: choice } });
      void message.success(t('meeting.toast.accepted'));
    } catch (error) {
      fail(error);
    }
  };

  const download = async () => {
    setDownloading(true);
    try {
      await downloadMeetingIcs(meeting.id);
    } catch (error) {
      fail(error);
    } finally {
      setDownloading(false);
    }
  };

  const slotLine = (s: MeetingDto['slots'][number], i: number) => {
    const clashes = meeting.status === 'pending' || i === acceptedIndex ? clashesOf(i) : [];
    return (
      <Flex vertical gap={2} data-testid="meeting-slot" data-index={i} data-clash={clashes.length > 0 ? 'true' : 'false'}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('meeting.slotN', { n: i + 1 })}
          </Typography.Text>
          <Typography.Text strong={i === acceptedIndex} data-testid="meeting-slot-time">
            {f.slot(s)}
          </Typography.Text>
          {i === acceptedIndex && (
            <Tag color="green" icon={<CheckOutlined />} data-testid="meeting-slot-accepted">
              {t('meeting.acceptedSlot')}
            </Tag>
          )}
        </Flex>
        {clashes.length > 0 && (
          <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid="meeting-clash">
            <WarningOutlined /> {t('meeting.clashWith', { topics: clashes.map((c) => t('meeting.clashItem', { topic: c.topic, org: (c.direction === 'incoming' ? c.requester : c.invitee).orgName })).join(t('meeting.listSeparator')) })}
          </Typography.Text>
        )}
      </Flex>
    );
  };

  return (
    <Card
      size="small"
      data-testid="meeting-card"
      data-meeting-id={meeting.id}
      data-status={meeting.status}
      data-direction={meeting.direction}
      style={{ borderLeft: `3px solid ${meeting.status === 'accepted' ? token.colorSuccess : meeting.status === 'pending' ? token.colorWarning : token.colorBorder}` }}
      styles={{ body: { padding: '14px 16px' } }}
    >
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <div style={{ minWidth: 0, flex: '1 1 260px' }}>
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong style={{ fontSize: 16 }} data-testid="meeting-topic">
              {meeting.topic}
            </Typography.Text>
            <MeetingStatusTag meeting={meeting} />
            <Tag variant="outlined" style={{ marginInlineEnd: 0 }}>
              {incoming ? t('meeting.incoming') : t('meeting.outgoing')}
            </Tag>
          </Flex>
          <Flex gap={8} align="center" wrap style={{ marginTop: 6 }}>
            <Typography.Text data-testid="meeting-counterpart">{counterpart.orgName}</Typography.Text>
            <OrgTypeTag type={counterpart.orgType} />
            {incoming && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('meeting.requestedBy', { name: meeting.requester.displayName })}
              </Typography.Text>
            )}
          </Flex>
        </div>
        {meeting.acceptedSlot && meeting.status === 'accepted' && (
          <Flex vertical align="flex-end" style={{ textAlign: 'right' }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <CalendarOutlined /> {t('meeting.agreedTime')}
            </Typography.Text>
            <Typography.Text strong style={{ color: token.colorSuccessText }} data-testid="meeting-agreed">
              {f.slot(meeting.acceptedSlot)}
            </Typography.Text>
          </Flex>
        )}
      </Flex>

      {meeting.note && (
        <Typography.Paragraph type="secondary" style={{ margin: '10px 0 0', padding: '6px 10px', background: token.colorFillQuaternary, borderRadius: 6, whiteSpace: 'pre-wrap' }} data-testid="meeting-note">
          {meeting.note}
        </Typography.Paragraph>
      )}

      <div style={{ marginTop: 12 }}>
        {answering ? (
          <Radio.Group value={choice} onChange={(e) => setChoice(e.target.value as number)} style={{ width: '100%' }} data-testid="meeting-slot-choice">
            <Flex vertical gap={8}>
              {meeting.slots.map((s, i) => (
                <Radio key={i} value={i} data-testid="meeting-slot-radio" disabled={Date.parse(s.startsAt) < Date.now()}>
                  {slotLine(s, i)}
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        ) : (
          <Flex vertical gap={6}>
            {meeting.slots.map((s, i) => (
              <div key={i}>{slotLine(s, i)}</div>
            ))}
          </Flex>
        )}
      </div>

      {meeting.status === 'declined' && meeting.declineReason && (
        <Alert
          type="error"
          showIcon
          icon={<CloseCircleOutlined />}
          style={{ marginTop: 12 }}
          title={incoming ? t('meeting.declinedByUs') : t('meeting.declinedByThem', { org: meeting.invitee.orgName })}
          description={<span data-testid="meeting-decline-reason">{meeting.declineReason}</span>}
          data-testid="meeting-declined"
        />
      )}
      {meeting.status === 'cancelled' && (
        <Alert type="info" showIcon icon={<StopOutlined />} style={{ marginTop: 12 }} title={incoming ? t('meeting.cancelledByThem', { org: meeting.requester.orgName }) : t('meeting.cancelledByUs')} />
      )}

      <Flex gap={8} wrap justify="flex-end" style={{ marginTop: 12 }}>
        {answering && (
          <>
            <Button danger onClick={() => setDeclineOpen(true)} data-testid="meeting-decline">
              {t('meeting.decline')}
            </Button>
            <Button type="primary" icon={<CheckOutlined />} disabled={choice === null} loading={answer.isPending} onClick={() => void accept()} data-testid="meeting-accept">
              {choice === null ? t('meeting.acceptPick') : t('meeting.acceptSlot', { n: choice + 1 })}
            </Button>
          </>
        )}
        {meeting.status === 'accepted' && (
          <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void download()} data-testid="meeting-ics">
            {t('meeting.downloadIcs')}
          </Button>
        )}
        {!incoming && (meeting.status === 'pending' || meeting.status === 'accepted') && (
          <Popconfirm
            title={t('meeting.cancelConfirm')}
            description={t('meeting.cancelConfirmBody')}
            okText={t('meeting.cancelOk')}
            cancelText={t('meeting.keep')}
            okButtonProps={{ danger: true, 'data-testid': 'meeting-cancel-ok' } as never}
            onConfirm={async () => {
              try {
                await cancel.mutateAsync(meeting.id);
                void message.success(t('meeting.toast.cancelled'));
              } catch (error) {
                fail(error);
              }
            }}
          >
            <Button type="text" danger loading={cancel.isPending} icon={<ClockCircleOutlined />} data-testid="meeting-cancel">
              {t('meeting.cancel')}
            </Button>
          </Popconfirm>
        )}
      </Flex>

      <DeclineModal
        open={declineOpen}
        pending={answer.isPending}
        onClose={() => setDeclineOpen(false)}
        onSubmit={async (reason) => {
          try {
            await answer.mutateAsync({ id: meeting.id, answer: { decision: 'decline', reason } });
            setDeclineOpen(false);
            void message.success(t('meeting.toast.declined'));
          } catch (error) {
            fail(error);
          }
        }}
      />
    </Card>
  );
}

function DeclineModal({ open, pending, onClose, onSubmit }: { open: boolean; pending: boolean; onClose: () => void; onSubmit: (reason: string) => Promise<void> }) {
  const { t } = useMeetingFormat();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={t('meeting.declineTitle')}
      onCancel={onClose}
      okText={t('meeting.declineOk')}
      okButtonProps={{ danger: true, loading: pending, 'data-testid': 'meeting-decline-ok' } as never}
      cancelText={t('meeting.keep')}
      onOk={() => form.submit()}
      destroyOnHidden
      data-testid="meeting-decline-modal"
    >
      <Form form={form} layout="vertical" onFinish={(v) => void onSubmit(v.reason.trim())} preserve={false}>
        <Form.Item
          name="reason"
          label={t('meeting.declineReason')}
          extra={t('meeting.declineReasonHint')}
          rules={[
            { required: true, whitespace: true, message: t('meeting.declineReasonRequired') },
            { min: MEETING_LIMITS.reasonMin, message: t('meeting.tooShort', { min: MEETING_LIMITS.reasonMin }) },
            { max: MEETING_LIMITS.reasonMax, message: t('meeting.tooLong', { max: MEETING_LIMITS.reasonMax }) },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={MEETING_LIMITS.reasonMax} showCount data-testid="meeting-decline-reason-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
