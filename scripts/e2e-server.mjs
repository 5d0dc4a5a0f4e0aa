// Serves the production build for the end-to-end tests on a fresh SQLite database,
// building first when there is no build yet. Usage: node scripts/e2e-server.mjs PORT
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

const port = process.argv[2] ?? '3100';
const db = `data/e2e-${port}.db`;
const env = { ...process.env, DATABASE_URL: `file:./${db}`, NEXT_TELEMETRY_DISABLED: '1' };
for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });

const step = (cmd, args) => {
  const run = spawnSync(cmd, args, { env, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
};
if (!existsSync(`${process.env.NEXT_DIST_DIR ?? '.next'}/BUILD_ID`) || process.env.E2E_BUILD === '1') step('npx', ['next', 'build']);
step('npx', ['tsx', 'scripts/db-setup.ts']);
const server = spawn(process.execPath, ['scripts/server.mjs'], { env: { ...env, PORT: port, HOST: '127.0.0.1' }, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
