import { analyzeListingText, BODY_ANALYSIS_CHARS } from './analyze.js';

const analyze = (over: Partial<Parameters<typeof analyzeListingText>[0]> = {}) =>
  analyzeListingText({ title: '', summary: '', bodyText: '', organizationName: '', labels: [], ...over });
const tokens = (s: string) => s.split(' ').filter(Boolean);

describe('analyzeListingText', () => {
  it('indexes jieba words, bigrams and (in titles) single characters, so any sub-word is found', () => {
    const t = tokens(analyze({ title: '中国农业发展银行乡村振兴' }).title);
    expect(t).toEqual(expect.arrayContaining(['农业发展银行', '农业', '发展', '银行', '乡村', '振兴', '行乡', '农', '银']));
    const s = tokens(analyze({ summary: '智能设备安装简单，支持远程查看' }).summary);
    expect(s).toEqual(expect.arrayContaining(['安装', '简单', '远程']));
    expect(s).not.toContain('简'); // no single characters outside title and organisation name
  });

  it('keeps Latin words and digits, lower-cased and folded (full-width, diacritics)', () => {
    expect(tokens(analyze({ title: 'STEM 科学营 ２０２６ Café' }).title)).toEqual(expect.arrayContaining(['stem', '2026', 'cafe']));
  });

  it('spells titles and organisation names in pinyin: words, initials, runs of words', () => {
    const p = tokens(analyze({ title: '社区养老服务站', organizationName: '北京春苗儿童救助基金会' }).pinyin);
    expect(p).toEqual(expect.arrayContaining(['shequ', 'sq', 'yanglao', 'yl', 'chunmiao']));
    // a run of words from each word start: prefixes of these find "shequyanglao", "sqyl", "yanglaofuwu"
    expect(p.some((x) => x.startsWith('shequyanglaofuwu'))).toBe(true);
    expect(p.some((x) => x.startsWith('sqylfw'))).toBe(true);
    expect(p.some((x) => x.startsWith('yanglaofuwu'))).toBe(true);
  });

  it('chooses readings in context (银行 is yinhang, 重庆 chongqing)', () => {
    const p = tokens(analyze({ title: '重庆银行' }).pinyin);
    expect(p).toEqual(expect.arrayContaining(['chongqing', 'yinhang']));
    expect(p).not.toContain('zhongqing');
  });

  it('offers words and pinyin spellings of words as the typo vocabulary', () => {
    const v = tokens(analyze({ title: '志愿者管理小程序', summary: 'volunteers and workshop', organizationName: '乐龄养老' }).vocabulary ?? '');
    expect(v).toEqual(expect.arrayContaining(['zhiyuanzhe', 'xiaochengxu', 'yanglao', 'volunteers', 'workshop']));
    expect(v.every((w) => /^[a-z]{3,}$/.test(w))).toBe(true);
  });

  it('analyses the labels and only the start of a long body', () => {
    expect(tokens(analyze({ labels: ['老年/养老', 'Elderly care'] }).labels)).toEqual(expect.arrayContaining(['老年', '养老', 'elderly', 'care']));
    const body = tokens(analyze({ bodyText: `${'文'.repeat(BODY_ANALYSIS_CHARS)}结尾词` }).body);
    expect(body).not.toContain('结尾');
  });

  it('produces only letters and digits (nothing that could break a tsvector or a filter)', () => {
    const all = Object.values(analyze({ title: "标题'; DROP--<b>x</b>", summary: 'a:* & b | !c \\ "q"', organizationName: '机构（测试）', labels: ['%_'] })).join(' ');
    for (const t of tokens(all)) expect(t).toMatch(/^[\p{L}\p{N}]+$/u);
  });
});
