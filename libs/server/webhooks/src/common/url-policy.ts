/** Hosts that are this machine: http is always allowed for them (development, tests). */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * Why a subscription URL is refused, or null when it is acceptable: absolute https URLs; http only for
 * loopback hosts, or any host when `allowHttp` (WEBHOOK_ALLOW_HTTP=true); no credentials, no fragment.
 */
export function webhookUrlProblem(value: string, allowHttp: boolean): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'url must be an absolute URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'url must use https';
  if (url.protocol === 'http:' && !allowHttp && !LOOPBACK.has(url.hostname)) {
    return 'url must use https (http only for localhost, or when WEBHOOK_ALLOW_HTTP is on)';
  }
  if (url.username || url.password) return 'url must not carry credentials';
  if (url.hash) return 'url must not have a fragment';
  return null;
}
