import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let buildId: string | undefined;

/**
 * The id of the build being served (`.next/BUILD_ID`, or NEXT_DIST_DIR's), read once. The
 * service worker's address carries it (`/sw.js?v=ID`) and so do its cache names: a new
 * deployment installs a new worker, which drops the old build's copies (decision 0017).
 * `dev` where there is no build (next dev).
 */
export function currentBuildId(): string {
  if (buildId === undefined) {
    try {
      buildId = readFileSync(join(process.cwd(), process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID'), 'utf8').trim() || 'dev';
    } catch {
      buildId = 'dev';
    }
  }
  return buildId;
}
