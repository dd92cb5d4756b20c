import { documentTsvector } from './tsvector.js';

const tokens = { title: '养老 服务 养老', pinyin: 'yanglao yl', organization: '乐龄', summary: '助餐', labels: '老年', body: '正文', vocabulary: '' };

describe('documentTsvector', () => {
  it('gives each token its positions and field weight (A title + pinyin, B organisation + summary, C labels, D body)', () => {
    expect(documentTsvector(tokens)).toBe("'养老':1A,3A '服务':2A 'yanglao':4A 'yl':5A '乐龄':6B '助餐':7B '老年':8C '正文':9D");
  });

  it('drops anything that is not letters and digits, and caps positions per lexeme', () => {
    expect(documentTsvector({ ...tokens, title: "a'b c:*d 好", pinyin: '', organization: '', summary: '', labels: '', body: '' })).toBe("'好':1A");
    const many = documentTsvector({ ...tokens, title: Array(300).fill('x').join(' '), pinyin: '', organization: '', summary: '', labels: '', body: '' });
    expect(many.split(',')).toHaveLength(255);
  });
});
