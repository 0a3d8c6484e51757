/** @module store/run-data — a finished run folder read back: manifest, summary, records (outputs dropped). */
import fs from 'node:fs';
import path from 'node:path';
import { readManifest, RECORDS, SUMMARY } from './run-dir.js';
import { readRecords } from './records.js';
import { InputError } from '../errors.js';
import type { Manifest, RunRecord, Summary } from './types.js';

export interface RunData {
  dir: string;
  manifest: Manifest;
  summary: Summary;
  records: RunRecord[];
}

export async function loadRunData(dir: string): Promise<RunData> {
  const manifest = readManifest(dir);
  const summaryFile = path.join(dir, SUMMARY);
  if (!fs.existsSync(summaryFile)) {
    throw new InputError(`${dir} has no ${SUMMARY} (the run never finished); run \`bench report ${dir}\` first.`);
  }
  const summary = JSON.parse(fs.readFileSync(summaryFile, 'utf8')) as Summary;
  const records: RunRecord[] = [];
  // Probe variants (rotated options, likelihood) never enter comparisons between runs or baselines.
  for await (const r of readRecords(path.join(dir, RECORDS), { dropOutput: true, onTorn: () => undefined })) if (!r.variant) records.push(r);
  return { dir, manifest, summary, records };
}
