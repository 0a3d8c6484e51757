/** @module cli/commands/plan — `bench plan`: items needed to tell a given difference. */
import { InputError } from '../../errors.js';
import { planSampleSize } from '../../stats/plan.js';
import { printJson } from '../json.js';

export async function planCommand(opts: { margin: number; expected: number; power: number; json?: boolean }): Promise<void> {
  if (!(opts.expected > 0 && opts.expected < 1)) throw new InputError(`--expected: expected an accuracy between 0 and 1, got ${opts.expected}`);
  if (!(opts.margin > 0 && opts.margin < 100)) throw new InputError(`--margin: expected points between 0 and 100, got ${opts.margin}`);
  if (!(opts.power > 0 && opts.power < 1)) throw new InputError(`--power: expected a value between 0 and 1, got ${opts.power}`);
  const plan = planSampleSize({ marginPoints: opts.margin, expected: opts.expected, power: opts.power });
  if (opts.json) printJson({ margin_points: opts.margin, expected: opts.expected, power: opts.power, ...plan });
  else process.stdout.write(`${plan.sentence}\n`);
}
