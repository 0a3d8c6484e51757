/**
 * The README's corpus figures ("Reading answers": how many multiple-choice and label replies,
 * over how many label sets, how many written after the extractors) counted from the corpora
 * themselves, so the text cannot drift from what the tests read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHOICE_CORPUS } from './corpora/choice-corpus.js';
import { CHOICE_FRESH } from './corpora/choice-fresh.js';
import { CHOICE_PROBES } from './corpora/choice-probes.js';
import { CHOICE_RULES_B7 } from './corpora/choice-rules-b7.js';
import { CHOICE_RULES_B8 } from './corpora/choice-rules-b8.js';
import { CHOICE_RULES_B9 } from './corpora/choice-rules-b9.js';
import { CHOICE_RULES_B10 } from './corpora/choice-rules-b10.js';
import { CHOICE_RULES_B11 } from './corpora/choice-rules-b11.js';
import { CHOICE_RULES_B12 } from './corpora/choice-rules-b12.js';
import { CHOICE_RULES_B14 } from './corpora/choice-rules-b14.js';
import { CHOICE_UNSEEN } from './corpora/choice-unseen.js';
import { LABEL_CORPUS } from './corpora/label-corpus.js';
import { LABEL_FRESH } from './corpora/label-fresh.js';
import { LABEL_PROBES } from './corpora/label-probes.js';
import { LABEL_RULES_B7 } from './corpora/label-rules-b7.js';
import { LABEL_RULES_B8 } from './corpora/label-rules-b8.js';
import { LABEL_RULES_B9 } from './corpora/label-rules-b9.js';
import { LABEL_RULES_B10 } from './corpora/label-rules-b10.js';
import { LABEL_RULES_B11 } from './corpora/label-rules-b11.js';
import { LABEL_RULES_B12 } from './corpora/label-rules-b12.js';
import { LABEL_RULES_B14 } from './corpora/label-rules-b14.js';
import { LABEL_PROBES_R10 } from './corpora/label-probes-r10.js';
import { LABEL_PROBES_R9 } from './corpora/label-probes-r9.js';
import { LABEL_PROBES_R9C } from './corpora/label-probes-r9c.js';
import { LABEL_PROBES_R9D } from './corpora/label-probes-r9d.js';
import { LABEL_PROBES_R9E } from './corpora/label-probes-r9e.js';
import { LABEL_PROBES_R9F } from './corpora/label-probes-r9f.js';
import { LABEL_PROBES_R9G } from './corpora/label-probes-r9g.js';
import { LABEL_PROBES_R9H } from './corpora/label-probes-r9h.js';
import { LABEL_PROBES_R9I } from './corpora/label-probes-r9i.js';
import { LABEL_UNSEEN } from './corpora/label-unseen.js';
import { readHoldout } from './holdout-rows.js';

/** The held-out batches that became regular corpora after their fix rounds (batches 13 and 15 are kept unfixed: no corpus yet). */
const regularFiles = ['holdout-b7.jsonl', 'holdout-b8.jsonl', 'holdout-b9.jsonl', 'holdout-b10.jsonl', 'holdout-b11.jsonl', 'holdout-b12.jsonl', 'holdout-b14.jsonl'];
const regular = regularFiles.flatMap((f) => readHoldout(f));
const regularChoices = regular.filter((r) => r.kind === 'choice');
const regularLabels = regular.filter((r) => r.kind === 'label').map((r) => ({ labels: r.labels! }));

/** Written before the extractors: the first corpora; every other set was written after them. */
const choiceAfter = [...CHOICE_FRESH, ...CHOICE_PROBES, ...CHOICE_RULES_B7, ...CHOICE_RULES_B8, ...CHOICE_RULES_B9, ...CHOICE_RULES_B10, ...CHOICE_RULES_B11, ...CHOICE_RULES_B12, ...CHOICE_RULES_B14, ...CHOICE_UNSEEN].length + regularChoices.length;
const labelAfter = [...LABEL_FRESH, ...LABEL_PROBES, ...LABEL_RULES_B7, ...LABEL_RULES_B8, ...LABEL_RULES_B9, ...LABEL_RULES_B10, ...LABEL_RULES_B11, ...LABEL_RULES_B12, ...LABEL_RULES_B14, ...LABEL_PROBES_R10, ...LABEL_PROBES_R9, ...LABEL_PROBES_R9C, ...LABEL_PROBES_R9D, ...LABEL_PROBES_R9E, ...LABEL_PROBES_R9F, ...LABEL_PROBES_R9G, ...LABEL_PROBES_R9H, ...LABEL_PROBES_R9I, ...LABEL_UNSEEN].length + regularLabels.length;
const choiceTotal = CHOICE_CORPUS.length + choiceAfter;
const labelTotal = LABEL_CORPUS.length + labelAfter;
/** A label set is its labels whatever their case and order ("Yes/No" and "yes/no" are one set). */
const labelSets = new Set([...LABEL_CORPUS, ...LABEL_FRESH, ...LABEL_PROBES, ...LABEL_RULES_B7, ...LABEL_RULES_B8, ...LABEL_RULES_B9, ...LABEL_RULES_B10, ...LABEL_RULES_B11, ...LABEL_RULES_B12, ...LABEL_RULES_B14, ...LABEL_PROBES_R10, ...LABEL_PROBES_R9, ...LABEL_PROBES_R9C, ...LABEL_PROBES_R9D, ...LABEL_PROBES_R9E, ...LABEL_PROBES_R9F, ...LABEL_PROBES_R9G, ...LABEL_PROBES_R9H, ...LABEL_PROBES_R9I, ...LABEL_UNSEEN, ...regularLabels].map((c) => c.labels.map((l) => l.toLowerCase()).sort().join('|'))).size;

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const figure = (n: number) => n.toLocaleString('en-US');

describe('the README states the corpora as they are', () => {
  it('counts the multiple-choice and label replies, the label sets, and those written after the extractors', () => {
    const m = /`test\/scorers\/corpora\/`: ([\d,]+) multiple-choice replies on 4- and 5-option items and ([\d,]+) label replies over (\d+) label sets, ([\d,]+) of them written after the extractors/.exec(readme);
    expect(m, 'the README sentence that gives the corpus figures').not.toBeNull();
    expect({ choice: m![1], label: m![2], sets: m![3], after: m![4] }).toEqual({
      choice: figure(choiceTotal), label: figure(labelTotal), sets: String(labelSets), after: figure(choiceAfter + labelAfter),
    });
  });

  it("counts batch 11's and 14's rule rows as their round's bullets give them", () => {
    for (const [kind, rows] of [['choice', [...CHOICE_RULES_B11, ...CHOICE_RULES_B14]], ['label', [...LABEL_RULES_B11, ...LABEL_RULES_B14]]] as const) {
      const said = new RegExp(`From (\\d+) replies of our own \\(\`${kind}-rules-b11\\.ts\`, \`${kind}-rules-b14\\.ts\`\\), (\\d+) of them must not commit`).exec(readme);
      expect(said, `the README's batch 11 and 14 ${kind} bullet`).not.toBeNull();
      expect({ rows: said![1], none: said![2] }).toEqual({ rows: String(rows.length), none: String(rows.filter((c) => c.want === null).length) });
    }
  });

  it("counts batch 10's label rule rows as its round's bullet gives them", () => {
    const rows = /the `r10:` rows of `label-rules-b10\.ts`, (\d+) replies, (\d+) of them must not commit/.exec(readme);
    expect(rows, "the README's batch 10 label bullet").not.toBeNull();
    const r10 = LABEL_RULES_B10.filter((c) => c.cls.startsWith('r10:'));
    expect({ rows: rows![1], none: rows![2] }).toEqual({ rows: String(r10.length), none: String(r10.filter((c) => c.want === null).length) });
  });

  it("counts batch 12's label rule rows as its round's bullet gives them", () => {
    const rows = /the `r12:` rows of `label-rules-b12\.ts`, (\d+) replies, (\d+) of them must not commit/.exec(readme);
    expect(rows, "the README's batch 12 label bullet").not.toBeNull();
    const r12 = LABEL_RULES_B12.filter((c) => c.cls.startsWith('r12:'));
    expect({ rows: rows![1], none: rows![2] }).toEqual({ rows: String(r12.length), none: String(r12.filter((c) => c.want === null).length) });
  });

  it("counts batch 9's and batch 10's rule rows and batch 9's probe sets as their rounds' bullets give them", () => {
    const rows = /the `r9:` rows of `choice-rules-b9\.ts`, (\d+) replies, (\d+) of them must not commit/.exec(readme);
    expect(rows, "the README's batch 9 choice bullet").not.toBeNull();
    const r9 = CHOICE_RULES_B9.filter((c) => c.cls.startsWith('r9:'));
    expect({ rows: rows![1], none: rows![2] }).toEqual({ rows: String(r9.length), none: String(r9.filter((c) => c.want === null).length) });
    const rows10 = /the `r10:` rows of `choice-rules-b10\.ts`, (\d+) replies, (\d+) of them must not commit/.exec(readme);
    expect(rows10, "the README's batch 10 choice bullet").not.toBeNull();
    const r10 = CHOICE_RULES_B10.filter((c) => c.cls.startsWith('r10:'));
    expect({ rows: rows10![1], none: rows10![2] }).toEqual({ rows: String(r10.length), none: String(r10.filter((c) => c.want === null).length) });
    const rows12 = /the `r12:` rows of `choice-rules-b12\.ts`, (\d+) replies, (\d+) of them must not commit/.exec(readme);
    expect(rows12, "the README's batch 12 choice bullet").not.toBeNull();
    const r12 = CHOICE_RULES_B12.filter((c) => c.cls.startsWith('r12:'));
    expect({ rows: rows12![1], none: rows12![2] }).toEqual({ rows: String(r12.length), none: String(r12.filter((c) => c.want === null).length) });
    const probes = /(\d+) of (\d+) in all \(/.exec(readme);
    expect(probes, "the README's batch 9 label bullet: the probes in all").not.toBeNull();
    const sets = [LABEL_PROBES_R9, LABEL_PROBES_R9C, LABEL_PROBES_R9D, LABEL_PROBES_R9E, LABEL_PROBES_R9F, LABEL_PROBES_R9G, LABEL_PROBES_R9H, LABEL_PROBES_R9I];
    expect(probes![2]).toBe(String(sets.reduce((n, s) => n + s.length, 0)));
  });
});
