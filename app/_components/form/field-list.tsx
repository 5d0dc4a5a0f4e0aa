/**
 * A list of like fields an editor adds to and removes from (a contingent's deployments, a
 * mission's phases): each item a fieldset of its own with its button to remove it, a note
 * when there is none, the list's own error, and the button to add one.
 */
import { Children, useId, type ReactNode } from 'react';
import { FieldError } from './fields';

const buttonClass = 'min-h-10 rounded border border-slate-500 px-3 text-sm';

export function FieldList({ legend, empty, error, addLabel, onAdd, children }: { legend: string; empty: string; error?: string; addLabel: string; onAdd: () => void; children: ReactNode }) {
  const errorId = useId();
  return (
    <fieldset className="space-y-2" aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      {Children.count(children) === 0 && <p className="text-sm text-slate-700">{empty}</p>}
      {children}
      <FieldError id={errorId} message={error} />
      <button type="button" onClick={onAdd} className={buttonClass}>
        {addLabel}
      </button>
    </fieldset>
  );
}

export function FieldListItem({ legend, removeLabel, onRemove, children }: { legend: string; removeLabel: string; onRemove: () => void; children: ReactNode }) {
  return (
    <fieldset className="grid grid-cols-1 gap-2 rounded border border-slate-300 p-2 sm:grid-cols-5">
      <legend className="px-1 text-xs font-medium">{legend}</legend>
      {children}
      <div className="flex items-end">
        <button type="button" onClick={onRemove} className={buttonClass}>
          {removeLabel}
        </button>
      </div>
    </fieldset>
  );
}
