/**
 * The client address for rate limiting. Behind a proxy the first X-Forwarded-For entry is
 * the client (deployments must make sure the proxy sets it); without one, all requests
 * share one bucket rather than escaping the limit.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  const ip = forwarded || headers.get('x-real-ip')?.trim();
  return ip && ip.length <= 64 ? ip : 'unknown';
}
