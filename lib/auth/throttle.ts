/**
 * Failed sign-ins per account. better-auth already limits sign-in attempts per IP address;
 * an attacker spread over many addresses can still try one account's password over and
 * over, so an account with too many failures in a short time is refused for a while,
 * whatever address the next attempt comes from. Kept in memory: on a restart, or with
 * several instances, the count starts again, which only ever loosens the lock.
 */
export interface ThrottleOptions {
  /** failures allowed within the window before the account is locked */
  maxFailures: number;
  windowMs: number;
  /** how long a locked account stays locked */
  lockMs: number;
  now?: () => number;
}

export interface FailureThrottle {
  /** milliseconds left on the lock, or 0 when the account may try */
  lockedFor(key: string): number;
  /**
   * Takes one try before the password is checked, counting the tries still being checked as
   * failures-to-be: simultaneous guesses get no more tries than sequential ones. Returns 0 when
   * the try may go ahead (then `settle` must follow), else the milliseconds to wait.
   */
  take(key: string): number;
  /** Ends a try taken with `take`: a failure counts, a success clears the account. */
  settle(key: string, outcome: 'failed' | 'succeeded' | 'other'): void;
  recordFailure(key: string): void;
  reset(key: string): void;
}

export function createFailureThrottle({ maxFailures, windowMs, lockMs, now = Date.now }: ThrottleOptions): FailureThrottle {
  const failures = new Map<string, number[]>();
  const lockedUntil = new Map<string, number>();
  /** Start times of the tries being checked; one never settled (a crash) stops counting after a minute. */
  const inFlight = new Map<string, number[]>();
  const pendingOf = (key: string) => (inFlight.get(key) ?? []).filter((at) => now() - at < 60_000);
  const recentFailures = (key: string) => (failures.get(key) ?? []).filter((at) => now() - at < windowMs).length;
  return {
    take(key) {
      const left = this.lockedFor(key);
      if (left > 0) return left;
      const pending = pendingOf(key);
      // A try whose answer is not in yet may still fail: it holds one of the tries left.
      if (recentFailures(key) + pending.length >= maxFailures) return lockMs;
      inFlight.set(key, [...pending, now()]);
      return 0;
    },
    settle(key, outcome) {
      const pending = pendingOf(key).slice(1);
      if (pending.length > 0) inFlight.set(key, pending);
      else inFlight.delete(key);
      if (outcome === 'failed') this.recordFailure(key);
      else if (outcome === 'succeeded') this.reset(key);
    },
    lockedFor(key) {
      const until = lockedUntil.get(key) ?? 0;
      const left = until - now();
      if (left > 0) return left;
      lockedUntil.delete(key);
      return 0;
    },
    recordFailure(key) {
      const t = now();
      const recent = (failures.get(key) ?? []).filter((at) => t - at < windowMs);
      recent.push(t);
      if (recent.length >= maxFailures) {
        lockedUntil.set(key, t + lockMs);
        failures.delete(key);
      } else failures.set(key, recent);
    },
    reset(key) {
      failures.delete(key);
      lockedUntil.delete(key);
    },
  };
}

/** Accounts are named by email, compared without case or surrounding spaces. */
export function accountKey(email: unknown): string | null {
  return typeof email === 'string' && email.trim() ? email.trim().toLowerCase() : null;
}
