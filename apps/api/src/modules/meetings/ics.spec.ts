import { escapeText, foldLine, paramValue, serializeCalendar, utcDateTime, type IcsEvent } from './ics.js';

/** RFC 5545 3.1 unfolding: remove every CRLF followed by one space or tab. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

const event = (over: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: 'meeting-0b9d7c1e-5f0a-4c83-a4a4-6f7e5a1d2b3c@yiqia',
  stamp: new Date('2026-11-20T08:00:00.123Z'),
  start: new Date('2026-11-21T02:00:00Z'),
  end: new Date('2026-11-21T02:30:00Z'),
  summary: '洽谈：社区助老食堂（成都市锦江区乐邻社会工作服务中心）',
  description: '洽谈主题：助老; 资金, 场地\\路线\n第二行\r\n第三行',
  location: '成都 · 展位：乐龄家园',
  organizer: { name: '某基金会; "公益", 成都:分部', uri: 'urn:uuid:11111111-1111-4111-8111-111111111111' },
  attendees: [{ name: '乐邻社工', uri: 'urn:uuid:22222222-2222-4222-8222-222222222222' }],
  ...over,
});

describe('iCalendar serializer (RFC 5545)', () => {
  it('escapes TEXT: backslash, semicolon, comma and every newline form (3.3.11)', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('tab\there\u0007')).toBe('tab\there');
    expect(escapeText('冒号:不转义')).toBe('冒号:不转义');
  });

  it('quotes parameter values with : ; , and drops DQUOTE (3.2)', () => {
    expect(paramValue('乐邻社工')).toBe('乐邻社工');
    expect(paramValue('A; "B", C:D')).toBe('"A; B, C:D"');
  });

  it('writes DATE-TIME in UTC with Z (3.3.5)', () => {
    expect(utcDateTime(new Date('2026-11-21T02:00:00.999Z'))).toBe('20261121T020000Z');
  });

  it('folds at 75 octets without splitting UTF-8 characters (3.1)', () => {
    const line = `DESCRIPTION:${'洽谈'.repeat(30)}${'🤝'.repeat(20)}abc`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const [i, p] of physical.entries()) {
      expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
      if (i > 0) expect(p.startsWith(' ')).toBe(true);
      // Each physical line is valid UTF-8 on its own: no replacement characters after a round trip.
      expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
    }
    expect(unfold(folded)).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
    const exactly75 = `X:${'a'.repeat(73)}`;
    expect(foldLine(exactly75)).toBe(exactly75);
    expect(foldLine(`${exactly75}b`)).toBe(`${exactly75}\r\n b`);
  });

  it('produces a calendar with CRLF line ends only, short lines, and the required properties', () => {
    const text = serializeCalendar({ prodId: '-//Yiqia//Test//ZH', name: '益洽 · 洽谈日程', events: [event(), event({ uid: 'second@yiqia', status: 'CANCELLED', sequence: 1 })] });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = text.split('\r\n').slice(0, -1);
    for (const p of physical) expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
    const lines = unfold(text).split('\r\n').slice(0, -1);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toEqual(expect.arrayContaining(['VERSION:2.0', 'PRODID:-//Yiqia//Test//ZH', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:益洽 · 洽谈日程']));
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(2);
    expect(lines).toEqual(
      expect.arrayContaining([
        'UID:meeting-0b9d7c1e-5f0a-4c83-a4a4-6f7e5a1d2b3c@yiqia',
        'DTSTAMP:20261120T080000Z',
        'DTSTART:20261121T020000Z',
        'DTEND:20261121T023000Z',
        'SUMMARY:洽谈：社区助老食堂（成都市锦江区乐邻社会工作服务中心）',
        'DESCRIPTION:洽谈主题：助老\\; 资金\\, 场地\\\\路线\\n第二行\\n第三行',
        'LOCATION:成都 · 展位：乐龄家园',
        'ORGANIZER;CN="某基金会; 公益, 成都:分部":urn:uuid:11111111-1111-4111-8111-111111111111',
        'ATTENDEE;CN=乐邻社工;ROLE=REQ-PARTICIPANT:urn:uuid:22222222-2222-4222-8222-222222222222',
        'STATUS:CONFIRMED',
        'SEQUENCE:0',
        'STATUS:CANCELLED',
        'SEQUENCE:1',
      ]),
    );
    // Every content line is name[;params]:value.
    for (const l of lines) expect(l).toMatch(/^[A-Z][A-Z0-9-]*(;[^:]+)?:/);
  });

  it('writes an empty calendar with no events', () => {
    expect(serializeCalendar({ prodId: '-//Yiqia//Test//ZH', events: [] })).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Yiqia//Test//ZH\r\nCALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n');
  });
});
