/**
 * IP addresses and the CIDR ranges of TRUSTED_PROXIES, checked by lib/env.ts at start. Pure
 * and free of Node's modules: the configuration's schema is also bundled where a browser
 * reads it.
 */
import { z } from 'zod';

// Made on first use, not when the module loads: the configuration's schema is bundled for the
// browser too, and a schema built at load would bring zod's start-up along.
let formats: { v4: z.ZodIPv4; v6: z.ZodIPv6 } | undefined;

/** 4, 6, or 0 when `address` is not an IP address (as Node's net.isIP). */
export function ipFamily(address: string): 0 | 4 | 6 {
  formats ??= { v4: z.ipv4(), v6: z.ipv6() };
  return formats.v4.safeParse(address).success ? 4 : formats.v6.safeParse(address).success ? 6 : 0;
}

/** IPv4 written as IPv6 (::ffff:10.0.0.1), as Node reports it on a dual-stack socket, is IPv4. */
export function plain(address: string): string {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, '$1');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return (mapped ? mapped[1]! : trimmed).toLowerCase();
}

/** TRUSTED_PROXIES entries: addresses or CIDR ranges, IPv4 or IPv6 (checked by lib/env.ts). */
export function proxyEntryProblem(entry: string): string | null {
  const [address, bits, extra] = entry.split('/');
  const family = ipFamily(plain(address ?? ''));
  if (!family || extra !== undefined) return `"${entry}" is not an IP address or CIDR range`;
  if (bits === undefined) return null;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n <= (family === 4 ? 32 : 128) ? null : `"${entry}" has a bad prefix length`;
}
