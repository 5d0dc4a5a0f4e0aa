import { describe, expect, it } from 'vitest';
import { toCsv } from '../../lib/domain/csv';

describe('CSV export', () => {
  it('quotes what needs quoting and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [['x, y', 'say "hi"'], [1, null]])).toBe('a,b\r\n"x, y","say ""hi"""\r\n1,\r\n');
    expect(toCsv(['a'], [['two\nlines']])).toBe('a\r\n"two\nlines"\r\n');
  });

  it('never lets a spreadsheet run a cell as a formula', () => {
    expect(toCsv(['a'], [['=HYPERLINK("http://x")'], ['+1'], ['-2'], ['@SUM(A1)']])).toBe(
      'a\r\n"\'=HYPERLINK(""http://x"")"\r\n\'+1\r\n\'-2\r\n\'@SUM(A1)\r\n',
    );
    // Numbers stay numbers, negative ones included.
    expect(toCsv(['n'], [[-2]])).toBe('n\r\n-2\r\n');
  });
});
