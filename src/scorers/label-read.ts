/**
 * @module scorers/label-read — which label one text gives, weighing every place a label is named
 * (label-classify): verdict rows, the last committed label, the question's own words, hedges and
 * refusals after it (see label-extract for the whole reading).
 */
import type { Reading, ReadOptions } from './choice-extract.js';
import { antonymOf, classify, type Seen } from './label-classify.js';
import { sentenceEnds } from './label-context.js';
import { findForms, formsOf, labelWords, sameWord, tokenize, type Word } from './label-forms.js';
import { yesNoPair } from './label-pairs.js';
import { answersOtherClause, answersStudyQuality, predicateStatements, questionPredicates } from './label-question.js';
import { doStatements, laterVerbs, questionVerbs, strictDoStatements, subjectStatements } from './label-verbs.js';
import { ellipticStatements } from './label-elliptic.js';
import { deniedClaims, stateStatements } from './label-claims.js';
import { disagreeing, onlyLabels, repeatedLabel } from './label-conflict.js';
import { labelScores } from './label-scores.js';
import { verdictRows } from './label-verdicts.js';
import { looksLikeRefusal } from './normalize.js';
import { answersAsAgent, declinesToAdvise } from './label-roles.js';

export interface LabelReadOptions extends ReadOptions {
  /** Accepted synonyms per label (suite.yaml `aliases:`). */
  aliases?: Record<string, readonly string[]>;
  /** The item's text, whose last question gives yes/no answers their predicate. */
  input?: string;
}

const NONE = /\b(?:none\s+of\s+(?:the|these|those|them)\b|no\s+(?:label|category|categories|option)s?\s+(?:applies|apply|fits?)|neither\s+of\s+(?:these|them|the))/i;

export const unread = (reason: Reading['reason'], by = 'none'): Reading => ({ value: null, by, reason });

export function readTokens(text: string, labels: readonly string[], opts: LabelReadOptions, cut: boolean): Reading {
  const tokens = tokenize(text);
  const forms = formsOf(labels, opts.aliases);
  // a reply cut by the token limit may end inside a word: "so the relation is entail" is no cut label
  let matches = findForms(tokens, forms).filter((m) => !(cut && m.abbreviated && m.to >= tokens.length));
  const repeated = cut ? repeatedLabel(tokens, matches) : null;
  if (repeated !== null) return { value: repeated, by: 'repeated', reason: null };
  // "yes no yes no yes no", "positive negative": labels and nothing else, more than one of them
  if (onlyLabels(tokens, matches)) return unread('ambiguous');
  const v = verdictRows(tokens, matches);
  if (v.rows >= 2 && !cut) {
    if (v.positive.size === 1) return { value: [...v.positive][0]!, by: 'verdicts', reason: null };
    if (v.positive.size > 1 || v.hedged > 0) return unread('ambiguous');
    matches = matches.filter((m) => !v.consumed.has(m.from));
  }
  const scores = labelScores(text, tokens, matches);
  if (scores.rows >= 2) matches = matches.filter((m) => !scores.scored.has(m.from));
  // a yes/no synonym right before a label modifies it ("Possibly yes", "Definitely no"): the label is read
  // ("答案是否": 是 there is the copula before 否, no yes)
  matches = matches.filter((m, i) => !(m.form.weak && matches[i + 1] !== undefined && matches[i + 1]!.from === m.to && (!matches[i + 1]!.form.weak || (m.form.words.join('') === '是' && matches[i + 1]!.form.label !== m.form.label))));
  const seen = deniedLists(tokens, matches.map((m, i) => classify(tokens, m, matches, i)).filter((s): s is Seen => s !== null)).map((s) => antonymOf(s, labels));
  // "Yes, this trial was well designed": a verdict on the study, not on the question (no answer, nor a mention of one)
  const yesNo = yesNoPair(labels) !== null;
  const live = seen.filter((s) => !s.negated && !s.list && !s.supposed && !s.below && (!s.weak || s.committed) && !(yesNo && answersStudyQuality(tokens, s.to - 1)));
  const pred = opts.input !== undefined ? yesNoPair(labels) : null;
  const predicates = pred && opts.input !== undefined ? questionPredicates(opts.input) : [];
  // each reading of the predicate; one statement per place (the longest reading's)
  const byPlace = new Map<number, ReturnType<typeof predicateStatements>[number]>();
  for (const p of predicates) for (const st of [...predicateStatements(tokens, p), ...stateStatements(tokens, p)]) if (!byPlace.has(st.at)) byPlace.set(st.at, st);
  // "Is diversity jurisdiction lacking?": a statement in a question asks
  const ends = sentenceEnds(tokens);
  // "The hotel was not negligent if it had just mopped": a statement under a condition that follows it is hedged
  const statements = [...byPlace.values()].filter((st) => tokens[ends[st.at]!]?.w !== '?')
    .map((st) => (tokens.slice(st.at + 1, st.at + 4).some((t, n) => /^(?:if|unless|provided)$/.test(t.w) && tokens[st.at + n]?.w !== 'even') ? { ...st, hedged: true } : st))
    .sort((a, b) => a.at - b.at);
  // "Is it hearsay? It isn't.": the question's auxiliary alone
  const elliptic = pred && opts.input !== undefined ? ellipticStatements(tokens, opts.input) : [];
  // "Yes, it is enforceable; no, it is not unconscionable": the second no answers another question
  const other = (s: Seen) => statements.length > 0 && answersOtherClause(tokens, s.to - 1, predicates);
  const committed = live.filter((s) => s.committed && (!cut || s.explicit) && !other(s));
  // "Yes. No. Maybe. I don't know.": every label of the set said on its own, none after a cue, is the set recited
  if (labels.length >= 3 && !committed.some((s) => s.cued) && new Set(committed.map((s) => s.label)).size === labels.length) return unread('ambiguous');
  // "Yes and no: it is useful as a rule-out test, but…": after a hedge between the labels, the question's words settle nothing
  const hedgedLabels = seen.some((s) => s.list);
  // a do-question's verb ("vitamin C does shorten colds") only where no label is given
  const denied = committed.length === 0 && pred && opts.input !== undefined ? deniedClaims(tokens, opts.input) : [];
  const verbs = committed.length === 0 && pred && opts.input !== undefined
    ? [...questionVerbs(opts.input).flatMap((v) => doStatements(tokens, v)), ...laterVerbs(opts.input).flatMap((v) => strictDoStatements(tokens, v)), ...subjectStatements(tokens, opts.input)]
      .filter((v) => !denied.some((d) => v.at > d.at && v.at < d.end)).concat(denied)
    : [];
  const said = [...statements, ...elliptic, ...verbs].filter((s) => !s.hedged && !hedgedLabels).map((s) => ({ label: s.positive ? pred!.yes : pred!.no, at: s.at, by: 'question_words' }));
  const last = [...committed.map((s) => ({ label: s.label, at: s.at, by: s.cued ? 'cue' : 'stand_alone' })), ...(cut ? [] : said)]
    .sort((a, b) => a.at - b.at)
    .pop();
  // "yes\nmaybe", "Neutral\nPositive": two stand-alone answers that disagree, no correction between them
  if (last && last.by !== 'question_words' && disagreeing(text, tokens, committed, last.at)) return unread('ambiguous');
  // "Contradiction... nein, Moment, …, also entailment": a label withdrawn as soon as it is said; a label named after the withdrawal answers, none leaves no answer
  const withdrawn = last && last.by !== 'question_words' ? committed.find((s) => s.at === last.at) : undefined;
  if (withdrawn && WITHDRAWN.test(text.slice(tokens[withdrawn.to - 1]!.end, tokens[withdrawn.to - 1]!.end + 40))) {
    const later = new Set(live.filter((s) => s.at > withdrawn.at && !s.weak).map((s) => s.label));
    if (later.size === 0) return unread('ambiguous');
    if (later.size === 1 && !later.has(withdrawn.label)) return { value: [...later][0]!, by: 'correction', reason: null };
  }
  // "positive: 0.02 / negative: 0.95": the scores answer unless a label is said after them
  if (scores.rows >= 2 && !cut && !(last && last.at > scores.lastAt)) return scores.top === null ? unread('ambiguous') : { value: scores.top, by: 'scores', reason: null };
  // "Yes for adults, no for children": labels said of parts, unless a later answer settles them
  // (a branch supposed under an "if" counts: "If X then entailment, otherwise neutral")
  const conditional = seen.filter((s) => s.conditional && !s.negated && (!s.weak || s.committed));
  if (new Set(conditional.map((s) => s.label)).size > 1 && !(last && last.at > Math.max(...conditional.map((s) => s.at)))) return unread('ambiguous');
  // "… so the evidence is mixed. Maybe.": mixed evidence agrees with a label that says the answer is open
  if (last && !OPEN_LABEL.test(labelWords(last.label).join(' ')) && mixedUnresolved(text, tokens, live, last.at)) return unread('ambiguous');
  // "Surprise and joy are both plausible — the speaker is clearly surprised, …": a feeling described after a hedge between labels settles nothing
  const hedgedBefore = (label: string) => seen.filter((s) => s.list && !s.negated && last !== undefined && s.at < last.at).some((s) => (label === '' ? true : s.label === label));
  if (last && committed.find((s) => s.at === last.at)?.described && hedgedBefore(last.label) && seen.some((s) => s.list && !s.negated && s.at < last.at && s.label !== last.label)) return unread('ambiguous');
  // "… so yes. I'd say it's either yes or maybe", "Labels: X, Y": the answer set beside another label afterwards is one of several
  const listedAfter = last ? seen.filter((s) => s.list && !s.negated && !s.supposed && (!s.weak || s.committed) && s.at >= last.at) : [];
  if (last && listedAfter.some((s) => s.label === last.label) && listedAfter.some((s) => s.label !== last.label)) return unread('ambiguous');
  // "surprise (joy would also be acceptable)": another label allowed after the answer leaves it open
  // ("high — critical is equally defensible": the label given last is itself only allowed)
  if (last && seen.some((s) => s.at >= last.at && !s.negated && (s.label !== last.label || s.at === last.at) && ALSO_FINE.test(tokens.slice(s.to, s.to + 6).map((t) => t.w).join(' ')))) return unread('ambiguous');
  // "…, but it also has indemnification language. I'd say both.": the answer given last is several;
  // "… I genuinely can't separate the two.": a hedge or refusal after it takes it back
  const own = [...forms.filter((f) => !f.weak).flatMap((f) => f.words), ...predicates.flat()].filter((w) => w.length >= 3);
  const after = last ? text.slice(tokens[last.at]?.end ?? 0) : '';
  // "So: possibly — the data are suggestive but not conclusive": doubt agrees with a label that says the answer is open (maybe, uncertain)
  const open = last !== undefined && OPEN_LABEL.test(labelWords(last.label).join(' '));
  if (last && (SEVERAL.test(after) || (!open && UNDECIDED.test(otherMatters(after, own))) || COULD_GO.test(after) || MULTI.test(text))) return unread('ambiguous');
  // "Hard to tell — it could be literal (neutral) or sarcastic (negative)": labels merely set beside a hedge
  const rest = last ? text.slice(0, tokens[last.at]?.start ?? 0) + otherMatters(text.slice(tokens[last.at]?.start ?? 0), own) : text;
  if (last && (last.by === 'stand_alone' || last.by === 'question_words') && ((!open && UNDECIDED.test(rest)) || BORDERLINE.test(text))) return unread('ambiguous');
  // "Some moderators would flag it as toxic, others wouldn't": a label said of a split among readers
  if (last && splitOver(text, tokens[last.at]?.start ?? 0)) return unread('ambiguous');
  // "I'm not able to provide legal advice … For questions about what rights a clause grants, consult …": the question named, not answered
  if (last && last.by === 'question_words' && declinesToAdvise(text)) return unread('no_answer', 'refusal');
  if (last) return { value: last.label, by: last.by, reason: null };
  if (cut) return unread('truncated');
  if (statements.some((s) => s.hedged) || elliptic.some((s) => s.hedged)) return unread('ambiguous');
  if (looksLikeRefusal(text) || NONE.test(text)) return unread(seen.some((s) => s.list) ? 'ambiguous' : 'no_answer');
  const named = new Set(live.map((s) => s.label));
  // a single mention beside labels given as a list ("Labels: non-compete, termination") is no answer
  // "It doesn't express positive or negative feelings": a list denied as a whole hedges nothing
  // "I'm sorry about the double charge! I've issued a refund …": the agent answering the customer names what it did, not the message's label
  if (named.size >= 1 && answersAsAgent(text)) return unread('no_answer', 'agent_reply');
  if (named.size === 1 && !seen.some((s) => s.list && !s.negated) && !UNDECIDED.test(text) && !NEEDS_MORE.test(text) && !BORDERLINE.test(text)) return { value: [...named][0]!, by: 'mention', reason: null };
  if (SEVERAL.test(text)) return unread('ambiguous');
  // "neither entailment nor contradiction": every label but one ruled out, nothing else said
  const ruledOut = new Set(seen.filter((s) => s.negated).map((s) => s.label));
  const left = labels.filter((l) => !ruledOut.has(l));
  if (named.size === 0 && labels.length >= 3 && left.length === 1) return { value: left[0]!, by: 'elimination', reason: null };
  // "Not spam." with spam / ham: of two labels, one denied on its own and nothing else said leaves the other
  if (named.size === 0 && labels.length === 2 && left.length === 1 && seen.length === 1 && deniedAlone(text, tokens, seen[0]!)) return { value: left[0]!, by: 'elimination', reason: null };
  if (named.size > 1 || seen.some((s) => s.list)) return unread('ambiguous');
  return unread('no_answer');
}

/** "nothing in it is positive or negative": a label listed after a denied one ("or", "nor", a comma between) is denied with it. */
function deniedLists(tokens: Word[], seen: Seen[]): Seen[] {
  for (let i = 1; i < seen.length; i += 1) {
    const [a, b] = [seen[i - 1]!, seen[i]!];
    if (a.negated && a.list && b.list && !b.negated && b.at - a.to <= 2 && tokens.slice(a.to, b.at).every((t) => /^(?:or|nor|noch|,)$/.test(t.w))) seen[i] = { ...b, negated: true };
  }
  return seen;
}

/** Right after a label, words that withdraw it: "… no, wait", "… hmm, wait", "Neutral... nein, Moment:", "Negativo... no, un momento", "wait, no" (the wait-word ends its phrase: not "wait times", "Momento de la verdad"). */
const WITHDRAWN = new RegExp(String.raw`^[\s.…,;:!—–-]*(?:(?:(?:no|nope|nein|non|nee|não|нет|hmm+|um+|uh+|oh)\s*[,.!:;—–-]+\s*)?(?:wait|hold\s+on|espera|espere|(?:un\s+)?momento|moment(?:\s+mal)?|attends|attendez|aspetta|wacht|czekaj|подожди|постой)(?=\s*(?:[,.!:;…—–-]|$))|(?:wait|hmm+|actually)\s*[,.!—–-]*\s*no(?![\p{L}])|(?:等等|不对|不對|待って))`, 'iu');
/** After a label, words that allow it as well as the answer: "would also be acceptable", "is equally defensible", "also works". */
const ALSO_FINE = /^(?:would|could|might|is|seems|may)?\s*(?:also|equally)\s+(?:be\s+)?(?:acceptable|fine|correct|right|defensible|reasonable|valid|plausible|possible|ok|okay|works|fits|applies)\b/;
/** Labels that say the answer is open: doubt in the reply agrees with them. */
const OPEN_LABEL = /^(?:maybe|uncertain|unsure|unknown|unclear|undetermined|undecided|inconclusive|cannot tell|can t tell|not enough (?:info|information|evidence)|insufficient(?: \w+)?)$/;
/** A reply that is one label denied and nothing else: "Not spam.", "It's not spam", "Definitely not spam at all!". */
function deniedAlone(text: string, tokens: Word[], s: Seen): boolean {
  const before = text.slice(0, tokens[s.at]!.start).trim();
  const after = text.slice(tokens[s.to - 1]!.end).trim();
  return /^(?:(?:it's|it\s+is|this\s+is|that's|definitely|clearly|certainly|probably)\s+)?(?:not|isn't|it\s+isn't|this\s+isn't)(?:\s+an?)?$/i.test(before) && /^(?:at\s+all)?\s*[.!]?$/i.test(after);
}
const MIXED = /\b(?:mixed|ambivalent)\b/i;
const RESOLVES = /\b(?:overall|ultimately|on\s+balance|net|mostly|mainly|predominantly|largely|more|but|answer|label|final|verdict|leans?|leaning|classify|call|rate|since|so|therefore|thus|hence)\b[^.;\n]{0,30}$/i;
/** "Two types apply here", "does double duty": several labels given as the answer. */
const MULTI = /\b(?:two|both|multiple|several)\s+(?:types|labels|categories|classes)\s+(?:apply|fit)|\bdouble\s+duty\b/i;
/** Words that leave the answer open. */
const UNDECIDED = /\b(?:(?:hard|difficult|tough|impossible)\s+to\s+(?:tell|say|choose|pick|decide|call)|(?:i'll|i\s+will|i'd|i\s+would|i\s+must|i\s+have\s+to|i\s+prefer\s+to)\s+(?:abstain|pass(?=\s*(?:[.!;,\n]|$)))|can(?:no|')t\s+(?:separate|distinguish|tell|decide)|(?:can(?:no|')t|won't|will\s+not|refuse\s+to|decline\s+to|(?:don't|do\s+not)\s+want\s+to)\s+(?:pick|choose|commit(?:\s+to)?|settle\s+on|decide)(?!\s+(?:to\s+)?(?:a\s+|an\s+|any\s+|anything\s+)?(?:stronger|firmer|higher|lower|bolder|more\s+\w+|less\s+\w+)\b)|both\s+(?:answers|readings|labels|views|interpretations|positions|options|sides)\s+(?:are|seem|look)\s+(?:\w+\s+)?(?:defensible|reasonable|plausible|valid|arguable|possible|tenable)|(?:i'll|i\s+will|i'd|i\s+would)\s+leave\s+(?:it|that|the\s+(?:call|choice|decision))\s+(?:up\s+)?to\s+you|your\s+call|before\s+committing|without\s+committing|not\s+(?:ready|willing)\s+to\s+commit|depends\s+on|it\s+depends|not\s+conclusive|could\s+(?:go|be\s+(?:read|taken|seen))\s+either\s+way|can(?:no|')t\s+say\s+(?:that|whether|if)|reviewers\s+would\s+split|(?:question|answer|issue|matter)\s+(?:is|remains)\s+(?:open|unclear|unsettled|unresolved)(?!\s+only)|(?:does|do)(?:\s+not|n't)\s+(?:say|specify|state|tell\s+us)\s+which)\b/i;
/**
 * After the answer, "but whether it would be enforced depends on …" hedges another matter, not the answer: taken out of
 * the text a hedge is looked for in, unless it names a label or the question's predicate (`own`: their words).
 */
function otherMatters(after: string, own: readonly string[]): string {
  return after.replace(/\bwhether\b[^.;\n]{0,80}?\b(?:depends|turns)\s+on\b/gi, (m) => (tokenize(m).some((t) => own.some((w) => sameWord(t.w, w))) ? m : ' '));
}

/** "I lean yes but could go maybe": another label left possible after the answer. */
const COULD_GO = /\bcould\s+(?:also\s+)?go(?:\s+(?:with|for))?\s+\w+\s*[.!]?\s*$/i;
/** "Borderline." as a sentence of its own: the reply places the item between labels. */
const BORDERLINE = /(?:^|[.!?]\s+)(?:it's\s+|this\s+is\s+|that's\s+)?borderline\s*(?:[.!:;—–-]|$)/im;
/** "Some moderators would flag it as toxic, others wouldn't", "some readers might call it X; many would not". */
const SPLIT = /\bsome\s+(?:\w+\s+){0,3}(?:would|might|could|may)\b[^.;\n]{0,100}\b(?:others|many|most)\s+(?:would(?:n't|\s+not)?|might(?:n't|\s+not)?|wouldn't|won't)/gi;

/** True when `at` (a text offset) falls inside a split over readers (SPLIT). */
function splitOver(text: string, at: number): boolean {
  for (const m of text.matchAll(SPLIT)) if (m.index <= at && at < m.index + m[0].length) return true;
  return false;
}

/** A reply that asks for more before it answers ("I'd need to see the surrounding sections before classifying this one"): a label it names is no answer. */
const NEEDS_MORE = /\b(?:(?:i'd|i\s+would|i|we'd|we)\s+(?:need|want)\s+(?:to\s+(?:see|read|know|check)|more|the\s+(?:full|rest|whole|surrounding))|need\s+more\s+(?:context|information|info|details|text)|before\s+(?:classifying|labell?ing|categori[sz]ing|deciding|answering|committing)|without\s+(?:seeing|reading|more\s+context|the\s+(?:full|rest|whole)))\b/i;
/** A final answer that is several labels or none in particular: "I'd say both.", "it's equally either". */
const SEVERAL = /\b(?:say|answer|label|so|it'?s|call\s+it|classify\s+it\s+as|would\s+be)\b[^.\n]{0,20}\b(?:both|either|neither|a\s+mix|all\s+of\s+them)\s*[.!]?\s*$/i;

/** "Mixed — positive about the food, negative about the service": several labels said of parts, none resolved as the answer. */
function mixedUnresolved(text: string, tokens: Word[], live: Seen[], at: number): boolean {
  if (!MIXED.test(text) || new Set(live.map((s) => s.label)).size < 2) return false;
  const start = tokens[at]?.start ?? 0;
  return !RESOLVES.test(text.slice(Math.max(0, start - 60), start));
}
