// ESLint: Next.js's rules (core web vitals, TypeScript) and the import boundaries of the
// layout (README, Architecture), checked by `npm run lint`, part of `npm test` and CI.
//
// Imports flow one way: app/ → lib/; within lib/, data access (lib/data, lib/auth, lib/api)
// → the pure domain (lib/domain, lib/releases, lib/format). No Prisma in app/. A route's
// private files (its folder, its _components) are imported by that route only; what several
// routes share lives in app/_components, app/_data or app/_actions.
import { readdirSync } from 'node:fs';
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const SHARED = new Set(['_components', '_data', '_actions']);
const dirs = (path) =>
  readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

/** Paths are globs here; a dynamic segment's brackets are literal. */
const glob = (path) => path.replace(/[[\]]/g, (c) => `\\${c}`);

/** Sibling route folders under `parent` may not import one another (shared folders aside). */
function siblingRoutes(parent) {
  const routes = dirs(parent).filter((name) => !SHARED.has(name));
  return routes.map((route) => ({
    target: `./${glob(parent)}/!(${glob(route)})/**/*`,
    from: `./${glob(parent)}/${glob(route)}/**/*`,
    message: `${parent}/${route} is that route's own; move what several routes share to app/_components, app/_data or app/_actions.`,
  }));
}

const PURE = ['./lib/domain', './lib/releases', './lib/format'];
const zones = [
  // The database handle reaches routes and server components through lib/api/context only.
  { target: './app', from: ['./lib/db', './node_modules/@prisma', './node_modules/.prisma'], message: 'No Prisma in app/: go through lib/data, lib/auth or lib/api (getDb from lib/api/context).' },
  { target: './lib', from: './app', message: 'lib/ never imports app/: imports flow from app/ to lib/.' },
  ...PURE.map((target) => ({
    target,
    from: ['./lib/db', './lib/data', './lib/api', './lib/auth', './lib/cache'],
    message: `${target} is pure: no data access, no request handling.`,
  })),
  // Sibling routes, and the shared folders beside them, reach into no route's own files.
  ...siblingRoutes('app'),
  ...siblingRoutes('app/admin'),
  ...siblingRoutes('app/missions/[code]'),
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      'import/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'out/**',
    'build/**',
    'next-env.d.ts',
    'lib/db/generated/**',
    'prisma/schema-engine/**',
    'data/**',
    'artifacts/**',
    'test-results/**',
    'playwright-report/**',
    'bench/results/**',
  ]),
]);
