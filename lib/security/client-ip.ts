import { randomBytes } from 'node:crypto';
import { isIPv6 } from 'node:net';

/**
 * Where the connection's own address travels from the Node.js server to the app: a header whose
 * name is random per process and is written on every request as it arrives, over whatever the
 * client sent, so no client can choose it (docs/decisions/0002-client-address.md). Kept on
 * globalThis because instrumentation and the app are separate bundles of one process.
 */
const STAMP = Symbol.for('undersigned.peer-address-header');
type Stamped = { [STAMP]?: string };

/** The header's name once the server stamps requests; undefined outside a server. */
export const peerAddressHeader = (): string | undefined => (globalThis as Stamped)[STAMP];

/** Installs the stamp on every HTTP(S) server of this process; called once at start. */
export async function stampPeerAddresses(): Promise<void> {
  if (peerAddressHeader()) return;
  const name = `x-undersigned-peer-${randomBytes(12).toString('hex')}`;
  const http = await import('node:http');
  const https = await import('node:https');
  for (const proto of new Set([http.Server.prototype, https.Server.prototype])) {
    const emit = proto.emit;
    proto.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === 'request') {
        const req = args[0] as { headers: Record<string, unknown>; socket?: { remoteAddress?: string } };
        req.headers[name] = req.socket?.remoteAddress ?? '';
      }
      return (emit as (...a: unknown[]) => boolean).call(this, event, ...args);
    } as typeof proto.emit;
  }
  (globalThis as Stamped)[STAMP] = name;
}

/** IPv4-mapped IPv6 as plain IPv4; an IPv6 client by its /64, which one subscriber holds. */
function normalizeAddress(address: string): string {
  const ip = address.trim().replace(/^\[|\]$/g, '').replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');
  if (!isIPv6(ip)) return ip;
  const [head, tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.toLowerCase().replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/**
 * The client address for rate limiting. With no trusted proxy (the default) it is the
 * connection's own address and X-Forwarded-For is ignored, since any client can write it. With
 * `hops` trusted proxies, each appending to X-Forwarded-For, it is the entry the farthest
 * trusted proxy appended: entries left of it are whatever the client sent.
 */
export function clientIp(headers: Headers, hops = trustedProxyHops()): string {
  const name = peerAddressHeader();
  const peer = name ? headers.get(name)?.trim() || undefined : undefined;
  let ip: string | undefined = peer;
  if (hops > 0) {
    const forwarded = (headers.get('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    // The nearest proxy is the peer itself; each trusted hop vouches for the entry it appended.
    ip = forwarded.length === 0 ? peer : forwarded[Math.max(0, forwarded.length - hops)];
  }
  return ip && ip.length <= 64 ? normalizeAddress(ip) : 'unknown';
}

function trustedProxyHops(): number {
  const raw = Number(process.env.TRUSTED_PROXY_HOPS ?? '0');
  return Number.isInteger(raw) && raw > 0 ? Math.min(raw, 10) : 0;
}
