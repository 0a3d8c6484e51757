/**
 * @module test/helpers/json-schema — a small JSON Schema (draft-07) checker for the keywords
 * the test fixtures use: $ref (local), type, const, enum, properties, required,
 * additionalProperties, items, minItems, minimum, maximum, pattern, maxLength. Returns every
 * problem as `path: message`; an unknown keyword is an error, so a fixture cannot silently
 * rely on one this checker ignores.
 */
type Schema = Record<string, any>;

const KNOWN = new Set(['$ref', 'type', 'const', 'enum', 'properties', 'required', 'additionalProperties', 'items', 'minItems', 'minimum', 'maximum', 'pattern', 'maxLength', 'description', '$comment']);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

export function validate(root: Schema, schema: Schema, value: unknown, at = '$'): string[] {
  for (const k of Object.keys(schema)) if (!KNOWN.has(k)) throw new Error(`json-schema helper: unsupported keyword ${k} at ${at}`);
  if (schema.$ref) {
    const name = String(schema.$ref).replace('#/definitions/', '');
    const target = root.definitions?.[name];
    if (!target) throw new Error(`json-schema helper: no definition ${name}`);
    return validate(root, target, value, at);
  }
  const errs: string[] = [];
  const t = typeOf(value);
  if (schema.type !== undefined) {
    const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) return [`${at}: expected ${types.join(' or ')}, got ${t}`];
  }
  if ('const' in schema && value !== schema.const) errs.push(`${at}: expected ${JSON.stringify(schema.const)}, got ${JSON.stringify(value)}`);
  if (schema.enum && !schema.enum.includes(value)) errs.push(`${at}: expected one of ${schema.enum.join(', ')}, got ${JSON.stringify(value)}`);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errs.push(`${at}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) errs.push(`${at}: above ${schema.maximum}`);
  }
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern).test(value)) errs.push(`${at}: "${value}" does not match ${schema.pattern}`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) errs.push(`${at}: longer than ${schema.maxLength}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) errs.push(`${at}: fewer than ${schema.minItems} items`);
    if (schema.items) value.forEach((v, i) => errs.push(...validate(root, schema.items, v, `${at}[${i}]`)));
  }
  if (t === 'object') {
    const obj = value as Record<string, unknown>;
    for (const r of schema.required ?? []) if (!(r in obj)) errs.push(`${at}: missing required field ${r}`);
    for (const [k, v] of Object.entries(obj)) {
      const prop = schema.properties?.[k];
      if (prop) errs.push(...validate(root, prop, v, `${at}.${k}`));
      else if (schema.additionalProperties === false) errs.push(`${at}: unknown field ${k}`);
      else if (typeof schema.additionalProperties === 'object') errs.push(...validate(root, schema.additionalProperties, v, `${at}.${k}`));
    }
  }
  return errs;
}
