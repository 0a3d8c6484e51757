/**
 * @module config/schema — the zod schemas of models.yaml (CONTRACT.md); the JSON Schema in schemas/ is generated from them.
 */
import { z } from 'zod';
import { above0, atLeast0, httpUrl, oneOf, range, text, whole, wholeAtLeast1 } from './fields.js';

export const PROVIDERS = ['openai', 'azure-openai', 'anthropic', 'ollama', 'gguf'] as const;

/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Generation parameters bench knows; anything else goes under `extra` and is passed through untouched. */
export const ParamsSchema = z
  .strictObject({
    temperature: range(0, 2).optional(),
    top_p: range(0, 1).optional(),
    top_k: wholeAtLeast1().optional(),
    min_p: range(0, 1).optional(),
    max_tokens: wholeAtLeast1('a whole number ≥ 1 (the most tokens to generate)').optional(),
    max_completion_tokens: wholeAtLeast1('a whole number ≥ 1 (reasoning models: the most tokens to generate, reasoning included)').optional(),
    reasoning_effort: oneOf(['none', 'minimal', 'low', 'medium', 'high', 'xhigh']).optional().describe('Reasoning models: how much to think before answering.'),
    seed: whole().optional(),
    stop: z.union([z.string(), z.array(z.string())], { error: 'expected a string or a list of strings' }).optional(),
    num_ctx: wholeAtLeast1('a whole number ≥ 1 (Ollama context window, tokens)').optional(),
    frequency_penalty: range(-2, 2).optional(),
    presence_penalty: range(-2, 2).optional(),
    repeat_penalty: above0().optional(),
    extra: z.record(z.string(), z.unknown(), { error: 'expected a mapping of other endpoint parameters' }).optional()
      .describe('Other parameters, passed to the endpoint untouched.'),
  })
  .describe('Generation parameters sent with every request.');

export const PriceSchema = z
  .strictObject({
    input_per_mtok: atLeast0().optional().describe('USD per million input tokens (hosted).'),
    output_per_mtok: atLeast0().optional().describe('USD per million output tokens (hosted).'),
    per_hour: atLeast0().optional().describe('USD per hour of the machine (local).'),
    batch_discount: range(0, 1).optional().describe('bench run --batch: the fraction taken off the token prices for requests sent through the provider\'s batch API (default 0.5: half price).'),
  })
  .superRefine((p, ctx) => {
    const perToken = p.input_per_mtok !== undefined || p.output_per_mtok !== undefined;
    if (perToken && p.per_hour !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'expected either input_per_mtok + output_per_mtok (hosted) or per_hour (local), not both' });
    } else if (!perToken && p.per_hour === undefined) {
      ctx.addIssue({ code: 'custom', message: 'expected input_per_mtok + output_per_mtok (hosted) or per_hour (local)' });
    } else if (perToken && (p.input_per_mtok === undefined || p.output_per_mtok === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'expected both input_per_mtok and output_per_mtok' });
    }
  })
  .describe('Hosted: USD per million tokens; local: USD per hour of the machine.');

export const ModelSchema = z.strictObject({
  id: z
    .string({ error: 'expected a non-empty id without spaces' })
    .regex(/^[^\s\u0000-\u001f\u007f]{1,100}$/, { error: 'expected a non-empty id without spaces' })
    .describe('Unique; used in every report.'),
  provider: oneOf(PROVIDERS).describe('openai (any OpenAI-compatible server) | azure-openai | anthropic (Messages API) | ollama | gguf'),
  model: text().describe('The name the endpoint knows (gguf: a file path, relative to models.yaml).'),
  base_url: z
    .union([httpUrl(), z.array(httpUrl(), { error: 'expected an http(s) URL or a list of them (replicas)' }).min(1, { error: 'expected at least one URL' })], {
      error: 'expected an http(s) URL like http://127.0.0.1:11434/v1, or a list of them (replicas of one model)',
    })
    .optional()
    .describe('Endpoint URL; omit for hosted OpenAI. A list: replicas serving the same model (requests go to the least busy).'),
  headers: z
    .record(z.string(), z.string({ error: 'expected a string (use ${VAR} for a secret)' }), { error: 'expected a mapping of header name to value' })
    .superRefine((headers, ctx) => {
      for (const name of Object.keys(headers)) {
        if (!HEADER_NAME.test(name)) ctx.addIssue({ code: 'custom', path: [name], message: `expected an HTTP header name (letters, digits, -), got "${name}"` });
      }
    })
    .optional()
    .describe('Extra HTTP headers sent with every request (values may use ${VAR}); every value is treated as a secret.'),
  api_key_env: z
    .string({ error: 'expected the name of an environment variable' })
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'expected the NAME of an environment variable (letters, digits, _), not the key itself' })
    .optional()
    .describe('The variable holding the key; the key itself never goes in this file.'),
  params: ParamsSchema.optional(),
  params_b: above0('a number > 0 (parameters, in billions)').optional().describe('Parameter count in billions.'),
  tuned: oneOf(['domain', 'generic']).optional().describe('domain (fine-tuned on the suite\'s domain) | generic'),
  price: PriceSchema.optional(),
  concurrency: z
    .union([wholeAtLeast1(), z.literal('auto')], { error: 'expected a whole number ≥ 1 or auto (adaptive)' })
    .optional()
    .describe('Requests in flight to this endpoint (default 4; gguf 1); auto: adaptive (AIMD on 429/503) up to max_concurrency.'),
  max_concurrency: wholeAtLeast1()
    .optional()
    .describe('Adaptive concurrency: the most requests in flight; the limit halves on 429/503 and grows back by one per window of successes (default with concurrency: auto: 64).'),
  rpm: above0().optional().describe('Requests-per-minute ceiling.'),
  timeout_s: above0('a number of seconds > 0').optional().describe('Per-request timeout in seconds (default 120).'),
  threads: wholeAtLeast1().optional().describe('gguf: CPU threads for generation.'),
});

export const ModelsFileSchema = z
  .strictObject({
    models: z.array(ModelSchema, { error: 'expected a list of models' }).min(1, { error: 'expected at least one model' }),
  })
  .meta({ title: 'bench models.yaml', description: 'The models bench compares (see CONTRACT.md).' });

export type ModelsFile = z.infer<typeof ModelsFileSchema>;
export type ModelEntry = z.infer<typeof ModelSchema>;
