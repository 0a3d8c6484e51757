/**
 * @module secrets — the one redaction module of bench.
 *
 * Every key value bench reads is registered here (`registerSecret`, `registerUrlSecrets`);
 * everything bench writes or prints (records, manifest, cache, reports, errors, stack traces,
 * provider messages) passes through `redact`, which replaces registered values and credentials
 * embedded in URLs (`https://user:pass@host`); a URL shown on its own goes through
 * `redactUrl`. A key therefore cannot leak through a server that echoes it in an error body.
 */
const secrets = new Set<string>();

/** Values shorter than this are not treated as secrets (would redact common words). */
const MIN_SECRET_LENGTH = 6;

export function registerSecret(value: string | undefined): void {
  if (value && value.length >= MIN_SECRET_LENGTH) secrets.add(value);
}

/**
 * Registers the credentials a URL carries (`https://user:pass@host`): the user and password,
 * raw and percent-decoded, and the Basic-auth token they make, so a server that echoes any of
 * them (in an answer or an error body) cannot put them on disk.
 */
export function registerUrlSecrets(url: string | undefined): void {
  if (!url) return;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return;
  }
  if (!u.username && !u.password) return;
  const decode = (v: string) => {
    try {
      return decodeURIComponent(v);
    } catch {
      return v;
    }
  };
  const user = decode(u.username);
  const pass = decode(u.password);
  for (const v of [u.password, pass, u.username, user]) registerSecret(v);
  registerSecret(Buffer.from(`${user}:${pass}`).toString('base64'));
}

const URL_CREDENTIALS = /([a-z][a-z0-9+.-]*:\/\/)([^\s/@:]+)(?::[^\s/@]*)?@/gi;

export function redact(text: string): string {
  let out = text;
  for (const s of secrets) {
    if (out.includes(s)) out = out.split(s).join('[REDACTED]');
  }
  return out.replace(URL_CREDENTIALS, '$1[REDACTED]@');
}

/**
 * A URL as it may appear in messages and files: no user name or password, and any registered
 * secret redacted. Not a URL: the text, redacted.
 *
 * @example redactUrl('https://user:pw@host/data.jsonl') // 'https://host/data.jsonl'
 */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return redact(u.toString());
  } catch {
    return redact(url);
  }
}

/** Redact every string inside a JSON-able value (returns a copy). */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v);
    return out as T;
  }
  return value;
}

/** For tests. */
export function clearSecrets(): void {
  secrets.clear();
}
