import type { ReactNode } from 'react';
import { Alert, Card, Col, Flex, Grid, Row, Space, Tag, Typography, theme } from 'antd';
import { EnvironmentOutlined, FilePdfOutlined, LinkOutlined, MailOutlined, PhoneOutlined, PlayCircleOutlined, UserOutlined } from '../icons.js';
import type { BoothContent, BoothOrganizationDto } from '@yiqia/contracts';
import { DomainTag, OrgTypeTag } from '@yiqia/web-ui';
import { useBoothsT } from '../i18n/index.js';
import { formatDate } from '../lib/format.js';
import { formatFileSize, videoDisplay } from '../lib/video.js';
import { BoothLogo } from './booth-logo.js';

export interface BoothViewProps {
  content: BoothContent;
  organization?: BoothOrganizationDto | null;
  /** Name of the booth's zone in its expo. */
  zoneName?: string | null;
  publishedAt?: string | null;
  /** Shown in the editor's preview and the review queue: adds a notice. */
  preview?: boolean;
  /** More sections at the end of the main column (the public page's 供需信息). */
  mainExtra?: ReactNode;
}

const INTRO_CSS = `
.yiqia-booth-intro { font-size: 15px; line-height: 1.85; color: rgba(0,0,0,0.85); word-break: break-word; }
.yiqia-booth-intro > :first-child { margin-top: 0; }
.yiqia-booth-intro > :last-child { margin-bottom: 0; }
.yiqia-booth-intro p { margin: 0 0 0.9em; }
.yiqia-booth-intro h2 { font-size: 19px; margin: 1.4em 0 0.6em; font-weight: 600; }
.yiqia-booth-intro h3 { font-size: 16px; margin: 1.2em 0 0.5em; font-weight: 600; }
.yiqia-booth-intro ul, .yiqia-booth-intro ol { padding-left: 1.6em; margin: 0 0 0.9em; }
.yiqia-booth-intro li { margin: 0.25em 0; }
.yiqia-booth-intro li > p { margin: 0; }
.yiqia-booth-intro blockquote { margin: 0 0 0.9em; padding: 4px 16px; border-left: 3px solid var(--yiqia-color-primary, #1f5fa8); background: #f5f8fc; color: rgba(0,0,0,0.7); }
.yiqia-booth-intro img { max-width: 100%; height: auto; border-radius: 8px; }
.yiqia-booth-intro a { color: var(--yiqia-color-link, #1f5fa8); }
.yiqia-booth-intro table { border-collapse: collapse; max-width: 100%; }
.yiqia-booth-intro td, .yiqia-booth-intro th { border: 1px solid #f0f0f0; padding: 4px 8px; }
`;

const BANNER_FALLBACK = 'linear-gradient(120deg, #143f73 0%, #1f5fa8 45%, #3f7fc6 75%, #8fb8e6 100%)';

/**
 * A booth as visitors see it. Pure presentation of a BoothContent, so the public page, the editor's
 * preview and the review queue render the same thing. `introHtml` is sanitised by the server.
 */
export function BoothView({ content, organization, zoneName, publishedAt, preview, mainExtra }: BoothViewProps) {
  const { t, lang } = useBoothsT();
  const { token } = theme.useToken();
  const wide = Grid.useBreakpoint().md ?? true;
  const title = content.title?.trim() || t('common.unnamed');
  const video = videoDisplay(content.videoUrl);
  const hasIntro = Boolean(content.introHtml && content.introHtml.replace(/<[^>]*>/g, '').trim()) || /<img\b/i.test(content.introHtml ?? '');

  return (
    <div data-testid="booth-view">
      <style href="yiqia-booth-intro" precedence="default">
        {INTRO_CSS}
      </style>
      {preview && <Alert type="info" showIcon title={t('booth.previewNotice')} style={{ marginBottom: 16 }} />}

      <div
        data-testid="booth-banner"
        style={{
          height: wide ? 220 : 140,
          borderRadius: 12,
          background: content.bannerUrl ? `#e6f4ff url("${encodeURI(content.bannerUrl)}") center / cover no-repeat` : BANNER_FALLBACK,
          position: 'relative',
          overflow: 'hidden',
        }}
        role={content.bannerUrl ? 'img' : undefined}
        aria-label={content.bannerUrl ? title : undefined}
      >
        {!content.bannerUrl && (
          <svg width="100%" height="100%" style={{ position: 'absolute', inset: 0, opacity: 0.14 }} aria-hidden>
            <defs>
              <pattern id="booth-dots" width="22" height="22" patternUnits="userSpaceOnUse">
                <circle cx="2" cy="2" r="1.6" fill="#fff" />
              </pattern>
            </defs>
            <rect width="100%" height="100%" fill="url(#booth-dots)" />
          </svg>
        )}
      </div>

      <Card
        style={{ margin: wide ? '-56px 24px 24px' : '-40px 8px 16px', position: 'relative', boxShadow: '0 6px 24px rgba(0, 35, 90, 0.08)' }}
        styles={{ body: { padding: wide ? 24 : 16 } }}
      >
        <Flex gap={20} align="flex-start" wrap>
          <div style={{ marginTop: wide ? -52 : -44, padding: 4, background: '#fff', borderRadius: 20, boxShadow: '0 2px 10px rgba(0,0,0,0.08)' }}>
            <BoothLogo url={content.logoUrl} name={title} size={wide ? 96 : 72} />
          </div>
          <div style={{ flex: 1, minWidth: 240 }}>
            <Typography.Title level={2} style={{ margin: 0, fontSize: wide ? 28 : 22 }} data-testid="booth-title">
              {title}
            </Typography.Title>
            {content.slogan && (
              <Typography.Paragraph type="secondary" style={{ fontSize: 16, margin: '6px 0 0' }} data-testid="booth-slogan">
                {content.slogan}
              </Typography.Paragraph>
            )}
            <Flex gap={8} wrap style={{ marginTop: 12 }} data-testid="booth-domains">
              {zoneName && (
                <Tag color="blue" variant="filled" data-testid="booth-zone">
                  {t('common.labelled', { label: t('booth.zone'), value: zoneName })}
                </Tag>
              )}
              {content.domainCodes.map((code) => (
                <DomainTag key={code} code={code} />
              ))}
            </Flex>
          </div>
          {organization && (
            <Space orientation="vertical" size={4} style={{ minWidth: 200 }}>
              <Typography.Text strong>{organization.name}</Typography.Text>
              <Space size={8} wrap>
                <OrgTypeTag type={organization.type} />
                {organization.regionName && (
                  <Typography.Text type="secondary">
                    <EnvironmentOutlined /> {organization.regionName}
                  </Typography.Text>
                )}
              </Space>
            </Space>
          )}
        </Flex>
      </Card>

      <Row gutter={wide ? [24, 24] : [12, 16]} style={{ padding: '0 0 8px' }}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size={wide ? 24 : 16} style={{ width: '100%' }}>
            <Card title={t('booth.intro')} data-testid="booth-intro-card">
              {hasIntro ? (
                // The server sanitises introHtml to a small allow-list of tags before storing it.
                <div className="yiqia-booth-intro" data-testid="booth-intro" dangerouslySetInnerHTML={{ __html: content.introHtml }} />
              ) : (
                <Typography.Text type="secondary">{t('booth.introEmpty')}</Typography.Text>
              )}
            </Card>

            {video.kind !== 'none' && (
              <Card title={t('booth.video')} data-testid="booth-video">
                {video.kind === 'bilibili' ? (
                  <div style={{ position: 'relative', paddingTop: '56.25%', borderRadius: 8, overflow: 'hidden', background: '#000' }}>
                    <iframe
                      src={video.src}
                      title={title}
                      data-testid="booth-video-embed"
                      style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', border: 0 }}
                      allow="fullscreen; picture-in-picture"
                      referrerPolicy="no-referrer"
                      sandbox="allow-scripts allow-same-origin allow-popups allow-presentation"
                    />
                  </div>
                ) : (
                  <Flex gap={12} align="center">
                    <PlayCircleOutlined style={{ fontSize: 32, color: token.colorPrimary }} />
                    <div>
                      <Typography.Link href={video.href} target="_blank" rel="noopener noreferrer nofollow" data-testid="booth-video-link">
                        {t('booth.videoOpen')}（{video.host}） <LinkOutlined />
                      </Typography.Link>
                      <div>
                        <Typography.Text type="secondary">{t('booth.videoExternal')}</Typography.Text>
                      </div>
                    </div>
                  </Flex>
                )}
              </Card>
            )}

            {content.documents.length > 0 && (
            <Card title={t('booth.documents')} data-testid="booth-documents">
              {(
                <Flex vertical gap={8}>
                  {content.documents.map((doc) => (
                    <a
                      key={doc.url}
                      href={doc.url}
                      target="_blank"
                      rel="noopener noreferrer"
                      data-testid="booth-document"
                      style={{
                        display: 'flex',
                        alignItems: 'center',
                        gap: 12,
                        padding: '10px 14px',
                        border: `1px solid ${token.colorBorderSecondary}`,
                        borderRadius: 8,
                        color: 'inherit',
                      }}
                    >
                      <FilePdfOutlined style={{ fontSize: 24, color: token.colorError }} />
                      <span style={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{doc.name}</span>
                      <Typography.Text type="secondary" style={{ flex: 'none' }}>
                        {t('booth.pdf')}
                        {doc.size ? ` · ${formatFileSize(doc.size)}` : ''}
                      </Typography.Text>
                    </a>
                  ))}
                </Flex>
              )}
            </Card>
            )}
            {mainExtra}
          </Space>
        </Col>

        <Col xs={24} lg={8}>
          <Space orientation="vertical" size={24} style={{ width: '100%' }}>
            {organization && (
              <Card title={t('booth.organization')} data-testid="booth-organization">
                <Flex vertical gap={10}>
                  <Typography.Text strong style={{ fontSize: 16 }}>
                    {organization.name}
                  </Typography.Text>
                  <div>
                    <OrgTypeTag type={organization.type} />
                  </div>
                  {organization.regionName && (
                    <Typography.Text type="secondary">
                      <EnvironmentOutlined /> {organization.regionName}
                    </Typography.Text>
                  )}
                  {publishedAt && <Typography.Text type="secondary">{t('booth.publishedAt', { date: formatDate(publishedAt, lang) })}</Typography.Text>}
                </Flex>
              </Card>
            )}

            <Card title={t('booth.contacts')} data-testid="booth-contacts">
              {content.contacts.length === 0 ? (
                <Typography.Text type="secondary">{t('booth.contactsEmpty')}</Typography.Text>
              ) : (
                <Flex vertical gap={16}>
                  {content.contacts.map((c, i) => (
                    <div key={`${c.name}-${i}`} data-testid="booth-contact">
                      <Typography.Text strong>
                        <UserOutlined /> {c.name}
                      </Typography.Text>
                      {c.role && <Typography.Text type="secondary"> · {c.role}</Typography.Text>}
                      {c.phone && (
                        <div style={{ marginTop: 4 }}>
                          <PhoneOutlined /> <a href={`tel:${c.phone.replace(/[^0-9+]/g, '')}`}>{c.phone}</a>
                        </div>
                      )}
                      {c.email && (
                        <div style={{ marginTop: 4 }}>
                          <MailOutlined /> <a href={`mailto:${c.email}`}>{c.email}</a>
                        </div>
                      )}
                    </div>
                  ))}
                </Flex>
              )}
            </Card>
          </Space>
        </Col>
      </Row>
    </div>
  );
}
