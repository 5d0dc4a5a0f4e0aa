import { route, json, parseQuery, otherMethods } from '@/lib/api/http';
import { getDb, missionCodeOrDefault, asOfOrToday } from '@/lib/api/context';
import { exportQuery } from '@/lib/api/params';
import { exportGeoJson, exportJson, exportMilestonesCsv, exportReleasesCsv, exportSitesCsv } from '@/lib/data/export';

export const GET = route(async (request) => {
  const query = parseQuery(new URL(request.url), exportQuery);
  const mission = missionCodeOrDefault(query.mission);
  const asOf = asOfOrToday(query.asOf);
  const { db } = await getDb();
  const name = `${mission.toLowerCase()}-${query.format === 'csv' ? query.table : 'export'}-${asOf}`;
  if (query.format === 'json') {
    return json(await exportJson(db, mission, asOf), {
      headers: { 'content-disposition': `attachment; filename="${name}.json"` },
    });
  }
  if (query.format === 'geojson') {
    return json(await exportGeoJson(db, mission, asOf), {
      headers: { 'content-type': 'application/geo+json', 'content-disposition': `attachment; filename="${name}.geojson"` },
    });
  }
  const csv =
    query.table === 'milestones'
      ? await exportMilestonesCsv(db, mission)
      : query.table === 'releases'
        ? await exportReleasesCsv(db, mission)
        : await exportSitesCsv(db, mission, asOf);
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}.csv"`,
      'cache-control': 'no-cache',
    },
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
