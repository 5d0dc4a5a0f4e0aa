import { describe, expect, it, vi } from 'vitest';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Field, SelectField, TextareaField } from '../../app/_components/form/fields';
import { errorAt } from '../../app/_components/form/use-fields';
import { readApiError, showFieldErrors } from '../../app/_components/form/api-error';
import { ApiError } from '../../app/_data/queries';

/** The attributes of the first element with this tag, as a screen reader's tree would read them. */
function attributesOf(html: string, tag: string): Record<string, string> {
  const element = new RegExp(`<${tag}\\b([^>]*)>`).exec(html);
  if (!element) throw new Error(`no <${tag}> in ${html}`);
  return Object.fromEntries([...element[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

/** The text of the element with this id. */
function textOf(html: string, id: string): string | undefined {
  return new RegExp(`id="${id}"[^>]*>([^<]*)<`).exec(html)?.[1];
}

const render = (element: ReactElement) => renderToStaticMarkup(element);

describe('form fields', () => {
  it('label the control, and tie the hint and the error to it', () => {
    const html = render(createElement(Field, { label: 'Latitude', hint: 'From −90 to 90.', error: 'must be a latitude', id: 'lat', name: 'lat' }));
    expect(attributesOf(html, 'label').for).toBe('lat');
    const input = attributesOf(html, 'input');
    expect(input).toMatchObject({ id: 'lat', name: 'lat', 'aria-invalid': 'true', 'aria-describedby': 'lat-hint lat-error' });
    expect(textOf(html, 'lat-hint')).toBe('From −90 to 90.');
    expect(textOf(html, 'lat-error')).toBe('must be a latitude');
    // The error is not part of the label, so the field's name stays its label.
    expect(/<label[^>]*>([^<]*)<\/label>/.exec(html)?.[1]).toBe('Latitude');
  });

  it('mark a field invalid only while it has an error, and describe it by its hint alone', () => {
    const html = render(createElement(Field, { label: 'Planned handover', hint: 'Leave empty', id: 'planned' }));
    const input = attributesOf(html, 'input');
    expect(input['aria-invalid']).toBeUndefined();
    expect(input['aria-describedby']).toBe('planned-hint');
    expect(html).not.toContain('planned-error');
    const bare = attributesOf(render(createElement(Field, { label: 'Name', error: false })), 'input');
    expect(bare['aria-invalid']).toBeUndefined();
    expect(bare['aria-describedby']).toBeUndefined();
  });

  it('make an id when given none, the same for the label and the control', () => {
    const html = render(createElement(Field, { label: 'Name', error: 'is required' }));
    const id = attributesOf(html, 'input').id!;
    expect(id).toBeTruthy();
    expect(attributesOf(html, 'label').for).toBe(id);
    expect(attributesOf(html, 'input')['aria-describedby']).toBe(`${id}-error`);
    expect(textOf(html, `${id}-error`)).toBe('is required');
  });

  it('wire selects and text areas the same way', () => {
    const select = render(createElement(SelectField, { label: 'Site', error: 'is required', id: 'site' }, createElement('option', { value: '' }, 'None')));
    expect(attributesOf(select, 'select')).toMatchObject({ id: 'site', 'aria-invalid': 'true', 'aria-describedby': 'site-error' });
    expect(select).toContain('<option value="">None</option>');
    const textarea = render(createElement(TextareaField, { label: 'Other names', hint: 'One per line', error: 'is taken', id: 'aliases' }));
    expect(attributesOf(textarea, 'textarea')).toMatchObject({ id: 'aliases', 'aria-invalid': 'true', 'aria-describedby': 'aliases-hint aliases-error' });
  });

  it('read a field error at any depth, or the error of the list it heads', () => {
    const errors = { deployments: { 0: { endDate: { type: 'custom', message: 'must not be before the start date' } }, root: { type: 'custom', message: 'too many' } } };
    expect(errorAt(errors, 'deployments.0.endDate')).toBe('must not be before the start date');
    expect(errorAt(errors, 'deployments')).toBe('too many');
    expect(errorAt(errors, 'deployments.1.endDate')).toBeUndefined();
  });
});

describe("the API's refusal of a write, in a form", () => {
  it('a stale version with the stored record is a conflict', () => {
    const current = { id: 4, version: 3, name: 'Goundam' };
    expect(readApiError(new ApiError(409, 'conflict', 'changed', {}, current))).toEqual({ kind: 'conflict', current });
    // A 409 without the record (a name taken, say) is said in words: there is nothing to compare.
    expect(readApiError(new ApiError(409, 'conflict', 'already exists'))).toEqual({ kind: 'message', message: 'already exists' });
  });

  it("field errors go beside the fields they name, each field's messages together", () => {
    const setError = vi.fn();
    const error = new ApiError(400, 'invalid', 'Invalid site', { aliases: ['"Kidal" is already a name of Kidal', 'must not repeat'], lat: ['is out of range'] });
    expect(readApiError(error)).toMatchObject({ kind: 'fields' });
    expect(showFieldErrors(error, setError)).toBe(true);
    expect(setError.mock.calls).toEqual([
      ['aliases', { message: '"Kidal" is already a name of Kidal must not repeat' }],
      ['lat', { message: 'is out of range' }],
    ]);
  });

  it('anything else is a message, and touches no field', () => {
    const setError = vi.fn();
    expect(readApiError(new ApiError(403, 'forbidden', 'Editors only'))).toEqual({ kind: 'message', message: 'Editors only' });
    expect(readApiError(new TypeError('Failed to fetch'))).toEqual({ kind: 'message', message: 'Failed to fetch' });
    expect(showFieldErrors(new ApiError(500, 'internal', 'oops'), setError)).toBe(false);
    expect(setError).not.toHaveBeenCalled();
  });
});
