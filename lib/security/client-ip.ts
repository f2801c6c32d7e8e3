/**
 * The client address for rate limiting: the last X-Forwarded-For entry, which is the one the
 * nearest proxy appended (earlier entries are whatever the client sent). Next.js fills the
 * header from the socket when no proxy set it. Deployments must put exactly one proxy that
 * appends X-Forwarded-For in front of the app, or a direct client could choose its own
 * address; the per-address limit holds either way.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').at(-1)?.trim();
  const ip = forwarded || headers.get('x-real-ip')?.trim();
  return ip && ip.length <= 64 ? ip : 'unknown';
}
