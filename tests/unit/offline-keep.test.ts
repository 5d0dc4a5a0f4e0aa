import { describe, expect, it } from 'vitest';
import { keepsApiAnswerOffline, keepsPageOffline } from '../../lib/offline/keep';
import { formatInstant } from '../../lib/format/dates';

const answer = (status: number, headers: Record<string, string> = { 'cache-control': 'no-cache' }) => ({ status, headers: new Headers(headers) });

describe('what a device may keep for reading offline', () => {
  it('keeps the reading pages and the offline page, bare or under a mission', () => {
    for (const path of ['/', '/sites', '/sites/tessalit', '/contingents', '/releases', '/releases/12', '/charts', '/missions', '/missions/UNIFIL', '/missions/UNIFIL/sites/naqoura', '/offline']) {
      expect(keepsPageOffline('GET', path), path).toBe(true);
    }
  });

  it('never keeps the editing, account, admin or sign-in screens, nor anything but a GET', () => {
    for (const path of ['/review', '/milestones', '/missions/UNIFIL/review', '/missions/UNIFIL/milestones', '/account', '/admin/users', '/admin/missions', '/sign-in']) {
      expect(keepsPageOffline('GET', path), path).toBe(false);
    }
    expect(keepsPageOffline('POST', '/sites')).toBe(false);
    expect(keepsPageOffline('HEAD', '/sites')).toBe(false);
  });

  it('keeps the public reads of the API answered 200', () => {
    for (const path of ['/api/v1/missions', '/api/v1/missions/UNIFIL', '/api/v1/portfolio', '/api/v1/progress', '/api/v1/sites', '/api/v1/sites/3', '/api/v1/contingents', '/api/v1/milestones', '/api/v1/releases', '/api/v1/releases/7']) {
      expect(keepsApiAnswerOffline('GET', path, answer(200)), path).toBe(true);
    }
  });

  it('never keeps private reads, auth, errors, writes, no-store answers or answers that set a cookie', () => {
    for (const path of ['/api/v1/tokens', '/api/v1/users', '/api/v1/audit', '/api/v1/proposals', '/api/v1/proposals/review-stats', '/api/auth/get-session', '/api/v1/export', '/api/v1/sites/3/history/x']) {
      expect(keepsApiAnswerOffline('GET', path, answer(200)), path).toBe(false);
    }
    expect(keepsApiAnswerOffline('GET', '/api/v1/sites', answer(404))).toBe(false);
    expect(keepsApiAnswerOffline('POST', '/api/v1/milestones', answer(200))).toBe(false);
    expect(keepsApiAnswerOffline('GET', '/api/v1/sites', answer(200, { 'cache-control': 'no-store' }))).toBe(false);
    expect(keepsApiAnswerOffline('GET', '/api/v1/sites', answer(200, { 'cache-control': 'private, max-age=0' }))).toBe(false);
    expect(keepsApiAnswerOffline('GET', '/api/v1/sites', answer(200, { 'set-cookie': 'a=b' }))).toBe(false);
  });
});

describe('when offline data was fetched, in words', () => {
  const at = Date.UTC(2026, 11, 5, 14, 2);
  it('reads as the time and the short day, in English and French', () => {
    expect(formatInstant(at, 'en', 'UTC')).toEqual({ time: '14:02', day: '5 Dec' });
    expect(formatInstant(at, 'fr', 'UTC')).toEqual({ time: '14:02', day: '5 déc.' });
    expect(formatInstant(at, 'en', 'Africa/Bamako').time).toBe('14:02');
    expect(formatInstant(at, 'en', 'Asia/Beirut').time).toBe('16:02');
  });
});
