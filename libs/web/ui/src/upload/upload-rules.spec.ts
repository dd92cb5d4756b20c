import { checkUploadFile, formatBytes } from './upload-rules.js';

describe('upload rules (before sending)', () => {
  it('accepts images and PDFs within their limits', () => {
    expect(checkUploadFile({ name: 'logo.png', type: 'image/png', size: 1000 }, 'image')).toBeNull();
    expect(checkUploadFile({ name: 'a.webp', type: 'image/webp', size: 5 * 1024 * 1024 }, 'image')).toBeNull();
    expect(checkUploadFile({ name: 'report.pdf', type: 'application/pdf', size: 20 * 1024 * 1024 }, 'pdf')).toBeNull();
  });

  it('refuses other types and oversize files', () => {
    expect(checkUploadFile({ name: 'a.gif', type: 'image/gif', size: 10 }, 'image')).toBe('type');
    expect(checkUploadFile({ name: 'a.pdf', type: 'application/pdf', size: 10 }, 'image')).toBe('type');
    expect(checkUploadFile({ name: 'big.jpg', type: 'image/jpeg', size: 5 * 1024 * 1024 + 1 }, 'image')).toBe('size');
    expect(checkUploadFile({ name: 'big.pdf', type: 'application/pdf', size: 20 * 1024 * 1024 + 1 }, 'pdf')).toBe('size');
  });

  it('falls back to the extension when the browser gives no type', () => {
    expect(checkUploadFile({ name: 'scan.PDF', type: '', size: 10 }, 'pdf')).toBeNull();
  });

  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(3.5 * 1024 * 1024)).toBe('3.5 MB');
  });
});
