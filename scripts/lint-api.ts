/**
 * npm run lint:api: lints the OpenAPI document the API serves with Redocly's recommended rules
 * (redocly.yaml). Fails on any error or warning, so the document a client developer reads stays
 * clean. The document is the one GET /api/v1/openapi.json answers, built from the same code.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { openApiDocument } from '../lib/api/openapi';

const dir = mkdtempSync(join(tmpdir(), 'drawdown-openapi-'));
const file = join(dir, 'openapi.json');
writeFileSync(file, JSON.stringify(openApiDocument(), null, 2));
const redocly = spawnSync(
  process.execPath,
  [join(import.meta.dirname, '..', 'node_modules', '@redocly', 'cli', 'bin', 'cli.js'), 'lint', file, '--config', join(import.meta.dirname, '..', 'redocly.yaml'), '--max-problems', '50'],
  // No telemetry and no update check: this machine and CI have no internet.
  { encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
);
rmSync(dir, { recursive: true, force: true });
const output = `${redocly.stdout}${redocly.stderr}`;
process.stdout.write(output);
const warned = /You have \d+ warnings?/.test(output);
if (redocly.status !== 0 || warned) {
  console.error(`lint:api: the OpenAPI document has ${redocly.status !== 0 ? 'errors' : 'warnings'}`);
  process.exit(1);
}
