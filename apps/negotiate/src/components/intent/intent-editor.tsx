import { useEffect, useMemo, useState } from 'react';
import { Alert, App, AutoComplete, Button, Col, DatePicker, Divider, Drawer, Flex, Form, Input, InputNumber, Row, Typography } from 'antd';
import type { IntentDto, RoomDto } from '@yiqia/contracts';
import { isApiError } from '@yiqia/web-data';
import { OrgTypeTag, formErrorsFromApi } from '@yiqia/web-ui';
import { useProposeIntent } from '../../data/intents.js';
import { useNegotiateT } from '../../i18n/index.js';
import { INTENT_LIMITS, ROLE_KEYS, ROLE_PRESETS, formPathOf, groupDigits, intentState, sameTerms, termsFromValues, valuesFromTerms, wanReading, type IntentFormValues } from './intent-form.js';
import { SERIF } from './intent-version-view.js';
import { useIntentFormat } from './use-intent-format.js';

function Section({ index, title, hint, children }: { index: number; title: string; hint?: string; children: React.ReactNode }) {
  const { t } = useNegotiateT();
  return (
    <section style={{ marginBottom: 8 }}>
      <Divider titlePlacement="start" style={{ margin: '8px 0 16px' }}>
        <span style={{ fontFamily: SERIF, fontSize: 16 }}>{t('intent.editor.sectionTitle', { index: t(`intent.editor.numerals.${index}`), title })}</span>
      </Divider>
      {hint && (
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          {hint}
        </Typography.Paragraph>
      )}
      {children}
    </section>
  );
}

/** A whole-yuan input with thousands separators; the exact 万元 reading below it. */
function YuanInput(props: { value?: number | null; onChange?: (v: number | null) => void; id?: string; placeholder?: string }) {
  const { t } = useNegotiateT();
  return (
    <InputNumber<number>
      {...props}
      min={0}
      max={INTENT_LIMITS.fundingMax}
      precision={0}
      step={10_000}
      controls={false}
      suffix={t('intent.editor.yuanSuffix')}
      formatter={(v) => (v === undefined || v === null || `${v}` === '' ? '' : groupDigits(Number(`${v}`.replace(/[^\d]/g, '')) || 0))}
      parser={(v) => {
        const digits = (v ?? '').replace(/[^\d]/g, '');
        return (digits === '' ? null : Number(digits)) as number;
      }}
      style={{ width: '100%' }}
      data-testid="intent-field-amount"
    />
  );
}

export interface IntentEditorProps {
  room: RoomDto;
  intent: IntentDto;
  open: boolean;
  onClose: () => void;
  onProposed: (intent: IntentDto) => void;
}

/**
 * "提出新版本": the terms of the latest version (or a blank document) for the room's parties as they
 * are now. Checks mirror the contract; the server's field errors land under their fields.
 */
export function IntentEditor({ room, intent, open, onClose, onProposed }: IntentEditorProps) {
  const f = useIntentFormat(room, intent);
  const { t, lang } = f;
  const { modal } = App.useApp();
  const [form] = Form.useForm<IntentFormValues>();
  const propose = useProposeIntent(room.id);
  const [formError, setFormError] = useState<string | null>(null);
  const { latest, open: openVersion } = intentState(intent.versions);
  const nextVersion = (latest?.version ?? 0) + 1;
  const initial = useMemo(() => valuesFromTerms(latest?.terms, room.parties, t('intent.editor.defaultTitle', { room: room.title }).slice(0, INTENT_LIMITS.titleMax)), [latest, room.parties, room.title, t]);
  const amount = Form.useWatch('fundingAmount', form);
  const startsOn = Form.useWatch('startsOn', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(initial);
    setFormError(null);
    // Only when the drawer opens: a live update meanwhile must not wipe what is being typed.
  }, [open]);

  const close = () => {
    if (!form.isFieldsTouched()) return onClose();
    modal.confirm({
      title: t('intent.editor.discardTitle'),
      content: t('intent.editor.discardBody'),
      okText: t('intent.editor.discard'),
      okButtonProps: { danger: true, 'data-testid': 'intent-discard-ok' } as never,
      cancelText: t('intent.editor.keepEditing'),
      onOk: onClose,
    });
  };

  const submit = async (values: IntentFormValues) => {
    setFormError(null);
    const terms = termsFromValues(values);
    if (openVersion && sameTerms(terms, openVersion.terms)) {
      setFormError(t('intent.editor.unchanged', { version: openVersion.version }));
      return;
    }
    try {
      const next = await propose.mutateAsync(terms);
      onProposed(next);
    } catch (error) {
      if (!formErrorsFromApi(error, form, { mapPath: formPathOf })) setFormError(isApiError(error) ? error.message : String(error));
      else setFormError(t('intent.editor.fixErrors'));
    }
  };

  const roleOptions = ROLE_PRESETS.map((r) => ({ value: r, label: lang === 'en' ? `${r} · ${t(`intent.roles.${ROLE_KEYS[r]}`)}` : r }));
  const text = (max: number) => [{ max, message: t('intent.editor.tooLong', { max }) }];

  return (
    <Drawer
      open={open}
      onClose={close}
      size={typeof window === 'undefined' ? 780 : Math.min(780, window.innerWidth)}
      destroyOnHidden
      title={
        <Flex vertical gap={0}>
          <span>{t('intent.editor.title', { version: nextVersion })}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
            {latest ? t('intent.editor.basedOn', { version: latest.version }) : t('intent.editor.blank')}
          </Typography.Text>
        </Flex>
      }
      data-testid="intent-editor"
      footer={
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Typography.Text type="secondary" style={{ fontSize: 12, flex: '1 1 240px' }}>
            {openVersion ? t('intent.editor.supersedes', { version: openVersion.version }) : t('intent.editor.footerHint')}
          </Typography.Text>
          <Flex gap={8}>
            <Button onClick={close} data-testid="intent-editor-cancel">
              {t('intent.editor.cancel')}
            </Button>
            <Button type="primary" loading={propose.isPending} onClick={() => form.submit()} data-testid="intent-editor-submit">
              {t('intent.editor.submit', { version: nextVersion })}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Form<IntentFormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => void submit(v)}
        onFinishFailed={() => setFormError(t('intent.editor.fixErrors'))}
        // Enter in a one-line field must not propose a half-written version: only the button proposes.
        onKeyDown={(e) => {
          if (e.key === 'Enter' && e.target instanceof HTMLInputElement) e.preventDefault();
        }}
        requiredMark="optional"
        scrollToFirstError
        data-testid="intent-form"
      >
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} data-testid="intent-editor-error" />}
        <Section index={1} title={t('intent.editor.sections.basics')}>
          <Form.Item
            name="title"
            label={t('intent.fields.title')}
            rules={[
              { required: true, whitespace: true, message: t('intent.editor.titleRequired') },
              { min: INTENT_LIMITS.titleMin, message: t('intent.editor.tooShort', { min: INTENT_LIMITS.titleMin }) },
              ...text(INTENT_LIMITS.titleMax),
            ]}
          >
            <Input showCount maxLength={INTENT_LIMITS.titleMax} data-testid="intent-field-title" />
          </Form.Item>
        </Section>

        <Section index={2} title={t('intent.editor.sections.parties')} hint={t('intent.editor.partiesHint')}>
          <Form.List name="parties">
            {(fields) =>
              fields.map((field, i) => {
                const party = room.parties[i];
                return (
                  <div
                    key={field.key}
                    data-testid="intent-party-editor"
                    data-org={party?.organization.id}
                    style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: '12px 14px 0', marginBottom: 12, background: '#fcfcfd' }}
                  >
                    <Form.Item name={[field.name, 'organizationId']} hidden>
                      <Input />
                    </Form.Item>
                    <Flex gap={8} align="center" wrap style={{ marginBottom: 10 }}>
                      <Typography.Text strong>{party?.organization.name}</Typography.Text>
                      {party && <OrgTypeTag type={party.organization.type} />}
                    </Flex>
                    <Row gutter={12}>
                      <Col xs={24} sm={8}>
                        <Form.Item
                          name={[field.name, 'role']}
                          label={t('intent.fields.role')}
                          rules={[{ required: true, whitespace: true, message: t('intent.editor.roleRequired') }, ...text(INTENT_LIMITS.roleMax)]}
                        >
                          <AutoComplete options={roleOptions} placeholder={t('intent.editor.rolePlaceholder')} data-testid="intent-field-role" />
                        </Form.Item>
                      </Col>
                      <Col xs={24} sm={16}>
                        <Form.Item name={[field.name, 'commitments']} label={t('intent.fields.commitments')} rules={text(INTENT_LIMITS.commitmentsMax)}>
                          <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} maxLength={INTENT_LIMITS.commitmentsMax} placeholder={t('intent.editor.commitmentsPlaceholder')} data-testid="intent-field-commitments" />
                        </Form.Item>
                      </Col>
                    </Row>
                  </div>
                );
              })
            }
          </Form.List>
        </Section>

        <Section index={3} title={t('intent.editor.sections.resources')}>
          <Row gutter={12}>
            <Col xs={24} sm={14}>
              <Form.Item
                name="fundingAmount"
                label={t('intent.fields.fundingAmount')}
                extra={
                  typeof amount === 'number' && amount >= 10_000 ? (
                    <span data-testid="intent-amount-reading">{t('intent.editor.wanReading', { wan: wanReading(amount) })}</span>
                  ) : (
                    t('intent.editor.amountHint')
                  )
                }
                rules={[{ type: 'integer', min: 0, max: INTENT_LIMITS.fundingMax, message: t('intent.editor.amountInvalid') }]}
              >
                <YuanInput placeholder={t('intent.editor.amountPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={10}>
              <Form.Item
                name="volunteers"
                label={t('intent.fields.volunteers')}
                rules={[{ type: 'integer', min: 0, max: INTENT_LIMITS.volunteersMax, message: t('intent.editor.volunteersInvalid', { max: INTENT_LIMITS.volunteersMax }) }]}
              >
                <InputNumber<number> min={0} max={INTENT_LIMITS.volunteersMax} precision={0} suffix={t('intent.editor.peopleSuffix')} style={{ width: '100%' }} data-testid="intent-field-volunteers" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="goods" label={t('intent.fields.goods')} rules={text(INTENT_LIMITS.goodsMax)}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={INTENT_LIMITS.goodsMax} showCount placeholder={t('intent.editor.goodsPlaceholder')} data-testid="intent-field-goods" />
          </Form.Item>
        </Section>

        <Section index={4} title={t('intent.editor.sections.venueTime')}>
          <Form.Item name="venue" label={t('intent.fields.venue')} rules={text(INTENT_LIMITS.venueMax)}>
            <Input maxLength={INTENT_LIMITS.venueMax} placeholder={t('intent.editor.venuePlaceholder')} data-testid="intent-field-venue" />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item name="startsOn" label={t('intent.fields.startsOn')}>
                <DatePicker style={{ width: '100%' }} data-testid="intent-field-starts" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                name="endsOn"
                label={t('intent.fields.endsOn')}
                dependencies={['startsOn']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: async (_, value) => {
                      const start = getFieldValue('startsOn');
                      if (value && start && value.isBefore(start, 'day')) throw new Error(t('intent.editor.endsBeforeStarts'));
                    },
                  }),
                ]}
              >
                <DatePicker style={{ width: '100%' }} disabledDate={(d) => !!startsOn && d.isBefore(startsOn, 'day')} data-testid="intent-field-ends" />
              </Form.Item>
            </Col>
          </Row>
        </Section>

        <Section index={5} title={t('intent.editor.sections.outcomes')}>
          <Form.Item name="deliverables" label={t('intent.fields.deliverables')} rules={text(INTENT_LIMITS.deliverablesMax)}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={INTENT_LIMITS.deliverablesMax} showCount placeholder={t('intent.editor.deliverablesPlaceholder')} data-testid="intent-field-deliverables" />
          </Form.Item>
          <Form.Item name="notes" label={t('intent.fields.notes')} rules={text(INTENT_LIMITS.notesMax)}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={INTENT_LIMITS.notesMax} showCount placeholder={t('intent.editor.notesPlaceholder')} data-testid="intent-field-notes" />
          </Form.Item>
        </Section>
      </Form>
    </Drawer>
  );
}
