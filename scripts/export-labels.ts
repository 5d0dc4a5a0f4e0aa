/**
 * `npm run export:labels -- [--mission CODE] [--out FILE]`: writes the releases editors have
 * reviewed, labelled with the milestones they logged from them, in the corpus format of
 * docs/extraction-labels.md (tests/releases/corpus/), so real use grows the labelled data.
 * Without --out, prints the JSON. Add an exported file to the corpus with
 * `tsx scripts/corpus-split.ts DIR` (DIR/items/*.json and DIR/gazetteers/*.json).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createDb } from '../lib/db/client';
import { env } from '../lib/env';
import { reviewedLabels } from '../lib/data/proposal-review';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { mission: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log('Usage: npm run export:labels -- [--mission CODE] [--out FILE]');
    return 0;
  }
  const mission = (values.mission ?? env().DEFAULT_MISSION).toUpperCase();
  const { db } = await createDb(env().DATABASE_URL);
  try {
    const items = await reviewedLabels(db, mission);
    const json = `${JSON.stringify(items, null, 1)}\n`;
    if (values.out) {
      writeFileSync(values.out, json);
      const labels = items.reduce((n, i) => n + i.milestones.length, 0);
      console.error(`${values.out}: ${items.length} reviewed releases of ${mission}, ${labels} labelled milestones.`);
    } else process.stdout.write(json);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await db.$disconnect();
  }
}

process.exitCode = await main();
