/**
 * Twenty editors save the same milestone at the same version at the same moment (issue 7,
 * item 3): exactly one save wins, the nineteen others get 409 with the winner's record,
 * the stored record is the winner's and its history holds exactly one change. Runs on
 * SQLite (npm run test:integration) and PostgreSQL (npm run test:pg).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../lib/db/client';
import * as milestones from '../../app/api/v1/milestones/route';
import * as milestone from '../../app/api/v1/milestones/[id]/route';
import { call } from './http';
import { signedInAs, tokenFor } from './auth-helpers';

const CLIENTS = 20;
/** Several rounds, so that one lucky interleaving cannot pass the test. */
const ROUNDS = 5;

let clients: { id: number; headers: Record<string, string> }[];
let gao: number;

beforeAll(async () => {
  // Each client its own API token (two editors' worth), so the audit trail names the winner.
  const editors = [await signedInAs('editor'), await signedInAs('editor')];
  clients = [];
  for (let i = 0; i < CLIENTS; i++) clients.push(await tokenFor(editors[i % 2]!.headers, `client ${i}`));
  const { db } = await getDb();
  gao = (await db.site.findFirstOrThrow({ where: { name: 'Gao' } })).id;
});

describe(`${CLIENTS} concurrent saves at the same version`, () => {
  it.each(Array.from({ length: ROUNDS }, (_, i) => i + 1))('round %i: one 200, the rest 409, the winner stored, one history entry', async () => {
    const created = await call(milestones.POST, '/api/v1/milestones', {}, {
      method: 'POST',
      headers: clients[0]!.headers,
      body: { type: 'convoy_departed', date: '2023-10-20', siteId: gao, title: 'Convoy', source: { url: 'https://example.org/c', publisher: 'Example' } },
    });
    expect(created.status).toBe(201);
    const id = created.body.id as number;

    const results = await Promise.all(
      clients.map((client, i) =>
        call(milestone.PATCH, `/api/v1/milestones/${id}`, { id: String(id) }, {
          method: 'PATCH',
          headers: client.headers,
          body: { version: 1, title: `Saved by client ${i}`, figure: i },
        }),
      ),
    );

    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(CLIENTS - 1);
    const winnerIndex = statuses.indexOf(200);
    const winner = results[winnerIndex]!.body;
    expect(winner).toMatchObject({ id, title: `Saved by client ${winnerIndex}`, figure: winnerIndex, version: 2 });
    for (const loser of results.filter((r) => r.status === 409)) {
      expect(loser.body.error.code).toBe('version_conflict');
      // Every loser sees the winner's record, never an in-between state.
      expect(loser.body.error.current).toMatchObject({ title: winner.title, figure: winner.figure, version: 2 });
    }

    const { db } = await getDb();
    const stored = await db.milestone.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ title: winner.title, figure: winnerIndex, version: 2 });
    const history = await db.auditEvent.findMany({ where: { entity: 'milestone', entityId: String(id), action: 'update' } });
    expect(history).toHaveLength(1);
    expect(history[0]!.actor).toBe(`token:${clients[winnerIndex]!.id}`);
    expect(JSON.parse(history[0]!.after!)).toMatchObject({ title: winner.title, version: 2 });
  });
});
