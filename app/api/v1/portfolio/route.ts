import { route, json, parseQuery, otherMethods } from '@/lib/api/http';
import { getDb, asOfOrToday } from '@/lib/api/context';
import { portfolioQuery } from '@/lib/api/params';
import { readPortfolio } from '@/lib/data/read-api';
import { portfolioCsv } from '@/lib/domain/portfolio';

/** Every mission on one day: JSON, or CSV (`format=csv`) for a spreadsheet. */
export const GET = route(async (request) => {
  const { asOf, format } = parseQuery(new URL(request.url), portfolioQuery);
  const body = await readPortfolio(await getDb(), asOfOrToday(asOf));
  if (format === 'csv') {
    return new Response(portfolioCsv(body), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="missions-${body.asOf}.csv"`,
        'cache-control': 'no-cache',
      },
    });
  }
  return json(body);
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
