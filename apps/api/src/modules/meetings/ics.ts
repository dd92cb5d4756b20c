/**
 * A small iCalendar (RFC 5545) serializer for meeting requests: only what we emit, done carefully.
 * - lines end with CRLF (3.1);
 * - content lines longer than 75 octets are folded: CRLF + one space, never inside a UTF-8 sequence (3.1);
 * - TEXT values escape backslash, semicolon, comma and newlines (3.3.11);
 * - parameter values containing ':' ';' ',' are quoted, and DQUOTE (not allowed in them) is dropped (3.2);
 * - DATE-TIME values in UTC with the "Z" suffix (3.3.5, form #2), so no VTIMEZONE is needed.
 */

export interface IcsEvent {
  uid: string;
  /** When this information was last revised (DTSTAMP, 3.8.7.2). */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  organizer?: { name: string; uri: string };
  attendees?: { name: string; uri: string }[];
  status?: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';
  sequence?: number;
  url?: string;
}

export interface IcsCalendar {
  prodId: string;
  name?: string;
  events: IcsEvent[];
}

const MAX_OCTETS = 75;

/** TEXT escaping (RFC 5545 3.3.11): \ ; , and newlines (CRLF, CR or LF → \n). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .split('')
    .filter((c) => c === '\t' || !isControl(c)) // other controls are not allowed in TEXT
    .join('');
}

/** C0 controls and DEL (RFC 5545 CONTROL). */
function isControl(c: string): boolean {
  const code = c.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

/** A parameter value (3.2): DQUOTE and controls removed; quoted when it contains ':' ';' or ','. */
export function paramValue(value: string): string {
  const clean = value
    .split('')
    .filter((c) => c !== '"' && !isControl(c))
    .join('');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** 20261123T140500Z */
export function utcDateTime(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/**
 * Folds one content line at 75 octets (3.1): the first line holds at most 75 octets, each continuation
 * line one space plus at most 74; a multi-octet UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function eventLines(e: IcsEvent): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${utcDateTime(e.stamp)}`,
    `DTSTART:${utcDateTime(e.start)}`,
    `DTEND:${utcDateTime(e.end)}`,
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.organizer) lines.push(`ORGANIZER;CN=${paramValue(e.organizer.name)}:${e.organizer.uri}`);
  for (const a of e.attendees ?? []) lines.push(`ATTENDEE;CN=${paramValue(a.name)};ROLE=REQ-PARTICIPANT:${a.uri}`);
  if (e.url) lines.push(`URL:${e.url}`);
  lines.push(`STATUS:${e.status ?? 'CONFIRMED'}`, `SEQUENCE:${e.sequence ?? 0}`, 'TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

/** The whole calendar object, CRLF line ends, folded lines, ending with CRLF. */
export function serializeCalendar(cal: IcsCalendar): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${cal.prodId}`, 'CALSCALE:GREGORIAN'];
  if (cal.name) lines.push(`X-WR-CALNAME:${escapeText(cal.name)}`);
  for (const e of cal.events) lines.push(...eventLines(e));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
