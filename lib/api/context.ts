/**
 * What a route or a server component needs besides its parameters: the database handle (the
 * only way it reaches app/, which imports nothing of Prisma: eslint.config.mjs), the mission a
 * request names (or the default one) and the "as of" day (or today).
 */
export { getDb } from '../db/client';
export { missionCodeOrDefault, asOfOrToday } from '../data/missions';
