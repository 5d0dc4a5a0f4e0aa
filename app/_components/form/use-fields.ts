/**
 * Ties a react-hook-form form to the field components (./fields.tsx): `field(name)` is what
 * a `<Field>`, `<SelectField>` or `<TextareaField>` needs, the control's registration and
 * the field's error in words, at any depth (`deployments.0.siteId`).
 */
import { get, type FieldErrors, type FieldPath, type FieldValues, type RegisterOptions, type UseFormReturn } from 'react-hook-form';

/** A field's error message, or that of the list it heads (`errors.deployments.root`). */
export function errorAt(errors: FieldErrors, name: string): string | undefined {
  const node = get(errors, name) as { message?: string; root?: { message?: string } } | undefined;
  return node?.message ?? node?.root?.message;
}

/** How an empty number field or select reaches the API's zod schema: as null, never 0 or NaN. */
export const toNumberOrNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));
/** An empty text or date field: null. */
export const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the form's context and parsed values do not matter here
export function useFields<V extends FieldValues>(form: UseFormReturn<V, any, any>) {
  const { errors } = form.formState;
  return <N extends FieldPath<V>>(name: N, options?: RegisterOptions<V, N>) => ({ ...form.register(name, options), error: errorAt(errors, name) });
}
