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
  recordFailure(key: string): void;
  reset(key: string): void;
}

export function createFailureThrottle({ maxFailures, windowMs, lockMs, now = Date.now }: ThrottleOptions): FailureThrottle {
  const failures = new Map<string, number[]>();
  const lockedUntil = new Map<string, number>();
  return {
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
