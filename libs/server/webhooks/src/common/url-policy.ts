/** Hosts that are this machine. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export interface UrlRules {
  /** WEBHOOK_ALLOW_HTTP=true: http for any host (closed networks without TLS). */
  allowHttp: boolean;
  /** http for loopback hosts (development and tests: every NODE_ENV but production). */
  allowLoopbackHttp: boolean;
}

/**
 * Why a subscription URL is refused, or null when it is acceptable: absolute https URLs; http only for
 * loopback hosts outside production, or any host when WEBHOOK_ALLOW_HTTP is on; no credentials, no fragment.
 */
export function webhookUrlProblem(value: string, rules: UrlRules): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'url must be an absolute URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'url must use https';
  if (url.protocol === 'http:' && !rules.allowHttp && !(rules.allowLoopbackHttp && LOOPBACK.has(url.hostname))) {
    return 'url must use https (http only for localhost outside production, or when WEBHOOK_ALLOW_HTTP is on)';
  }
  if (url.username || url.password) return 'url must not carry credentials';
  if (url.hash) return 'url must not have a fragment';
  return null;
}
