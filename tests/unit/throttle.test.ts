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

describe('tries taken before the password is checked', () => {
  it('gives simultaneous guesses no more tries than sequential ones', () => {
    const c = clock();
    const throttle = createFailureThrottle({ maxFailures: 5, windowMs: 60_000, lockMs: 300_000, now: c.now });
    // Twenty guesses arrive before any answer is known: five may be checked, fifteen wait.
    const taken = Array.from({ length: 20 }, () => throttle.take('a@x.org'));
    expect(taken.filter((left) => left === 0)).toHaveLength(5);
    for (let i = 0; i < 5; i++) throttle.settle('a@x.org', 'failed');
    expect(throttle.lockedFor('a@x.org')).toBe(300_000);
    expect(throttle.take('a@x.org')).toBeGreaterThan(0);
  });

  it('gives a try back when its answer is a success, and clears the account', () => {
    const c = clock();
    const throttle = createFailureThrottle({ maxFailures: 2, windowMs: 60_000, lockMs: 300_000, now: c.now });
    expect(throttle.take('a@x.org')).toBe(0);
    throttle.settle('a@x.org', 'failed');
    expect(throttle.take('a@x.org')).toBe(0);
    expect(throttle.take('a@x.org')).toBeGreaterThan(0); // one failure and one try in flight
    throttle.settle('a@x.org', 'succeeded');
    expect(throttle.take('a@x.org')).toBe(0);
  });

  it('stops counting a try that never settled after a minute', () => {
    const c = clock();
    const throttle = createFailureThrottle({ maxFailures: 1, windowMs: 60_000, lockMs: 300_000, now: c.now });
    expect(throttle.take('a@x.org')).toBe(0);
    expect(throttle.take('a@x.org')).toBeGreaterThan(0);
    c.advance(60_000);
    expect(throttle.take('a@x.org')).toBe(0);
  });
});
