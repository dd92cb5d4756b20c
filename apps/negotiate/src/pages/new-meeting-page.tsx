import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import dayjs from 'dayjs';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Grid, Input, Row, Select, Skeleton, Steps, TimePicker, Typography, theme } from 'antd';
import type { CreateMeetingRequest, ExpoDto } from '@yiqia/contracts';
import type { OrgType } from '@yiqia/domain';
import { isApiError, useAuth, useExpo, useExpos } from '@yiqia/web-data';
import { EmptyState, ErrorState, OrgTypeTag, PageContainer, formErrorsFromApi } from '@yiqia/web-ui';
import { CalendarOutlined, DeleteOutlined, EnvironmentOutlined, PlusOutlined, SendOutlined, WarningOutlined } from '../components/meetings/icons.js';
import { MEETING_LIMITS, clashingMeetings, dayDisabled, meetingFormPath, slotInterval, slotProblem, toSlot, type MeetingFormValues } from '../components/meetings/meeting-form.js';
import { useMeetingFormat } from '../components/meetings/use-meeting-format.js';
import { usePageTitle } from '../components/meetings/use-page-title.js';
import { useBoothForMeeting, useCreateMeeting, useListingForMeeting, useMeetings } from '../data/meetings.js';
import { paths } from '../paths.js';

interface Invitee {
  orgId: string;
  orgName: string;
  orgType: OrgType;
  boothId: string | null;
  boothTitle: string | null;
  expoId: string | null;
  listingTitle: string | null;
}

/**
 * /negotiate/meetings/new?boothId=&listingId=&orgId=&expoId= — ask an exhibitor for a meeting: a
 * topic and up to three slots within the expo's dates; clashes with my confirmed meetings are shown
 * before sending. Started from a booth page (or a listing with a booth).
 */
export function NewMeetingPage() {
  const f = useMeetingFormat();
  const { t } = f;
  const [params] = useSearchParams();
  const boothId = params.get('boothId') ?? undefined;
  const listingId = params.get('listingId') ?? undefined;
  const booth = useBoothForMeeting(boothId);
  const listing = useListingForMeeting(boothId ? undefined : listingId);
  const { organization } = useAuth();
  usePageTitle(t('meeting.newTitle'));

  const invitee: Invitee | null = booth.data
    ? {
        orgId: booth.data.organization.id,
        orgName: booth.data.organization.name,
        orgType: booth.data.organization.type,
        boothId: booth.data.id,
        boothTitle: booth.data.title,
        expoId: booth.data.expoId,
        listingTitle: null,
      }
    : listing.data
      ? {
          orgId: listing.data.organization.id,
          orgName: listing.data.organization.name,
          orgType: listing.data.organization.type,
          boothId: listing.data.booth?.isPublic ? listing.data.booth.id : null,
          boothTitle: listing.data.booth?.isPublic ? listing.data.booth.title : null,
          expoId: listing.data.booth?.expoId ?? listing.data.expoId ?? params.get('expoId'),
          listingTitle: listing.data.title,
        }
      : null;

  const frame = (children: React.ReactNode) => (
    <PageContainer
      title={t('meeting.newTitle')}
      subtitle={t('meeting.newSubtitle')}
      breadcrumb={[{ title: <Link to={paths.schedule()}>{t('schedule.title')}</Link> }, { title: t('meeting.newTitle') }]}
      data-testid="new-meeting-page"
    >
      {children}
    </PageContainer>
  );

  if (!boothId && !listingId) {
    return frame(<EmptyState title={t('meeting.noTarget')} description={t('meeting.noTargetHint')} data-testid="new-meeting-no-target" action={<BrowseButton />} />);
  }
  const source = boothId ? booth : listing;
  if (source.isPending) return frame(<Skeleton active paragraph={{ rows: 8 }} />);
  if (source.isError || !invitee) {
    return frame(
      isApiError(source.error) && source.error.status === 404 ? (
        <EmptyState title={t('meeting.targetGone')} description={t('meeting.noTargetHint')} data-testid="new-meeting-no-target" action={<BrowseButton />} />
      ) : (
        <ErrorState error={source.error} onRetry={() => void source.refetch()} />
      ),
    );
  }
  if (!organization) return frame(<EmptyState title={t('schedule.noOrg')} description={t('schedule.noOrgHint')} data-testid="new-meeting-no-org" />);
  if (invitee.orgId === organization.id) {
    return frame(<EmptyState title={t('meeting.ownBooth')} description={t('meeting.ownBoothHint')} data-testid="new-meeting-own" action={<BrowseButton />} />);
  }
  return frame(<MeetingRequestForm invitee={invitee} listingId={booth.data ? undefined : listingId} />);
}

function BrowseButton() {
  const { t } = useMeetingFormat();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => void navigate('/expos')} data-testid="new-meeting-browse">
      {t('schedule.browseBooths')}
    </Button>
  );
}

function MeetingRequestForm({ invitee, listingId }: { invitee: Invitee; listingId?: string }) {
  const f = useMeetingFormat();
  const { t } = f;
  const { token } = theme.useToken();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const wide = Grid.useBreakpoint().lg ?? true;
  const [form] = Form.useForm<MeetingFormValues>();
  const expos = useExpos();
  const expoId = Form.useWatch('expoId', form) ?? invitee.expoId ?? undefined;
  const expo = useExpo(expoId);
  const mine = useMeetings();
  const create = useCreateMeeting();
  const [formError, setFormError] = useState<string[] | null>(null);
  const slots = Form.useWatch('slots', form) ?? [];
  const now = Date.now();
  const intervals = slots.map((s) => slotInterval(s));
  const accepted = useMemo(() => mine.data ?? [], [mine.data]);
  const ended = expo.data ? Date.parse(expo.data.endsAt) <= now : false;

  const initial: MeetingFormValues = {
    expoId: invitee.expoId ?? undefined,
    topic: invitee.listingTitle ? t('meeting.topicAbout', { title: invitee.listingTitle }).slice(0, MEETING_LIMITS.topicMax) : '',
    note: '',
    slots: [{ date: null, time: null }],
  };

  const send = async (values: MeetingFormValues, e: ExpoDto) => {
    setFormError(null);
    const request: CreateMeetingRequest = {
      expoId: e.id,
      inviteeOrgId: invitee.orgId,
      ...(invitee.boothId ? { boothId: invitee.boothId } : {}),
      ...(listingId ? { listingId } : {}),
      topic: (values.topic ?? '').trim(),
      ...(values.note?.trim() ? { note: values.note.trim() } : {}),
      slots: values.slots.map((s) => slotInterval(s)).filter((i): i is NonNullable<typeof i> => !!i).map(toSlot),
    };
    try {
      await create.mutateAsync(request);
      void message.success(t('meeting.toast.sent', { org: invitee.orgName }));
      void navigate(`${paths.schedule()}?tab=outgoing`);
    } catch (error) {
      const placed = formErrorsFromApi(error, form, { mapPath: meetingFormPath });
      const others = isApiError(error) ? error.fieldErrors.filter((fe) => !meetingFormPath(fe.path)).map((fe) => fe.message) : [];
      if (others.length) setFormError(others);
      else if (!placed) setFormError([isApiError(error) ? error.message : String(error)]);
    }
  };

  const submit = (values: MeetingFormValues) => {
    const e = expo.data;
    if (!e) return;
    const clashCount = values.slots.filter((s) => {
      const i = slotInterval(s);
      return i && clashingMeetings(i, accepted).length > 0;
    }).length;
    if (clashCount === 0) return void send(values, e);
    modal.confirm({
      title: t('meeting.clashConfirmTitle', { count: clashCount }),
      content: t('meeting.clashConfirmBody'),
      okText: t('meeting.clashConfirmOk'),
      cancelText: t('meeting.clashConfirmCancel'),
      okButtonProps: { 'data-testid': 'meeting-clash-confirm' } as never,
      onOk: () => send(values, e),
    });
  };

  const firstDay = expo.data ? dayjs(Math.max(Date.parse(expo.data.startsAt), now)) : undefined;

  return (
    <Row gutter={[20, 20]}>
      <Col xs={{ span: 24, order: 2 }} lg={{ span: 15, order: 1 }}>
        <Card data-testid="new-meeting-form-card">
          <Form<MeetingFormValues>
            form={form}
            layout="vertical"
            initialValues={initial}
            onFinish={submit}
            // Enter in a one-line field (a picker, the topic) must not send a half-filled form: only the button sends.
            onKeyDown={(e) => {
              if (e.key === 'Enter' && e.target instanceof HTMLInputElement) e.preventDefault();
            }}
            requiredMark="optional"
            scrollToFirstError
            data-testid="new-meeting-form"
          >
            {formError && (
              <Alert
                type="error"
                showIcon
                title={formError.length === 1 ? formError[0] : t('meeting.sendFailed')}
                description={formError.length > 1 ? formError.join('\n') : undefined}
                style={{ marginBottom: 16, whiteSpace: 'pre-line' }}
                data-testid="new-meeting-error"
              />
            )}
            {ended && <Alert type="warning" showIcon title={t('meeting.expoEnded')} style={{ marginBottom: 16 }} data-testid="new-meeting-expo-ended" />}
            <Form.Item name="expoId" label={t('meeting.expo')} rules={[{ required: true, message: t('meeting.expoRequired') }]}>
              <Select
                disabled={!!invitee.boothId}
                loading={expos.isPending}
                options={(expos.data ?? []).map((e) => ({ value: e.id, label: e.name }))}
                data-testid="meeting-field-expo"
              />
            </Form.Item>
            <Form.Item
              name="topic"
              label={t('meeting.topic')}
              rules={[
                { required: true, whitespace: true, message: t('meeting.topicRequired') },
                { min: MEETING_LIMITS.topicMin, message: t('meeting.tooShort', { min: MEETING_LIMITS.topicMin }) },
                { max: MEETING_LIMITS.topicMax, message: t('meeting.tooLong', { max: MEETING_LIMITS.topicMax }) },
              ]}
            >
              <Input maxLength={MEETING_LIMITS.topicMax} showCount placeholder={t('meeting.topicPlaceholder')} data-testid="meeting-field-topic" />
            </Form.Item>

            <Form.List name="slots">
              {(fields, { add, remove }) => (
                <div data-testid="meeting-slots">
                  <Flex justify="space-between" align="baseline" gap={4} wrap style={{ marginBottom: 8 }}>
                    <Typography.Text strong>{t('meeting.slots')}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {expo.data ? f.expoDates(expo.data) : null}
                    </Typography.Text>
                  </Flex>
                  {fields.map((field, i) => {
                    const interval = intervals[i];
                    const clashes = interval ? clashingMeetings(interval, accepted) : [];
                    return (
                      <div
                        key={field.key}
                        data-testid="meeting-slot-editor"
                        data-index={i}
                        style={{ border: `1px solid ${token.colorBorderSecondary}`, borderRadius: 8, padding: '12px 12px 0', marginBottom: 12, background: token.colorFillQuaternary }}
                      >
                        <Flex gap={12} align="flex-start" wrap>
                          <Typography.Text type="secondary" style={{ lineHeight: '32px', width: 52, flex: 'none' }}>
                            {t('meeting.slotN', { n: i + 1 })}
                          </Typography.Text>
                          <Form.Item name={[field.name, 'date']} rules={[{ required: true, message: t('meeting.dateRequired') }]} style={{ flex: '1 1 160px', marginBottom: 12 }}>
                            <DatePicker
                              style={{ width: '100%' }}
                              placeholder={t('meeting.datePlaceholder')}
                              disabledDate={(d) => !expo.data || dayDisabled(d, expo.data, Date.now())}
                              defaultPickerValue={firstDay}
                              data-testid="meeting-slot-date"
                            />
                          </Form.Item>
                          <Form.Item
                            name={[field.name, 'time']}
                            dependencies={[['slots', field.name, 'date'], 'slots']}
                            style={{ flex: '2 1 220px', marginBottom: 12 }}
                            rules={[
                              { required: true, message: t('meeting.timeRequired') },
                              () => ({
                                validator: async () => {
                                  if (!expo.data) return;
                                  const all = ((form.getFieldValue('slots') as MeetingFormValues['slots']) ?? []).map((s) => slotInterval(s));
                                  const problem = slotProblem(all, i, expo.data, Date.now());
                                  if (problem) throw new Error(t(`meeting.slotProblem.${problem}`, { n: i + 1, dates: f.expoDates(expo.data) }));
                                },
                              }),
                            ]}
                          >
                            <TimePicker.RangePicker
                              format="HH:mm"
                              minuteStep={5}
                              needConfirm={false}
                              order={false}
                              placeholder={[t('meeting.startPlaceholder'), t('meeting.endPlaceholder')]}
                              style={{ width: '100%' }}
                              data-testid="meeting-slot-time"
                            />
                          </Form.Item>
                          {fields.length > 1 && (
                            <Button type="text" icon={<DeleteOutlined />} aria-label={t('meeting.removeSlot')} onClick={() => remove(field.name)} data-testid="meeting-slot-remove" />
                          )}
                        </Flex>
                        {clashes.length > 0 && (
                          <Alert
                            type="warning"
                            showIcon
                            icon={<WarningOutlined />}
                            style={{ marginBottom: 12 }}
                            title={t('meeting.clashBefore', { n: i + 1 })}
                            description={clashes.map((c) => t('meeting.clashLine', { topic: c.topic, org: (c.direction === 'incoming' ? c.requester : c.invitee).orgName, time: c.acceptedSlot ? f.slot(c.acceptedSlot) : '' })).join('\n')}
                            data-testid="meeting-slot-clash"
                          />
                        )}
                      </div>
                    );
                  })}
                  {fields.length < MEETING_LIMITS.slotsMax && (
                    <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ date: firstDay ?? null, time: null })} style={{ marginBottom: 16 }} data-testid="meeting-slot-add">
                      {t('meeting.addSlot', { left: MEETING_LIMITS.slotsMax - fields.length })}
                    </Button>
                  )}
                </div>
              )}
            </Form.List>

            <Form.Item name="note" label={t('meeting.note')} rules={[{ max: MEETING_LIMITS.noteMax, message: t('meeting.tooLong', { max: MEETING_LIMITS.noteMax }) }]}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={MEETING_LIMITS.noteMax} showCount placeholder={t('meeting.notePlaceholder')} data-testid="meeting-field-note" />
            </Form.Item>
            <Flex justify="flex-end" gap={8}>
              <Button onClick={() => void navigate(-1)}>{t('meeting.back')}</Button>
              <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={create.isPending} disabled={ended || !expo.data} data-testid="meeting-submit">
                {t('meeting.send')}
              </Button>
            </Flex>
          </Form>
        </Card>
      </Col>
      {/* On a phone, whom the request goes to comes first. */}
      <Col xs={{ span: 24, order: 1 }} lg={{ span: 9, order: 2 }}>
        <Flex vertical gap={16}>
          <Card size="small" title={t('meeting.inviteeCard')} data-testid="new-meeting-invitee">
            <Flex vertical gap={8}>
              <Typography.Text strong style={{ fontSize: 16 }} data-testid="new-meeting-invitee-name">
                {invitee.orgName}
              </Typography.Text>
              <span>
                <OrgTypeTag type={invitee.orgType} />
              </span>
              {invitee.boothTitle && <Typography.Text type="secondary">{t('meeting.boothLine', { title: invitee.boothTitle })}</Typography.Text>}
              {invitee.listingTitle && <Typography.Text type="secondary">{t('meeting.listingLine', { title: invitee.listingTitle })}</Typography.Text>}
              {expo.data && (
                <div style={{ borderTop: `1px solid ${token.colorSplit}`, paddingTop: 8, marginTop: 4 }}>
                  <Typography.Text>{expo.data.name}</Typography.Text>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      <CalendarOutlined /> {f.expoDates(expo.data)}
                    </Typography.Text>
                  </div>
                  {expo.data.location && (
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        <EnvironmentOutlined /> {expo.data.location}
                      </Typography.Text>
                    </div>
                  )}
                </div>
              )}
            </Flex>
          </Card>
          {wide && (
          <Card size="small" title={t('meeting.howTitle')}>
            <Steps
              orientation="vertical"
              size="small"
              current={-1}
              items={[
                { title: t('meeting.how.1.title'), content: t('meeting.how.1.body') },
                { title: t('meeting.how.2.title'), content: t('meeting.how.2.body') },
                { title: t('meeting.how.3.title'), content: t('meeting.how.3.body') },
              ]}
            />
          </Card>
          )}
        </Flex>
      </Col>
    </Row>
  );
}
