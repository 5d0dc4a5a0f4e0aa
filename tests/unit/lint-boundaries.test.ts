/**
 * The import boundaries `npm run lint` enforces (eslint.config.mjs), tried on imports that
 * break them: a rule that never fires would let the layout decay unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'import/no-restricted-paths').map((m) => m.message);
}

describe('import boundaries', () => {
  it('keep Prisma out of app/', async () => {
    expect(await boundaryErrors('app/missions/[code]/page-x.tsx', "import { getDb } from '@/lib/db/client';\nexport const x = getDb;\n")).toEqual([
      expect.stringMatching(/No Prisma in app/),
    ]);
    expect(await boundaryErrors('app/missions/[code]/page-x.tsx', "import { getDb } from '@/lib/api/context';\nexport const x = getDb;\n")).toEqual([]);
  });

  it('keep the domain pure and lib/ free of app/', async () => {
    expect(await boundaryErrors('lib/domain/x.ts', "import { listUsers } from '../auth/users';\nexport const x = listUsers;\n")).toEqual([expect.stringMatching(/pure/)]);
    expect(await boundaryErrors('lib/releases/x.ts', "import { getDb } from '../db/client';\nexport const x = getDb;\n")).toEqual([expect.stringMatching(/pure/)]);
    expect(await boundaryErrors('lib/data/x.ts', "import { queries } from '../../app/_data/queries';\nexport const x = queries;\n")).toEqual([expect.stringMatching(/never imports app/)]);
  });

  it('keep a route’s own files its own', async () => {
    const reach = "import { ImportPanel } from '@/app/missions/[code]/review/_components/import-panel';\nexport const x = ImportPanel;\n";
    expect(await boundaryErrors('app/missions/[code]/sites/x.tsx', reach)).toEqual([expect.stringMatching(/route's own/)]);
    expect(await boundaryErrors('app/_components/x.tsx', reach)).toEqual([expect.stringMatching(/route's own/)]);
    expect(await boundaryErrors('app/missions/[code]/review/x.tsx', reach)).toEqual([]);
  });
}, 60_000);
