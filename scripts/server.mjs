// `npm start`'s server: Next.js's production server behind Node's own HTTP server, for what
// `next start` does not do.
// - It listens where HOST or HOSTNAME says (every interface when neither is set), on PORT
//   (default 3000).
// - It tells the app which address each connection came from (x-drawdown-peer, with a proof
//   only this process knows: lib/security/client.ts), so that a client's X-Forwarded-For is
//   believed only from a proxy named in TRUSTED_PROXIES.
// - It answers methods Next.js cannot serve (TRACE...) with a 405 instead of a 500.
// Usage: node scripts/server.mjs (after `next build`; `npm start` also brings the database up).
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';

const PEER_HEADER = 'x-drawdown-peer';
const PROOF = Symbol.for('drawdown.peer-proof');
globalThis[PROOF] ??= randomUUID();

const port = Number(process.env.PORT || 3000);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}".`);
  process.exit(1);
}
// HOST first: shells and containers often set HOSTNAME to the machine's own name.
const hostname = process.env.HOST || process.env.HOSTNAME || undefined;

// As under `next start`: the app's production behaviour (secrets, limits) keys on it.
process.env.NODE_ENV = 'production';
const { default: next } = await import('next');
// Next builds its own URLs from this name; it must be the one its proxy's URLs carry
// ("localhost"), or a rewrite looks like one to another server. Where to listen is below.
const app = next({ dev: false, hostname: 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

// Methods Next.js can serve; it fails others (TRACE, CONNECT...) with a 500 before any of the
// app's code runs, so they are refused here, in the API's JSON form.
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

const server = createServer((request, response) => {
  if (!METHODS.has(request.method ?? '')) {
    const body = JSON.stringify({ error: { code: 'method_not_allowed', message: `${request.method} is not allowed.` } });
    response.writeHead(405, {
      allow: [...METHODS].join(', '),
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    });
    response.end(body);
    request.resume();
    return;
  }
  request.headers[PEER_HEADER] = `${globalThis[PROOF]} ${request.socket.remoteAddress ?? ''}`;
  handle(request, response);
});
// Behind a load balancer, keep idle connections open longer than it does.
server.keepAliveTimeout = 65_000;
server.on('error', (error) => {
  console.error(`Cannot listen on ${hostname ?? 'every interface'}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => {
  const where = server.address();
  const shown = typeof where === 'object' && where ? `${where.family === 'IPv6' ? `[${where.address}]` : where.address}:${where.port}` : String(where);
  console.log(`Drawdown is listening on http://${shown}`);
});

// Stop taking connections, let the requests in flight finish, then leave.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
