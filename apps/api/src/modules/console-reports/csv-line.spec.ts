import { csvLine } from './exports.service.js';

describe('csvLine', () => {
  it('quotes separators, quotes and line breaks, leaves plain cells and numbers alone, ends with CRLF', () => {
    expect(csvLine(['成都', 12, null, 'a,b', 'say "hi"', 'two\nlines'])).toBe('成都,12,,"a,b","say ""hi""","two\nlines"\r\n');
  });

  it('defuses cells Excel would run as formulas', () => {
    expect(csvLine(['=SUM(A1)', '+1', '-2', '@x', 'ok'])).toBe("'=SUM(A1),'+1,'-2,'@x,ok\r\n");
    expect(csvLine([-2])).toBe('-2\r\n'); // numbers stay numbers
  });
});
