import type { TestProject } from 'vitest/node';
import { createDb } from '../../lib/db/client';
import { seedMission } from '../../lib/data/seed';
import { migrateDeploy, readSeeds } from '../../scripts/cli';
import { dropTemplate, freshTemplate, newTemplateName } from './databases';

declare module 'vitest' {
  export interface ProvidedContext {
    /** This run's migrated and seeded template database, which each test file copies. */
    testTemplate: string;
  }
}

const template = newTemplateName();

export async function setup(project: TestProject): Promise<void> {
  const url = await freshTemplate(template);
  migrateDeploy(url);
  const { db } = await createDb(url);
  try {
    for (const seed of readSeeds()) await seedMission(db, seed);
    // Fold the WAL into the main file so that a plain file copy carries everything.
    if (url.startsWith('file:')) await db.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    await db.$disconnect();
  }
  project.provide('testTemplate', template);
}

export async function teardown(): Promise<void> {
  await dropTemplate(template);
}
