import { createDb } from '../../lib/db/client';
import { seedMission } from '../../lib/data/seed';
import { migrateDeploy, readSeedFiles } from '../../scripts/cli';
import { dropTemplate, freshTemplate } from './databases';

export async function setup(): Promise<void> {
  const url = await freshTemplate();
  migrateDeploy(url);
  const { db } = await createDb(url);
  try {
    await seedMission(db, readSeedFiles());
    // Fold the WAL into the main file so that a plain file copy carries everything.
    if (url.startsWith('file:')) await db.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    await db.$disconnect();
  }
}

export async function teardown(): Promise<void> {
  await dropTemplate();
}
