import type { AnnouncementDto, ExpoDto } from '@yiqia/contracts';
import { EmptyState, ErrorState } from '@yiqia/web-ui';
import { isApiError } from '@yiqia/web-data';
import { Alert, App, Button, Card, Col, Flex, Input, List, Row, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ConsoleFrame } from '../components/console-frame.js';
import { MOD_PAGE_SIZE, useAnnouncements, useSendAnnouncement } from '../data/moderation.js';
import { useConsoleT } from '../i18n/index.js';
import { dateTime } from '../lib/mod-format.js';

/** createAnnouncementRequest of @yiqia/contracts. */
const TITLE_MIN = 2;
const TITLE_MAX = 60;
const BODY_MIN = 2;
const BODY_MAX = 500;

/** How participants will see it (the shell's notice at the top of every page). */
function Preview({ title, body }: { title: string; body: string }) {
  const { t } = useConsoleT();
  return (
    <Alert
      type="warning"
      showIcon
      title={
        <Flex vertical gap={2}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('mod.announce.previewKind')}
          </Typography.Text>
          <Typography.Text strong>{title || t('mod.announce.previewTitle')}</Typography.Text>
        </Flex>
      }
      description={<span style={{ whiteSpace: 'pre-wrap' }}>{body || t('mod.announce.previewBody')}</span>}
      closable
      data-testid="mod-announce-preview"
    />
  );
}

function AnnouncementsPageBody({ expo }: { expo: ExpoDto }) {
  const { t } = useConsoleT();
  const { message, modal } = App.useApp();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const list = useAnnouncements(expo.id, page);
  const send = useSendAnnouncement();

  const tl = title.trim().length;
  const bl = body.trim().length;
  const titleProblem = tl < TITLE_MIN ? t('mod.announce.titleRequired', { min: TITLE_MIN }) : tl > TITLE_MAX ? t('mod.announce.titleTooLong', { max: TITLE_MAX }) : null;
  const bodyProblem = bl < BODY_MIN ? t('mod.announce.bodyRequired', { min: BODY_MIN }) : bl > BODY_MAX ? t('mod.announce.bodyTooLong', { max: BODY_MAX }) : null;

  const submit = () => {
    setTried(true);
    setError(null);
    if (titleProblem || bodyProblem) return;
    modal.confirm({
      title: t('mod.announce.confirmTitle'),
      content: t('mod.announce.confirm', { expo: expo.name }),
      okText: t('mod.announce.send'),
      cancelText: t('mod.cancel'),
      okButtonProps: { 'data-testid': 'mod-announce-confirm' } as never,
      onOk: async () => {
        try {
          const sent: AnnouncementDto = await send.mutateAsync({ expoId: expo.id, title: title.trim(), body: body.trim() });
          void message.success(t('mod.announce.sent', { count: sent.deliveredTo }));
          setTitle('');
          setBody('');
          setTried(false);
          setPage(1);
        } catch (e) {
          setError(isApiError(e) ? e.message : t('mod.actionFailed'));
        }
      },
    });
  };

  return (
    <Row gutter={[16, 16]} data-testid="console-announcements-page" data-expo-id={expo.id}>
      <Col xs={24} lg={11}>
        <Card title={t('mod.announce.composeTitle')} size="small" data-testid="mod-announce-compose">
          <Flex vertical gap={12}>
            <Typography.Text type="secondary">{t('mod.announce.intro')}</Typography.Text>
            <Flex vertical gap={4}>
              <Typography.Text strong>{t('mod.announce.title')}</Typography.Text>
              <Input
                value={title}
                onChange={(e) => setTitle(e.target.value)}
                maxLength={TITLE_MAX}
                showCount
                placeholder={t('mod.announce.titlePlaceholder')}
                status={tried && titleProblem ? 'error' : undefined}
                data-testid="mod-announce-title"
              />
              {tried && titleProblem ? (
                <Typography.Text type="danger" data-testid="mod-announce-title-error">
                  {titleProblem}
                </Typography.Text>
              ) : null}
            </Flex>
            <Flex vertical gap={4}>
              <Typography.Text strong>{t('mod.announce.body')}</Typography.Text>
              <Input.TextArea
                rows={5}
                value={body}
                onChange={(e) => setBody(e.target.value)}
                maxLength={BODY_MAX}
                showCount
                placeholder={t('mod.announce.bodyPlaceholder')}
                status={tried && bodyProblem ? 'error' : undefined}
                data-testid="mod-announce-body"
              />
              {tried && bodyProblem ? (
                <Typography.Text type="danger" data-testid="mod-announce-body-error">
                  {bodyProblem}
                </Typography.Text>
              ) : null}
            </Flex>
            <Typography.Text strong>{t('mod.announce.preview')}</Typography.Text>
            <Preview title={title.trim()} body={body.trim()} />
            {error ? <Alert type="error" showIcon title={error} data-testid="mod-announce-error" /> : null}
            <Button type="primary" onClick={submit} loading={send.isPending} data-testid="mod-announce-send">
              {t('mod.announce.send')}
            </Button>
          </Flex>
        </Card>
      </Col>
      <Col xs={24} lg={13}>
        <Card title={t('mod.announce.listTitle')} size="small">
          {list.isError ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} compact />
          ) : (
            <List
              loading={list.isPending}
              dataSource={list.data?.items ?? []}
              locale={{ emptyText: list.isPending ? ' ' : <EmptyState title={t('mod.announce.empty')} description={t('mod.announce.emptyHint')} data-testid="mod-announce-empty" /> }}
              pagination={
                (list.data?.total ?? 0) > MOD_PAGE_SIZE ? { current: page, pageSize: MOD_PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false } : false
              }
              renderItem={(a) => (
                <List.Item data-testid="mod-announcement" data-id={a.id}>
                  <List.Item.Meta
                    title={
                      <Flex gap={8} wrap align="center">
                        <span data-testid="mod-announcement-title">{a.title}</span>
                        <Tag color="blue" data-testid="mod-announcement-delivered" data-count={a.deliveredTo}>
                          {t('mod.announce.delivered', { count: a.deliveredTo })}
                        </Tag>
                      </Flex>
                    }
                    description={
                      <Flex vertical gap={4}>
                        <span style={{ whiteSpace: 'pre-wrap' }}>{a.body}</span>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('mod.announce.byLine', { name: a.author.displayName, at: dateTime(a.createdAt) })}
                        </Typography.Text>
                      </Flex>
                    }
                  />
                </List.Item>
              )}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}

export function AnnouncementsPage() {
  return <ConsoleFrame>{(expo) => <AnnouncementsPageBody expo={expo} />}</ConsoleFrame>;
}
