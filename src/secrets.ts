/**
 * @module secrets — the one redaction module of bench.
 *
 * Every key value bench reads is registered here (`registerSecret`, `registerUrlSecrets`):
 * `api_key_env` values, configured header values, and the credential-bearing parts of a base
 * URL — its user and password, and the value of every query parameter whose name says it is a
 * credential (`api_key`, `token`, `sig`, `code`…, see `CREDENTIAL_PARAM`). Everything bench writes
 * or prints (records, manifest, cache, history store, reports, JUnit, errors, stack traces,
 * provider messages) passes through `redact`, which replaces registered values wherever they
 * occur, and in any URL in the text the user:password part and the values of credential-named
 * query parameters, registered or not. A URL shown on its own goes through `redactUrl`. A key
 * therefore cannot leak through a server that echoes it in an error body or an answer.
 */
const secrets = new Set<string>();

/** Values shorter than this are not treated as secrets (would redact common words). */
const MIN_SECRET_LENGTH = 6;

export function registerSecret(value: string | undefined): void {
  if (value && value.length >= MIN_SECRET_LENGTH) secrets.add(value);
}

/** Query parameter names that carry credentials (matched anywhere in the name, any case). */
export const CREDENTIAL_PARAM = /key|token|secret|sig|auth|pass|pwd|credential|access|session|code/i;

const decode = (v: string): string => {
  try {
    return decodeURIComponent(v.replace(/\+/g, ' '));
  } catch {
    return v;
  }
};

/**
 * Registers the credentials a URL carries: the values of credential-named query parameters
 * (`?api_key=…`, `&sig=…`), raw and decoded; and `https://user:pass@host`'s user and password,
 * raw and percent-decoded, and the Basic-auth token they make — so a server that echoes any of
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
  for (const [name, raw] of rawQuery(u.search)) {
    if (!CREDENTIAL_PARAM.test(decode(name))) continue;
    registerSecret(raw);
    registerSecret(decode(raw));
    registerSecret(encodeURIComponent(decode(raw)));
  }
  if (!u.username && !u.password) return;
  const user = decode(u.username);
  const pass = decode(u.password);
  for (const v of [u.password, pass, u.username, user]) registerSecret(v);
  registerSecret(Buffer.from(`${user}:${pass}`).toString('base64'));
}

/** `?a=1&b=2` → [['a', '1'], ['b', '2']], values as written (not decoded). */
function rawQuery(search: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    out.push(eq < 0 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)]);
  }
  return out;
}

const URL_CREDENTIALS = /([a-z][a-z0-9+.-]*:\/\/)([^\s/@:]+)(?::[^\s/@]*)?@/gi;
/** A URL with a query string, in any text. */
const URL_WITH_QUERY = /[a-z][a-z0-9+.-]*:\/\/[^\s?#"'<>]*\?[^\s#"'<>]*/gi;
/** `?name=value` / `&name=value` inside such a URL, for the credential test on `name`. */
const QUERY_PARAM = /([?&])([^=&\s?#"'<>]+)=([^&\s#"'<>]+)/g;

export function redact(text: string): string {
  let out = text;
  for (const s of secrets) {
    if (out.includes(s)) out = out.split(s).join('[REDACTED]');
  }
  if (!out.includes('://')) return out; // both URL patterns need a scheme's '://'
  out = out.replace(URL_CREDENTIALS, '$1[REDACTED]@');
  if (!out.includes('?')) return out;
  return out.replace(URL_WITH_QUERY, (url) => url.replace(QUERY_PARAM, (all, sep: string, name: string, value: string) =>
    value !== '[REDACTED]' && CREDENTIAL_PARAM.test(decode(name)) ? `${sep}${name}=[REDACTED]` : all));
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

/**
 * Redact every string inside a JSON-able value: a copy where something was redacted, the value
 * itself where nothing was (every record is redacted as it is written: most have nothing to redact).
 */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const r = redactDeep(value[i] as unknown);
      if (r !== value[i]) (out ??= value.slice())[i] = r;
    }
    return (out ?? value) as T;
  }
  if (value && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      // Not a plain object (a class instance): a plain copy of its own fields, as before.
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v);
      return out as T;
    }
    let out: Record<string, unknown> | undefined;
    for (const k in value) {
      const v = (value as Record<string, unknown>)[k];
      const r = redactDeep(v);
      if (r !== v) (out ??= { ...(value as Record<string, unknown>) })[k] = r;
    }
    return (out ?? value) as T;
  }
  return value;
}

/** The registered values, to hand to another thread that redacts what it writes (runner/report-phase). */
export function registeredSecrets(): string[] {
  return [...secrets];
}

/** For tests. */
export function clearSecrets(): void {
  secrets.clear();
}
