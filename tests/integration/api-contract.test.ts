/**
 * The check every integration answer goes through (./api-contract.ts) catches an answer the
 * document does not describe.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswer, ContractBreach } from './api-contract';

const error = { error: { code: 'not_found', message: 'Site "9" was not found.' } };

describe('the contract check on every answer', () => {
  it('passes an answer the document describes', () => {
    expect(() => checkAnswer('GET', '/api/v1/sites/9', 404, 'application/json', error)).not.toThrow();
    expect(() => checkAnswer('DELETE', '/api/v1/milestones/9?version=1', 204, '', undefined)).not.toThrow();
    expect(() => checkAnswer('PUT', '/api/v1/sites', 405, 'application/json', { error: { code: 'method_not_allowed', message: 'No.' } })).not.toThrow();
  });

  it('refuses a status, a body, a media type or a method the document does not describe', () => {
    expect(() => checkAnswer('GET', '/api/v1/missions', 404, 'application/json', error)).toThrow(ContractBreach);
    expect(() => checkAnswer('GET', '/api/v1/sites', 200, 'application/json', { data: [{}], asOf: '2023-09-30' })).toThrow(/must have required property/);
    expect(() => checkAnswer('GET', '/api/v1/sites', 200, 'application/json', { data: [], asOf: '2023-9-30' })).toThrow(/asOf/);
    expect(() => checkAnswer('GET', '/api/v1/sites/9', 404, 'application/json', { error: { code: 'nope', message: 'x' } })).toThrow(/code/);
    expect(() => checkAnswer('GET', '/api/v1/progress', 200, 'text/html', '<p>')).toThrow(/text\/html/);
    expect(() => checkAnswer('PUT', '/api/v1/sites', 404, 'application/json', error)).toThrow(/405 was due/);
    expect(() => checkAnswer('GET', '/api/v1/nothing-here', 200, 'application/json', {})).toThrow(ContractBreach);
  });
});
