/**
 * @module scorers/choice-values — a computed value that ends a reply, matched with options that are values.
 *
 * Where every option is a value ("3/8", "12.68%", "$1,102.50", "0.42"), a reader takes the
 * value a reply's last line arrives at — after its last "=" or "≈", or the line itself when it is
 * only a value — and compares it by value, not by its digits: "0.375" is 3/8, "0.75" is 3/4,
 * "≈ 12.7%" is the option 12.68% (the only one that rounds to it), "0.05" among percents is 5%. The operands before the "="
 * name nothing ("3 × (1/2)^3 = 0.375" does not choose 1/2), so a result that is no option's value
 * ("1000 × (1 + 0.05 × 2) = $1,100" among $1,000, $1,050, …) commits to none. A line that offers
 * values as alternatives ("x = 2 or x = 3") is left to the other tiers.
 */
import type { Evidence } from './choice-evidence.js';

/** A value: an optional sign and currency, digits with thousands commas and decimals, or a fraction; then an optional percent sign. */
const VALUE = String.raw`[-+−]?\s*[$€£¥]?\s*(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:\s*\/\s*\d+)?\s*%?`;
/** A unit after a value ("mg", "mmol/L", "per year", "°C"): words of letters, never "option …" or a lone letter. */
const UNIT = String.raw`(?:(?!(?:option|choice|answer)\b)[\p{L}°µ][\p{L}°µ/^]+|°[CF]|%)`;
const OPTION_VALUE = new RegExp(`^\\s*(${VALUE})\\s*(?:${UNIT}(?:\\s+${UNIT}){0,2})?\\s*$`, 'iu');
/** The last line's result: after its last "=", "≈" or "~" (a closing aside in brackets and a full stop left out), or the line alone. */
const RESULT = new RegExp(`(?:^|[=≈~])\\s*(${VALUE})\\s*(?:${UNIT}(?:\\s+${UNIT}){0,2})?\\s*(?:\\([^()\\n]*\\))?\\s*[.!]?\\s*$`, 'iu');

interface Value { value: number; decimals: number; percent: boolean }

/** The number a value's text stands for ("3/8" → 0.375, "$1,102.50" → 1102.5, "12.7%" → 12.7 with its percent sign), or null. */
function parseValue(text: string): Value | null {
  const t = text.replace(/\s+/g, '').replace('−', '-');
  if (!/\d/.test(t)) return null;
  const percent = t.endsWith('%');
  const body = t.replace(/[$€£¥%]/g, '').replace(/,/g, '');
  const frac = /^([-+]?\d+)\/(\d+)$/.exec(body);
  if (frac) return Number(frac[2]) === 0 ? null : { value: Number(frac[1]) / Number(frac[2]), decimals: Infinity, percent };
  if (!/^[-+]?(?:\d+(?:\.\d+)?|\.\d+)$/.test(body)) return null;
  return { value: Number(body), decimals: (body.split('.')[1] ?? '').length, percent };
}

/** The options' values, or null unless every option is one. */
function optionValues(ev: Evidence): Array<{ letter: string; v: Value }> | null {
  const out: Array<{ letter: string; v: Value }> = [];
  for (const [i, text] of ev.texts.entries()) {
    const m = OPTION_VALUE.exec(text);
    const v = m ? parseValue(m[1]!) : null;
    if (v === null) return null;
    out.push({ letter: ev.letters[i]!, v });
  }
  return out;
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The option whose value the last line arrives at (`letter`), `none` when that value is no
 * option's, or null when the options are not values or the line states no single result.
 */
export function computedValue(lines: string[], ev: Evidence): { letter: string } | 'none' | null {
  const last = lines[lines.length - 1];
  if (last === undefined || last.length > 300 || /\bor\b|\?/.test(last)) return null;
  const options = optionValues(ev);
  if (options === null) return null;
  const m = RESULT.exec(last);
  // the line alone, or after a sign: "P = 0.375", "≈ 12.7%", "0.75"
  if (m === null || (m.index === 0 && !/^[=≈~]/.test(m[0]) && !/^\s*[-+−$€£¥\d.]/.test(last))) return null;
  const said = parseValue(m[1]!);
  if (said === null) return null;
  // equal values first ("0.375" for 3/8), then the one option that rounds to the reply's precision ("≈ 12.7%" for 12.68%)
  const same = options.filter((o) => o.v.percent === said.percent && close(o.v.value, said.value));
  if (same.length === 1) return { letter: same[0]!.letter };
  if (same.length > 1) return null;
  // "r = 10 / 200 = 0.05" among percents: the same quantity as 5%
  const asPercent = !said.percent && options.every((o) => o.v.percent) ? options.filter((o) => close(o.v.value, said.value * 100)) : [];
  if (asPercent.length === 1) return { letter: asPercent[0]!.letter };
  const rounded = Number.isFinite(said.decimals)
    ? options.filter((o) => o.v.percent === said.percent && o.v.decimals > said.decimals && close(Number(o.v.value.toFixed(said.decimals)), said.value))
    : [];
  if (rounded.length === 1 && /[≈~]|approx/i.test(last)) return { letter: rounded[0]!.letter };
  // a fraction option rounded in decimals ("0.33" for 1/3)
  const decimal = options.filter((o) => !Number.isFinite(o.v.decimals) && !said.percent && Number.isFinite(said.decimals) && said.decimals >= 2 && close(Number(o.v.value.toFixed(said.decimals)), said.value));
  if (decimal.length === 1) return { letter: decimal[0]!.letter };
  return rounded.length === 0 && decimal.length === 0 ? 'none' : null;
}
