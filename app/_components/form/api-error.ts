/**
 * The one way a form shows the API's refusal of a write: a 409 with the record as stored now
 * → the conflict panel (app/_components/editing/conflict-panel.tsx); field errors → beside
 * the fields they name (react-hook-form's `setError`), with "Some fields need attention" for
 * the form; anything else → "Not saved: …" in words.
 */
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiError } from '@/app/_data/queries';

export type ApiRefusal =
  | { kind: 'conflict'; current: unknown }
  | { kind: 'fields'; fields: Record<string, string[]> }
  | { kind: 'message'; message: string };

/** What a failed write means for a form. */
export function readApiError(error: unknown): ApiRefusal {
  if (error instanceof ApiError && error.status === 409 && error.current) return { kind: 'conflict', current: error.current };
  if (error instanceof ApiError && Object.keys(error.fields).length > 0) return { kind: 'fields', fields: error.fields };
  return { kind: 'message', message: error instanceof Error ? error.message : String(error) };
}

/** Puts the API's field errors (`{ "aliases": ["..."] }`) beside the fields they name; false when there are none. */
export function showFieldErrors<V extends FieldValues>(error: unknown, setError: UseFormSetError<V>): boolean {
  const refusal = readApiError(error);
  if (refusal.kind !== 'fields') return false;
  for (const [field, messages] of Object.entries(refusal.fields)) setError(field as FieldPath<V>, { message: messages.join(' ') });
  return true;
}

/**
 * A form's problem (the alert above it) and its conflict (the stored record beside the
 * editor's own values, `mine`), and `fail`, which puts a refused write's error in the one
 * or the other, or beside its fields.
 */
export function useWriteProblem<V extends FieldValues, Theirs, Mine>(setError: UseFormSetError<V>) {
  const t = useTranslations('records.form');
  const [problem, setProblem] = useState('');
  const [conflict, setConflict] = useState<{ theirs: Theirs; mine: Mine } | null>(null);
  return {
    problem,
    setProblem,
    conflict,
    setConflict,
    fail(error: unknown, mine: Mine) {
      const refusal = readApiError(error);
      if (refusal.kind === 'conflict') setConflict({ theirs: refusal.current as Theirs, mine });
      else if (showFieldErrors(error, setError)) setProblem(t('invalid'));
      else setProblem(t('failed', { message: refusal.kind === 'message' ? refusal.message : '' }));
    },
  };
}
