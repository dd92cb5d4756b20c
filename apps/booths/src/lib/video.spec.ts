import { formatFileSize, videoDisplay } from './video.js';

describe('booth video link', () => {
  it('embeds bilibili player links, without autoplay', () => {
    const v = videoDisplay('https://player.bilibili.com/player.html?bvid=BV1xx411c7mD&page=1');
    expect(v).toEqual({ kind: 'bilibili', src: 'https://player.bilibili.com/player.html?bvid=BV1xx411c7mD&page=1&autoplay=0' });
    expect(videoDisplay('//player.bilibili.com/player.html?bvid=1')).toEqual({ kind: 'none' });
    expect(videoDisplay('http://player.bilibili.com/player.html?aid=1&autoplay=1')).toEqual({
      kind: 'bilibili',
      src: 'https://player.bilibili.com/player.html?aid=1&autoplay=1',
    });
  });

  it('shows other links as links', () => {
    expect(videoDisplay('https://www.bilibili.com/video/BV1xx411c7mD')).toEqual({
      kind: 'link',
      href: 'https://www.bilibili.com/video/BV1xx411c7mD',
      host: 'www.bilibili.com',
    });
    expect(videoDisplay('https://v.qq.com/x/page/abc.html').kind).toBe('link');
  });

  it('ignores empty, malformed and non-http links', () => {
    expect(videoDisplay(null).kind).toBe('none');
    expect(videoDisplay('  ').kind).toBe('none');
    expect(videoDisplay('not a url').kind).toBe('none');
    expect(videoDisplay('javascript:alert(1)').kind).toBe('none');
  });
});

describe('file size', () => {
  it('formats bytes for people', () => {
    expect(formatFileSize(undefined)).toBe('');
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatFileSize(2048)).toBe('2 KB');
    expect(formatFileSize(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(formatFileSize(15 * 1024 * 1024)).toBe('15 MB');
  });
});
