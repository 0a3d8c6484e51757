/**
 * @module store/batches — `batches.json` in a run folder: the batches a `--batch` run submitted,
 * each with its provider-side id and which job each of its requests is (custom_id → suite,
 * item, sample, variant).
 *
 * It is written whole and atomically (temp file + rename) before a batch is submitted
 * (`status: submitting`, no id yet), again with OpenAI's input file id once uploaded, and with
 * the batch id as soon as the provider answers — before it is first polled, so a process killed while waiting resumes polling the same batch
 * instead of submitting (and paying for) its requests again. A batch whose results were
 * recorded is marked `collected_at`. Nothing secret goes in: ids and job keys only (and the
 * text passes through `redactDeep` as everything bench writes does).
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { redactDeep } from '../secrets.js';
import { writeFileAtomic } from './atomic.js';

export const BATCHES = 'batches.json';

const JobRefSchema = z.strictObject({ suite: z.string(), item_id: z.string(), sample: z.number().int().min(0), variant: z.string().optional() });

const EntrySchema = z.strictObject({
  model: z.string(),
  provider: z.string(),
  /** '' while `status` is `submitting`: saved before the provider was asked, so a kill mid-submission is known. */
  id: z.string(),
  /** Other provider-side ids (OpenAI's input file). */
  handles: z.record(z.string(), z.string()),
  submitted_at: z.string(),
  /** The last status seen. */
  status: z.string(),
  collected_at: z.string().nullable(),
  requests: z.record(z.string(), JobRefSchema),
});

const StateSchema = z.strictObject({ schema_version: z.literal(1), batches: z.array(EntrySchema) });

export type BatchJobRef = z.infer<typeof JobRefSchema>;
export type BatchEntry = z.infer<typeof EntrySchema>;
export type BatchState = z.infer<typeof StateSchema>;

/** The run folder's batch state (empty when it has none); a file bench cannot read is bad input naming it. */
export function readBatchState(runDir: string): BatchState {
  const file = path.join(runDir, BATCHES);
  if (!fs.existsSync(file)) return { schema_version: 1, batches: [] };
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new InputError(`${file}: not valid JSON (${(err as Error).message}); it lists the batches this run submitted — restore it, or start a new run`);
  }
  const parsed = StateSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(`${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Batches of `model` whose results are not recorded yet. */
export function pendingBatches(state: BatchState, model?: string): BatchEntry[] {
  return state.batches.filter((b) => b.collected_at === null && (model === undefined || b.model === model));
}

/** The state file of one run, written atomically after each change; changes from models running in parallel are serialized. */
export class BatchStateFile {
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly runDir: string, readonly state: BatchState) {}

  /** A new batch, saved before it is first polled. */
  add(entry: BatchEntry): Promise<void> {
    return this.change(() => void this.state.batches.push(entry));
  }

  /** [submitting] Ids of what was uploaded so far (OpenAI's input file), by which the batch can be found again. */
  setHandles(entry: BatchEntry, handles: Record<string, string>): Promise<void> {
    return this.change(() => void (entry.handles = { ...entry.handles, ...handles }));
  }

  /** The provider accepted the batch: its id. */
  submitted(entry: BatchEntry, id: string, handles: Record<string, string>): Promise<void> {
    return this.change(() => {
      entry.id = id;
      entry.handles = { ...entry.handles, ...handles };
      entry.status = 'submitted';
    });
  }

  /** The batch was never created (refused, or not found after a kill mid-submission): its jobs are free to go in another. */
  abandon(entry: BatchEntry): Promise<void> {
    return this.change(() => {
      entry.status = 'not_submitted';
      entry.collected_at = new Date().toISOString();
    });
  }

  /** The batch's last status (saved when it changed). */
  setStatus(id: string, status: string): Promise<void> {
    const entry = this.state.batches.find((b) => b.id === id);
    if (!entry || entry.status === status) return this.chain;
    return this.change(() => void (entry.status = status));
  }

  /** Every result of the batch is recorded. */
  collected(id: string): Promise<void> {
    return this.change(() => {
      const entry = this.state.batches.find((b) => b.id === id);
      if (entry) entry.collected_at = new Date().toISOString();
    });
  }

  private change(fn: () => void): Promise<void> {
    const next = this.chain.then(async () => {
      fn();
      await writeFileAtomic(path.join(this.runDir, BATCHES), JSON.stringify(redactDeep(this.state), null, 2) + '\n');
    });
    this.chain = next.catch(() => undefined);
    return next;
  }
}
