import { describe, expect, it } from 'vitest';
import { accountKey, createFailureThrottle } from '../../lib/auth/throttle';

function clock(start = 0) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('the per-account sign-in throttle', () => {
  it('locks an account after too many failures in the window, then lets it try again', () => {
    const c = clock();
    const throttle = createFailureThrottle({ maxFailures: 3, windowMs: 60_000, lockMs: 300_000, now: c.now });
    throttle.recordFailure('a@x.org');
    throttle.recordFailure('a@x.org');
    expect(throttle.lockedFor('a@x.org')).toBe(0);
    throttle.recordFailure('a@x.org');
    expect(throttle.lockedFor('a@x.org')).toBe(300_000);
    expect(throttle.lockedFor('b@x.org')).toBe(0);
    c.advance(299_999);
    expect(throttle.lockedFor('a@x.org')).toBe(1);
    c.advance(1);
    expect(throttle.lockedFor('a@x.org')).toBe(0);
  });

  it('forgets failures older than the window, and all of them after a success', () => {
    const c = clock();
    const throttle = createFailureThrottle({ maxFailures: 3, windowMs: 60_000, lockMs: 300_000, now: c.now });
    throttle.recordFailure('a@x.org');
    throttle.recordFailure('a@x.org');
    c.advance(60_000);
    throttle.recordFailure('a@x.org');
    expect(throttle.lockedFor('a@x.org')).toBe(0);
    throttle.recordFailure('a@x.org');
    throttle.reset('a@x.org');
    throttle.recordFailure('a@x.org');
    expect(throttle.lockedFor('a@x.org')).toBe(0);
  });

  it('names an account by its email whatever the case', () => {
    expect(accountKey('  Editor@Example.org ')).toBe('editor@example.org');
    expect(accountKey('')).toBeNull();
    expect(accountKey(42)).toBeNull();
  });
});
