import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

/** A stream that keeps what is written (not a TTY: plain progress lines). */
function sink(): NodeJS.WriteStream & { text: string } {
  const s = { text: '', isTTY: false, write(chunk: string) { s.text += chunk; return true; } };
  return s as unknown as NodeJS.WriteStream & { text: string };
}

describe('progress line', () => {
  it('shows each adaptive model\'s current in-flight limit, updated as it changes', () => {
    const stream = sink();
    const p = createProgress({ total: 10, done: 0, enabled: true, stream });
    p.setLimit('qwen', 12);
    p.setLimit('qwen', 6);
    p.setLimit('llama', 4);
    p.stop();
    expect(stream.text).toMatch(/^progress: 0\/10 .* · limit qwen=6 llama=4 · ETA/m);
  });

  it('says nothing about limits when no model adapts', () => {
    const stream = sink();
    const p = createProgress({ total: 1, done: 0, enabled: true, stream });
    p.stop();
    expect(stream.text).toContain('progress: 0/1');
    expect(stream.text).not.toContain('limit');
  });
});
