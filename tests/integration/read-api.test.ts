import { describe, expect, it } from 'vitest';
import { call } from './http';
import * as missions from '../../app/api/v1/missions/route';
import * as mission from '../../app/api/v1/missions/[code]/route';
import * as sites from '../../app/api/v1/sites/route';
import * as site from '../../app/api/v1/sites/[id]/route';
import * as contingents from '../../app/api/v1/contingents/route';
import * as milestones from '../../app/api/v1/milestones/route';
import * as milestone from '../../app/api/v1/milestones/[id]/route';
import * as releases from '../../app/api/v1/releases/route';
import * as release from '../../app/api/v1/releases/[id]/route';
import * as proposals from '../../app/api/v1/proposals/route';
import * as progress from '../../app/api/v1/progress/route';
import * as exporter from '../../app/api/v1/export/route';
import * as openapi from '../../app/api/v1/openapi.json/route';
import * as portfolio from '../../app/api/v1/portfolio/route';
import * as unknown from '../../app/api/[...path]/route';

async function siteNamed(name: string, asOf: string) {
  const res = await call(sites.GET, `/api/v1/sites?mission=MINUSMA&asOf=${asOf}`);
  const found = res.body.data.find((s: { name: string }) => s.name === name);
  if (!found) throw new Error(`no site ${name}`);
  return found;
}

describe('missions', () => {
  it('lists MINUSMA with its deadline and phases', async () => {
    const res = await call(missions.GET, '/api/v1/missions');
    expect(res.status).toBe(200);
    const minusma = res.body.data.find((m: { code: string }) => m.code === 'MINUSMA');
    expect(minusma).toMatchObject({ withdrawalDeadline: '2023-12-31', mandateEnd: '2023-06-30', personnelInScope: 13871 });
    expect(minusma.phases.map((p: { code: string }) => p.code)).toEqual(['1', '2', 'L']);
  });

  it('answers one mission by code, in any case, and 404 for an unknown one', async () => {
    expect((await call(mission.GET, '/api/v1/missions/minusma', { code: 'minusma' })).body.code).toBe('MINUSMA');
    const missing = await call(mission.GET, '/api/v1/missions/NOPE', { code: 'NOPE' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
  });
});

describe('sites', () => {
  it('returns the 13 sites with statuses derived from the milestones', async () => {
    const res = await call(sites.GET, '/api/v1/sites?mission=MINUSMA&asOf=2023-10-20');
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(13);
    const byName = Object.fromEntries(res.body.data.map((s: { name: string }) => [s.name, s]));
    expect(byName['Ogossagou']).toMatchObject({ status: 'handed_over', statusSince: '2023-08-03', handedOverOn: '2023-08-03', closedOn: '2023-08-04' });
    // The user's release says the camp was left on 25 August; the public record adds its handover that day.
    expect(byName['Ménaka']).toMatchObject({ status: 'handed_over', closedOn: '2023-08-25', handedOverOn: '2023-08-25' });
    expect(byName['Tessalit']).toMatchObject({ status: 'withdrawing', statusSince: '2023-10-16' });
    expect(byName['Aguelhok']).toMatchObject({ status: 'withdrawing', statusSince: '2023-10-16' });
    // The outposts' withdrawal (type "other") does not start the camp's.
    expect(byName['Kidal']).toMatchObject({ status: 'active', statusSince: null });
    // The Egyptian battalion left Gao on 28 July 2023 (public record): Gao's withdrawal had begun.
    expect(byName['Gao']).toMatchObject({ status: 'withdrawing', statusSince: '2023-07-28' });
    expect(byName['Bamako'].status).toBe('active');
    expect(byName['Mopti-Sévaré'].aliases).toContain('Sévaré');
    expect(byName['Ogossagou'].plannedHandover).toBe('2023-08-31');
  });

  it('recomputes for an earlier day: nothing after the as-of date counts', async () => {
    expect((await siteNamed('Ogossagou', '2023-08-02')).status).toBe('active');
    expect((await siteNamed('Ogossagou', '2023-08-03')).status).toBe('handed_over');
    expect((await siteNamed('Tessalit', '2023-10-15')).status).toBe('active');
  });

  it('lists contingents present on the day, and not after they left', async () => {
    expect((await siteNamed('Ogossagou', '2023-08-03')).contingents.map((c: { countryIso: string }) => c.countryIso)).toEqual(['SN']);
    expect((await siteNamed('Ogossagou', '2023-08-04')).contingents).toEqual([]);
  });

  it('filters by status, region and phase, and searches names and aliases without accents', async () => {
    const withdrawing = await call(sites.GET, '/api/v1/sites?mission=MINUSMA&asOf=2023-10-20&status=withdrawing');
    expect(withdrawing.body.data.map((s: { name: string }) => s.name).sort()).toEqual(['Aguelhok', 'Gao', 'Mopti-Sévaré', 'Tessalit']);
    const kidal = await call(sites.GET, '/api/v1/sites?mission=MINUSMA&region=kidal');
    expect(kidal.body.data).toHaveLength(3);
    const phaseL = await call(sites.GET, '/api/v1/sites?mission=MINUSMA&phase=L');
    expect(phaseL.body.data.map((s: { name: string }) => s.name).sort()).toEqual(['Bamako', 'Gao', 'Timbuktu']);
    for (const [q, name] of [['Tombouctou', 'Timbuktu'], ['Menaka', 'Ménaka'], ['sevare', 'Mopti-Sévaré'], ['AGUELHOC', 'Aguelhok']]) {
      const res = await call(sites.GET, `/api/v1/sites?mission=MINUSMA&q=${encodeURIComponent(q!)}`);
      expect(res.body.data.map((s: { name: string }) => s.name)).toEqual([name]);
    }
  });

  it('answers one site with its milestone log and sources', async () => {
    const ogossagou = await siteNamed('Ogossagou', '2023-08-31');
    const res = await call(site.GET, `/api/v1/sites/${ogossagou.id}?asOf=2023-08-31`, { id: String(ogossagou.id) });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('handed_over');
    expect(res.body.milestones.map((m: { type: string }) => m.type)).toEqual(['site_handed_over', 'withdrawal_completed']);
    expect(res.body.milestones[0].source).toMatchObject({ releaseDate: '2023-08-04' });
  });
});

describe('progress', () => {
  it('counts the four sites handed over by 31 Aug 2023 and reports the deadline', async () => {
    const res = await call(progress.GET, '/api/v1/progress?mission=MINUSMA&asOf=2023-08-31');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ missionCode: 'MINUSMA', asOf: '2023-08-31', deadline: '2023-12-31', daysLeft: 122 });
    // Ogossagou (3 Aug), Ber (13 Aug), Goundam (16 Aug), Ménaka (25 Aug); Gao withdrawing since 28 Jul.
    expect(res.body.sites).toEqual({ total: 13, active: 8, withdrawing: 1, closed: 0, handedOver: 4 });
    expect(res.body.personnel).toMatchObject({ inScope: 13871 });
    const last = res.body.series.filter((p: { date: string }) => p.date <= '2023-08-31').at(-1);
    expect(last.done).toBe(4);
    // 4 sites in the 61 days since 1 Jul: 9 left need ceil(9 * 61 / 4) = 138 days, past the deadline.
    expect(res.body.projection).toMatchObject({ completionDate: '2024-01-16', pacePerWeek: 0.46 });
    expect(res.body.verdict).toMatchObject({ status: 'at_risk', reasonCode: 'behind_pace' });
  });

  it('changes with the as-of date', async () => {
    const before = await call(progress.GET, '/api/v1/progress?mission=MINUSMA&asOf=2023-07-15');
    expect(before.body.sites.active).toBe(13);
    const after = await call(progress.GET, '/api/v1/progress?mission=MINUSMA&asOf=2023-10-20');
    expect(after.body.sites).toMatchObject({ active: 5, withdrawing: 4, closed: 0, handedOver: 4 });
  });
});

describe('portfolio', () => {
  it('compares every mission on one day, from the same progress each mission answers', async () => {
    const res = await call(portfolio.GET, '/api/v1/portfolio?asOf=2023-10-20');
    expect(res.status).toBe(200);
    expect(res.body.asOf).toBe('2023-10-20');
    expect(res.body.data.map((r: { code: string }) => r.code)).toEqual(['MINUSMA', 'UNIFIL']);
    const [minusma, unifil] = res.body.data;
    const own = (await call(progress.GET, '/api/v1/progress?mission=MINUSMA&asOf=2023-10-20')).body;
    expect(minusma).toMatchObject({
      deadline: own.deadline,
      daysLeft: own.daysLeft,
      sitesDone: own.sites.closed + own.sites.handedOver,
      sitesTotal: 13,
      personnelDeparted: own.personnel.departed,
      personnelInScope: 13871,
      verdict: { status: own.verdict.status },
    });
    expect(unifil).toMatchObject({ deadline: '2027-12-31', drawdownStart: '2026-12-31', sitesDone: 0, verdict: { status: 'not_started' } });
    expect(unifil.verdict.params).toMatchObject({ startsOn: '2026-12-31' });
  });

  it('answers CSV for a spreadsheet, and refuses a bad day or format', async () => {
    const csv = await call(portfolio.GET, '/api/v1/portfolio?asOf=2024-11-30&format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const [header, ...rows] = csv.text.trim().split('\r\n');
    expect(header).toMatch(/^as_of,mission,name,/);
    expect(rows).toHaveLength(2);
    // By the end of November 2024 every MINUSMA site had been handed over (Bamako, 15 Nov).
    expect(rows[0]).toMatch(/^2024-11-30,MINUSMA,.*,13,13,.*,done,/);
    expect((await call(portfolio.GET, '/api/v1/portfolio?asOf=2024-02-30')).status).toBe(400);
    expect((await call(portfolio.GET, '/api/v1/portfolio?format=xml')).status).toBe(400);
  });
});

describe('contingents', () => {
  it('lists contingents with their deployments and presence on the day', async () => {
    const res = await call(contingents.GET, '/api/v1/contingents?mission=MINUSMA&asOf=2023-08-01');
    expect(res.status).toBe(200);
    const senegal = res.body.data.find((c: { countryIso: string }) => c.countryIso === 'SN');
    expect(senegal.presentAt.map((p: { siteName: string }) => p.siteName)).toEqual(['Ogossagou']);
    expect(senegal.deployments[0]).toMatchObject({ siteName: 'Ogossagou', endDate: '2023-08-04' });
  });
});

describe('milestones', () => {
  it('pages newest first with a cursor, without gaps or repeats', async () => {
    const all = await call(milestones.GET, '/api/v1/milestones?mission=MINUSMA&limit=500');
    expect(all.body.data.length).toBeGreaterThanOrEqual(10);
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const res = await call(milestones.GET, `/api/v1/milestones?mission=MINUSMA&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.data.length).toBeLessThanOrEqual(3);
      seen.push(...res.body.data.map((m: { id: number }) => m.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.body.data.map((m: { id: number }) => m.id));
    const dates = all.body.data.map((m: { date: string }) => m.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('filters by site, type, status and dates, and every milestone cites its source', async () => {
    const tessalit = await siteNamed('Tessalit', '2023-10-20');
    const res = await call(milestones.GET, `/api/v1/milestones?mission=MINUSMA&site=${tessalit.id}&type=withdrawal_started&from=2023-10-01&to=2023-10-31&status=achieved`);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).toMatchObject({ date: '2023-10-16', siteId: tessalit.id, version: 1, source: { releaseDate: '2023-10-16' } });
    const one = await call(milestone.GET, `/api/v1/milestones/${res.body.data[0].id}`, { id: String(res.body.data[0].id) });
    expect(one.body.title).toBe(res.body.data[0].title);
    const all = await call(milestones.GET, '/api/v1/milestones?mission=MINUSMA&limit=500');
    for (const m of all.body.data) expect(m.source).not.toBeNull();
  });
});

describe('releases and proposals', () => {
  it('lists the 19 seed releases, each with the milestones citing it', async () => {
    const res = await call(releases.GET, '/api/v1/releases?mission=MINUSMA&limit=100');
    expect(res.body.data).toHaveLength(19);
    const aug4 = res.body.data.find((r: { date: string }) => r.date === '2023-08-04');
    expect(aug4.milestones.map((m: { type: string }) => m.type).sort()).toEqual(['site_handed_over', 'withdrawal_completed']);
    const one = await call(release.GET, `/api/v1/releases/${aug4.id}`, { id: String(aug4.id) });
    expect(one.body.body).toContain('Ogossagou');
    const search = await call(releases.GET, '/api/v1/releases?mission=MINUSMA&q=ogossagou');
    expect(search.body.data.map((r: { date: string }) => r.date)).toEqual(['2023-08-04']);
  });

  it('lists proposals, each with its sentence, and filters them by status', async () => {
    const all = await call(proposals.GET, '/api/v1/proposals?mission=MINUSMA&limit=500');
    expect(all.status).toBe(200);
    expect(all.body.data.length).toBeGreaterThan(0);
    for (const p of all.body.data) {
      expect(p.sentence.length).toBeGreaterThan(0);
      expect(p.confidence).toBeGreaterThan(0);
    }
    const byStatus: Record<string, number[]> = {};
    for (const status of ['pending', 'accepted', 'rejected']) {
      const res = await call(proposals.GET, `/api/v1/proposals?mission=MINUSMA&status=${status}&limit=500`);
      for (const p of res.body.data) expect(p.status).toBe(status);
      byStatus[status] = res.body.data.map((p: { id: number }) => p.id);
    }
    // The seed reviewed the seed releases: what it accepted is linked to its milestone.
    expect(byStatus.accepted!.length).toBeGreaterThan(0);
    expect([...byStatus.pending!, ...byStatus.accepted!, ...byStatus.rejected!].sort((a, b) => a - b)).toEqual(
      all.body.data.map((p: { id: number }) => p.id),
    );
  });
});

describe('export', () => {
  it('exports sites as CSV, GeoJSON and the whole mission as JSON', async () => {
    const csv = await call(exporter.GET, '/api/v1/export?mission=MINUSMA&format=csv&asOf=2023-08-31');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = csv.text.trim().split('\r\n');
    expect(lines).toHaveLength(14);
    expect(lines.find((l) => l.includes('Ogossagou'))).toContain('handed_over');
    const geo = await call(exporter.GET, '/api/v1/export?mission=MINUSMA&format=geojson');
    expect(geo.body.type).toBe('FeatureCollection');
    expect(geo.body.features).toHaveLength(13);
    expect(geo.body.features[0].geometry.coordinates).toHaveLength(2);
    const json = await call(exporter.GET, '/api/v1/export?mission=MINUSMA&format=json');
    expect(json.body.releases).toHaveLength(19);
    expect(json.body.sites).toHaveLength(13);
    const milestonesCsv = await call(exporter.GET, '/api/v1/export?mission=MINUSMA&format=csv&table=milestones');
    expect(milestonesCsv.text).toContain('withdrawal_started');
  });
});

describe('openapi', () => {
  it('documents every read endpoint with its parameters', async () => {
    const res = await call(openapi.GET, '/api/v1/openapi.json');
    expect(res.body.openapi).toMatch(/^3\.1/);
    for (const path of ['/api/v1/sites', '/api/v1/progress', '/api/v1/milestones', '/api/v1/export', '/api/v1/releases', '/api/v1/proposals', '/api/v1/contingents']) {
      expect(res.body.paths[path]).toBeDefined();
    }
    const names = res.body.paths['/api/v1/milestones'].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['mission', 'site', 'contingent', 'type', 'status', 'from', 'to', 'cursor', 'limit']));
  });
});

describe('bad input gets a clear 4xx error, never a 500', () => {
  const cases: [string, Parameters<typeof call>[0], string, Record<string, string>, number, string][] = [
    ['an impossible date', progress.GET, '/api/v1/progress?asOf=2023-02-30', {}, 400, 'asOf'],
    ['a date in another format', sites.GET, '/api/v1/sites?asOf=31/08/2023', {}, 400, 'asOf'],
    ['an unknown mission', progress.GET, '/api/v1/progress?mission=NOPE', {}, 404, ''],
    ['limit=-1', milestones.GET, '/api/v1/milestones?limit=-1', {}, 400, 'limit'],
    ['limit=abc', milestones.GET, '/api/v1/milestones?limit=abc', {}, 400, 'limit'],
    ['an unknown status', sites.GET, '/api/v1/sites?status=gone', {}, 400, 'status'],
    ['an unknown parameter', sites.GET, '/api/v1/sites?colour=red', {}, 400, ''],
    ['a forged cursor', milestones.GET, '/api/v1/milestones?cursor=bm90IGEgY3Vyc29y', {}, 400, 'cursor'],
    ['from after to', milestones.GET, '/api/v1/milestones?from=2023-10-01&to=2023-09-01', {}, 400, 'from'],
    ['a 10 kB query string', sites.GET, `/api/v1/sites?q=${'x'.repeat(10_240)}`, {}, 400, ''],
    ['a repeated parameter', sites.GET, '/api/v1/sites?status=active&status=closed', {}, 400, 'status'],
    ['a bad export format', exporter.GET, '/api/v1/export?format=xml', {}, 400, 'format'],
    ['a site id that is not a number', site.GET, '/api/v1/sites/abc', { id: 'abc' }, 404, ''],
    ['a site that does not exist', site.GET, '/api/v1/sites/999999', { id: '999999' }, 404, ''],
    ['an SQL-looking id', milestone.GET, "/api/v1/milestones/1'%20OR%201=1", { id: "1' OR 1=1" }, 404, ''],
    ['an unknown endpoint', unknown.GET, '/api/v1/nothing', { path: 'nothing' }, 404, ''],
  ];
  it.each(cases)('%s', async (_name, handler, path, params, status, field) => {
    const res = await call(handler, path, params);
    expect(res.status).toBe(status);
    expect(res.body.error.code).toMatch(/^[a-z_]+$/);
    expect(res.body.error.message.length).toBeGreaterThan(0);
    expect(res.text).not.toMatch(/at .*\.ts:\d+|prisma|SELECT/i);
    if (field) expect(res.body.error.fields[field]).toBeDefined();
  });
});

describe('what a device may keep for reading offline (decision 0017)', () => {
  it('marks the public reads, and not the editors’ queue, errors or the unknown paths', async () => {
    for (const [handler, path, params] of [
      [sites.GET, '/api/v1/sites?asOf=2023-10-20', {}],
      [progress.GET, '/api/v1/progress?asOf=2023-10-20', {}],
      [milestones.GET, '/api/v1/milestones?limit=6', {}],
      [mission.GET, '/api/v1/missions/MINUSMA', { code: 'MINUSMA' }],
    ] as const) {
      const answer = await call(handler, path, params);
      expect(answer.status, path).toBe(200);
      expect(answer.headers.get('x-drawdown-offline'), path).toBe('keep');
    }
    const refused = await call(proposals.GET, '/api/v1/proposals?status=pending');
    expect(refused.headers.get('x-drawdown-offline')).toBeNull();
    const invalid = await call(sites.GET, '/api/v1/sites?asOf=2023-02-30');
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('x-drawdown-offline')).toBeNull();
    const missing = await call(unknown.GET, '/api/v1/nothing-here', { path: 'nothing-here' });
    expect(missing.headers.get('x-drawdown-offline')).toBeNull();
  });
});
