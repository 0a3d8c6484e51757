/**
 * @module scorers/label-extract — which label a reply gave, read as a careful reader reads it.
 *
 * After the reply is cut to the assistant's own turn (scorers/template-tokens) every
 * place a label is named (by itself, an alias or an obvious synonym: label-forms)
 * is classified:
 *   - in a question ("yes or no?"), negated ("not X", "I wouldn't call it X", "this
 *     isn't an X clause"), or one of a list or hedge ("either X or Y", "X/Y") — no
 *     commitment;
 *   - committed: after a cue ("the answer is X", "Label: X", "so X", "it's an X
 *     clause", "I'd say X") or standing on its own ("No.", "Yes, it does.");
 *   - otherwise a mention.
 * The English word "no" is the label only where it answers ("No.", "No, it is
 * not"), never as a determiner ("No question about it", "no evidence"); yes/no
 * synonyms (True, "Possibly", "Sí") count only where committed. Then:
 * a structured field decides; per-label verdict rows with one label marked right
 * decide; else the last committed label (so self-corrections and final answers
 * win over labels quoted or considered earlier); for yes/no labels, a statement in
 * the question's words ("It is not hearsay"); else, unless the reply refuses or
 * says none applies, mentions that all name one label. Anything else is
 * `ambiguous` or `no_answer`; a reply cut by the token limit commits only on a cue.
 * Batch 7's round: "I'll revise that to X" / "Changing to X" are cues; "non-"/"no-" joined to a
 * word is a prefix, not the label; a label in an "if"/"unless" clause is a condition, not said of
 * the item; a reply that is one misspelt label word ("postive") reads as it when no other label is as close.
 * Batch 8's round: per-label scores (label-scores), elliptic answers in the question's auxiliary
 * (label-elliptic), sixteen languages' yes/no/maybe and common labels (label-lexicon), and a reply
 * that writes the item's opening field again ("Patient: …") read up to it.
 * Batch 11's round: an explicit answer and reasoning that concludes another ("Answer: no … so the answer is yes")
 * is no answer (label-conflict); "the best fit is X" is a cue; "…, not competition" names no non_compete.
 * Batch 14's round: a label weighed ("Considering the label X:") is no cue, nor "the label X"; a label withdrawn
 * at once ("Neutral... nein, Moment: …") leaves the one named after it; "belongs under X", "best described as X".
 *
 * The jobs: this module reads the reply (boxes, its texts, structure, ordinals, typos);
 * label-read weighs one text's evidence; label-classify classifies each place a label is named.
 */
import type { Reading } from './choice-extract.js';
import { labelWords, sameWord, tokenize } from './label-forms.js';
import { antonymPair, flagAnswer } from './label-pairs.js';
import { readTokens, unread, type LabelReadOptions } from './label-read.js';
import { editDistance } from './option-words.js';
import { boxedAnswer, replyTexts } from './reply-text.js';
import { replyJson, structuredAnswer } from './structured.js';

export type { LabelReadOptions } from './label-read.js';

const YES_NO = ['yes', 'no'];

/** "No." to "Is the following comment toxic?" with labels toxic/non-toxic: a yes or no answers the question the labels ask. */
function yesNoForPair(text: string, labels: readonly string[], opts: LabelReadOptions, cut: boolean): Reading | null {
  const pair = antonymPair(labels);
  // the question is the item's ("Is the comment toxic?") or the reply's own ("Toxic? No.")
  if (pair === null || !tokenize(`${opts.input ?? ''} ${text}`).some((t) => sameWord(t.w, labelWords(pair[0])[0] ?? ''))) return null;
  const yn = readTokens(text, YES_NO, { finishReason: opts.finishReason ?? null }, cut);
  if (yn.value === null || !/^(?:stand_alone|cue)$/.test(yn.by)) return null;
  return { value: yn.value === 'yes' ? pair[0] : pair[1], by: `${yn.by}+question`, reason: null };
}

/** Which of `labels` the reply `output` gave, how it was read, or why nothing was. */
export function readLabel(output: string, labels: readonly string[], opts: LabelReadOptions = {}): Reading {
  const cut = opts.finishReason === 'length';
  const boxed = boxedAnswer(output, opts.stop);
  const inBox = boxed === null ? null : readTokens(boxed, labels, opts, false);
  if (inBox?.value) return { value: inBox.value, by: 'boxed', reason: null };
  // "Q: <the item>\nA: No\n\nQ: <an invented next item, cut>": the answer line before the next question is whole
  const echoed = cut && opts.input !== undefined ? echoedAnswer(output, opts.input) : null;
  const fromEcho = echoed === null ? null : readTokens(echoed, labels, opts, false);
  if (fromEcho?.value) return { value: fromEcho.value, by: 'echo_answer', reason: null };
  let first: Reading | null = null;
  // the item's opening field as a line pattern, built once for every text of the reply
  const field = itemField(opts.input);
  const fieldLine = field === null ? null : new RegExp(`^[ \\t]*(?:#+[ \\t]*)?${field.replace(/\s+/g, '\\s+')}[ \\t]*:`, 'gim');
  for (const text of replyTexts(output, opts.stop, cut).flatMap((t) => (fieldLine === null ? [t] : withoutNextItem(t, fieldLine)))) {
    const got = readReply(text, labels, opts, cut);
    if (got.value !== null) return got;
    first ??= got;
  }
  return first!;
}

/** A field line ("Patient:", "Review:", "Comment:"): a name of one to three words, then a colon. */
const FIELD = /^[ \t]*(?:#+[ \t]*)?([A-Za-z]+(?:[ \t][A-Za-z]+){0,2})[ \t]*:/m;

/** The field the item opens with ("Patient" for "Patient: 58-year-old …\nTriage category?"), or null. */
function itemField(input: string | undefined): string | null {
  return input === undefined ? null : FIELD.exec(input)?.[1] ?? null;
}

/**
 * A reply that writes the item's own opening field again after its answer ("Triage category:
 * emergent\n\nPatient: 30-year-old …\nTriage category: non-urgent") has run on into an invented
 * next item: read up to it first, then the whole. One that opens with the field echoes the item,
 * up to the field's next line.
 */
function withoutNextItem(text: string, fieldLine: RegExp): string[] {
  const at = [...text.matchAll(fieldLine)].map((m) => m.index);
  if (at.length === 0) return [text];
  if (text.slice(0, at[0]).trim() !== '') return [text.slice(0, at[0]), text];
  return at.length > 1 ? [text.slice(0, at[1])] : [text];
}

function readReply(text: string, labels: readonly string[], opts: LabelReadOptions, cut: boolean): Reading {
  // a reply that only writes out part of the item again (its clause, its review) answers nothing
  if (opts.input !== undefined && echoesInput(text, opts.input)) return unread('no_answer', 'echo');
  // parsed once for the flag and the answer field
  const json = replyJson(text);
  const flag = flagAnswer(json, labels);
  if (flag) return { value: flag, by: 'structured', reason: null };
  const structured = structuredAnswer(text, json);
  if (structured) {
    if (structured.kind === 'empty') return unread('no_answer', 'structured');
    const texts = structured.kind === 'several' ? structured.texts : [structured.text];
    const read = new Set(texts.map((t) => readTokens(t, labels, opts, false).value));
    const only = read.size === 1 ? [...read][0] : undefined;
    if (only !== undefined && only !== null) return { value: only, by: 'structured', reason: null };
    // {"prediction": 2, "label_name": "contradiction"}: another answer field names the label
    for (const other of structured.kind === 'text' ? structured.others ?? [] : []) {
      const got = readTokens(other, labels, opts, false).value;
      if (got !== null) return { value: got, by: 'structured', reason: null };
    }
    return unread(read.size > 1 ? 'ambiguous' : 'no_answer', 'structured');
  }
  // {"battery": "positive", "screen": "negative", "final": null}: fields said of parts that disagree, none the answer
  // … unless a field sums them up ({"final": "negative", "aspects": {…}}; "final": null answers nothing)
  // {"urgency": "high", "alternative": "critical"} to "Urgency (low, medium, high, critical):": the field the item asks for answers
  const asked = json === null || opts.input === undefined ? undefined : askedField(json.value, opts.input);
  const askedRead = asked === undefined ? null : readTokens(asked, labels, opts, false).value;
  if (askedRead !== null) return { value: askedRead, by: 'structured', reason: null };
  const summary = json === null ? undefined : summaryField(json.value);
  if (summary === null) return unread('no_answer', 'structured');
  const summed = summary === undefined ? null : readTokens(summary, labels, opts, false).value;
  if (summed !== null) return { value: summed, by: 'structured', reason: null };
  if (json !== null && partsDisagree(json.value, labels, opts)) return unread('ambiguous', 'structured');
  const r = readTokens(text, labels, opts, cut);
  // "The third category in your list": a label by its place in the set
  const place = r.value === null && !cut ? /\bthe\s+(first|second|third|fourth|fifth|last)\s+(?:category|label|option|choice|class)\b/i.exec(text) : null;
  if (place) {
    const i = ['first', 'second', 'third', 'fourth', 'fifth'].indexOf(place[1]!.toLowerCase());
    const label = i < 0 ? labels[labels.length - 1] : labels[i];
    if (label !== undefined) return { value: label, by: 'ordinal', reason: null };
  }
  if (r.value === null && r.reason === 'no_answer') {
    const answered = yesNoForPair(text, labels, opts, cut);
    if (answered) return answered;
    const typo = cut ? null : misspelt(text, labels);
    if (typo) return { value: typo, by: 'typo', reason: null };
  }
  if (r.value === null && cut && text.trim() !== '') return unread('truncated');
  return r;
}

const Q_LINE = /^[ \t]*(?:Q|Question)[ \t]*:[ \t]*(.*)$/i;
const A_LINE = /^[ \t]*(?:A|Answer)[ \t]*:[ \t]*(\S.*)$/i;

/**
 * A base model continuing a few-shot prompt: "Q: <the item's question>" then "A: <answer>", then a
 * new "Q:" line it invented (cut by the token limit): the answer line of the pair that echoes the
 * item, when a next question follows it (so the cut fell after it); else null.
 */
function echoedAnswer(output: string, input: string): string | null {
  const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const item = norm(input).replace(/^(?:q|question) /, '');
  const lines = output.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const q = Q_LINE.exec(lines[i]!);
    if (!q) continue;
    const asked = norm(q[1]!);
    if (asked.split(' ').length < 4 || !(item.startsWith(asked) || asked.startsWith(item))) continue;
    let k = i + 1;
    while (k < lines.length && !A_LINE.test(lines[k]!) && !Q_LINE.test(lines[k]!)) k += 1;
    const a = k < lines.length ? A_LINE.exec(lines[k]!) : null;
    if (!a) return null;
    for (let n = k + 1; n < lines.length; n += 1) if (Q_LINE.test(lines[n]!)) return a[1]!;
    return null;
  }
  return null;
}

/** True when `text` (five words or more, quotes and edges aside) is a passage of the item's own text. */
function echoesInput(text: string, input: string): boolean {
  const norm = (t: string) => t.toLowerCase().replace(/[\s"'“”‘’`*]+/g, ' ').trim();
  const reply = norm(text).replace(/^[\s.:;,-]+|[\s.:;,-]+$/g, '');
  return reply.split(' ').length >= 5 && norm(input).includes(reply);
}

/** The text of the one field of an object named as the item's last line names what it asks ("Urgency (…):" → `urgency`), or undefined. */
function askedField(value: unknown, input: string): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const asks = new Set(tokenize(input.trim().split('\n').pop() ?? '').filter((t) => !t.punct).map((t) => t.w));
  const keys = Object.keys(value).filter((k) => { const w = labelWords(k); return w.length === 1 && w[0]!.length >= 4 && asks.has(w[0]!); });
  const v = keys.length === 1 ? (value as Record<string, unknown>)[keys[0]!] : undefined;
  return typeof v === 'string' ? v : undefined;
}

/** The text of an object's summing-up field ("final", "overall", "conclusion"); null when it is empty or null; undefined when there is none. */
function summaryField(value: unknown): string | null | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const key = Object.keys(value).find((k) => /^(?:final|overall|conclusion|summary)$/i.test(k));
  if (key === undefined) return undefined;
  const v = (value as Record<string, unknown>)[key];
  if (v === null || (typeof v === 'string' && v.trim() === '')) return null;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

/** An object (no answer field found in it) whose short text fields, nested ones too, name two or more labels: several answers, one per part. */
function partsDisagree(value: unknown, labels: readonly string[], opts: LabelReadOptions): boolean {
  const read = new Set<string>();
  const walk = (v: unknown, depth: number): void => {
    if (typeof v === 'string' && v.length <= 40) {
      const got = readTokens(v, labels, opts, false).value;
      if (got !== null) read.add(got);
    } else if (v !== null && typeof v === 'object' && !Array.isArray(v) && depth < 2) for (const x of Object.values(v)) walk(x, depth + 1);
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  walk(value, 0);
  return read.size >= 2;
}

/** A reply that is one word, a label of five letters or more misspelt ("postive", "contradictoin"): that label when no other is as close; else null. */
function misspelt(text: string, labels: readonly string[]): string | null {
  // the edges stripped from the end by hand: a pattern anchored at the end ("["'*.!\s]+$") scans
  // quadratically over a run of spaces (2 s for 50,000)
  const t = text.trim().replace(/^["'*\s]+/, '');
  let end = t.length;
  while (end > 0 && /["'*.!\s]/.test(t[end - 1]!)) end -= 1;
  const word = t.slice(0, end).toLowerCase();
  if (!/^\p{L}{5,}$/u.test(word)) return null;
  const near = labels.filter((l) => {
    const label = l.toLowerCase();
    if (!/^\p{L}{5,}$/u.test(label) || label[0] !== word[0]) return false;
    const tol = Math.min(word.length, label.length) >= 9 ? 2 : 1;
    return editDistance(word, label, tol) <= tol;
  });
  return near.length === 1 ? near[0]! : null;
}

/** The label the reply gave, or null (kept for the first version's callers). */
export function extractLabel(output: string, labels: readonly string[], opts: LabelReadOptions = {}): string | null {
  return readLabel(output, labels, opts).value;
}
