/**
 * What every editing form shares: the look of a labelled field, and how an empty number
 * field or select reaches the API's zod schema (as null, never 0 or NaN).
 */
export const fieldClass = 'flex flex-col text-sm font-medium';
export const inputClass = 'min-h-10 rounded border border-slate-500 bg-white px-2 font-normal';

export const toNumberOrNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));
