import { sanitizeIntro } from '../booths/sanitize-intro.js';
import { listingBodyText } from './listing-text.js';

describe('listingBodyText', () => {
  it('keeps the text of a sanitised body, with spaces between blocks', () => {
    const html = sanitizeIntro('<h2>项目背景</h2><p>为<strong>独居老人</strong>提供助餐。</p><p>Volunteers</p><ul><li>welcome</li><li>每周五天</li></ul>');
    expect(listingBodyText(html)).toBe('项目背景 为独居老人提供助餐。 Volunteers welcome 每周五天');
  });

  it('decodes character references and drops markup that survived as text', () => {
    const html = sanitizeIntro('<p>A &amp; B &lt;script&gt;alert(1)&lt;/script&gt; 5 &gt; 3 &quot;ok&quot; &#20013;&#x6587;&nbsp;end</p><a href="https://x.cn/?a=1&b=2" title="x > y">链接</a>');
    expect(listingBodyText(html)).toBe('A & B <script>alert(1)</script> 5 > 3 "ok" 中文 end 链接');
  });

  it('handles empty input, unknown entities and comments', () => {
    expect(listingBodyText('')).toBe('');
    expect(listingBodyText('<p>a &bogus; b<!-- note --></p>')).toBe('a &bogus; b');
  });
});
