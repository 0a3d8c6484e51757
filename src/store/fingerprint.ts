/**
 * @module store/fingerprint — what makes a run resumable: the same bench
 * version, suite contents, model configs (without secrets or throughput
 * knobs), samples, limit and seed. `--resume` compares part by part and shows
 * what changed.
 */
import { createHash } from 'node:crypto';
import type { PublicModelSpec } from '../config/types.js';

export interface FingerprintInput {
  benchVersion: string;
  suites: Array<{ name: string; hash: string }>;
  models: PublicModelSpec[];
  samples: number;
  limit: number | null;
  seed: number;
  /** `--probe` values: a part only when some were given (older runs have none). */
  probes?: string[];
}

const sha = (v: unknown): string => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);

/** Model fields that change answers (concurrency, rpm and timeouts do not). */
function modelIdentity(m: PublicModelSpec): unknown {
  // Replicas serve one model; their list is part of what was asked (added only when there is one, so older fingerprints hold).
  return { provider: m.provider, model: m.model, base_url: m.base_url ?? null, ...(m.replicas ? { replicas: m.replicas } : {}), params: m.params, price: m.price ?? null };
}

export function fingerprintParts(input: FingerprintInput): Record<string, string> {
  const parts: Record<string, string> = {
    bench_version: input.benchVersion,
    samples: String(input.samples),
    limit: String(input.limit),
    seed: String(input.seed),
  };
  if (input.probes?.length) parts.probes = [...input.probes].sort().join(' ');
  for (const s of input.suites) parts[`suite:${s.name}`] = s.hash.slice(0, 16);
  for (const m of input.models) {
    const identity = modelIdentity(m) as Record<string, unknown>;
    parts[`model:${m.id}`] = sha(canonical(identity)); // key order in models.yaml is not a change
    // Readable per-field parts (ids never contain spaces), so a refused resume shows what changed.
    for (const [field, value] of Object.entries(identity)) parts[`model:${m.id} ${field}`] = readable(value);
  }
  return parts;
}

/** Canonical JSON (sorted keys), shortened when long. */
function readable(value: unknown): string {
  const text = JSON.stringify(canonical(value)) ?? 'null';
  return text.length > 200 ? `${text.slice(0, 160)}… (sha ${sha(value)})` : text;
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
  }
  return v;
}

/** A per-field part (`model:<id> <field>`): only shown when both sides have it (older runs lack them). */
const isDetail = (k: string): boolean => k.startsWith('model:') && k.includes(' ');

export function fingerprintOf(parts: Record<string, string>): string {
  const sorted = Object.keys(parts).sort().map((k) => [k, parts[k]]);
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
}

/** Human-readable list of what differs between two runs' parts. */
export function diffParts(before: Record<string, string>, after: Record<string, string>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: string[] = [];
  for (const k of [...keys].sort()) {
    const a = before[k];
    const b = after[k];
    if (a === b) continue;
    if (isDetail(k) && (a === undefined || b === undefined)) continue;
    if (a === undefined) out.push(`${k}: added (${b})`);
    else if (b === undefined) out.push(`${k}: removed (was ${a})`);
    else out.push(`${k}: ${a} → ${b}`);
  }
  return out;
}
