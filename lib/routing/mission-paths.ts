/**
 * Where a mission's pages live. Every mission page is `/missions/CODE/<section>`; the default
 * mission's pages also answer at their bare path (`/`, `/sites`, `/sites/tessalit`...), which
 * the proxy rewrites to its `/missions/...` address. Pure: the proxy, the page cache and the
 * header's links share these rules.
 */

/** A mission's sections (`''` is its overview), as they follow `/missions/CODE`. */
const SECTION = String.raw`(?:|/sites(?:/[^/]+)?|/contingents|/releases(?:/[^/]+)?|/charts|/review|/milestones)`;
/** The sections anyone may read (the others are editing screens). */
const READING_SECTION = String.raw`(?:|/sites(?:/[^/]+)?|/contingents|/releases(?:/[^/]+)?|/charts)`;

const BARE = new RegExp(`^${SECTION}$`);
const BARE_READING = new RegExp(`^(?:/|${READING_SECTION})$`);
const UNDER_MISSION = new RegExp(`^/missions/([^/]+)(${SECTION})$`);
const UNDER_MISSION_READING = new RegExp(`^/missions/[^/]+${READING_SECTION}$`);

/** A mission page's address: `/missions/UNIFIL` for the overview, `/missions/UNIFIL/sites`... */
export function missionAddress(code: string, section: string): string {
  return section === '/' || section === '' ? `/missions/${code}` : `/missions/${code}${section}`;
}

/** The default mission's `/missions/...` address for one of its bare paths, or null for any other path. */
export function bareToMissionAddress(pathname: string, defaultMission: string): string | null {
  if (pathname === '/') return missionAddress(defaultMission, '/');
  return BARE.test(pathname) ? missionAddress(defaultMission, pathname) : null;
}

/**
 * What a path says of its mission: `code` is the one in the address (null on a bare path, the
 * default mission's), `section` the page within it ('/' for the overview, `/sites/tessalit`...);
 * null when the path is no mission's page (the list of missions, account, admin...).
 */
export function missionPage(pathname: string): { code: string | null; section: string } | null {
  const under = UNDER_MISSION.exec(pathname);
  if (under) return { code: under[1]!, section: under[2] || '/' };
  if (pathname === '/' || BARE.test(pathname)) return { code: null, section: pathname };
  return null;
}

/** The section's top level (`/sites/tessalit` → `/sites`): where switching to another mission lands. */
export function sectionRoot(section: string): string {
  return /^\/[^/]*/.exec(section)?.[0] ?? '/';
}

/** Pages anyone may read: a mission's reading sections, bare or under `/missions/CODE`, and the list of missions. */
export function isReadingPage(pathname: string): boolean {
  return pathname === '/missions' || BARE_READING.test(pathname) || UNDER_MISSION_READING.test(pathname);
}
