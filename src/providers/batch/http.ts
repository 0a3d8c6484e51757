/**
 * @module providers/batch/http — the batch APIs' plain JSON requests on the providers'
 * transport: bench's timeouts, its error classes (a 401 is an AuthError naming the key's
 * variable, a 429 a RateLimitError…), every message redacted.
 */
import { ProtocolError } from '../errors.js';
import { where, type CallContext } from '../http/classify.js';
import type { Transport } from '../http/transport.js';
import { redact } from '../../secrets.js';

/** The whole body of a request as text (a non-2xx status throws its classified error). */
export async function requestText(
  transport: Transport, ctx: CallContext, signal: AbortSignal,
  method: 'GET' | 'POST', url: string, headers: Record<string, string>, body?: string,
): Promise<string> {
  const call = transport.open(ctx, signal);
  try {
    const { chunks } = await call.send(method, url, headers, body);
    const parts: Buffer[] = [];
    for await (const c of chunks) parts.push(c);
    return Buffer.concat(parts).toString('utf8');
  } catch (err) {
    throw call.failure ?? err;
  } finally {
    call.dispose();
  }
}

/** The same, parsed as a JSON object (anything else is a ProtocolError showing the first bytes). */
export async function requestJson<T>(
  transport: Transport, ctx: CallContext, signal: AbortSignal,
  method: 'GET' | 'POST', url: string, headers: Record<string, string>, body?: string,
): Promise<T> {
  const text = await requestText(transport, ctx, signal, method, url, headers, body);
  try {
    const value = JSON.parse(text) as unknown;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as T;
  } catch {
    /* below */
  }
  throw new ProtocolError(`${where(ctx)}: ${method} ${new URL(url).pathname}: expected a JSON object, got ${JSON.stringify(redact(text.slice(0, 120)))}`);
}

/** Non-empty lines of a JSONL body, parsed; a line that is not JSON is a ProtocolError naming its number. */
export function jsonLines(text: string, ctx: CallContext, what: string): unknown[] {
  const out: unknown[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      out.push(JSON.parse(line));
    } catch {
      throw new ProtocolError(`${where(ctx)}: ${what} line ${i + 1} is not JSON: ${JSON.stringify(redact(line.slice(0, 120)))}`);
    }
  });
  return out;
}
