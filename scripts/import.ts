/**
 * `npm run import -- [--mission CODE] FILE...`: imports press-release text files into the
 * database named by DATABASE_URL. Prints what it created, what was there already and how
 * many milestones it proposed for review. Importing the same file twice creates nothing.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createDb } from '../lib/db/client';
import { env } from '../lib/env';
import { importReleases } from '../lib/data/releases';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { mission: { type: 'string' }, actor: { type: 'string', default: 'import-cli' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help || positionals.length === 0) {
    console.log('Usage: npm run import -- [--mission CODE] FILE...');
    return values.help ? 0 : 2;
  }
  const mission = (values.mission ?? env().DEFAULT_MISSION).toUpperCase();
  const { db } = await createDb(env().DATABASE_URL);
  const interactive = process.stderr.isTTY;
  let failed = 0;
  try {
    for (const file of positionals) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        console.error(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
        failed++;
        continue;
      }
      const started = Date.now();
      const result = await importReleases(db, {
        mission,
        text,
        actor: values.actor,
        onProgress: (done, total) => {
          if (total < 1000) return;
          const line = `${file}: ${done}/${total} releases (${Math.round((done / total) * 100)}%)`;
          if (interactive) process.stderr.write(`\r${line}`);
          else console.error(line);
        },
      });
      if (interactive && result.parsed >= 1000) process.stderr.write('\n');
      const seconds = ((Date.now() - started) / 1000).toFixed(2);
      if (result.parsed === 0) {
        console.error(`${file}: no release found. ${result.reason ?? ''}`.trim());
        failed++;
        continue;
      }
      console.log(
        `${file}: ${result.parsed} releases read; ${result.created.length} created, ${result.existing.length} already there; ${result.proposals} milestones proposed for review (${seconds} s).`,
      );
    }
  } finally {
    await db.$disconnect();
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
