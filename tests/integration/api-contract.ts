/**
 * Holds every answer of the integration suite to the served OpenAPI document: the status must
 * be one the operation documents (or a 405 for a method the address does not take), and a
 * JSON body must match the schema documented for that status. `call()` (./http.ts) runs it on
 * each answer, so a route that answers what its document does not say fails the test that
 * made the call.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { openApiDocument } from '@/lib/api/openapi';

type Responses = Record<string, { content?: Record<string, { schema?: unknown }> }>;
type Document = { paths: Record<string, Record<string, { responses: Responses }>> };

const document = openApiDocument() as unknown as Document;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(document as object, 'openapi');

/** Document paths as patterns, the fixed ones first (`/proposals/accept` before `/proposals/{id}/...`). */
const routes = Object.keys(document.paths)
  .map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    params: (template.match(/\{/g) ?? []).length,
  }))
  .sort((a, b) => a.params - b.params);

const pointer = (parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
const validators = new Map<string, ValidateFunction>();

function validatorFor(parts: string[]): ValidateFunction {
  const ref = `openapi#/${pointer(parts)}`;
  let validate = validators.get(ref);
  if (!validate) validators.set(ref, (validate = ajv.compile({ $ref: ref })));
  return validate;
}

export class ContractBreach extends Error {}

/** Throws a ContractBreach when the answer is not one the document describes. */
export function checkAnswer(method: string, path: string, status: number, contentType: string, body: unknown): void {
  const upper = method.toUpperCase();
  if (upper === 'HEAD' || upper === 'OPTIONS') return;
  const pathname = new URL(path, 'http://localhost').pathname;
  const route = routes.find((r) => r.pattern.test(pathname));
  if (!route) {
    // Outside the document: sign-in (better-auth's own API) and the bench's constant route.
    // Any other address under /api/v1 is unknown, and says so as a JSON error.
    if (pathname.startsWith('/api/v1/')) expectJson(['components', 'schemas', 'Error'], `${upper} ${pathname} (not documented)`, status, contentType, body, 404);
    return;
  }
  const operation = document.paths[route.template]![upper.toLowerCase()];
  const where = `${upper} ${route.template}`;
  if (!operation) {
    expectJson(['components', 'schemas', 'Error'], where, status, contentType, body, 405);
    return;
  }
  const response = operation.responses[String(status)];
  if (!response) throw new ContractBreach(`${where} answered ${status}, which the document does not list (${Object.keys(operation.responses).join(', ')})`);
  if (!response.content) {
    if (body !== undefined) throw new ContractBreach(`${where} ${status} has no documented body, but one came`);
    return;
  }
  const type = contentType.split(';')[0]!.trim();
  const media = response.content[type];
  if (!media) throw new ContractBreach(`${where} ${status} answered ${type}, not one of ${Object.keys(response.content).join(', ')}`);
  if (type.endsWith('json')) check(['paths', route.template, upper.toLowerCase(), 'responses', String(status), 'content', type, 'schema'], where, status, body);
}

function expectJson(parts: string[], where: string, status: number, contentType: string, body: unknown, expected: number): void {
  if (status !== expected) throw new ContractBreach(`${where} answered ${status}; the document has no such operation, so ${expected} was due`);
  if (!contentType.includes('json')) throw new ContractBreach(`${where} ${status} answered ${contentType}, not JSON`);
  check(parts, where, status, body);
}

function check(parts: string[], where: string, status: number, body: unknown): void {
  const validate = validatorFor(parts);
  if (!validate(body)) {
    const problems = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
    throw new ContractBreach(`${where} ${status}: the body does not match the document: ${problems}`);
  }
}
