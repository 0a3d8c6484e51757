/**
 * @module runner/slices — which item fields each suite of a run is sliced by, with every
 * item's values, read from the run folder's suite snapshots: the suite's own `slices`, or
 * the one field of `--by` (which replaces them, for the suites whose items carry it).
 */
import path from 'node:path';
import { InputError } from '../errors.js';
import { NO_VALUE, type SliceField } from '../stats/slices.js';
import { readSliceValues, suiteYamlOf } from '../suites/slices.js';

/** suite name → slice fields; an error when `by` is given and no suite's items carry it. */
export async function loadSliceFields(runDir: string, suites: readonly string[], by?: string): Promise<Map<string, SliceField[]>> {
  const out = new Map<string, SliceField[]>();
  for (const name of suites) {
    const dir = path.join(runDir, 'suites', name);
    const fields = by !== undefined ? [by] : (await suiteYamlOf(dir)).slices ?? [];
    if (!fields.length) continue;
    const values = await readSliceValues(dir, fields).catch(() => null);
    if (!values) continue;
    const usable = fields
      .map((field) => ({ field, values: values.get(field)! }))
      .filter((f) => [...f.values.values()].some((v) => v.some((x) => x !== NO_VALUE)));
    if (usable.length) out.set(name, usable);
  }
  if (by !== undefined && out.size === 0) {
    throw new InputError(`--by ${by}: no item of ${suites.length === 1 ? `suite ${suites[0]}` : `suites ${suites.join(', ')}`} has a field "${by}" (a string or a list of strings) to slice by`);
  }
  return out;
}
