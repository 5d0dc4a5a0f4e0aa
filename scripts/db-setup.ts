/**
 * `npm run db:setup`: brings the database named by DATABASE_URL (default: the SQLite file
 * data/drawdown.db) up to the latest migration, then seeds each mission of seeds/missions.json
 * that is not there yet (and a mission's public record, if it came after its first seed). Runs before every start; a second run changes nothing.
 */
import { createDb } from '../lib/db/client';
import { env } from '../lib/env';
import { seedMission } from '../lib/data/seed';
import { migrateDeploy, readSeeds } from './cli';

async function main(): Promise<void> {
  const url = env().DATABASE_URL;
  const started = Date.now();
  migrateDeploy(url);
  const { db } = await createDb(url);
  try {
    for (const seed of readSeeds()) {
      const result = await seedMission(db, seed);
      const took = ((Date.now() - started) / 1000).toFixed(1);
      if (result.seeded) {
        console.log(
          `Seeded ${result.mission}: ${result.sites} sites, ${result.releases} releases, ${result.proposals} proposals, ${result.milestones} reviewed milestones, ${result.recordMilestones} from the public record (${took} s).`,
        );
      } else {
        console.log(`Database ready; ${result.mission} is already there (${took} s).`);
      }
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
