import { describe, expect, it } from 'vitest';
import { localeOf, pageCacheKey, withNonce, FILL_HEADER, type PageRequest } from '../../lib/cache/page-cache';

const TODAY = '2026-11-22';
const get = (path: string, headers: Record<string, string> = {}, method = 'GET'): PageRequest => {
  const url = new URL(path, 'http://drawdown.test');
  return { method, pathname: url.pathname, search: url.search, headers: new Headers(headers) };
};

describe('which requests the page cache answers', () => {
  it('keeps the reading pages a visitor asks for', () => {
    for (const path of ['/', '/sites', '/sites/tessalit', '/contingents', '/releases', '/releases/12', '/charts', '/sites?asOf=2023-10-20&status=handed_over']) {
      expect(pageCacheKey(get(path), TODAY), path).not.toBeNull();
    }
  });

  it('never keeps editing screens, sign-in, the API, or anything but a GET', () => {
    for (const path of ['/sign-in', '/review', '/milestones', '/account', '/admin/users', '/api/v1/sites', '/sites/tessalit/edit', '/bench/static']) {
      expect(pageCacheKey(get(path), TODAY), path).toBeNull();
    }
    expect(pageCacheKey(get('/', {}, 'POST'), TODAY)).toBeNull();
    expect(pageCacheKey(get('/', {}, 'HEAD'), TODAY)).toBeNull();
  });

  it('lets a signed-in reader, a client navigation, a server action and its own loopback through to Next', () => {
    expect(pageCacheKey(get('/', { cookie: 'drawdown-locale=fr; better-auth.session_token=abc' }), TODAY)).toBeNull();
    expect(pageCacheKey(get('/', { cookie: '__Secure-better-auth.session_token=abc' }), TODAY)).toBeNull();
    expect(pageCacheKey(get('/', { rsc: '1' }), TODAY)).toBeNull();
    expect(pageCacheKey(get('/', { 'next-router-prefetch': '1' }), TODAY)).toBeNull();
    expect(pageCacheKey(get('/', { 'next-action': 'abc' }), TODAY)).toBeNull();
    expect(pageCacheKey(get('/sites?_rsc=x1'), TODAY)).toBeNull();
    expect(pageCacheKey(get('/', { [FILL_HEADER]: '1' }), TODAY)).toBeNull();
  });

  it('tells apart what the HTML depends on: address, language and the day', () => {
    const keys = new Set([
      pageCacheKey(get('/sites'), TODAY),
      pageCacheKey(get('/sites?asOf=2023-10-20'), TODAY),
      pageCacheKey(get('/sites', { 'accept-language': 'fr-FR,fr;q=0.9' }), TODAY),
      pageCacheKey(get('/sites'), '2026-11-23'),
      pageCacheKey(get('/'), TODAY),
    ]);
    expect(keys.size).toBe(5);
    // The same language reached two ways is one page.
    expect(pageCacheKey(get('/sites', { cookie: 'drawdown-locale=fr' }), TODAY)).toBe(pageCacheKey(get('/sites', { 'accept-language': 'fr' }), TODAY));
  });

  it('resolves the language as the pages do: the cookie first, then Accept-Language', () => {
    expect(localeOf(new Headers({ cookie: 'a=1; drawdown-locale=fr', 'accept-language': 'en' }))).toBe('fr');
    expect(localeOf(new Headers({ cookie: 'drawdown-locale=xx', 'accept-language': 'fr-CA' }))).toBe('fr');
    expect(localeOf(new Headers({}))).toBe('en');
  });
});

describe('a kept page under a new nonce', () => {
  it('carries the new nonce wherever the old one was, and the old one nowhere', () => {
    const page = {
      status: 200,
      headers: [],
      nonce: 'OLD+nonce/value==',
      body: '<script nonce="OLD+nonce/value==">1</script><link nonce="OLD+nonce/value=="><script>self.__next_f.push([1,"{\\"nonce\\":\\"OLD+nonce/value==\\"}"])</script>',
    };
    const served = withNonce(page, 'NEW');
    expect(served).not.toContain('OLD+nonce/value==');
    expect(served.match(/NEW/g)).toHaveLength(3);
  });
});
