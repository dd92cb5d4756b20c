import type { ExpoDto, ListingDto, MatchListingDto, RoomDto, StrongPairDto } from '@yiqia/contracts';
import { EmptyState, ErrorState, LoadingState } from '@yiqia/web-ui';
import { isApiError } from '@yiqia/web-data';
import { Alert, Button, Card, Col, Flex, Input, List, Result, Row, Segmented, Tag, Tooltip, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea.js';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ConsoleFrame } from '../components/console-frame.js';
import { ListingPicker, type PickedListing } from '../components/moderation/listing-picker.js';
import { useCreateIntroduction, useListing, useStrongPairs } from '../data/moderation.js';
import { useConsoleT } from '../i18n/index.js';
import { paths } from '../paths.js';

const NOTE_MIN = 2;
const NOTE_MAX = 1000;
const TITLE_MAX = 80;

function picked(l: MatchListingDto | ListingDto): PickedListing {
  return { id: l.id, kind: l.kind, title: l.title, orgId: l.organization.id, orgName: l.organization.name };
}

/** The strongest need/offer pairs whose organisations are not talking yet (matching). */
function StrongPairs({ expoId, onBroker }: { expoId: string; onBroker: (pair: StrongPairDto) => void }) {
  const { t } = useConsoleT();
  const pairs = useStrongPairs(expoId);
  if (pairs.isPending) return <LoadingState />;
  if (pairs.isError) return <ErrorState error={pairs.error} onRetry={() => void pairs.refetch()} compact />;
  if (pairs.data.pairs.length === 0) return <EmptyState title={t('mod.broker.pairsEmpty')} description={t('mod.broker.pairsEmptyHint')} data-testid="mod-pairs-empty" />;
  return (
    <List
      data-testid="mod-pairs"
      dataSource={pairs.data.pairs}
      renderItem={(p) => (
        <List.Item
          data-testid="mod-pair"
          data-need-id={p.need.id}
          data-offer-id={p.offer.id}
          actions={[
            <Button key="broker" type="primary" size="small" onClick={() => onBroker(p)} data-testid="mod-pair-broker">
              {t('mod.broker.brokerPair')}
            </Button>,
          ]}
        >
          <Flex vertical gap={6} style={{ minWidth: 0, flex: 1 }}>
            <Flex gap={8} align="center" wrap>
              <Tag color="orange">{t('mod.broker.kind.need')}</Tag>
              <Link to={paths.listing(p.need.id)}>{p.need.title}</Link>
              <Typography.Text type="secondary">{p.need.organization.name}</Typography.Text>
            </Flex>
            <Flex gap={8} align="center" wrap>
              <Tag color="green">{t('mod.broker.kind.offer')}</Tag>
              <Link to={paths.listing(p.offer.id)}>{p.offer.title}</Link>
              <Typography.Text type="secondary">{p.offer.organization.name}</Typography.Text>
            </Flex>
            <Flex gap={6} align="center" wrap>
              <Tag color="blue" data-testid="mod-pair-score">
                {t('mod.broker.score', { score: Math.round(p.score) })}
              </Tag>
              {p.reasons.map((r) => (
                <Tooltip key={r.code} title={t('mod.broker.points', { points: Math.round(r.points * 10) / 10 })}>
                  <Tag style={{ marginInlineEnd: 0 }} data-testid="mod-pair-reason">
                    {r.text}
                  </Tag>
                </Tooltip>
              ))}
            </Flex>
          </Flex>
        </List.Item>
      )}
    />
  );
}

function BrokerPageBody({ expo }: { expo: ExpoDto }) {
  const { t } = useConsoleT();
  const [sp] = useSearchParams();
  const needId = sp.get('needId') ?? undefined;
  const offerId = sp.get('offerId') ?? undefined;
  const prefillNeed = useListing(needId);
  const prefillOffer = useListing(offerId);
  const [mode, setMode] = useState<'pair' | 'triad'>('pair');
  const [need, setNeed] = useState<PickedListing | null>(null);
  const [offer, setOffer] = useState<PickedListing | null>(null);
  const [implementer, setImplementer] = useState<PickedListing | null>(null);
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<RoomDto | null>(null);
  const create = useCreateIntroduction();
  const formRef = useRef<HTMLDivElement>(null);
  const noteRef = useRef<TextAreaRef>(null);

  // `?needId=` / `?offerId=` (links from the dashboard) prefill once the listings are known.
  useEffect(() => {
    if (prefillNeed.data) setNeed(picked(prefillNeed.data));
  }, [prefillNeed.data]);
  useEffect(() => {
    if (prefillOffer.data) setOffer(picked(prefillOffer.data));
  }, [prefillOffer.data]);

  const brokerPair = (p: StrongPairDto) => {
    setMode('pair');
    setNeed(picked(p.need));
    setOffer(picked(p.offer));
    setImplementer(null);
    setCreated(null);
    setError(null);
    formRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    setTimeout(() => noteRef.current?.focus(), 300);
  };

  const noteLength = note.trim().length;
  const noteProblem = noteLength < NOTE_MIN ? t('mod.broker.noteRequired', { min: NOTE_MIN }) : noteLength > NOTE_MAX ? t('mod.broker.noteTooLong', { max: NOTE_MAX }) : null;
  const titleProblem = title.trim().length === 1 ? t('mod.broker.titleTooShort') : null;
  const missing = !need ? t('mod.broker.pickNeed') : !offer ? t(mode === 'pair' ? 'mod.broker.pickOffer' : 'mod.broker.pickFunder') : mode === 'triad' && !implementer ? t('mod.broker.pickImplementer') : null;

  const submit = async () => {
    setTried(true);
    setError(null);
    if (missing || noteProblem || titleProblem || !need || !offer) return;
    const listingIds = [need.id, offer.id, ...(mode === 'triad' && implementer ? [implementer.id] : [])];
    try {
      const res = await create.mutateAsync({ expoId: expo.id, listingIds, note: note.trim(), ...(title.trim() ? { title: title.trim() } : {}) });
      setCreated(res.room);
    } catch (e) {
      setError(isApiError(e) ? e.message : t('mod.actionFailed'));
    }
  };

  const reset = () => {
    setCreated(null);
    setNeed(null);
    setOffer(null);
    setImplementer(null);
    setTitle('');
    setNote('');
    setTried(false);
  };

  const chosen = [need?.id, offer?.id, implementer?.id].filter((x): x is string => !!x);
  const prefillError = prefillNeed.error ?? prefillOffer.error;

  return (
    <Row gutter={[16, 16]} data-testid="console-broker-page" data-expo-id={expo.id}>
      <Col xs={24} xl={13}>
        <Card title={t('mod.broker.pairsTitle')} size="small">
          <Typography.Paragraph type="secondary">{t('mod.broker.pairsIntro')}</Typography.Paragraph>
          <StrongPairs expoId={expo.id} onBroker={brokerPair} />
        </Card>
      </Col>
      <Col xs={24} xl={11}>
        {/* Sticky beside the long list of pairs: "Introduce" fills it without scrolling back. */}
        <div ref={formRef} style={{ position: 'sticky', top: 16 }}>
          <Card title={t('mod.broker.formTitle')} size="small" data-testid="mod-broker-form">
            {created ? (
              <Result
                status="success"
                title={t('mod.broker.created')}
                subTitle={t('mod.broker.createdHint', { title: created.title, orgs: created.parties.map((p) => p.organization.name).join(t('mod.listSeparator')) })}
                extra={[
                  <Link key="room" to={paths.room(created.id)} data-testid="mod-broker-room-link" data-room-id={created.id}>
                    <Button type="primary">{t('mod.broker.openRoom')}</Button>
                  </Link>,
                  <Button key="again" onClick={reset} data-testid="mod-broker-again">
                    {t('mod.broker.again')}
                  </Button>,
                ]}
                data-testid="mod-broker-created"
              />
            ) : (
              <Flex vertical gap={12}>
                {prefillError ? <Alert type="warning" showIcon title={t('mod.broker.prefillFailed')} description={isApiError(prefillError) ? prefillError.message : undefined} /> : null}
                <Segmented
                  value={mode}
                  onChange={(v) => setMode(v === 'triad' ? 'triad' : 'pair')}
                  options={[
                    { value: 'pair', label: t('mod.broker.modePair') },
                    { value: 'triad', label: t('mod.broker.modeTriad') },
                  ]}
                  data-testid="mod-broker-mode"
                />
                <Flex vertical gap={4}>
                  <Typography.Text strong>{t('mod.broker.need')}</Typography.Text>
                  <ListingPicker expoId={expo.id} kind="need" value={need} onChange={setNeed} exclude={chosen} placeholder={t('mod.broker.searchNeed')} testId="mod-broker-need" />
                </Flex>
                <Flex vertical gap={4}>
                  <Typography.Text strong>{mode === 'pair' ? t('mod.broker.offer') : t('mod.broker.funder')}</Typography.Text>
                  <ListingPicker expoId={expo.id} kind="offer" value={offer} onChange={setOffer} exclude={chosen} placeholder={t('mod.broker.searchOffer')} testId="mod-broker-offer" />
                </Flex>
                {mode === 'triad' ? (
                  <Flex vertical gap={4}>
                    <Typography.Text strong>{t('mod.broker.implementer')}</Typography.Text>
                    <ListingPicker
                      expoId={expo.id}
                      kind="offer"
                      value={implementer}
                      onChange={setImplementer}
                      exclude={chosen}
                      placeholder={t('mod.broker.searchOffer')}
                      testId="mod-broker-implementer"
                    />
                  </Flex>
                ) : null}
                <Flex vertical gap={4}>
                  <Typography.Text strong>{t('mod.broker.roomTitle')}</Typography.Text>
                  <Input
                    value={title}
                    onChange={(e) => setTitle(e.target.value)}
                    maxLength={TITLE_MAX}
                    placeholder={t('mod.broker.roomTitlePlaceholder')}
                    status={tried && titleProblem ? 'error' : undefined}
                    data-testid="mod-broker-title"
                  />
                  {tried && titleProblem ? <Typography.Text type="danger">{titleProblem}</Typography.Text> : null}
                </Flex>
                <Flex vertical gap={4}>
                  <Typography.Text strong>{t('mod.broker.note')}</Typography.Text>
                  <Input.TextArea
                    ref={noteRef}
                    rows={4}
                    value={note}
                    onChange={(e) => setNote(e.target.value)}
                    maxLength={NOTE_MAX}
                    showCount
                    placeholder={t('mod.broker.notePlaceholder')}
                    status={tried && noteProblem ? 'error' : undefined}
                    data-testid="mod-broker-note"
                  />
                  {tried && noteProblem ? (
                    <Typography.Text type="danger" data-testid="mod-broker-note-error">
                      {noteProblem}
                    </Typography.Text>
                  ) : null}
                </Flex>
                {tried && missing ? <Alert type="warning" showIcon title={missing} data-testid="mod-broker-missing" /> : null}
                {error ? <Alert type="error" showIcon title={error} data-testid="mod-broker-error" /> : null}
                <Typography.Text type="secondary">{t('mod.broker.submitHint')}</Typography.Text>
                <Button type="primary" loading={create.isPending} onClick={() => void submit()} data-testid="mod-broker-submit">
                  {t('mod.broker.submit')}
                </Button>
              </Flex>
            )}
          </Card>
        </div>
      </Col>
    </Row>
  );
}

export function BrokerPage() {
  return <ConsoleFrame>{(expo) => <BrokerPageBody expo={expo} />}</ConsoleFrame>;
}
