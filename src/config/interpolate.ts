/**
 * @module config/interpolate — `${VAR}` in every string value of a YAML document, replaced from the environment.
 *
 * `${VAR:-default}` uses the default when VAR is unset; `$${VAR}` is a literal `${VAR}`. A plain (unquoted)
 * value that is wholly interpolated becomes a number or boolean where the schema expects one
 * (`timeout_s: ${TIMEOUT}`). An unset variable is a problem naming it. Interpolated values are never
 * echoed in messages: they may be secrets.
 */
import { isMap, isScalar, isSeq, type Document } from 'yaml';
import type { Path } from './yaml.js';

const VAR = /\$(\$)?\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

export interface Interpolation {
  /** Unset variables: where, and which. */
  missing: Array<{ path: Path; offset: number; name: string }>;
  /** Paths whose value came (partly) from the environment → the variables used. */
  sources: Map<string, string[]>;
}

export const pathKey = (p: Path): string => JSON.stringify(p.map((s) => (typeof s === 'number' ? s : String(s))));

/** Replaces `${VAR}` in place in every string scalar of `doc`. `typeAt` tells which primitive a path expects. */
export function interpolate(doc: Document, env: NodeJS.ProcessEnv, typeAt: (p: Path) => string | undefined): Interpolation {
  const result: Interpolation = { missing: [], sources: new Map() };
  const walk = (node: unknown, p: Path): void => {
    if (isMap(node)) {
      for (const pair of node.items) if (isScalar(pair.key)) walk(pair.value, [...p, String(pair.key.value)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...p, i]));
    } else if (isScalar(node) && typeof node.value === 'string' && node.value.includes('${')) {
      const used: string[] = [];
      const replaced = node.value.replace(VAR, (whole, escaped: string | undefined, name: string, fallback: string | undefined) => {
        if (escaped) return whole.slice(1);
        used.push(name);
        const value = env[name];
        if (value !== undefined) return value;
        if (fallback !== undefined) return fallback;
        result.missing.push({ path: p, offset: node.range?.[0] ?? 0, name });
        return '';
      });
      if (used.length > 0) result.sources.set(pathKey(p), used);
      node.value = retype(replaced, node.type === 'PLAIN' ? typeAt(p) : undefined);
    }
  };
  walk(doc.contents, []);
  return result;
}

function retype(value: string, expected: string | undefined): unknown {
  const s = value.trim();
  if (expected === 'number' && s !== '' && Number.isFinite(Number(s))) return Number(s);
  if (expected === 'boolean' && (s === 'true' || s === 'false')) return s === 'true';
  return value;
}
