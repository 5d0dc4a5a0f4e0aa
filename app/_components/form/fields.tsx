/**
 * The form fields every form uses (after the Epic Stack's app/components/forms.tsx): a label
 * tied to its control by `htmlFor`/`id`, an optional hint, and the field's error in words,
 * both named by the control's `aria-describedby`, with `aria-invalid` while there is an error.
 * Spread react-hook-form's `register` (or `useFields`, app/_components/form/use-fields.ts)
 * into the control's props: `<Field label="Name" {...field('name')} />`. Lists of like
 * fields: ./field-list.tsx; the API's refusals: ./api-error.ts.
 */
import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';

/** The look of a labelled field and of its control. */
const fieldClass = 'flex flex-col text-sm font-medium';
export const inputClass = 'min-h-10 rounded border border-slate-500 bg-white px-2 font-normal';

/** What a field shows around its control. `id` is the control's; without one, React makes one. */
export interface FieldFrame {
  label: ReactNode;
  hint?: ReactNode;
  /** The field's error in words; nothing shows (and the control is valid) without one. */
  error?: string | false;
  id?: string;
  /** The wrapper's classes, in place of `fieldClass`. */
  className?: string;
}

/** A field's error in words, tied to its control by aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | undefined | false }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-800">
      {message}
    </p>
  );
}

/** The ids and aria attributes that tie a control to its label, hint and error. */
function useFieldIds({ id, hint, error }: Pick<FieldFrame, 'id' | 'hint' | 'error'>) {
  const made = useId();
  const controlId = id ?? made;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  return {
    hintId,
    errorId,
    control: {
      id: controlId,
      'aria-invalid': errorId ? true : undefined,
      'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
    },
  };
}

function Frame({ frame, ids, children }: { frame: FieldFrame; ids: ReturnType<typeof useFieldIds>; children: ReactNode }) {
  return (
    <div className={frame.className ?? fieldClass}>
      <label htmlFor={ids.control.id}>{frame.label}</label>
      {children}
      {ids.hintId && (
        <span id={ids.hintId} className="mt-1 text-xs font-normal text-slate-700">
          {frame.hint}
        </span>
      )}
      <FieldError id={ids.errorId ?? ''} message={frame.error} />
    </div>
  );
}

type Own = keyof FieldFrame;

/** A labelled `<input>`. */
export function Field({ label, hint, error, id, className, ...input }: FieldFrame & Omit<ComponentPropsWithRef<'input'>, Own>) {
  const ids = useFieldIds({ id, hint, error });
  return (
    <Frame frame={{ label, hint, error, className }} ids={ids}>
      <input type="text" {...input} className={`${inputClass} ${input.readOnly ? 'bg-slate-100' : ''}`.trim()} {...ids.control} />
    </Frame>
  );
}

/** A labelled `<select>`; its options are the children. */
export function SelectField({ label, hint, error, id, className, children, ...select }: FieldFrame & Omit<ComponentPropsWithRef<'select'>, Own>) {
  const ids = useFieldIds({ id, hint, error });
  return (
    <Frame frame={{ label, hint, error, className }} ids={ids}>
      <select {...select} className={inputClass} {...ids.control}>
        {children}
      </select>
    </Frame>
  );
}

/** A labelled `<textarea>`. */
export function TextareaField({ label, hint, error, id, className, ...textarea }: FieldFrame & Omit<ComponentPropsWithRef<'textarea'>, Own>) {
  const ids = useFieldIds({ id, hint, error });
  return (
    <Frame frame={{ label, hint, error, className }} ids={ids}>
      <textarea {...textarea} className={`${inputClass} py-1`} {...ids.control} />
    </Frame>
  );
}

/** What a form as a whole says: a problem (an alert) … */
export function FormProblem({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" className="text-sm text-red-900">
      {message}
    </p>
  );
}

/** … and what was done (a live status, always in the page so that it is announced). */
export function FormStatus({ message }: { message: string }) {
  return (
    <p role="status" className="text-sm text-green-900">
      {message}
    </p>
  );
}

/** The options of a select, one an item: its value and its words. */
export function options<T>(items: readonly T[] | undefined, value: (item: T) => string | number, label: (item: T) => ReactNode) {
  return (items ?? []).map((item) => (
    <option key={value(item)} value={value(item)}>
      {label(item)}
    </option>
  ));
}
