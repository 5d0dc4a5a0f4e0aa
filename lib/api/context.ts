/**
 * What a read route needs from the request besides its parameters: the database, the
 * mission it names (or the default one) and the "as of" day (or today).
 */
export { getDb } from '../db/client';
export { missionCodeOrDefault, asOfOrToday } from '../data/missions';
