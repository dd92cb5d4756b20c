import type { BoothContent, UpdateBoothRequest } from '@yiqia/contracts';
import type { ServiceDomain } from '@yiqia/domain';

/** The editable part of a booth as the editor holds it (strings instead of nulls where a user types). */
export interface BoothDraft {
  title: string;
  slogan: string;
  introHtml: string;
  logoUrl: string | null;
  bannerUrl: string | null;
  videoUrl: string;
  documents: { url: string; name: string; size?: number }[];
  contacts: { name: string; role?: string; phone?: string; email?: string }[];
  zoneCode: string | null;
  domainCodes: ServiceDomain[];
}

export type DraftKey = keyof BoothDraft;
export const DRAFT_KEYS: readonly DraftKey[] = [
  'title',
  'slogan',
  'introHtml',
  'logoUrl',
  'bannerUrl',
  'videoUrl',
  'documents',
  'contacts',
  'zoneCode',
  'domainCodes',
];

export function draftFromBooth(booth: BoothContent): BoothDraft {
  return normalizeDraft({
    title: booth.title,
    slogan: booth.slogan ?? '',
    introHtml: booth.introHtml ?? '',
    logoUrl: booth.logoUrl,
    bannerUrl: booth.bannerUrl,
    videoUrl: booth.videoUrl ?? '',
    documents: booth.documents ?? [],
    contacts: booth.contacts ?? [],
    zoneCode: booth.zoneCode,
    domainCodes: booth.domainCodes ?? [],
  });
}

/** An editor that holds nothing ("<p></p>", whitespace, empty paragraphs) means no intro. */
export function isBlankHtml(html: string | null | undefined): boolean {
  if (!html) return true;
  const text = html
    .replace(/<(img|iframe|video)\b/gi, 'x')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|\s/g, '');
  return text.length === 0;
}

function optionalText(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t ? t : undefined;
}

type Loose<T> = { [K in keyof T]?: unknown };

/**
 * Bring form values (which may hold undefined, half-filled rows or untrimmed text) to the shape
 * sent to the server. Blank contact rows and documents without a file are left out; empty optional
 * contact fields are dropped (the server validates phone and email formats when present).
 */
export function normalizeDraft(values: Loose<BoothDraft>): BoothDraft {
  const contacts = Array.isArray(values.contacts) ? values.contacts : [];
  const documents = Array.isArray(values.documents) ? values.documents : [];
  const domainCodes = Array.isArray(values.domainCodes) ? values.domainCodes : [];
  return {
    title: typeof values.title === 'string' ? values.title : '',
    slogan: typeof values.slogan === 'string' ? values.slogan : '',
    introHtml: typeof values.introHtml === 'string' && !isBlankHtml(values.introHtml) ? values.introHtml : '',
    logoUrl: optionalText(values.logoUrl) ?? null,
    bannerUrl: optionalText(values.bannerUrl) ?? null,
    videoUrl: typeof values.videoUrl === 'string' ? values.videoUrl.trim() : '',
    documents: documents
      .filter((d): d is { url: string; name?: unknown; size?: unknown } => Boolean(d && typeof d === 'object' && optionalText((d as { url?: unknown }).url)))
      .map((d) => {
        const doc: BoothDraft['documents'][number] = { url: d.url, name: optionalText(d.name) ?? d.url.split('/').pop() ?? d.url };
        if (typeof d.size === 'number') doc.size = d.size;
        return doc;
      }),
    contacts: contacts
      .filter((c): c is Record<string, unknown> => Boolean(c && typeof c === 'object'))
      .map((c) => {
        const contact: BoothDraft['contacts'][number] = { name: typeof c.name === 'string' ? c.name.trim() : '' };
        const role = optionalText(c.role);
        const phone = optionalText(c.phone);
        const email = optionalText(c.email);
        if (role) contact.role = role;
        if (phone) contact.phone = phone;
        if (email) contact.email = email;
        return contact;
      })
      .filter((c) => c.name || c.role || c.phone || c.email),
    zoneCode: optionalText(values.zoneCode) ?? null,
    domainCodes: domainCodes.filter((d): d is ServiceDomain => typeof d === 'string'),
  };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Which form rows of `contacts` were sent (blank rows are left out by normalizeDraft), so that a
 * server error on `contacts.1.phone` lands on the right row of the form.
 */
export function sentContactRows(rawContacts: unknown): number[] {
  if (!Array.isArray(rawContacts)) return [];
  const rows: number[] = [];
  rawContacts.forEach((c, index) => {
    if (!c || typeof c !== 'object') return;
    const v = c as Record<string, unknown>;
    if ([v.name, v.role, v.phone, v.email].some((x) => typeof x === 'string' && x.trim())) rows.push(index);
  });
  return rows;
}

/** Rewrite `contacts.<sent index>.<field>` to the form row; other paths unchanged. */
export function remapContactPath(path: string, rows: number[]): string {
  const m = /^contacts\.(\d+)(.*)$/.exec(path);
  if (!m) return path;
  const row = rows[Number(m[1])];
  return row === undefined ? path : `contacts.${row}${m[2]}`;
}

/** The server asks for an introduction of at least this many characters of text. */
export const MIN_INTRO_CHARS = 10;

/** Visible text of an HTML fragment (tags removed, entities and whitespace collapsed). */
export function htmlText(html: string | null | undefined): string {
  return (html ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, 'x')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What the server requires before a booth can be submitted (mirrors BOOTH_INCOMPLETE). */
export const SUBMIT_REQUIREMENTS = ['title', 'introHtml', 'logoUrl', 'zoneCode', 'contacts'] as const;
export type SubmitRequirement = (typeof SUBMIT_REQUIREMENTS)[number];

export function missingForSubmit(draft: BoothDraft): SubmitRequirement[] {
  const missing: SubmitRequirement[] = [];
  if (draft.title.trim().length < 2) missing.push('title');
  if (htmlText(draft.introHtml).length < MIN_INTRO_CHARS) missing.push('introHtml');
  if (!draft.logoUrl) missing.push('logoUrl');
  if (!draft.zoneCode) missing.push('zoneCode');
  if (!draft.contacts.some((c) => c.name.trim())) missing.push('contacts');
  return missing;
}

/** The fields of `current` that differ from `saved`, as a PATCH body (empty object: nothing to save). */
export function diffDraft(saved: BoothDraft, current: BoothDraft): Partial<BoothDraft> & UpdateBoothRequest {
  const patch: Record<string, unknown> = {};
  for (const key of DRAFT_KEYS) {
    if (!same(saved[key], current[key])) patch[key] = current[key];
  }
  return patch as Partial<BoothDraft>;
}

/** The draft as BoothContent, for the preview (BoothView). */
export function draftToContent(draft: BoothDraft): BoothContent {
  return {
    title: draft.title,
    slogan: draft.slogan.trim() || null,
    introHtml: draft.introHtml,
    logoUrl: draft.logoUrl,
    bannerUrl: draft.bannerUrl,
    videoUrl: draft.videoUrl || null,
    documents: draft.documents,
    contacts: draft.contacts.filter((c) => c.name),
    zoneCode: draft.zoneCode,
    domainCodes: draft.domainCodes,
  };
}

/**
 * The top-level draft fields named by server field errors, e.g. `contacts.0.phone` → `contacts`.
 * Paths may come as dotted strings, bracketed strings or arrays.
 */
export function fieldKeysOf(paths: readonly (string | readonly (string | number)[])[]): DraftKey[] {
  const keys = new Set<DraftKey>();
  for (const path of paths) {
    const first = Array.isArray(path) ? String(path[0] ?? '') : String(path).split(/[.[]/)[0];
    if ((DRAFT_KEYS as readonly string[]).includes(first)) keys.add(first as DraftKey);
  }
  return [...keys];
}
