/**
 * @module config/load — models.yaml → validated ModelSpecs: every problem reported with file:line:column, then stop.
 */
import path from 'node:path';
import { InputError } from '../errors.js';
import { interpolate, pathKey } from './interpolate.js';
import { issueProblems, keysAt, leafTypeAt } from './issues.js';
import { ModelsFileSchema, type ModelEntry } from './schema.js';
import { nearest } from './suggest.js';
import { azureProblem } from './azure.js';
import { at, formatPath, lineOf, offsetOf, problemsError, readYaml, yamlData, yamlFromData, type Path, type Problem, type YamlFile } from './yaml.js';
import { ONCE } from './fields.js';
import type { GenParams, ModelSpec } from './types.js';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const KEY_WORDS = new Set(['api_key', 'apikey', 'key', 'token', 'api_token', 'secret']);

/**
 * Loads models.yaml. `${VAR}`s are replaced from `env`; each model's key is read from the
 * variable its `api_key_env` names (hosted OpenAI: OPENAI_API_KEY by default). Throws
 * InputErrors listing every problem; no message ever contains a key's value.
 */
export async function loadModels(file: string, env: NodeJS.ProcessEnv = process.env): Promise<ModelSpec[]> {
  return modelsFromYaml(await readYaml(file, 'pass --models <file> to use another'), env, file);
}

/**
 * The same as `loadModels` for a models.yaml given as data (`{ models: [...] }`, as the file
 * parses): the same checks and messages, lines counted in the data written as YAML.
 * Relative gguf paths are relative to the working folder.
 */
export function modelsFromConfig(config: unknown, env: NodeJS.ProcessEnv = process.env, label = 'models'): ModelSpec[] {
  return modelsFromYaml(yamlFromData(config, label), env, path.join(process.cwd(), 'models.yaml'));
}

function modelsFromYaml(y: YamlFile, env: NodeJS.ProcessEnv, file: string): ModelSpec[] {
  const interp = interpolate(y.doc, env, (p) => leafTypeAt(ModelsFileSchema, p));
  const name = namer(y);
  const problems: Problem[] = interp.missing.map((m) => ({
    pos: m.offset,
    text: `${at(y, m.offset)} ${name(m.path)}: environment variable ${m.name} is not set (export it, or write \${${m.name}:-default})`,
  }));
  const unset = new Set(interp.missing.map((m) => pathKey(m.path)));
  const data = yamlData(y);
  const parsed = ModelsFileSchema.safeParse(data, ONCE);
  if (!parsed.success) {
    const issues = parsed.error.issues.filter((i) => !unset.has(pathKey(i.path)));
    problems.push(...issueProblems(issues, { file: y, data, schema: ModelsFileSchema, name, conceal: concealer(interp.sources), unknownKeyHint }));
  }
  const raw = (data as { models?: unknown }).models;
  problems.push(...checkModels(Array.isArray(raw) ? raw : [], y, env, name));
  if (problems.length > 0 || !parsed.success) throw problemsError(`${y.label} has errors`, problems);
  return parsed.data.models.map((m, i) => toSpec(m, i, y, env, file));
}

/** `models[1] (id: coder-1.5b) .price.input_per_mtok` */
function namer(y: YamlFile): (p: Path) => string {
  return (p) => {
    if (p.length === 0) return '(top level)';
    if (p[0] !== 'models' || typeof p[1] !== 'number') return formatPath(p).slice(1);
    const id = y.doc.getIn(['models', p[1], 'id']);
    const head = `models[${p[1]}]${typeof id === 'string' || typeof id === 'number' ? ` (id: ${id})` : ''}`;
    const rest = formatPath(p.slice(2));
    return rest ? `${head} ${rest}` : head;
  };
}

function concealer(sources: Map<string, string[]>): (p: Path) => string | undefined {
  return (p) => {
    const vars = sources.get(pathKey(p));
    if (vars) return `the value of ${vars.map((v) => `\${${v}}`).join(', ')}`;
    if (p[p.length - 1] === 'api_key_env') return 'a value not shown here (it may be a key)';
    return undefined;
  };
}

function unknownKeyHint(p: Path, key: string): string | undefined {
  const valid = keysAt(ModelsFileSchema, p);
  if (nearest(key, valid)) return undefined;
  if (typeof p[1] === 'number' && p.length === 2 && KEY_WORDS.has(key.toLowerCase())) {
    return 'keys never go in models.yaml: put the key in an environment variable and name that variable in `api_key_env`';
  }
  if (p[p.length - 1] === 'params') return `valid keys: ${valid.join(', ')}; put other endpoint parameters under \`params.extra\``;
  return undefined;
}

/** The variable holding a model's key, when it needs one. */
function keyVariable(m: Record<string, unknown>): string | undefined {
  if (typeof m.api_key_env === 'string') return m.api_key_env;
  if (m.provider === 'azure-openai') return 'AZURE_OPENAI_API_KEY';
  if (m.base_url !== undefined) return undefined;
  return m.provider === 'openai' ? 'OPENAI_API_KEY' : m.provider === 'anthropic' ? 'ANTHROPIC_API_KEY' : undefined;
}

/** Rules across fields and models: unique ids, provider-specific fields, keys present in the environment. */
function checkModels(models: unknown[], y: YamlFile, env: NodeJS.ProcessEnv, name: (p: Path) => string): Problem[] {
  const problems: Problem[] = [];
  const add = (p: Path, text: string): void => {
    const pos = offsetOf(y.doc, p);
    problems.push({ pos, text: `${at(y, pos)} ${name(p)}: ${text}` });
  };
  const seen = new Map<string, number>();
  models.forEach((entry, i) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return;
    const m = entry as Record<string, unknown>;
    if (typeof m.id === 'string') {
      const first = seen.get(m.id);
      if (first === undefined) seen.set(m.id, i);
      else add(['models', i, 'id'], `duplicate id "${m.id}" (first defined at ${at(y, offsetOf(y.doc, ['models', first, 'id']))}); ids must be unique`);
    }
    if (m.provider === 'gguf') {
      if (m.base_url !== undefined) add(['models', i, 'base_url'], 'gguf models run inside bench: remove base_url (or use provider openai for a llama.cpp server)');
      if (m.api_key_env !== undefined) add(['models', i, 'api_key_env'], 'gguf models need no key: remove api_key_env');
      if (m.concurrency === 'auto' || m.max_concurrency !== undefined) add(['models', i, m.max_concurrency !== undefined ? 'max_concurrency' : 'concurrency'], 'gguf models run one request at a time in this process: adaptive concurrency applies to servers only');
    } else if (m.threads !== undefined) {
      add(['models', i, 'threads'], 'threads applies to gguf models only');
    }
    if (m.provider === 'anthropic' && !hasMaxTokens(m.params)) {
      add(['models', i, ...(m.params === undefined ? [] : ['params'])], 'the Messages API requires max_tokens: set params.max_tokens (e.g. 1024)');
    }
    if (typeof m.concurrency === 'number' && typeof m.max_concurrency === 'number' && m.max_concurrency < m.concurrency) {
      add(['models', i, 'max_concurrency'], `expected max_concurrency ≥ concurrency (${m.concurrency}): the adaptive limit starts at concurrency and never goes above max_concurrency`);
    }
    if (m.provider === 'azure-openai') {
      const why = azureProblem(m.base_url);
      if (why !== undefined) add(['models', i, ...(m.base_url === undefined ? [] : ['base_url'])], why);
    }
    const variable = keyVariable(m);
    if (variable === undefined || !ENV_NAME.test(variable) || m.provider === 'gguf') return;
    const value = env[variable];
    if (value === undefined || value.trim() === '') {
      const state = value === undefined ? 'is not set' : 'is empty';
      const hosted = m.provider === 'anthropic' ? 'Anthropic' : m.provider === 'azure-openai' ? 'Azure OpenAI' : 'OpenAI';
      const why = m.api_key_env === undefined ? ` (hosted ${hosted} needs a key: export it, name another variable in api_key_env, or set base_url for a local server)` : '';
      add(['models', i, ...(m.api_key_env === undefined ? [] : ['api_key_env'])], `the key variable ${variable} ${state}${why}`);
    }
  });
  return problems;
}

function hasMaxTokens(params: unknown): boolean {
  return params !== null && typeof params === 'object' && (params as { max_tokens?: unknown }).max_tokens !== undefined;
}

function toSpec(m: ModelEntry, i: number, y: YamlFile, env: NodeJS.ProcessEnv, file: string): ModelSpec {
  const variable = m.provider === 'gguf' ? undefined : keyVariable(m);
  const spec: ModelSpec = {
    id: m.id,
    provider: m.provider,
    model: m.provider === 'gguf' ? ggufPath(m.model, file) : m.model,
    params: toParams(m.params),
    concurrency: concurrencyOf(m),
    timeout_s: m.timeout_s ?? 120,
    source: `${y.label}:${lineOf(y, offsetOf(y.doc, ['models', i]))}`,
  };
  if (typeof m.base_url === 'string') spec.base_url = m.base_url;
  else if (m.base_url !== undefined) {
    spec.base_url = m.base_url[0]!;
    if (m.base_url.length > 1) spec.replicas = [...m.base_url];
  }
  if (m.concurrency === 'auto' || m.max_concurrency !== undefined) spec.adaptive = { max: m.max_concurrency ?? DEFAULT_MAX_CONCURRENCY };
  if (m.headers !== undefined) spec.headers = m.headers;
  if (variable !== undefined) {
    spec.api_key_env = variable;
    spec.api_key = env[variable];
  }
  if (m.params_b !== undefined) spec.params_b = m.params_b;
  if (m.tuned !== undefined) spec.tuned = m.tuned;
  if (m.price !== undefined) spec.price = m.price;
  if (m.rpm !== undefined) spec.rpm = m.rpm;
  if (m.threads !== undefined) spec.threads = m.threads;
  return spec;
}

/** The ceiling of `concurrency: auto` without `max_concurrency`. */
const DEFAULT_MAX_CONCURRENCY = 64;

/** Requests in flight at the start: the number given; adaptive without one starts at min(4, max). */
function concurrencyOf(m: ModelEntry): number {
  if (typeof m.concurrency === 'number') return m.concurrency;
  if (m.concurrency === 'auto' || m.max_concurrency !== undefined) return Math.min(4, m.max_concurrency ?? DEFAULT_MAX_CONCURRENCY);
  return m.provider === 'gguf' ? 1 : 4;
}

/** Known parameters plus `extra` flattened into one object (known ones win); `stop` always a list. */
function toParams(p: ModelEntry['params']): GenParams {
  if (!p) return {};
  const { extra, stop, ...known } = p;
  const out: GenParams = { ...(extra ?? {}) };
  for (const [k, v] of Object.entries(known)) if (v !== undefined) out[k] = v;
  if (stop !== undefined) out.stop = typeof stop === 'string' ? [stop] : stop;
  return out;
}

/** A relative gguf file path is relative to models.yaml; `hf:` refs and URLs are kept. */
function ggufPath(model: string, file: string): string {
  if (path.isAbsolute(model) || /^[a-z][a-z0-9+.-]*:/i.test(model)) return model;
  return path.resolve(path.dirname(file), model);
}
