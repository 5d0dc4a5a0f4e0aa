import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '@/lib/security/redirect';

describe('safeReturnPath: where sign-in may send a user afterwards', () => {
  it('keeps paths of the app, with their query and fragment', () => {
    expect(safeReturnPath('/sites/ber?asOf=2023-12-31#timeline')).toBe('/sites/ber?asOf=2023-12-31#timeline');
    expect(safeReturnPath('/review')).toBe('/review');
  });

  it.each([
    ['/\t/evil.example/x'],
    ['/\n/evil.example'],
    ['/\r\n/evil.example'],
    ['//evil.example'],
    ['/\\evil.example'],
    ['\\\\evil.example'],
    ['/\\/evil.example'],
    ['https://evil.example/'],
    ['javascript:alert(1)'],
    [' /\t/evil.example'],
    ['evil.example'],
    [''],
  ])('sends %j home, as a browser would resolve it off-site', (next) => {
    expect(safeReturnPath(next)).toBe('/');
  });

  it('never hands back a control character that would break a Location header', () => {
    for (const next of ['/a\u0000b', '/a\u0008b', '/%0d%0aSet-Cookie:x=1']) {
      const out = safeReturnPath(next);
      expect(out).not.toMatch(/[\u0000-\u001f]/);
    }
  });

  it('ignores nothing: undefined and over-long addresses go home', () => {
    expect(safeReturnPath(undefined)).toBe('/');
    expect(safeReturnPath(`/${'a'.repeat(3000)}`)).toBe('/');
  });
});
