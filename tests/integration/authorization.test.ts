/**
 * The authorisation matrix: every write endpoint (and the reads that need an account) x
 * every kind of caller. Anonymous and bad tokens get 401, known callers without the role
 * 403, and a refused request changes nothing in the database.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../../lib/db/client';
import { createToken } from '../../lib/auth/tokens';
import { createMilestone } from '../../lib/data/milestone-writes';
import { createOrUpdateUser } from '../../lib/auth/users';
import type { Role } from '../../lib/auth/roles';
import * as milestones from '../../app/api/v1/milestones/route';
import * as milestone from '../../app/api/v1/milestones/[id]/route';
import * as releases from '../../app/api/v1/releases/route';
import * as accept from '../../app/api/v1/proposals/[id]/accept/route';
import * as reject from '../../app/api/v1/proposals/[id]/reject/route';
import * as acceptMany from '../../app/api/v1/proposals/accept/route';
import * as tokens from '../../app/api/v1/tokens/route';
import * as token from '../../app/api/v1/tokens/[id]/route';
import * as users from '../../app/api/v1/users/route';
import * as user from '../../app/api/v1/users/[id]/route';
import * as sessions from '../../app/api/v1/users/[id]/sessions/route';
import * as audit from '../../app/api/v1/audit/route';
import * as site from '../../app/api/v1/sites/[id]/route';
import * as contingents from '../../app/api/v1/contingents/route';
import * as contingent from '../../app/api/v1/contingents/[id]/route';
import * as missions from '../../app/api/v1/missions/route';
import * as mission from '../../app/api/v1/missions/[code]/route';
import { call, type CallInit } from './http';
import { revoke, signedInAs, tokenFor } from './auth-helpers';

type Caller = 'anonymous' | 'viewer' | 'editor' | 'admin' | 'editor token' | 'admin token' | 'demoted token' | 'revoked token' | 'forged token';
const CALLERS: Caller[] = ['anonymous', 'viewer', 'editor', 'admin', 'editor token', 'admin token', 'demoted token', 'revoked token', 'forged token'];

interface Prepared {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  handler: (request: Request, context: { params: Promise<any> }) => Promise<Response>;
  path: string;
  params?: Record<string, string>;
  init: CallInit;
}

interface Endpoint {
  name: string;
  needs: Exclude<Role, 'viewer'>;
  /** False where a signed-in person is required (token management). */
  tokens: boolean;
  ok: number;
  prepare: (ownerId: string) => Promise<Prepared>;
}

const callers = {} as Record<Caller, { headers: Record<string, string>; userId: string | null }>;
let gao: number;
let releaseId: number;
let n = 0;

beforeAll(async () => {
  const { db } = await getDb();
  gao = (await db.site.findFirstOrThrow({ where: { name: 'Gao' } })).id;
  releaseId = (await db.release.findFirstOrThrow({ orderBy: { id: 'asc' } })).id;
  const viewer = await signedInAs('viewer');
  const editor = await signedInAs('editor');
  const admin = await signedInAs('admin');
  const demoted = await signedInAs('editor');
  const demotedToken = await tokenFor(demoted.headers);
  await db.user.update({ where: { id: demoted.userId }, data: { role: 'viewer' } });
  const revoked = await tokenFor(editor.headers, 'old');
  await revoke(editor.headers, revoked.id);
  callers.anonymous = { headers: {}, userId: null };
  callers.viewer = { headers: viewer.headers, userId: viewer.userId };
  callers.editor = { headers: editor.headers, userId: editor.userId };
  callers.admin = { headers: admin.headers, userId: admin.userId };
  callers['editor token'] = { headers: (await tokenFor(editor.headers)).headers, userId: editor.userId };
  callers['admin token'] = { headers: (await tokenFor(admin.headers)).headers, userId: admin.userId };
  callers['demoted token'] = { headers: demotedToken.headers, userId: demoted.userId };
  callers['revoked token'] = { headers: revoked.headers, userId: editor.userId };
  callers['forged token'] = { headers: { authorization: `Bearer dd_${'A'.repeat(43)}` }, userId: null };
});

async function freshMilestone() {
  const { db } = await getDb();
  return createMilestone(db, 'test', 'MINUSMA', {
    type: 'convoy_departed',
    date: '2023-10-01',
    siteId: gao,
    contingentId: null,
    title: `Convoy ${++n}`,
    notes: null,
    figure: null,
    status: 'achieved',
    source: { releaseId },
  });
}

/** A site nothing cites, so that deleting it can succeed. */
async function freshSite() {
  const { db } = await getDb();
  const missionId = (await db.mission.findUniqueOrThrow({ where: { code: 'MINUSMA' } })).id;
  return db.site.create({ data: { missionId, slug: `post-${++n}`, name: `Post ${n}`, kind: 'camp', region: 'Gao', lat: 16, lon: 0 } });
}

async function freshContingent() {
  const { db } = await getDb();
  const missionId = (await db.mission.findUniqueOrThrow({ where: { code: 'MINUSMA' } })).id;
  return db.contingent.create({ data: { missionId, name: `Unit ${++n}`, country: 'Chad', countryIso: 'TD', unitKind: `kind ${n}`, deployments: { create: [{ siteId: gao }] } } });
}

async function freshProposal() {
  const { db } = await getDb();
  return db.proposal.create({
    data: { releaseId, type: 'convoy_departed', date: '2023-10-02', siteId: gao, title: `Proposed convoy ${++n}`, sentence: 'A convoy left Gao.', confidence: 0.9 },
  });
}

const ENDPOINTS: Endpoint[] = [
  {
    name: 'POST /milestones',
    needs: 'editor',
    tokens: true,
    ok: 201,
    prepare: async () => ({
      handler: milestones.POST,
      path: '/api/v1/milestones',
      init: { method: 'POST', body: { type: 'convoy_departed', date: '2023-10-03', siteId: gao, title: 'Convoy', source: { releaseId } } },
    }),
  },
  {
    name: 'PATCH /milestones/{id}',
    needs: 'editor',
    tokens: true,
    ok: 200,
    prepare: async () => {
      const m = await freshMilestone();
      return { handler: milestone.PATCH, path: `/api/v1/milestones/${m.id}`, params: { id: String(m.id) }, init: { method: 'PATCH', body: { version: m.version, title: 'Changed' } } };
    },
  },
  {
    name: 'DELETE /milestones/{id}',
    needs: 'editor',
    tokens: true,
    ok: 204,
    prepare: async () => {
      const m = await freshMilestone();
      return { handler: milestone.DELETE, path: `/api/v1/milestones/${m.id}?version=${m.version}`, params: { id: String(m.id) }, init: { method: 'DELETE' } };
    },
  },
  {
    name: 'POST /releases',
    needs: 'editor',
    tokens: true,
    ok: 201,
    prepare: async () => ({
      handler: releases.POST,
      path: '/api/v1/releases',
      init: { method: 'POST', body: { text: `01 Dec 2023 - Release number ${++n} about the liquidation of the mission.` } },
    }),
  },
  {
    name: 'POST /proposals/{id}/accept',
    needs: 'editor',
    tokens: true,
    ok: 201,
    prepare: async () => {
      const p = await freshProposal();
      return { handler: accept.POST, path: `/api/v1/proposals/${p.id}/accept`, params: { id: String(p.id) }, init: { method: 'POST' } };
    },
  },
  {
    name: 'POST /proposals/{id}/reject',
    needs: 'editor',
    tokens: true,
    ok: 200,
    prepare: async () => {
      const p = await freshProposal();
      return { handler: reject.POST, path: `/api/v1/proposals/${p.id}/reject`, params: { id: String(p.id) }, init: { method: 'POST' } };
    },
  },
  {
    name: 'POST /proposals/accept',
    needs: 'editor',
    tokens: true,
    ok: 200,
    prepare: async () => {
      const [p, q] = [await freshProposal(), await freshProposal()];
      return { handler: acceptMany.POST, path: '/api/v1/proposals/accept', init: { method: 'POST', body: { ids: [p.id, q.id] } } };
    },
  },
  {
    name: 'POST /tokens',
    needs: 'editor',
    tokens: false,
    ok: 201,
    prepare: async () => ({ handler: tokens.POST, path: '/api/v1/tokens', init: { method: 'POST', body: { name: 'ci' } } }),
  },
  {
    name: 'DELETE /tokens/{id}',
    needs: 'editor',
    tokens: false,
    ok: 200,
    prepare: async (ownerId) => {
      const { db } = await getDb();
      const t = await createToken(db, { kind: 'user', id: ownerId, userId: ownerId, role: 'editor' }, 'to revoke');
      return { handler: token.DELETE, path: `/api/v1/tokens/${t.id}`, params: { id: String(t.id) }, init: { method: 'DELETE' } };
    },
  },
  {
    name: 'PATCH /users/{id}',
    needs: 'admin',
    tokens: true,
    ok: 200,
    prepare: async () => {
      const { db } = await getDb();
      const { user: target } = await createOrUpdateUser(db, { email: `target${++n}@example.org`, role: 'viewer', password: 'a long enough passphrase', actor: 'test' });
      return { handler: user.PATCH, path: `/api/v1/users/${target.id}`, params: { id: target.id }, init: { method: 'PATCH', body: { role: 'editor' } } };
    },
  },
  {
    name: 'DELETE /users/{id}/sessions',
    needs: 'admin',
    tokens: true,
    ok: 200,
    prepare: async () => {
      const target = await signedInAs('viewer');
      return { handler: sessions.DELETE, path: `/api/v1/users/${target.userId}/sessions`, params: { id: target.userId }, init: { method: 'DELETE' } };
    },
  },
  {
    name: 'PATCH /sites/{id}',
    needs: 'editor',
    tokens: true,
    ok: 200,
    prepare: async () => {
      const { db } = await getDb();
      const { version } = await db.site.findUniqueOrThrow({ where: { id: gao } });
      return { handler: site.PATCH, path: `/api/v1/sites/${gao}`, params: { id: String(gao) }, init: { method: 'PATCH', body: { version, plannedHandover: '2023-12-01' } } };
    },
  },
  {
    name: 'DELETE /sites/{id}',
    needs: 'editor',
    tokens: true,
    ok: 204,
    prepare: async () => {
      const s = await freshSite();
      return { handler: site.DELETE, path: `/api/v1/sites/${s.id}?version=${s.version}`, params: { id: String(s.id) }, init: { method: 'DELETE' } };
    },
  },
  {
    name: 'POST /contingents',
    needs: 'editor',
    tokens: true,
    ok: 201,
    prepare: async () => ({
      handler: contingents.POST,
      path: '/api/v1/contingents',
      init: { method: 'POST', body: { name: `Unit ${++n}`, country: 'Niger', countryIso: 'NE', unitKind: `kind ${n}`, deployments: [{ siteId: gao }] } },
    }),
  },
  {
    name: 'PATCH /contingents/{id}',
    needs: 'editor',
    tokens: true,
    ok: 200,
    prepare: async () => {
      const c = await freshContingent();
      return { handler: contingent.PATCH, path: `/api/v1/contingents/${c.id}`, params: { id: String(c.id) }, init: { method: 'PATCH', body: { version: c.version, strength: 10, deployments: [] } } };
    },
  },
  {
    name: 'DELETE /contingents/{id}',
    needs: 'editor',
    tokens: true,
    ok: 204,
    prepare: async () => {
      const c = await freshContingent();
      return { handler: contingent.DELETE, path: `/api/v1/contingents/${c.id}?version=${c.version}`, params: { id: String(c.id) }, init: { method: 'DELETE' } };
    },
  },
  {
    name: 'POST /missions',
    needs: 'admin',
    tokens: true,
    ok: 201,
    prepare: async () => ({
      handler: missions.POST,
      path: '/api/v1/missions',
      init: { method: 'POST', body: { code: `M${++n}`, name: 'A mission', hostCountry: 'Somewhere', withdrawalDeadline: '2030-12-31', phases: [{ code: '1', name: 'One' }] } },
    }),
  },
  {
    name: 'PATCH /missions/{code}',
    needs: 'admin',
    tokens: true,
    ok: 200,
    prepare: async () => {
      const { db } = await getDb();
      const { version } = await db.mission.findUniqueOrThrow({ where: { code: 'MINUSMA' } });
      return { handler: mission.PATCH, path: '/api/v1/missions/MINUSMA', params: { code: 'MINUSMA' }, init: { method: 'PATCH', body: { version, personnelInScope: 13000 + ++n } } };
    },
  },
  {
    name: 'GET /audit (one record)',
    needs: 'editor',
    tokens: true,
    ok: 200,
    prepare: async () => ({ handler: audit.GET, path: '/api/v1/audit?entity=milestone&id=1', init: {} }),
  },
  {
    name: 'GET /audit (activity feed)',
    needs: 'admin',
    tokens: true,
    ok: 200,
    prepare: async () => ({ handler: audit.GET, path: '/api/v1/audit?action=create', init: {} }),
  },
  {
    name: 'GET /users',
    needs: 'admin',
    tokens: true,
    ok: 200,
    prepare: async () => ({ handler: users.GET, path: '/api/v1/users', init: {} }),
  },
  {
    name: 'GET /tokens',
    needs: 'editor',
    tokens: false,
    ok: 200,
    prepare: async () => ({ handler: tokens.GET, path: '/api/v1/tokens', init: {} }),
  },
];

function expected(endpoint: Endpoint, caller: Caller): number {
  switch (caller) {
    case 'anonymous':
    case 'revoked token':
    case 'forged token':
      return 401;
    case 'viewer':
    case 'demoted token':
      return 403;
    case 'editor':
      return endpoint.needs === 'editor' ? endpoint.ok : 403;
    case 'admin':
      return endpoint.ok;
    case 'editor token':
      return endpoint.needs === 'editor' && endpoint.tokens ? endpoint.ok : 403;
    case 'admin token':
      return endpoint.tokens ? endpoint.ok : 403;
  }
}

/** Everything a write could change, counted. */
async function fingerprint() {
  const { db } = await getDb();
  const [milestones, versions, releases, pending, liveTokens, editors, audit, sessions] = await Promise.all([
    db.milestone.count(),
    db.milestone.aggregate({ _sum: { version: true } }),
    db.release.count(),
    db.proposal.count({ where: { status: 'pending' } }),
    db.apiToken.count({ where: { revokedAt: null } }),
    db.user.count({ where: { role: 'editor' } }),
    db.auditEvent.count(),
    db.session.count(),
  ]);
  const [sites, siteVersions, contingents, contingentVersions, deployments, missions, missionVersions, phases] = await Promise.all([
    db.site.count(),
    db.site.aggregate({ _sum: { version: true } }),
    db.contingent.count(),
    db.contingent.aggregate({ _sum: { version: true } }),
    db.deployment.count(),
    db.mission.count(),
    db.mission.aggregate({ _sum: { version: true } }),
    db.phase.count(),
  ]);
  return {
    milestones,
    versions: versions._sum.version,
    releases,
    pending,
    liveTokens,
    editors,
    audit,
    sessions,
    records: { sites, siteVersions: siteVersions._sum.version, contingents, contingentVersions: contingentVersions._sum.version, deployments, missions, missionVersions: missionVersions._sum.version, phases },
  };
}

describe.each(ENDPOINTS)('$name', (endpoint) => {
  it.each(CALLERS)('%s', async (caller) => {
    const who = callers[caller];
    const prepared = await endpoint.prepare(who.userId ?? callers.editor.userId!);
    const before = await fingerprint();
    const res = await call(prepared.handler, prepared.path, prepared.params ?? {}, {
      ...prepared.init,
      headers: { ...prepared.init.headers, ...who.headers },
    });
    const want = expected(endpoint, caller);
    expect(res.status, res.text).toBe(want);
    if (want >= 400) {
      expect(res.body.error.code).toBe(want === 401 ? 'unauthorized' : 'forbidden');
      expect(await fingerprint()).toEqual(before);
    }
  });
});
