/**
 * The JSON round trip through the API (issue 7, item 6): GET /api/v1/export?format=json,
 * the mission removed, POST /api/v1/import of that export, and every row of every table is
 * back exactly (ids, versions, timestamps, the audit trail), on both engines.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import pg from 'pg';
import { getDb } from '../../lib/db/client';
import { sqlitePath } from '../../lib/db/engines';
import * as milestones from '../../app/api/v1/milestones/route';
import * as releases from '../../app/api/v1/releases/route';
import * as accept from '../../app/api/v1/proposals/[id]/accept/route';
import * as exporter from '../../app/api/v1/export/route';
import * as importer from '../../app/api/v1/import/route';
import { call } from './http';
import { signedInAs, tokenFor } from './auth-helpers';

/** Every row of every table, in id order; the token's last use is a clock, not data. */
async function dumpAll(): Promise<Record<string, Record<string, unknown>[]>> {
  const url = process.env.DATABASE_URL!;
  const out: Record<string, Record<string, unknown>[]> = {};
  if (url.startsWith('file:')) {
    const db = new Database(sqlitePath(url), { readonly: true });
    try {
      const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
      for (const t of tables) out[t] = db.prepare(`SELECT * FROM "${t}" ORDER BY 1`).all() as Record<string, unknown>[];
    } finally {
      db.close();
    }
  } else {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
      );
      for (const { table_name: t } of rows) out[t] = JSON.parse(JSON.stringify((await client.query(`SELECT * FROM "${t}" ORDER BY 1`)).rows));
    } finally {
      await client.end();
    }
  }
  for (const row of out.ApiToken ?? []) delete row.lastUsedAt;
  return out;
}

let admin: Record<string, string>;

beforeAll(async () => {
  admin = (await tokenFor((await signedInAs('admin')).headers)).headers;
});

async function removeMission(code: string) {
  const { db } = await getDb();
  const { id } = await db.mission.findUniqueOrThrow({ where: { code } });
  await db.$transaction([
    db.proposal.deleteMany({ where: { release: { missionId: id } } }),
    db.milestone.deleteMany({ where: { missionId: id } }),
    db.deployment.deleteMany({ where: { contingent: { missionId: id } } }),
    db.siteAlias.deleteMany({ where: { site: { missionId: id } } }),
    db.site.deleteMany({ where: { missionId: id } }),
    db.contingent.deleteMany({ where: { missionId: id } }),
    db.phase.deleteMany({ where: { missionId: id } }),
    db.release.deleteMany({ where: { missionId: id } }),
    db.auditEvent.deleteMany({ where: { missionId: id } }),
    db.mission.delete({ where: { id } }),
  ]);
}

describe('export to JSON, import it back', () => {
  it('restores every row of every table exactly', async () => {
    // Edits of every kind first, so the export carries versions, corrections and their trail.
    const created = await call(milestones.POST, '/api/v1/milestones', {}, {
      method: 'POST',
      headers: admin,
      body: { type: 'convoy_departed', date: '2023-10-20', siteId: 1, title: 'Round trip: “quotes”, <b>, é, 高', notes: "l'été", figure: null, source: { url: 'https://example.org/r', publisher: 'Example' } },
    });
    expect(created.status).toBe(201);
    const imported = await call(releases.POST, '/api/v1/releases', {}, { method: 'POST', headers: admin, body: { text: '06 Nov 2023 - MINUSMA handed over its camp in Ansongo to the Malian authorities.' } });
    expect(imported.status).toBe(201);
    const proposal = imported.body.created[0].proposals[0];
    if (proposal) expect((await call(accept.POST, `/api/v1/proposals/${proposal.id}/accept`, { id: String(proposal.id) }, { method: 'POST', headers: admin, body: { date: '2023-11-05' } })).status).toBe(200);

    const exported = await call(exporter.GET, '/api/v1/export?mission=MINUSMA&format=json');
    expect(exported.status).toBe(200);
    const before = await dumpAll();

    await removeMission('MINUSMA');
    expect((await dumpAll()).Mission!.map((m) => m.code)).toEqual(['UNIFIL']);

    // Through the API, as an admin would send the file (a viewer's or an editor's token is refused first).
    const res = await call(importer.POST, '/api/v1/import', {}, { method: 'POST', headers: admin, body: exported.text });
    expect(res.status, res.text).toBe(201);
    expect(res.body.rows).toMatchObject({ mission: 1, sites: 13 });

    const after = await dumpAll();
    // The import's own audit event, under no mission, is the one row added.
    const added = after.AuditEvent!.filter((e) => !before.AuditEvent!.some((b) => b.id === e.id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ action: 'import', entity: 'mission', entityId: 'MINUSMA', missionId: null });
    after.AuditEvent = after.AuditEvent!.filter((e) => e.id !== added[0]!.id);
    expect(after).toEqual(before);

    // And the sequences moved past the imported ids: the next write gets a new id.
    const next = await call(milestones.POST, '/api/v1/milestones', {}, {
      method: 'POST',
      headers: admin,
      body: { type: 'other', date: '2023-12-01', siteId: 1, title: 'After the import', source: { url: 'https://example.org/n', publisher: 'Example' } },
    });
    expect(next.status).toBe(201);
    expect(next.body.id).toBeGreaterThan(Math.max(...before.Milestone!.map((m) => Number(m.id))));
  });

  it('refuses to import a mission the database holds, or a document that is not an export, changing nothing', async () => {
    const exported = await call(exporter.GET, '/api/v1/export?mission=MINUSMA&format=json');
    const before = await dumpAll();
    const again = await call(importer.POST, '/api/v1/import', {}, { method: 'POST', headers: admin, body: exported.text });
    expect(again.status, again.text).toBe(409);
    const bad = await call(importer.POST, '/api/v1/import', {}, { method: 'POST', headers: admin, body: { format: 'drawdown-export', tables: { mission: { code: 'X' } } } });
    expect(bad.status).toBe(400);
    // An archive is checked against the same vocabulary and calendar as every other entry point.
    for (const [field, value] of [['type', 'teleported'], ['status', 'rumoured'], ['date', '2023-13-45']] as const) {
      const doc = JSON.parse(exported.text);
      doc.tables.mission.code = 'ELSEWHERE';
      doc.tables.milestones[0][field] = value;
      const refused = await call(importer.POST, '/api/v1/import', {}, { method: 'POST', headers: admin, body: doc });
      expect(refused.status, `${field}: ${value}`).toBe(400);
      expect(JSON.stringify(refused.body.error.fields), field).toContain(field);
    }
    const editor = (await tokenFor((await signedInAs('editor')).headers)).headers;
    expect((await call(importer.POST, '/api/v1/import', {}, { method: 'POST', headers: editor, body: exported.text })).status).toBe(403);
    const after = await dumpAll();
    // Only the new editor, its session and token (and their audit events) were added.
    expect(after.Mission).toEqual(before.Mission);
    expect(after.Milestone).toEqual(before.Milestone);
    expect(after.Release).toEqual(before.Release);
  });
});
