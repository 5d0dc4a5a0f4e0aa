/**
 * Which database engine a DATABASE_URL names. Pure, shared by the app's client factory,
 * prisma.config.ts and the scripts, so that the choice is made in exactly one place.
 */
export type Engine = 'sqlite' | 'postgresql';

export const DEFAULT_DATABASE_URL = 'file:./data/drawdown.db';

export function engineOf(url: string): Engine {
  if (/^postgres(ql)?:\/\//i.test(url)) return 'postgresql';
  if (/^file:/i.test(url)) return 'sqlite';
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL); got "${url.replace(/\/\/[^@]*@/, '//***@')}"`,
  );
}

/** The SQLite file a `file:` URL points at (relative paths are relative to the working directory). */
export function sqlitePath(url: string): string {
  return url.replace(/^file:(\/\/)?/i, '').replace(/\?.*$/, '');
}

/** Per-engine locations of the generated schema and of its own migration history. */
export function prismaPaths(engine: Engine): { schema: string; migrations: string } {
  return { schema: `prisma/${engine}/schema.prisma`, migrations: `prisma/${engine}/migrations` };
}
