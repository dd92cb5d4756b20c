import { introText, sanitizeIntro } from './sanitize-intro.js';

describe('booth introduction sanitiser', () => {
  it('keeps the editor formatting', () => {
    const html = '<h2>服务成果</h2><p><strong>3200</strong> 人次，<em>12</em> 个社区</p><ul><li>居家养老</li></ul>';
    expect(sanitizeIntro(html)).toBe(html);
  });

  it('drops scripts, event handlers, styles, iframes and images', () => {
    const out = sanitizeIntro('<p onclick="x()" style="color:red">a</p><script>alert(1)</script><iframe src="//x"></iframe><img src=x onerror=alert(1)>');
    expect(out).toBe('<p>a</p>');
  });

  it('allows only http(s) and mailto links, opening safely in a new tab', () => {
    expect(sanitizeIntro('<a href="javascript:alert(1)">x</a>')).toBe('<a target="_blank" rel="noopener noreferrer nofollow">x</a>');
    expect(sanitizeIntro('<a href="https://gongyi.example/">站点</a>')).toBe('<a href="https://gongyi.example/" target="_blank" rel="noopener noreferrer nofollow">站点</a>');
  });

  it('gives plain text for summaries, shortened with an ellipsis', () => {
    expect(introText('<p>你好&nbsp;<b>世界</b></p>')).toBe('你好 世界');
    expect(introText(`<p>${'长'.repeat(200)}</p>`, 10)).toBe(`${'长'.repeat(10)}…`);
  });
});
