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
 */
import type { Reading, ReadOptions } from './choice-extract.js';
import { findForms, formsOf, labelWords, sameWord, tokenize, type Match, type Word } from './label-forms.js';
import { antonymPair, flagAnswer, yesNoPair } from './label-pairs.js';
import { verdictRows } from './label-verdicts.js';
import { answersOtherClause, doStatements, laterVerbs, predicateStatements, questionPredicates, questionVerbs, strictDoStatements } from './label-question.js';
import { looksLikeRefusal } from './normalize.js';
import { editDistance } from './option-words.js';
import { boxedAnswer, replyTexts } from './reply-text.js';
import { structuredAnswer } from './structured.js';

export interface LabelReadOptions extends ReadOptions {
  /** Accepted synonyms per label (suite.yaml `aliases:`). */
  aliases?: Record<string, readonly string[]>;
  /** The item's text, whose last question gives yes/no answers their predicate. */
  input?: string;
}

const END = new Set(['.', '!', '?', ';', '\n', '。', '、']);
const CLAUSE = new Set(['.', '!', '?', ';', '\n', ':', ',', '-', '(', ')', '"', '/', '[', ']', '。', '、']);
const SKIP = new Set(['a', 'an', 'the', 'clearly', 'definitely', 'probably', 'likely', 'certainly', 'simply', 'just', 'most', 'more', 'actually', 'really', 'still', 'rather', 'primarily', 'mainly', 'mostly', 'chiefly', 'largely', 'predominantly', 'essentially', 'basically']);
const NEG = /^(?:not|never|neither|nor|without|no|nicht|kein|keine|pas|nao|nunca|jamais|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|wouldn't|couldn't|shouldn't|can't|cannot|won't|hardly|instead|than)$|n't$/;
/** Between two labels, tokens that join them as a list or hedge ("X or Y", "X/Y"). */
const LIST_GAP = /^(?:,|\/|or|and|nor|&|vs|versus|maybe|possibly|perhaps|either|also|both|\+)$/;
/** A range between two labels ("neutral-to-negative", "from positive to neutral"): no commitment. */
const RANGE_GAP = /^(?:to|-|from)$/;
/** "…, but mostly joy": a contrast that gives the final word (not for weak synonyms: "but it might"). */
const BUT = /(?:^|\s)but$/;
/** After "no", words that show it answers ("No, it is not", "No for children") rather than qualifies a noun. */
const NO_FOLLOWERS = new Set(['it', 'this', 'that', 'they', 'there', 'i', 'we', 'you', 'he', 'she', 'because', 'since', 'as', 'but', 'and', 'or', 'so', 'for', 'in', 'among', 'when', 'if', 'with', 'at', 'not', 'wait', 'definitely', 'absolutely', 'the', 'based', 'due', 'although', 'though', 'however', 'unfortunately', 'sir', 'unless', 'except', 'rather']);
const CUE =
  /(?:^|\s)(?:(?:final\s+|correct\s+|best\s+|better\s+|right\s+|my\s+|honest\s+|short\s+)?(?:answer|label|classification|category|class|verdict|prediction|output|result|type|response)\s*(?:is|=|would\s+be|should\s+be|will\s+be|must\s+be|here\s+is)?|it\s+is|it's|this\s+is|that\s+is|that's|which\s+is|here\s+is|it\s+would\s+be|it\s+must\s+be|clause\s+is|provision\s+is|term\s+is|(?:purpose|focus|subject|topic|gist|function|nature|essence|theme|issue|claim|tort|sentiment|tone|relation|relationship|emotion|feeling|mood|stance|attitude|intent|genre|domain)(?:\s+(?:expressed|conveyed|shown|displayed|detected|here|present|of\s+(?:the|this)\s+\w+))?\s+(?:is|was|seems\s+to\s+be|appears\s+to\s+be)|so|therefore|thus|hence|overall|(?:that\s+)?leaves|leaving|left\s+with|ultimately|finally|in\s+conclusion|in\s+short|in\s+sum|all\s+in\s+all|bottom\s+line|i(?:\s+(?:would|will|must|shall|can|could|should|have\s+to|am\s+going\s+to)|'d|'ll)?\s+(?:say|go\s+with|choose|pick|answer|label\s+it)|going\s+with|i\s+meant|correction|(?:chang|switch|revis|amend|updat|correct)\w*(?:\s+(?:my|the|that|this|it|our))?(?:\s+(?:answer|label|verdict|classification|call|triage|rating))?\s+to|(?:is|are|was)\s+(?:all\s+|mainly\s+|really\s+|primarily\s+)?about|concerns|deals\s+with|relates\s+to|addresses|i\s+think|i\s+believe|i\s+guess|(?:looks|seems|appears|sounds)(?:\s+(?:like|to\s+be))?|(?:makes?|making|made)\s+(?:it|this|that)|call\s+it|calling\s+it|classified\s+as|(?:rate|label|tag|mark|classify|categori[sz]e|call|consider|score|flag)\s+(?:it|this|that|the\s+\w+)(?:\s+(?:comment|review|text|tweet|post|article|statement|clause|sentence|pair|one))?\s+as|qualifies\s+as|counts\s+as|constitutes|falls\s+under|respuesta(?:\s+es)?|antwort(?:\s+ist)?|réponse(?:\s+est)?|resposta(?:\s+é)?|risposta(?:\s+è)?|答案是?|ответ|ist|es)$/;
/** Cues that commit even in a reply cut by the token limit. */
const EXPLICIT = /(?:answer|label|classification|category|class|verdict|prediction|output|result|type|response|topic|sentiment|emotion|relation|relationship)\s*(?:is|=|would\s+be|should\s+be|will\s+be|must\s+be)?\s*:?$/;
const NONE = /\b(?:none\s+of\s+(?:the|these|those|them)\b|no\s+(?:label|category|categories|option)s?\s+(?:applies|apply|fits?)|neither\s+of\s+(?:these|them|the))/i;
const CONDITIONAL = /^(?:for|in|among|when|if|with|under|on)$/;

interface Seen {
  label: string;
  at: number;
  /** One past the label's last token. */
  to: number;
  committed: boolean;
  /** Read after a cue ("Label:", "the answer is", "so"), rather than standing alone. */
  cued: boolean;
  explicit: boolean;
  negated: boolean;
  list: boolean;
  weak: boolean;
  conditional: boolean;
  /** Said in a condition ("If this is an emergency, …", "if he deteriorates, emergent"): not said of the item. */
  supposed: boolean;
}

function wordsBefore(tokens: Word[], from: number, n: number): string[] {
  const out: string[] = [];
  for (let k = from - 1; k >= 0 && out.length < n; k -= 1) {
    const t = tokens[k]!;
    if (t.punct && t.w !== ':' && t.w !== '-') break;
    out.unshift(t.w);
  }
  return out;
}

function classify(tokens: Word[], m: Match, all: Match[], index: number): Seen | null {
  const form = m.form;
  const next = tokens[m.to];
  if (form.words.length === 1 && (form.words[0] === 'no' || form.words[0] === 'non') && next && !next.punct && !NO_FOLLOWERS.has(next.w)) return null;
  // "a non-exclusive license", "no-fault": a prefix joined by a hyphen to the next word
  if (form.words.length === 1 && /^(?:no|non)$/.test(form.words[0]!) && next?.w === '-' && tokens[m.to + 1] !== undefined && !tokens[m.to + 1]!.punct && next.start === tokens[m.to - 1]!.end && tokens[m.to + 1]!.start === next.end) return null;
  // the sentence the label is in: skip it when it asks
  let e = m.to;
  while (e < tokens.length && !END.has(tokens[e]!.w)) e += 1;
  if (tokens[e]?.w === '?') return null;
  let j = m.from;
  while (j > 0 && !tokens[j - 1]!.punct && SKIP.has(tokens[j - 1]!.w)) j -= 1;
  const back = wordsBefore(tokens, j, 6);
  const lastSep = Math.max(back.lastIndexOf(':'), back.lastIndexOf('-'));
  const backWords = back.slice(lastSep + 1);
  // "No doubt this is Business": an idiom with "no" negates nothing
  const plain = backWords.join(' ').replace(/\bno\s+(?:doubt|question|wonder|surprise)\b/g, '').split(' ').filter((w) => w !== '');
  const negated = plain.slice(-4).some((w) => NEG.test(w)) || (back.length === 0 && /^(?:not|n't)$/.test(tokens[j - 1]?.w ?? ''));
  const phrase = back.join(' ').replace(/\s*:$/, ':').replace(/\s*-$/, '-');
  const prevTok = tokens[j - 1];
  const atStart = j === 0 || CLAUSE.has(prevTok!.w);
  const afterEnd = m.to >= tokens.length || CLAUSE.has(next!.w) || ['clause', 'provision', 'covenant', 'term', 'section', 'claim', 'it', 'this'].includes(next!.w);
  const bare = phrase.replace(/[:-]$/, '').trim();
  // "… → no": an arrow is a cue like a colon
  const arrow = prevTok?.w === '>' && /^[-=]$/.test(tokens[j - 2]?.w ?? '');
  const cue = CUE.test(bare) || (!form.weak && BUT.test(bare)) || prevTok?.w === ':' || prevTok?.w === '-' || arrow;
  const explicit = EXPLICIT.test(phrase);
  const standalone = atStart && (afterEnd || m.to === e);
  // "both a non-compete and a termination provision": articles inside a list are part of it
  // "a sports business story": two labels side by side modify a noun together
  const neighbour = (o: Match | undefined, gapFrom: number, gapTo: number) =>
    o !== undefined && o.form.label !== form.label && gapTo - gapFrom <= 4 && (gapTo === gapFrom ||tokens.slice(gapFrom, gapTo).every((t) => LIST_GAP.test(t.w) || /^(?:a|an|the|"|')$/.test(t.w)) && tokens.slice(gapFrom, gapTo).some((t) => LIST_GAP.test(t.w))
      || (tokens.slice(gapFrom, gapTo).every((t) => RANGE_GAP.test(t.w)) && tokens.slice(gapFrom, gapTo).some((t) => t.w === 'to')));
  const prev = all[index - 1];
  const nxt = all[index + 1];
  const lead = backWords.slice(-2).some((w) => /^(?:either|both|between|whether)$/.test(w));
  const list = neighbour(prev, prev?.to ?? 0, m.from) || neighbour(nxt, m.to, nxt?.from ?? 0) || (lead && (nxt !== undefined || prev !== undefined))
    // "I can't tell whether it is toxic": a label in an embedded question is weighed, not said
    // "toxic or not"
    || (tokens[m.to]?.w === 'or' && /^(?:not|no)$/.test(tokens[m.to + 1]?.w ?? ''))
    || backWords.some((w) => w === 'whether') || /^(?:know|tell|determine|say|sure|decide|unclear)$/.test(backWords[backWords.indexOf('if') - 1] ?? '');
  // "If this is an emergency, call 911": a label in a condition is not said of the item
  // "Urgent - if he deteriorates, emergent": the consequence of a condition (not "If anything, negative", "If I had to pick, maybe")
  const supposed = backWords.some((w) => w === 'if' || w === 'unless') || conditionBefore(tokens, j);
  return {
    label: form.label, at: m.from, to: m.to, committed: cue || standalone, cued: cue, explicit: explicit || (standalone && j === 0 && (afterEnd || m.to === e)),
    negated, list, weak: form.weak, conditional: next !== undefined && CONDITIONAL.test(next.w), supposed,
  };
}

/** True when the clause before `j` (back to a sentence end, colon or dash) is a condition: "if he deteriorates," — not "if anything," or "if I had to pick,". */
function conditionBefore(tokens: Word[], j: number): boolean {
  if (tokens[j - 1]?.w !== ',') return false;
  let k = j - 2;
  while (k >= 0 && !END.has(tokens[k]!.w) && tokens[k]!.w !== ':' && tokens[k]!.w !== '-') k -= 1;
  const clause = tokens.slice(k + 1, j - 1).map((t) => t.w).join(' ');
  return /^(?:if|unless|when|should)\b/.test(clause) && !/^if\s+(?:anything|forced|pressed|i\s+(?:had|have|must)\s+to)\b/.test(clause);
}

const unread = (reason: Reading['reason'], by = 'none'): Reading => ({ value: null, by, reason });

function readTokens(text: string, labels: readonly string[], opts: LabelReadOptions, cut: boolean): Reading {
  const tokens = tokenize(text);
  const forms = formsOf(labels, opts.aliases);
  let matches = findForms(tokens, forms);
  const v = verdictRows(tokens, matches);
  if (v.rows >= 2 && !cut) {
    if (v.positive.size === 1) return { value: [...v.positive][0]!, by: 'verdicts', reason: null };
    if (v.positive.size > 1) return unread('ambiguous');
    matches = matches.filter((m) => !v.consumed.has(m.from));
  }
  // a yes/no synonym right before a label modifies it ("Possibly yes", "Definitely no"): the label is read
  matches = matches.filter((m, i) => !(m.form.weak && matches[i + 1] !== undefined && !matches[i + 1]!.form.weak && matches[i + 1]!.from === m.to));
  const seen = matches.map((m, i) => classify(tokens, m, matches, i)).filter((s): s is Seen => s !== null).map((s) => antonymOf(s, labels));
  const live = seen.filter((s) => !s.negated && !s.list && !s.supposed && (!s.weak || s.committed));
  const pred = opts.input !== undefined ? yesNoPair(labels) : null;
  const predicates = pred && opts.input !== undefined ? questionPredicates(opts.input) : [];
  // each reading of the predicate; one statement per place (the longest reading's)
  const byPlace = new Map<number, ReturnType<typeof predicateStatements>[number]>();
  for (const p of predicates) for (const st of predicateStatements(tokens, p)) if (!byPlace.has(st.at)) byPlace.set(st.at, st);
  const statements = [...byPlace.values()].sort((a, b) => a.at - b.at);
  // "Yes, it is enforceable; no, it is not unconscionable": the second no answers another question
  const other = (s: Seen) => statements.length > 0 && answersOtherClause(tokens, s.to - 1, predicates);
  const committed = live.filter((s) => s.committed && (!cut || s.explicit) && !other(s));
  // "Yes. No. Maybe. I don't know.": every label of the set said on its own, none after a cue, is the set recited
  if (labels.length >= 3 && !committed.some((s) => s.cued) && new Set(committed.map((s) => s.label)).size === labels.length) return unread('ambiguous');
  // "Yes and no: it is useful as a rule-out test, but…": after a hedge between the labels, the question's words settle nothing
  const hedgedLabels = seen.some((s) => s.list);
  // a do-question's verb ("vitamin C does shorten colds") only where no label is given
  const verbs = committed.length === 0 && pred && opts.input !== undefined ? [...questionVerbs(opts.input).flatMap((v) => doStatements(tokens, v)), ...laterVerbs(opts.input).flatMap((v) => strictDoStatements(tokens, v))] : [];
  const said = [...statements, ...verbs].filter((s) => !s.hedged && !hedgedLabels).map((s) => ({ label: s.positive ? pred!.yes : pred!.no, at: s.at, by: 'question_words' }));
  const last = [...committed.map((s) => ({ label: s.label, at: s.at, by: s.cued ? 'cue' : 'stand_alone' })), ...(cut ? [] : said)]
    .sort((a, b) => a.at - b.at)
    .pop();
  // "Yes for adults, no for children": labels said of parts, unless a later answer settles them
  const conditional = live.filter((s) => s.conditional);
  if (new Set(conditional.map((s) => s.label)).size > 1 && !(last && last.at > Math.max(...conditional.map((s) => s.at)))) return unread('ambiguous');
  if (last && mixedUnresolved(text, tokens, live, last.at)) return unread('ambiguous');
  // "…, but it also has indemnification language. I'd say both.": the answer given last is several;
  // "… I genuinely can't separate the two.": a hedge or refusal after it takes it back
  const after = last ? text.slice(tokens[last.at]?.end ?? 0) : '';
  if (last && (SEVERAL.test(after) || UNDECIDED.test(after) || MULTI.test(text))) return unread('ambiguous');
  // "Hard to tell — it could be literal (neutral) or sarcastic (negative)": labels merely set beside a hedge
  if (last && (last.by === 'stand_alone' || last.by === 'question_words') && UNDECIDED.test(text)) return unread('ambiguous');
  if (last) return { value: last.label, by: last.by, reason: null };
  if (cut) return unread('truncated');
  if (statements.some((s) => s.hedged)) return unread('ambiguous');
  if (looksLikeRefusal(text) || NONE.test(text)) return unread(seen.some((s) => s.list) ? 'ambiguous' : 'no_answer');
  const named = new Set(live.map((s) => s.label));
  // a single mention beside labels given as a list ("Labels: non-compete, termination") is no answer
  if (named.size === 1 && !seen.some((s) => s.list)) return { value: [...named][0]!, by: 'mention', reason: null };
  if (SEVERAL.test(text)) return unread('ambiguous');
  // "neither entailment nor contradiction": every label but one ruled out, nothing else said
  const ruledOut = new Set(seen.filter((s) => s.negated).map((s) => s.label));
  const left = labels.filter((l) => !ruledOut.has(l));
  if (named.size === 0 && labels.length >= 3 && left.length === 1) return { value: left[0]!, by: 'elimination', reason: null };
  if (named.size > 1 || seen.some((s) => s.list)) return unread('ambiguous');
  return unread('no_answer');
}

const MIXED = /\b(?:mixed|ambivalent)\b/i;
const RESOLVES = /\b(?:overall|ultimately|on\s+balance|net|mostly|mainly|predominantly|largely|more|but|answer|label|final|verdict|leans?|leaning|classify|call|rate|since|so|therefore|thus|hence)\b[^.;\n]{0,30}$/i;
/** "Two types apply here", "does double duty": several labels given as the answer. */
const MULTI = /\b(?:two|both|multiple|several)\s+(?:types|labels|categories|classes)\s+(?:apply|fit)|\bdouble\s+duty\b/i;
/** Words that leave the answer open. */
const UNDECIDED = /\b(?:hard\s+to\s+(?:tell|say)|can(?:no|')t\s+(?:separate|distinguish|tell|decide)|depends\s+on|it\s+depends|not\s+conclusive|could\s+go\s+either\s+way|can(?:no|')t\s+say\s+(?:that|whether|if)|reviewers\s+would\s+split)\b/i;
/** A final answer that is several labels or none in particular: "I'd say both.", "it's equally either". */
const SEVERAL = /\b(?:say|answer|label|so|it'?s|call\s+it|classify\s+it\s+as|would\s+be)\b[^.\n]{0,20}\b(?:both|either|neither|a\s+mix|all\s+of\s+them)\s*[.!]?\s*$/i;

/** "Mixed — positive about the food, negative about the service": several labels said of parts, none resolved as the answer. */
function mixedUnresolved(text: string, tokens: Word[], live: Seen[], at: number): boolean {
  if (!MIXED.test(text) || new Set(live.map((s) => s.label)).size < 2) return false;
  const start = tokens[at]?.start ?? 0;
  return !RESOLVES.test(text.slice(Math.max(0, start - 60), start));
}

/** A negated label whose opposite is also a label ("not relevant" with `irrelevant`) names the opposite. */
function antonymOf(s: Seen, labels: readonly string[]): Seen {
  if (!s.negated) return s;
  const norm = (l: string) => l.toLowerCase().replace(/[\s_-]+/g, '');
  const x = norm(s.label);
  const opposite = labels.find((l) => {
    const y = norm(l);
    return y !== x && (/^(?:un|in|im|il|ir|non|dis|not)(.+)$/.exec(y)?.[1] === x || /^(?:un|in|im|il|ir|non|dis|not)(.+)$/.exec(x)?.[1] === y);
  });
  return opposite === undefined ? s : { ...s, label: opposite, negated: false };
}

/** "No." to "Is the following comment toxic?" with labels toxic/non-toxic: a yes or no answers the question the labels ask. */
function yesNoForPair(text: string, labels: readonly string[], opts: LabelReadOptions, cut: boolean): Reading | null {
  const pair = antonymPair(labels);
  // the question is the item's ("Is the comment toxic?") or the reply's own ("Toxic? No.")
  if (pair === null || !tokenize(`${opts.input ?? ''} ${text}`).some((t) => sameWord(t.w, labelWords(pair[0])[0] ?? ''))) return null;
  const yn = readTokens(text, ['yes', 'no'], { finishReason: opts.finishReason ?? null }, cut);
  if (yn.value === null || !/^(?:stand_alone|cue)$/.test(yn.by)) return null;
  return { value: yn.value === 'yes' ? pair[0] : pair[1], by: `${yn.by}+question`, reason: null };
}

/** Which of `labels` the reply `output` gave, how it was read, or why nothing was. */
export function readLabel(output: string, labels: readonly string[], opts: LabelReadOptions = {}): Reading {
  const cut = opts.finishReason === 'length';
  const boxed = boxedAnswer(output, opts.stop);
  const inBox = boxed === null ? null : readTokens(boxed, labels, opts, false);
  if (inBox?.value) return { value: inBox.value, by: 'boxed', reason: null };
  let first: Reading | null = null;
  for (const text of replyTexts(output, opts.stop, cut)) {
    const got = readReply(text, labels, opts, cut);
    if (got.value !== null) return got;
    first ??= got;
  }
  return first!;
}

function readReply(text: string, labels: readonly string[], opts: LabelReadOptions, cut: boolean): Reading {
  const flag = flagAnswer(text, labels);
  if (flag) return { value: flag, by: 'structured', reason: null };
  const structured = structuredAnswer(text);
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
