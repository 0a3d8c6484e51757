/**
 * @module providers/replicas — one model served by several replicas (`base_url` as a list):
 * a Provider over one Provider per replica. Each request goes to the replica with the fewest
 * requests in flight (ties taken in turn). A replica whose requests fail `failuresToOpen` times
 * in a row with a sign of a sick endpoint (refused, reset, timeout, 5xx, cut stream) is taken
 * out for `cooldownMs` (doubling on each failed retry, up to `maxCooldownMs`), then gets one
 * probe request; a success puts it back. While one replica is out the others carry the run.
 *
 * Retrying stays the runner's job: a failure is thrown as is, tagged with the replica, so the
 * runner's next attempt is routed again (to a healthy replica). Completions and errors name
 * the replica by its URL without credentials or query.
 */
import { redact } from '../secrets.js';
import { ProviderError } from './errors.js';
import { publicEndpoint } from './http/classify.js';
import type { Completion, CompletionRequest, LikelihoodRequest, LikelihoodResult, Provider } from './types.js';
import type { ModelSpec } from '../config/types.js';

export interface ReplicaOptions {
  /** Failures in a row that take a replica out. @default 3 */
  failuresToOpen?: number;
  /** How long a replica stays out the first time, ms. @default 30000 */
  cooldownMs?: number;
  /** The longest it stays out, ms. @default 300000 */
  maxCooldownMs?: number;
  now?: () => number;
}

/** Failure kinds that say the replica (not the item, not the key) is in trouble. */
const SICK = new Set(['server', 'timeout', 'connection', 'stream']);

interface ReplicaState {
  label: string;
  inFlight: number;
  failuresInRow: number;
  /** Out until this time (ms); 0 = in service. */
  outUntil: number;
  cooldownMs: number;
  /** A probe is in flight after a cooldown: no other request until it answers. */
  probing: boolean;
}

/** Routing and per-replica circuits, without any I/O (the clock is injected). */
export class ReplicaRouter {
  readonly replicas: ReplicaState[];
  private turn = 0;
  private readonly failuresToOpen: number;
  private readonly baseCooldown: number;
  private readonly maxCooldown: number;
  private readonly now: () => number;

  constructor(labels: string[], opts: ReplicaOptions = {}) {
    this.failuresToOpen = opts.failuresToOpen ?? 3;
    this.baseCooldown = opts.cooldownMs ?? 30_000;
    this.maxCooldown = opts.maxCooldownMs ?? 300_000;
    this.now = opts.now ?? Date.now;
    this.replicas = labels.map((label) => ({ label, inFlight: 0, failuresInRow: 0, outUntil: 0, cooldownMs: this.baseCooldown, probing: false }));
  }

  /** The replica for the next request (its in-flight count is taken). */
  pick(): number {
    const now = this.now();
    const n = this.replicas.length;
    let best = -1;
    for (let k = 0; k < n; k++) {
      const i = (this.turn + k) % n;
      const r = this.replicas[i]!;
      if (r.outUntil > now || r.probing) continue;
      if (best < 0 || r.inFlight < this.replicas[best]!.inFlight) best = i;
    }
    if (best < 0) {
      // Every replica is out: try the one whose time out ends first rather than fail unasked.
      best = this.replicas.reduce((b, r, i) => (r.outUntil < this.replicas[b]!.outUntil ? i : b), 0);
    }
    this.turn = (best + 1) % n;
    const r = this.replicas[best]!;
    if (r.outUntil > 0 && r.outUntil <= now) r.probing = true;
    r.inFlight++;
    return best;
  }

  /** The request sent to replica `i` ended: ok, a sign of a sick replica, or neither (e.g. a 400). */
  done(i: number, outcome: 'ok' | 'sick' | 'other'): void {
    const r = this.replicas[i]!;
    r.inFlight--;
    const wasProbe = r.probing;
    r.probing = false;
    if (outcome === 'ok') {
      r.failuresInRow = 0;
      r.outUntil = 0;
      r.cooldownMs = this.baseCooldown;
      return;
    }
    if (outcome !== 'sick') return;
    r.failuresInRow++;
    if (wasProbe) {
      r.cooldownMs = Math.min(this.maxCooldown, r.cooldownMs * 2);
      r.outUntil = this.now() + r.cooldownMs;
    } else if (r.failuresInRow >= this.failuresToOpen && r.outUntil <= this.now()) {
      r.outUntil = this.now() + r.cooldownMs;
    }
  }

  /** Replicas in service now. */
  inService(): string[] {
    const now = this.now();
    return this.replicas.filter((r) => r.outUntil <= now).map((r) => r.label);
  }
}

/** A replica's name as records and summaries show it: its URL without credentials or query. */
export function replicaLabel(url: string): string {
  return redact(publicEndpoint(url));
}

/** A Provider that routes each request to one of `replicas` (one Provider per base URL). */
export function createReplicatedProvider(spec: ModelSpec, replicas: Array<{ url: string; provider: Provider }>, opts: ReplicaOptions = {}): Provider {
  const labels = replicas.map((r) => replicaLabel(r.url));
  const router = new ReplicaRouter(labels, opts);
  /** One call on the replica the router picks; its outcome feeds that replica's circuit. */
  async function routed<T>(call: (p: Provider) => Promise<T>): Promise<{ value: T; label: string }> {
    const i = router.pick();
    try {
      const value = await call(replicas[i]!.provider);
      router.done(i, 'ok');
      return { value, label: labels[i]! };
    } catch (err) {
      const sick = err instanceof ProviderError && SICK.has(err.kind);
      router.done(i, sick ? 'sick' : 'other');
      if (err instanceof ProviderError) err.replica = labels[i]!;
      throw err;
    }
  }
  const first = replicas[0]!.provider;
  const provider: Provider = {
    spec,
    async complete(request: CompletionRequest, signal: AbortSignal): Promise<Completion> {
      const { value, label } = await routed((p) => p.complete(request, signal));
      return { ...value, replica: label };
    },
    async close() {
      await Promise.allSettled(replicas.map((r) => r.provider.close?.()));
    },
  };
  // Likelihood scoring, when the protocol has it: routed the same way (every replica runs the same code).
  if (first.loglikelihood) {
    provider.loglikelihood = async (request: LikelihoodRequest, signal: AbortSignal): Promise<LikelihoodResult> =>
      (await routed((p) => p.loglikelihood!(request, signal))).value;
  }
  if (first.likelihoodProblem) provider.likelihoodProblem = () => first.likelihoodProblem!();
  return provider;
}
