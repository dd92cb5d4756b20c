import { Typography } from 'antd';
import { useDiscoverT } from '../../i18n/index.js';

const BODY_CSS = `
.yiqia-listing-body { font-size: 15px; line-height: 1.85; color: rgba(0,0,0,0.85); word-break: break-word; }
.yiqia-listing-body > :first-child { margin-top: 0; }
.yiqia-listing-body > :last-child { margin-bottom: 0; }
.yiqia-listing-body p { margin: 0 0 0.9em; }
.yiqia-listing-body h2 { font-size: 19px; margin: 1.4em 0 0.6em; font-weight: 600; }
.yiqia-listing-body h3 { font-size: 16px; margin: 1.2em 0 0.5em; font-weight: 600; }
.yiqia-listing-body ul, .yiqia-listing-body ol { padding-left: 1.6em; margin: 0 0 0.9em; }
.yiqia-listing-body li { margin: 0.25em 0; }
.yiqia-listing-body li > p { margin: 0; }
.yiqia-listing-body blockquote { margin: 0 0 0.9em; padding: 4px 16px; border-left: 3px solid var(--yiqia-color-primary, #1f5fa8); background: #f5f8fc; color: rgba(0,0,0,0.7); }
.yiqia-listing-body img { max-width: 100%; height: auto; border-radius: 8px; }
.yiqia-listing-body a { color: var(--yiqia-color-link, #1f5fa8); }
.yiqia-listing-body table { border-collapse: collapse; max-width: 100%; }
.yiqia-listing-body td, .yiqia-listing-body th { border: 1px solid #f0f0f0; padding: 4px 8px; }
`;

/** True when sanitised HTML has visible content (text or an image). */
export function hasRichContent(html: string | null | undefined): boolean {
  return Boolean(html && html.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').trim()) || /<img\b/i.test(html ?? '');
}

/** The listing's rich body, as the booth page renders a booth's introduction. */
export function ListingBody({ html }: { html: string }) {
  const { t } = useDiscoverT();
  if (!hasRichContent(html)) {
    return (
      <Typography.Text type="secondary" data-testid="listing-body-empty">
        {t('listing.bodyEmpty')}
      </Typography.Text>
    );
  }
  return (
    <>
      <style href="yiqia-listing-body" precedence="default">
        {BODY_CSS}
      </style>
      {/* The server sanitises the body to the booth introduction's allow-list of tags before storing it. */}
      <div className="yiqia-listing-body" data-testid="listing-body" dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}
