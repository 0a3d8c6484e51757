import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const HEAP = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../dist/cli/heap.js')).href;

/**
 * In a fresh Node process (V8's flags are the process's): `setup` runs, then ≈ 130 MB of
 * short-lived objects are allocated while 4 MB of them survive a while, in turns of 256 objects
 * with the event loop turning between them (as a run's dispatcher does); prints the largest size
 * the young generation (V8's `new_space`, both semi-spaces) had at the end of a turn, in MB.
 *
 * The largest, not the last: V8's memory reducer may shrink the young generation again when the
 * allocation rate looks low — as it does on a loaded machine, where the process is starved of CPU
 * (seen: 1 MB at the end where the run held 2; 4 where it held 8) — and a shrink after the fact
 * says nothing about how far the sizing let it grow, which is what these tests are about.
 */
function youngGenerationAfter(setup: string): number {
  const script = `
    const heap = await import(${JSON.stringify(HEAP)});
    const v8 = await import('node:v8');
    ${setup}
    const young = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 1048576;
    let largest = young();
    const keep = new Array(4096);
    for (let i = 0; i < 131072; i++) {
      keep[i % 4096] = { i, s: 'x'.repeat(1000) + i };
      if (i % 256 === 255) {
        largest = Math.max(largest, young());
        await new Promise((r) => setImmediate(r));
      }
    }
    process.stdout.write(String(Math.max(largest, young())));`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

describe("bench run's heap sizing (cli/heap)", () => {
  it('keeps the young generation at its start-up size until the run is sized', () => {
    expect(youngGenerationAfter('heap.holdHeapSmall();')).toBeLessThanOrEqual(2);
  });

  it("gives a small run V8's default growth back", () => {
    expect(youngGenerationAfter('heap.holdHeapSmall(); heap.sizeHeapForRun(2000);')).toBeGreaterThan(8);
  });

  it('grows a large run to 4 MB a semi-space and holds it there', () => {
    expect(youngGenerationAfter(`heap.holdHeapSmall(); heap.sizeHeapForRun(heap.LARGE_RUN_JOBS);`)).toBe(8);
  });

  it('stops its growth check when the run ends before the young generation grew, and holds the size it has', () => {
    // The check reads V8's space sizes every 10 ms while it waits: counted before and after the stop.
    const script = `
      const heap = await import(${JSON.stringify(HEAP)});
      const v8 = (await import('node:v8')).default;
      const read = v8.getHeapSpaceStatistics;
      let reads = 0;
      v8.getHeapSpaceStatistics = () => (reads++, read());
      const wait = (ms) => new Promise((r) => setTimeout(r, ms));
      heap.holdHeapSmall();
      heap.sizeHeapForRun(heap.LARGE_RUN_JOBS);
      await wait(50);
      const before = reads;
      heap.stopHeapSizing();
      reads = 0;
      await wait(100);
      const size = () => read().find((s) => s.space_name === 'new_space').space_size / 1048576;
      let young = size();
      const keep = new Array(4096);
      for (let i = 0; i < 131072; i++) {
        keep[i % 4096] = { i, s: 'x'.repeat(1000) + i };
        if (i % 256 === 255) {
          young = Math.max(young, size());
          await new Promise((r) => setImmediate(r));
        }
      }
      young = Math.max(young, size());
      process.stdout.write(JSON.stringify({ before, after: reads, young }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { before: number; after: number; young: number };
    expect(out.before).toBeGreaterThan(0);
    expect(out.after).toBe(0);
    expect(out.young).toBe(2);
  });

  it('gives `bench report` on a large run the small heap, and leaves a small one with V8\'s defaults', () => {
    expect(youngGenerationAfter('heap.sizeHeapForReport(heap.LARGE_RUN_JOBS);')).toBe(2);
    expect(youngGenerationAfter('heap.sizeHeapForReport(2000);')).toBeGreaterThan(8);
  });

  it('collects the garbage left when a large run starts (the items read to plan it), and not for a small run', () => {
    // ≈ 40 MB of objects made and dropped, as planning a large run leaves them; heap used before and after sizing, MB.
    const usedAfter = (jobs: string): number => {
      const script = `
        const heap = await import(${JSON.stringify(HEAP)});
        heap.holdHeapSmall();
        let items = [];
        for (let i = 0; i < 300000; i++) items.push({ id: 'item-' + i, question: 'q'.repeat(60) + i });
        items = null;
        heap.sizeHeapForRun(${jobs});
        heap.stopHeapSizing();
        process.stdout.write(String(process.memoryUsage().heapUsed / 1048576));`;
      return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    };
    expect(usedAfter('heap.LARGE_RUN_JOBS')).toBeLessThan(15);
    expect(usedAfter('2000')).toBeGreaterThan(30);
  });

  it('collects between the phases of a large run or report (jobs done, summary built), and not of a small one', () => {
    // ≈ 40 MB of objects made and dropped, as a run's cache index or the summary pass's columns are left; heap used after, MB.
    const usedAfter = (size: string): number => {
      const script = `
        const heap = await import(${JSON.stringify(HEAP)});
        ${size}
        heap.stopHeapSizing();
        let left = [];
        for (let i = 0; i < 300000; i++) left.push({ id: 'item-' + i, question: 'q'.repeat(60) + i });
        left = null;
        heap.collectBetweenPhases();
        process.stdout.write(String(process.memoryUsage().heapUsed / 1048576));`;
      return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    };
    expect(usedAfter('heap.holdHeapSmall(); heap.sizeHeapForRun(heap.LARGE_RUN_JOBS);')).toBeLessThan(15);
    expect(usedAfter('heap.sizeHeapForReport(heap.LARGE_RUN_JOBS);')).toBeLessThan(15);
    expect(usedAfter('heap.holdHeapSmall(); heap.sizeHeapForRun(2000);')).toBeGreaterThan(30);
  });
});
