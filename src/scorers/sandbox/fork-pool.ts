/**
 * @module scorers/sandbox/fork-pool — the idle candidate servers of a pool (one per busy worker
 * at most), and whether this machine lets them fork programs into namespaces of their own.
 * Where it does not (the server reports it cannot build them: an architecture without a seccomp
 * table here, nested user namespaces refused), checks fall back to a sandbox per program.
 */
import { CandidateServer } from './candidate-server.js';
import type { LaunchPlan } from './types.js';

/** A server that has not said whether it can fork programs by then is taken as unable to. */
const READY_MS = 15_000;

export class ForkPool {
  private readonly idle: CandidateServer[] = [];
  private closed = false;
  /** null until a server started; then whether servers fork programs here. */
  usable: boolean | null = null;
  /** Why they do not (the server's own error output), when `usable` is false. */
  reason = '';

  /** `plan` gives the server's launch plan, or null when there is no sandbox to start it in. */
  constructor(private readonly plan: (cpuS: number) => LaunchPlan | null) {}

  /** A ready server for one program, or null: then the program gets a sandbox of its own. */
  async take(cpuS: number): Promise<CandidateServer | null> {
    if (this.usable === false || this.closed) return null;
    while (this.idle.length > 0) {
      const s = this.idle.pop()!;
      if (!s.dead) return s;
      drop(s);
    }
    const plan = this.plan(cpuS);
    if (plan === null) return null;
    const server = new CandidateServer(plan, '/');
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), READY_MS); });
    const ready = await Promise.race([server.ready, late]);
    clearTimeout(timer);
    if (ready) {
      this.usable = true;
      return server;
    }
    drop(server);
    if (!this.closed && this.usable === null) {
      this.usable = false;
      await server.ended;
      this.reason = server.errors.text().trim();
    }
    return null;
  }

  /** Keeps a server whose item ended cleanly for the next program; ends any other. */
  give(server: CandidateServer): void {
    server.release();
    if (!server.dead && server.clean && !this.closed) this.idle.push(server);
    else drop(server);
  }

  close(): void {
    this.closed = true;
    for (const s of this.idle.splice(0)) drop(s);
  }
}

function drop(server: CandidateServer): void {
  server.kill();
  server.destroy();
}
