/**
 * Runs before each integration test file: points DATABASE_URL at a private copy of the
 * seeded template, and removes the copy when the file is done.
 */
import { afterAll, inject } from 'vitest';
import { copyOfTemplate } from './databases';
import { getDb } from '../../lib/db/client';

const copy = await copyOfTemplate(inject('testTemplate'));
process.env.DATABASE_URL = copy.url;

afterAll(async () => {
  const { db } = await getDb();
  await db.$disconnect();
  await copy.drop();
});
