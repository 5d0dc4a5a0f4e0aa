/**
 * Failed sign-ins slow down the next try, per account and per client, instead of locking
 * anyone out: a few free tries, then a wait that doubles with each further failure, up to a
 * cap short enough that an attacker cannot keep the real owner out for long (and an admin
 * can clear it: `npm run user:unlock`, or the users screen). Kept in the database
 * (SignInBackoff), so every instance and every restart sees the same count.
 *
 * A try is *taken* before the password is checked, counted as a failure until it *settles*,
 * with a compare-and-set on the row: twenty guesses sent at once get no more checks than
 * twenty sent one after another.
 */
import type { Db } from '../db/client';

/** The client or a transaction: all this module touches is its table. */
type BackoffDb = Pick<Db, 'signInBackoff'>;

export interface BackoffPolicy {
  /** Tries in a row allowed without waiting. */
  freeTries: number;
  /** Wait after the first try beyond the free ones; each further failure doubles it. */
  firstWaitMs: number;
  maxWaitMs: number;
  /** A count with no try for this long starts again from zero. */
  forgetAfterMs: number;
}

/** An account: five tries, then 30 s, 1, 2, 4 and at most 5 minutes between tries. */
export const ACCOUNT_BACKOFF: BackoffPolicy = { freeTries: 5, firstWaitMs: 30_000, maxWaitMs: 5 * 60_000, forgetAfterMs: 15 * 60_000 };
/** A client address (an office behind one NAT shares it): twenty tries, then up to 15 minutes. */
export const CLIENT_BACKOFF: BackoffPolicy = { freeTries: 20, firstWaitMs: 30_000, maxWaitMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 };

/** How long the next try must wait after `tries` tries in a row (pure). */
export function waitAfter(tries: number, policy: BackoffPolicy): number {
  if (tries < policy.freeTries) return 0;
  return Math.min(policy.maxWaitMs, policy.firstWaitMs * 2 ** (tries - policy.freeTries));
}

export const accountBackoffKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const clientBackoffKey = (address: string) => `client:${address}`;

export interface BackoffKey {
  key: string;
  policy: BackoffPolicy;
}

/** Rows change under concurrent tries; past this many lost races the try is refused, briefly. */
const MAX_RACES = 25;
const BUSY_WAIT_MS = 1_000;

/**
 * Takes one try on `key`: 0 when it may go ahead (then `settleTry` must follow), else the
 * milliseconds until the next try is allowed.
 */
async function takeOne(db: BackoffDb, { key, policy }: BackoffKey, now: Date): Promise<number> {
  for (let race = 0; race < MAX_RACES; race++) {
    const row = await db.signInBackoff.findUnique({ where: { key } });
    if (row && row.notBefore > now) return row.notBefore.getTime() - now.getTime();
    const quiet = !row || now.getTime() - row.lastTryAt.getTime() >= policy.forgetAfterMs;
    const tries = quiet ? 1 : row.tries + 1;
    const data = { tries, lastTryAt: now, notBefore: new Date(now.getTime() + waitAfter(tries, policy)) };
    if (!row) {
      try {
        // A new key is the moment to forget keys long quiet, so the table stays small.
        await pruneBackoffs(db, now);
        await db.signInBackoff.create({ data: { key, ...data } });
        return 0;
      } catch {
        continue; // another try created it first
      }
    }
    const { count } = await db.signInBackoff.updateMany({ where: { key, tries: row.tries, lastTryAt: row.lastTryAt }, data });
    if (count === 1) return 0;
  }
  return BUSY_WAIT_MS;
}

/**
 * Takes a try on every key (the account's and the client's); the longest wait wins. A try
 * refused on one key gives back what it took on the others.
 */
export async function takeTry(db: BackoffDb, keys: BackoffKey[], now = new Date()): Promise<number> {
  const taken: BackoffKey[] = [];
  for (const key of keys) {
    const wait = await takeOne(db, key, now);
    if (wait > 0) {
      await giveBack(db, taken);
      return wait;
    }
    taken.push(key);
  }
  return 0;
}

/** Gives a taken try back: one try fewer, and the wait that count calls for. */
async function giveBack(db: BackoffDb, keys: BackoffKey[]): Promise<void> {
  for (const { key, policy } of keys) {
    for (let race = 0; race < MAX_RACES; race++) {
      const row = await db.signInBackoff.findUnique({ where: { key } });
      if (!row || row.tries === 0) break;
      const tries = row.tries - 1;
      const notBefore = new Date(row.lastTryAt.getTime() + waitAfter(tries, policy));
      const { count } = await db.signInBackoff.updateMany({ where: { key, tries: row.tries, lastTryAt: row.lastTryAt }, data: { tries, notBefore } });
      if (count === 1) break;
    }
  }
}

/**
 * Ends a try taken with `takeTry`. A failure stays counted. A success clears the account (its
 * owner proved the password) and gives the client its try back; anything else (a malformed
 * request) was no guess, and gives every key its try back.
 */
export async function settleTry(db: BackoffDb, keys: { account?: BackoffKey; client?: BackoffKey }, outcome: 'failed' | 'succeeded' | 'other'): Promise<void> {
  if (outcome === 'failed') return;
  if (outcome === 'succeeded' && keys.account) await db.signInBackoff.deleteMany({ where: { key: keys.account.key } });
  await giveBack(db, [...(outcome === 'other' && keys.account ? [keys.account] : []), ...(keys.client ? [keys.client] : [])]);
}

export interface BackoffState {
  key: string;
  tries: number;
  lastTryAt: Date;
  notBefore: Date;
}

/** The accounts with failures still counted, by email (for the admin's users screen). */
export async function accountBackoffs(db: BackoffDb, now = new Date()): Promise<Map<string, BackoffState>> {
  const rows = await db.signInBackoff.findMany({
    where: { key: { startsWith: 'account:' }, lastTryAt: { gt: new Date(now.getTime() - ACCOUNT_BACKOFF.forgetAfterMs) } },
  });
  return new Map(rows.map((row) => [row.key.slice('account:'.length), row]));
}

/** Clears an account's (or a client's) failures; returns whether there were any. */
export async function clearBackoff(db: BackoffDb, key: string): Promise<boolean> {
  const { count } = await db.signInBackoff.deleteMany({ where: { key } });
  return count > 0;
}

/** Rows long quiet are forgotten anyway; removing them keeps the table small. */
async function pruneBackoffs(db: BackoffDb, now = new Date()): Promise<void> {
  const longest = Math.max(ACCOUNT_BACKOFF.forgetAfterMs, CLIENT_BACKOFF.forgetAfterMs);
  await db.signInBackoff.deleteMany({ where: { lastTryAt: { lt: new Date(now.getTime() - longest) } } });
}
