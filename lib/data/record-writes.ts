/**
 * What the writes of sites, contingents and missions share: the refusals they answer with.
 * Milestones cite these records, so a delete that would orphan a citation is refused with
 * the count in words, and a stale version is refused with the record as stored now.
 */
import { AppError } from '../errors';
import { VersionConflict } from './milestone-writes';
import type { MilestoneView } from './milestones';

/**
 * A stale version of a site, contingent or mission. It is a VersionConflict so the write
 * routes answer it the one way (409 `version_conflict` with `error.current`), whatever the record.
 */
export class RecordConflict<T extends { version: number }> extends VersionConflict {
  readonly record: T;
  constructor(what: string, current: T) {
    // The milestone conflict carries its record as `current`; this one carries another kind.
    super(current as unknown as MilestoneView);
    this.record = current;
    this.message = `Someone else changed this ${what} (now at version ${current.version}); nothing was saved. Review their change and try again.`;
  }
}

/** A delete refused because other records cite this one: 409 `in_use`, the reason in words. */
export class InUse extends AppError {
  constructor(message: string, readonly citedBy: Record<string, number>) {
    super('in_use', message);
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 milestones, 1 proposal and 2 deployments" from the counts that are not zero. */
export function citations(counts: { milestones: number; proposals: number; deployments?: number }): string {
  const parts = [
    counts.milestones > 0 && plural(counts.milestones, 'milestone', 'milestones'),
    counts.proposals > 0 && plural(counts.proposals, 'proposal', 'proposals'),
    (counts.deployments ?? 0) > 0 && plural(counts.deployments!, 'deployment', 'deployments'),
  ].filter((p): p is string => typeof p === 'string');
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** Field errors gathered while checking against the database, thrown together. */
export class FieldProblems {
  private readonly fields: Record<string, string[]> = {};
  add(key: string, message: string): void {
    (this.fields[key] ??= []).push(message);
  }
  throwIfAny(what: string): void {
    if (Object.keys(this.fields).length) throw new AppError('validation_failed', `The ${what} is not valid.`, this.fields);
  }
}

export function definedOnly<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
