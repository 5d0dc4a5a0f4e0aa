import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../lib/api/http';
import { milestonesQuery, sitesQuery } from '../../lib/api/params';
import { decodeCursor, encodeCursor } from '../../lib/api/cursor';
import { AppError } from '../../lib/errors';

const url = (q: string) => new URL(`http://x/api?${q}`);

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('was not refused');
}

describe('query validation', () => {
  it('parses good parameters with their defaults', () => {
    expect(parseQuery(url('mission=MINUSMA&limit=20'), milestonesQuery)).toMatchObject({ mission: 'MINUSMA', limit: 20 });
    expect(parseQuery(url(''), milestonesQuery).limit).toBe(50);
    expect(parseQuery(url('status=withdrawing&q=gao'), sitesQuery)).toEqual({ status: 'withdrawing', q: 'gao' });
  });

  it('refuses bad ones field by field, with words', () => {
    const error = refusal(() => parseQuery(url('limit=-1&asOf=2023-02-30&status=x'), milestonesQuery.and(sitesQuery.pick({ asOf: true }))));
    expect(error.code).toBe('validation_failed');
    expect(error.status).toBe(400);
    expect(error.fields?.limit?.[0]).toMatch(/whole number written in digits/);
    expect(error.fields?.status?.[0]).toMatch(/one of/);
    expect(refusal(() => parseQuery(url('limit=0'), milestonesQuery)).fields?.limit?.[0]).toMatch(/between 1 and 500/);
  });

  it('reads whole numbers from digits only: 1e3, 0x10, " 1" and 1.0 are refused, not read as numbers', () => {
    for (const site of ['1e3', '0x10', '%201', '1.0', '']) {
      expect(refusal(() => parseQuery(url(`site=${site}`), milestonesQuery)).fields?.site?.[0], site).toMatch(/whole number written in digits/);
    }
    expect(parseQuery(url('site=1000'), milestonesQuery).site).toBe(1000);
  });

  it('refuses the NUL character in a search', () => {
    expect(refusal(() => parseQuery(url('q=ga%00o'), sitesQuery)).fields?.q?.[0]).toMatch(/NUL/);
  });

  it('refuses oversized query strings before parsing them', () => {
    expect(refusal(() => parseQuery(url(`q=${'a'.repeat(3000)}`), sitesQuery)).code).toBe('query_too_long');
  });
});

describe('cursors', () => {
  it('round-trip and refuse anything forged', () => {
    const cursor = encodeCursor(['2023-08-31', 42]);
    expect(decodeCursor(cursor, ['string', 'number'] as const)).toEqual(['2023-08-31', 42]);
    for (const bad of ['', 'xyz', encodeCursor([42, '2023-08-31']), encodeCursor(['a']), Buffer.from('{"a":1}').toString('base64url')]) {
      expect(refusal(() => decodeCursor(bad, ['string', 'number'] as const)).code).toBe('validation_failed');
    }
  });
});
