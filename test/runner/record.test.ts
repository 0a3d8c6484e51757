/**
 * toRecord: code suites' test-case counts (partial credit) reach the record.
 */
import { describe, expect, it } from 'vitest';
import { Completed, toRecord } from '../../src/runner/record.js';
import type { Job } from '../../src/runner/plan.js';
import type { ScoreResult } from '../../src/scorers/types.js';

const job = { suite: { name: 'code' }, item: { id: 'c1' }, model: { id: 'm' }, sample: 0 } as unknown as Job;
const completion = { text: 'def f(): pass', inputTokens: 1, outputTokens: 1, ttftMs: 1, latencyMs: 2, finishReason: 'stop' };
const done = new Completed(completion as never, 1, 0, false);
const base: ScoreResult = { correct: false, score: 0, extracted: 'x', reason: 'failed_tests' };

describe('toRecord: partial credit', () => {
  it('writes tests_passed, tests_total and partial = passed / total for a code answer passing 3 of 4', () => {
    const r = toRecord(job, 'h', done, { ...base, testsPassed: 3, testsTotal: 4 }, 'now');
    expect(r).toMatchObject({ correct: false, score: 0, tests_passed: 3, tests_total: 4, partial: 0.75 });
  });

  it('falls back to 1 / 0 by correctness when the cases were not counted, and leaves other suites alone', () => {
    expect(toRecord(job, 'h', done, { ...base, correct: true, score: 1, reason: null, testsPassed: 1, testsTotal: null }, 'now')).toMatchObject({ tests_total: null, partial: 1 });
    expect(toRecord(job, 'h', done, base, 'now')).not.toHaveProperty('partial');
  });
});
