/**
 * @module suites/template — `{{field}}` prompt templates: find their placeholders, render them, build the chat messages.
 *
 * Rules (SuiteFile in suites/types.ts): a string as is; a number or boolean via String(); an array
 * joined by newlines; an object as one `KEY. value` line per entry in key order. A missing field
 * (undefined or null) is an error, never an empty string. Substituted text is never scanned again.
 */
import { InputError } from '../errors.js';
import { sortKeys } from './key-order.js';
import type { ChatMessage, Item, Suite } from './types.js';

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * A template cut at its placeholders: `texts[i]` comes before the field `fields[i]`, and the last
 * text after the last one; `names` the distinct fields in order of first use.
 */
interface Compiled {
  names: readonly string[];
  texts: readonly string[];
  fields: readonly string[];
}

/** Each template compiled once: the loader asks for every item, the prompt for every job. */
const found = new Map<string, Compiled>();

function compiled(template: string): Compiled {
  let c = found.get(template);
  if (c === undefined) {
    const texts: string[] = [];
    const fields: string[] = [];
    let at = 0;
    for (const m of template.matchAll(PLACEHOLDER)) {
      texts.push(template.slice(at, m.index));
      fields.push(m[1]!);
      at = m.index + m[0].length;
    }
    texts.push(template.slice(at));
    c = { names: Object.freeze([...new Set(fields)]), texts, fields };
    if (found.size >= 256) found.clear();
    found.set(template, c);
  }
  return c;
}

/** The distinct field names a template uses, in order of first use (shared and frozen: do not change it). */
export function placeholders(template: string): readonly string[] {
  return compiled(template).names;
}

/** The placeholders of `template` that `fields` lacks (undefined or null). */
export function missingFields(template: string, fields: Record<string, unknown>): string[] {
  return placeholders(template).filter((f) => fields[f] === undefined || fields[f] === null);
}

/** Renders `template` with `fields`; `where` names the item in the error a missing field raises. */
export function renderTemplate(template: string, fields: Record<string, unknown>, where: string | (() => string)): string {
  const c = compiled(template);
  for (const f of c.names) {
    if (fields[f] === undefined || fields[f] === null) {
      throw new InputError(`${typeof where === 'string' ? where : where()}: template uses {{${f}}} but the item has no field "${f}"`, { code: 'TEMPLATE_FIELD' });
    }
  }
  // Each field's text goes in as it is, never scanned again (as a replace with a function does).
  let out = c.texts[0]!;
  for (let i = 0; i < c.fields.length; i++) out += renderValue(fields[c.fields[i]!]) + c.texts[i + 1]!;
  return out;
}

/** One field's value as prompt text. */
export function renderValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map(renderValue).join('\n');
  if (value !== null && typeof value === 'object') {
    return sortKeys(Object.keys(value))
      .map((k) => `${k}. ${renderValue((value as Record<string, unknown>)[k])}`)
      .join('\n');
  }
  return String(value);
}

/**
 * The fields a template sees for an item: the item's own, plus the suite's `labels` when the
 * item has none (so a label suite may write `{{labels}}`).
 */
export function templateFields(suite: Pick<Suite, 'scorer'>, fields: Record<string, unknown>): Record<string, unknown> {
  return fields.labels === undefined && suite.scorer.labels !== undefined ? { ...fields, labels: suite.scorer.labels } : fields;
}

/** [system] + per few-shot example (user, assistant) + user: the item. */
export function renderMessages(suite: Suite, item: Item): ChatMessage[] {
  const messages: ChatMessage[] = [];
  if (suite.system !== undefined && suite.system !== '') messages.push({ role: 'system', content: suite.system });
  suite.fewshot.forEach((ex, i) => {
    messages.push({ role: 'user', content: renderTemplate(suite.template, templateFields(suite, ex.fields), `suite ${suite.name} fewshot[${i}]`) });
    messages.push({ role: 'assistant', content: ex.output });
  });
  messages.push({ role: 'user', content: renderTemplate(suite.template, templateFields(suite, item), () => `suite ${suite.name} item "${item.id}"`) });
  return messages;
}
