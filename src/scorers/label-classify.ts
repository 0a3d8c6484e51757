/**
 * @module scorers/label-classify — each place a reply names a label, classified: committed (after a cue or
 * standing alone), negated, in a list or hedge, in a condition, or a mere mention (see label-extract);
 * label-context says where it sits.
 */
import type { Match, Word } from './label-forms.js';
import { FOREIGN_NEGATORS } from './label-lexicon.js';
import { CLAUSE, END, QUOTE, aspectRow, concession, conditionBefore, counterfactualBefore, deniedAfter, framedBy, ifEarlier, rejectedAfter, sentenceEnds, wordAround } from './label-context.js';

const SKIP = new Set(['a', 'an', 'the', 'clearly', 'definitely', 'probably', 'likely', 'certainly', 'simply', 'just', 'most', 'more', 'really', 'still', 'primarily', 'mainly', 'mostly', 'chiefly', 'largely', 'predominantly', 'essentially', 'basically', 'almost', 'very', 'quite', 'pretty', 'highly', 'fairly']);
const NEG_WORDS = new Set(['not', 'never', 'neither', 'nor', 'without', 'no', 'nothing', 'zero', 'hardly', 'instead', 'than', 'cannot', ...FOREIGN_NEGATORS.map((w) => w.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'))]);
const isNegator = (w: string) => NEG_WORDS.has(w) || w.endsWith("n't");
/** Phrases right before a label that deny it: "anything but toxic", "far from urgent", "by no means X". */
const DENIED_BY = /(?:^|\s)(?:anything\s+but|far\s+from|by\s+no\s+means|in\s+no\s+way|nowhere\s+near)$/;
/** A denied verb of calling some words back: "I wouldn't go so far as to call it toxic", "I don't consider this X". */
const DENIED_CALL = /(?:^|\s)(?:wouldn't|would\s+not|don't|do\s+not|didn't|can't|cannot|couldn't|won't|never)(?:\s+\S+){0,5}\s+(?:call|label|describe|consider|classify|characteri[sz]e|regard|deem|rate)\s+(?:it|this|that|the\s+\S+)(?:\s+as)?$/;
/** Doubt before a label weighs it without saying it: "I'm not sure it's toxic", "I doubt this is urgent". */
const DOUBT = /(?:^|\s)(?:not\s+(?:sure|certain|convinced)|unsure|doubt|doubtful|(?:don't|do\s+not)\s+know)(?:\s|$)/;
/** "Arguments for yes:", "the case against X": a label being weighed, not given. */
const WEIGHED = /(?:^|\s)(?:arguments?|case|evidence|reasons?|points?)\s+(?:for|against)$/;
/** A label named as the one being weighed: "Considering the label Sports:", "evaluating the category X", "Looking at the answer yes first". */
const WEIGHING = /(?:^|\s)(?:consider(?:ing)?|weigh(?:ing)?|evaluat(?:e|ing)|examin(?:e|ing)|assess(?:ing)?|check(?:ing)?|test(?:ing)?|look(?:ing)?\s+at|start(?:ing)?\s+with|mov(?:e|ing)\s+on\s+to|turn(?:ing)?\s+to|what\s+about|next(?:\s+up)?|now\s+for)\s+(?:the\s+)?(?:label|category|class|option|answer|possibility|candidate)$/;
/** "答案是否", "所以答案为是", "答えは": an answer cue in Chinese or Japanese, its characters tokenised one by one (the label then ends its clause: "结论是不一致的" is no "no"). */
const CJK_CUE = /(?:(?:答案|答え|结论|結論|标签|標籤|类别|類別|回答|ラベル)(?:是|为|為|は|：|:)|(?:所以|因此|因而)(?:是|为|為)?)$/u;
/** After a label, a verdict that it fits best: "fits better", "fits best", "is the best fit", "works best" (not restricted: "fits better for the first line"). */
const FITS_AFTER = /^(?:fits?\s+(?:better|best)|is\s+(?:the\s+|a\s+)?(?:better|best|closest|right)\s+(?:fit|match|choice|label|category)|works\s+best|applies\s+best)(?!\s+(?:for|in|on|when|if|to|as)\s)(?:\s|$)/;
/** "the label Business", "this category X": a label named after its kind, without "is" or a colon, is named, not given. */
const NAMED_KIND = /(?:^|\s)(?:the|a|an|this|that|each|every|another)\s+(?:label|category|class|answer|option|classification|type)$/;
/** Another's reading of the item, not the reply's: "some would classify it as", "one could argue", "a skeptic might say", "it could be argued that". */
const ATTRIBUTED = /(?:^|\s)(?:(?:some|many|others|one|people|readers|annotators|critics|someone|you)\s+(?:would|might|could|may)|an?\s+[\w-]+\s+(?:would|might|could|may)\s+(?:say|argue|call|claim|read|see|think|label|tag|classify)|it\s+(?:could|might|may|can)\s+be\s+argued)(?:\s|$)/;
/** Keys of a measure of the answer rather than the answer ("Confidence: low", "Intensity: high"). */
const MEASURE = /^(?:confidence|certainty|probability|likelihood|intensity|strength|agreement|reliability)$/;
/** Plural nouns after a label that make it a kind of thing in general ("non-compete clauses", "sports stories"). */
const GENERIC = /^(?:clauses|provisions|terms|covenants|agreements|contracts|cases|claims|disputes|articles|stories|reviews|comments|tweets|posts|texts|messages|requests|tickets|issues|questions|statements)$/;
/** Words a triage label's noun names a service with: not said of the item. */
const SERVICE = /^(?:services?|department|room|number|line|contact|dispatch|medicine|physicians?|doctors?|team|exit|kit|contraception)$/;
/** Prefixes that make a word another concept: "post-termination" is not termination, "semi-urgent" not urgent. */
const SHIFTING_PREFIX = /^(?:post|pre|semi|quasi|pseudo|sub|mid|near)$/;
/** Words after an adjective that give it a complement ("critical to", "true that", "clean of"). */
const COMPLEMENT = /^(?:to|that|for|of|about|in|with|enough)$/;
/** A clause that frames a label as one source's or view's ("based on the abstract:", "according to the trial, …"). */
const FRAMED = /^(?:based\s+on|according\s+to|judging\s+by|going\s+by|from\s+the\s+\w+\s+alone)\b/;
const EMOJI = /^\p{Extended_Pictographic}$/u;
/** Words that rank a label below another or only approach it: "Secondary: sadness", "with undertones of fear", "close to neutral": not the answer. */
const RANKED_BELOW = /(?:^|\s)(?:secondary|secondarily|minor|close\s+to|bordering\s+on|verging\s+on|undertones?|hints?\s+of|tinges?\s+of|traces?\s+of|touch\s+of|elements?\s+of|(?:mixed|tinged|laced)\s+with|with\s+(?:some|a\s+(?:bit|little|hint|touch|trace)\s+of)|(?:second|secondary)\s+(?:emotion|label|sentiment|category|topic|class))(?:\s|$)/;
/** A negator before a label that another label then corrects ("Not sad, angry"), in other languages too (accents folded). */
const CORRECTING_NEGATOR = new Set(['not', 'never', 'no', 'nicht', 'kein', 'keine', 'pas', 'nao', 'не', 'ні', 'nie', 'niet', 'geen', 'khong', 'tidak', 'bukan', '不', '没', 'οχι', 'δεν', 'μη', 'μην']);
/** Between two labels, tokens that join them as a list or hedge ("X or Y", "X/Y"). */
const LIST_GAP = /^(?:,|\/|or|and|nor|&|vs|versus|maybe|possibly|perhaps|either|also|both|\+|o|ou|oder|или|або|或|veya|lub|albo|atau|hoac|noch)$/;
/** "afraid or maybe just sad": words that soften the second of two labels after "or". */
const ORJUST = /^(?:just|simply|merely)$/;
/** A range between two labels ("neutral-to-negative", "from positive to neutral"): no commitment. */
const RANGE_GAP = /^(?:to|-|from)$/;
/** "…, but mostly joy": a contrast that gives the final word (not for weak synonyms: "but it might"). */
const BUT = /(?:^|\s)but$/;
/** After "no", words that show it answers ("No, it is not", "No for children") rather than qualifies a noun. */
const NO_FOLLOWERS = new Set(['it', 'this', 'that', 'they', 'there', 'i', 'we', 'you', 'he', 'she', 'because', 'since', 'as', 'but', 'and', 'or', 'so', 'for', 'in', 'among', 'when', 'if', 'with', 'at', 'not', 'wait', 'definitely', 'absolutely', 'the', 'based', 'due', 'although', 'though', 'however', 'unfortunately', 'sir', 'unless', 'except', 'rather']);
const CUE =
  /(?:^|\s)(?:(?:final\s+|correct\s+|best\s+|better\s+|right\s+|my\s+|honest\s+|short\s+)?(?:answer|label|classification|category|class|verdict|prediction|output|result|type|response)\s*(?:is|=|would\s+be|should\s+be|will\s+be|must\s+be|here\s+is)?|(?:best|better|closest|nearest|likeliest|most\s+(?:fitting|appropriate|likely|accurate|suitable|plausible|apt))(?:\s+(?:fit|match|choice|option|pick|description|candidate))?\s+(?:is|would\s+be|seems\s+to\s+be)|it\s+is|it's|this\s+is|that\s+is|that's|which\s+is|here\s+is|it\s+would\s+be|it\s+must\s+be|(?:clause|provision|term|obligation|covenant|restriction|post|tweet|comment|review|text|message|article|story|sentence|statement|utterance|headline|passage)\s+is|(?:purpose|focus|subject|topic|gist|function|nature|essence|theme|issue|claim|tort|sentiment|tone|relation|relationship|emotion|feeling|mood|stance|attitude|intent|genre|domain|priority|urgency|severity|acuity)(?:\s+(?:expressed|conveyed|shown|displayed|detected|here|present|of\s+(?:the|this)\s+\w+))?\s+(?:is|was|seems\s+to\s+be|appears\s+to\s+be)|so|then|therefore|thus|hence|overall|return|returns|on\s+(?:reflection|second\s+thoughts?|balance)|in\s+fact|after\s+all|actually|rather|(?:that\s+)?leaves|leaving|left\s+with|ultimately|finally|in\s+conclusion|in\s+short|in\s+sum|all\s+in\s+all|bottom\s+line|i(?:\s+(?:would|will|must|shall|can|could|should|have\s+to|am\s+going\s+to)|'d|'ll)?\s+(?:say|go(?:\s+(?:with|for))?|choose|pick|answer|label\s+it)|going\s+with|i\s+meant|correction|(?:chang|switch|revis|amend|updat|correct)\w*(?:\s+(?:my|the|that|this|it|our))?(?:\s+(?:answer|label|verdict|classification|call|triage|rating))?\s+to|(?:is|are|was)\s+(?:all\s+|mainly\s+|really\s+|primarily\s+)?about|concerns|deals\s+with|relates\s+to|addresses|i\s+think|i\s+believe|i\s+guess|(?:looks|seems|appears|sounds)(?:\s+(?:like|to\s+be))?|(?:makes?|making|made)\s+(?:it|this|that|the\s+(?:urgency|priority|severity|sentiment|tone|label|category|classification|answer|verdict|stance|emotion|mood|relation|relationship|topic))|call\s+it|calling\s+it|(?:rate|rated|tag|tagged|mark|marked|score|grade)\s+(?:it|this|that)(?:\s+(?:comment|review|text|tweet|post|article|statement|one))?|classified\s+as|(?:described|characteri[sz]ed|categori[sz]ed|labell?ed|tagged)\s+as|belongs?\s+(?:under|to|in|with)|(?:goes|go|fits?)\s+(?:best\s+)?(?:under|into)|(?:file|filed|filing|put|sort|sorted|place|placed)\s+(?:it|this|that|this\s+one)?\s*under|(?:rate|label|tag|mark|classify|categori[sz]e|call|consider|score|flag)\s+(?:it|this|that|the\s+\w+(?:\s+\w+)?)(?:\s+(?:comment|review|text|tweet|post|article|statement|clause|sentence|pair|one))?\s+as|qualifies\s+as|counts\s+as|i(?:'d|\s+would)?\s+lean(?:\s+(?:toward|towards|to))?|me\s+inclino\s+(?:por|hacia)|je\s+penche\s+(?:pour|vers)|propendo\s+per|tendiere\s+zu|(?:point|points|pointed|pointing)\s+(?:to|toward|towards)|constitutes|falls\s+under|respuesta(?:\s+es)?|antwort(?:\s+(?:ist|lautet))?|reponse(?:\s+est)?|resposta(?:\s+e)?|risposta(?:\s+e)?|答案是?|ответ|lautet|ist|es|est|c'est)$/;
/** A feeling said of the writer ("The writer feels afraid", "The author sounds scared", "they are furious"): the emotion's word is the answer. */
const FEELS = /(?:^|\s)(?:(?:(?:the\s+)?(?:writer|author|speaker|person|user|customer|poster|narrator|sender)|they|he|she)\s+(?:is|was|are|were|sounds?|seems?|feels?|felt|is\s+feeling)|feels|felt)(?:\s+(?:clearly|very|really|quite|so|deeply|mostly|genuinely|obviously|rather|pretty|truly))?$/;
/** Evidence that "would point to" a label, said of something other than the speaker ("which would point towards maybe"; not "I would lean towards"). */
const WOULD_POINT = /(?:^|\s)(?!i\s|we\s)\S+\s+(?:would|could|might|may)\s+(?:\w+\s+)?(?:point|lean|tilt)(?:\s+(?:to|toward|towards))?$/;
/** Cues that commit even in a reply cut by the token limit. */
const EXPLICIT = /(?:answer|label|classification|category|class|verdict|prediction|output|result|type|response|topic|sentiment|emotion|relation|relationship)\s*(?:is|=|would\s+be|should\s+be|will\s+be|must\s+be)?\s*:?$/;
const CONDITIONAL = /^(?:for|in|among|when|if|with|under|on)$/;

export interface Seen {
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
  /** Ranked below another label or said of a part ("Secondary: sadness", "mixed with fear", an aspect's row): no answer, nor a mention of one. */
  below: boolean;
  /** Committed only by a feeling said of the writer ("the speaker is clearly surprised"): a description, which an earlier hedge between labels leaves open. */
  described?: boolean;
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

export function classify(tokens: Word[], m: Match, all: Match[], index: number): Seen | null {
  const form = m.form;
  const next = tokens[m.to];
  if (form.words.length === 1 && (form.words[0] === 'no' || form.words[0] === 'non') && next && !next.punct && !NO_FOLLOWERS.has(next.w)) return null;
  // "call emergency services", "an urgent care clinic": a service named, not the item's label
  if (next !== undefined && (SERVICE.test(next.w) || (next.w === 'care' && /^(?:clinics?|cent(?:er|re)s?|facilit(?:y|ies))$/.test(tokens[m.to + 1]?.w ?? '')))) return null;
  // "a non-exclusive license", "no-fault": a prefix joined by a hyphen to the next word
  if (form.words.length === 1 && /^(?:no|non)$/.test(form.words[0]!) && next?.w === '-' && tokens[m.to + 1] !== undefined && !tokens[m.to + 1]!.punct && next.start === tokens[m.to - 1]!.end && tokens[m.to + 1]!.start === next.end) return null;
  // a synonym taking a complement is said of something else: "it's critical to get a CT", "safe to say", "true that the sample was small",
  // "clean of profanity"; one conceded before a "but" ("True, the effect was significant, but …") is no answer either
  // (a feeling takes its object: "The person is furious about the change", "the writer is afraid of the results")
  const feeling = FEELS.test(wordsBefore(tokens, m.from, 6).join(' ')) && /^(?:about|of|with|at|for)$/.test(next?.w ?? '');
  // (a stance takes its object: "The tweet is opposed to it", "in favour of")
  const stance = /^(?:opposed|opposing|supportive|in favou?r)$/.test(form.words.join(' ')) && /^(?:to|of)$/.test(next?.w ?? '');
  if (form.weak && next !== undefined && !feeling && !stance && (COMPLEMENT.test(next.w) || (next.w === ',' && concession(tokens, m.to)))) return null;
  // "It's certainly not a yes", "probably not significant": a "… not" synonym that goes on denies what follows; it answers nothing itself
  if (form.weak && form.words.length > 1 && form.words[form.words.length - 1] === 'not' && next !== undefined && !next.punct) return null;
  // "post-termination", "semi-urgent": after a prefix that shifts its meaning, the word is part of a compound, not the label ("anti-assignment" still is)
  const glued = tokens[m.from - 1];
  if (glued?.w === '-' && glued.start === tokens[m.from - 2]?.end && glued.end === tokens[m.from]!.start && SHIFTING_PREFIX.test(tokens[m.from - 2]!.w)) return null;
  // the sentence the label is in: skip it when it asks
  const e = sentenceEnds(tokens)[m.to]!;
  if (tokens[e]?.w === '?') return null;
  let j = m.from;
  while (j > 0 && !tokens[j - 1]!.punct && SKIP.has(tokens[j - 1]!.w)) j -= 1;
  const back = wordsBefore(tokens, j, 6);
  const lastSep = Math.max(back.lastIndexOf(':'), back.lastIndexOf('-'));
  const backWords = back.slice(lastSep + 1);
  // "No doubt this is Business": an idiom with "no" negates nothing
  // "Not only toxic but threatening", "nothing but toxic": an intensifier, no denial
  const plain = backWords.join(' ').replace(/\bno\s+(?:doubt|question|wonder|surprise)\b|\bnot\s+(?:only|just|merely|simply)\b|\bnothing\s+but\b/g, '').split(' ').filter((w) => w !== '');
  const plainText = plain.join(' ');
  // 'not sure "maybe" fits', 'One could argue "maybe"': the words before an opening quote weigh the quoted label as they would a bare one
  const opened = QUOTE.test(tokens[j - 1]?.w ?? '') ? j - 1 : j;
  const beforeQuote = opened < j ? wordsBefore(tokens, opened, 12) : [];
  const doubted = DOUBT.test(plainText) || DOUBT.test(beforeQuote.slice(-6).join(' '));
  // "not "very positive"", "rather than "yes"": a denial before a quote mark
  const quotedDenial = QUOTE.test(tokens[j - 1]?.w ?? '') && (/^(?:not|never|than)$/.test(tokens[j - 2]?.w ?? '') || (tokens[j - 2]?.w === 'of' && tokens[j - 3]?.w === 'instead'));
  const negated = !doubted && (plain.slice(-4).some(isNegator) || (back.length === 0 && /^(?:not|n't)$/.test(tokens[j - 1]?.w ?? '')) || quotedDenial
    || DENIED_BY.test(plainText) || DENIED_CALL.test(wordsBefore(tokens, j, 12).join(' ')) || deniedAfter(tokens, m) || rejectedAfter(tokens, m.to));
  const phrase = back.join(' ').replace(/\s*:$/, ':').replace(/\s*-$/, '-');
  const prevTok = tokens[j - 1];
  // an emoji closes or opens a clause as a stop does ("Disgusted 🤢", "😖 Disgust.")
  // "Not hateful, just rude": a clause opened by its denial (the label set's antonym is then said)
  const atStart = j === 0 || CLAUSE.has(prevTok!.w) || EMOJI.test(prevTok!.w) || (prevTok!.w === 'not' && (j === 1 || CLAUSE.has(tokens[j - 2]!.w)));
  const afterEnd = m.to >= tokens.length || CLAUSE.has(next!.w) || EMOJI.test(next!.w) || ['clause', 'provision', 'covenant', 'term', 'section', 'claim', 'it', 'this'].includes(next!.w);
  const bare = phrase.replace(/[:-]$/, '').trim();
  // "… → no": an arrow is a cue like a colon
  const arrow = prevTok?.w === '>' && /^[-=]$/.test(tokens[j - 2]?.w ?? '');
  // "Borderline. Leaning non-toxic.": a sentence that opens with "Leaning" gives its label (not "Neutral, leaning positive": a lean beside the answer)
  // ("high or critical, leaning critical": after a hedge between labels in its sentence the lean decides)
  const leaning = /^leaning(?:\s+(?:toward|towards|to))?$/.test(bare) && (j - back.length === 0 || END.has(tokens[j - back.length - 1]!.w) || hedgeBefore(tokens, all, index));
  const described = FEELS.test(bare) && !CUE.test(bare);
  // "the null trial would point towards maybe": where evidence would point (not the speaker's "I'd lean towards") is supposed, not said
  const wouldPoint = WOULD_POINT.test(bare);
  const weighing = WEIGHING.test(bare);
  // "Nuisance fits better: …", "neutral is the best fit": a verdict of fit after the label
  const fitsAfter = FITS_AFTER.test(tokens.slice(m.to, m.to + 5).map((t) => t.w).join(' '));
  const cue = (!wouldPoint && !weighing && !NAMED_KIND.test(bare) && (leaning || CUE.test(bare) || described || (CJK_CUE.test(back.join('')) && (next === undefined || next.punct)))) || fitsAfter || (!form.weak && BUT.test(bare)) || prevTok?.w === ':' || prevTok?.w === '-' || arrow;
  const explicit = EXPLICIT.test(phrase);
  // 'A "yes" would need …', 'the "no" camp': a label quoted as a noun after an article is the word, not an answer
  const nounUse = QUOTE.test(prevTok?.w ?? '') && /^(?:a|an|the|this|that|any|my|your|their|its|one)$/.test(tokens[j - 2]?.w ?? '');
  const standalone = atStart && !nounUse && (afterEnd || m.to === e);
  // "These can't both be true": NLI's "true" that does not answer is no mention of a label either
  if (form.answerOnly && !cue && !standalone) return null;
  // "Courts enforce limitation-of-liability clauses when …": a label naming a kind of thing in general (a plural noun after it) says nothing of the item
  // ("Non-compete clauses like this one are rarely enforced" still says what this one is)
  if (!cue && !standalone && GENERIC.test(next?.w ?? '') && !/^(?:like|such)\s+(?:this|the\s+one|as\s+this)/.test(tokens.slice(m.to + 1, m.to + 4).map((t) => t.w).join(' '))) return null;
  // "both a non-compete and a termination provision": articles inside a list are part of it
  // "a sports business story": two labels side by side modify a noun together
  const neighbour = (o: Match | undefined, gapFrom: number, gapTo: number) =>
    o !== undefined && o.form.label !== form.label && gapTo - gapFrom <= 4 && (gapTo === gapFrom ||tokens.slice(gapFrom, gapTo).every((t) => LIST_GAP.test(t.w) || (ORJUST.test(t.w) && tokens.slice(gapFrom, gapTo).some((o) => o.w === 'or')) || /^(?:a|an|the|"|'|\()$/.test(t.w) || EMOJI.test(t.w)) && tokens.slice(gapFrom, gapTo).some((t) => LIST_GAP.test(t.w))
      || (tokens.slice(gapFrom, gapTo).every((t) => RANGE_GAP.test(t.w)) && tokens.slice(gapFrom, gapTo).some((t) => t.w === 'to'))
      // "maybe-leaning-no": two labels inside one hyphenated word
      || hyphenated(tokens, gapFrom, gapTo)
      // "medium-high", "low-medium": two labels joined by a hyphen, no space, are a range
      || (gapTo - gapFrom === 1 && tokens[gapFrom]!.w === '-' && tokens[gapFrom]!.start === tokens[gapFrom - 1]!.end && tokens[gapFrom]!.end === tokens[gapTo]!.start));
  const prev = all[index - 1];
  const nxt = all[index + 1];
  const lead = backWords.slice(-2).some((w) => /^(?:either|both|between|whether)$/.test(w));
  // "Not sad, angry": a label denied before another corrects it rather than listing them
  // ("Nicht positiv, negativ", "Όχι θετικό, αρνητικό" the same)
  const corrected = prev !== undefined && CORRECTING_NEGATOR.has(tokens[prev.from - 1]?.w ?? '');
  const list = (!corrected && neighbour(prev, prev?.to ?? 0, m.from)) || neighbour(nxt, m.to, nxt?.from ?? 0) || (lead && (nxt !== undefined || prev !== undefined))
    // "I can't tell whether it is toxic": a label in an embedded question is weighed, not said
    // "toxic or not"
    || (tokens[m.to]?.w === 'or' && /^(?:not|no)$/.test(tokens[m.to + 1]?.w ?? ''))
    || backWords.some((w) => w === 'whether') || /^(?:know|tell|determine|say|sure|decide|unclear)$/.test(backWords[backWords.indexOf('if') - 1] ?? '')
    || doubted || WEIGHED.test(backWords.join(' ')) || weighing;
  // "If this is an emergency, call 911": a label in a condition is not said of the item
  // "Urgent - if he deteriorates, emergent": the consequence of a condition (not "If anything, negative", "If I had to pick, maybe")
  // "If the man is a doctor then entailment": the consequence of an "if" earlier in the sentence
  const thenIf = tokens[j - 1]?.w === 'then' && ifEarlier(tokens, j - 1);
  // "(If it were sincere thanks it would be positive, …)": the consequence of a counterfactual
  const counterfactual = back.length >= 2 && back[back.length - 1] === 'be' && /^(?:would|could|might)$/.test(back[back.length - 2]!) && counterfactualBefore(tokens, j);
  // "Some would classify it as positive": a reading given to others
  // "One could argue "maybe" because …", "a skeptic might say maybe", "it could be argued that it is toxic": a reading put in another's mouth
  const attributed = ATTRIBUTED.test((opened < j ? beforeQuote : wordsBefore(tokens, j, 12)).join(' '));
  // "The hypothesis follows only if …", "toxic only when read as sarcasm": said under a condition only, not of the item
  // ("The label REFUTES applies only if the dates differ": its verb first)
  const onlyIf = /^(?:(?:applies|apply|holds|fits|works|follows|would\s+apply|would\s+fit|is\s+right|is\s+correct)\s+)?only\s+(?:if|when|under|where|in|for|assuming|provided)(?:\s|$)/.test(tokens.slice(m.to, m.to + 4).map((t) => t.w).join(' '));
  // "It looks German at first, but … are Dutch": a first impression taken back by the "but" after it
  const firstImpression = /^(?:at\s+first|initially)\b/.test(tokens.slice(m.to, m.to + 3).map((t) => t.w).join(' ')) && tokens.slice(m.to + 2, m.to + 8).some((t) => t.w === 'but');
  const supposed = firstImpression || counterfactual || attributed || onlyIf || backWords.some((w) => w === 'if' || w === 'unless') || conditionBefore(tokens, tokens[j - 1]?.w === 'then' ? j - 1 : j) || thenIf;
  // code: `return "positive" if … else "negative"`: each label a branch of a condition
  const before = wordAround(tokens, j - 1, -1);
  const after = wordAround(tokens, m.to, 1);
  // "Yes, if the other party consents; otherwise no": a label given under a condition
  // "If you trust the adjustment, the answer is yes; if you don't, it's maybe": a cue after a condition's comma gives its consequence
  // "low (if we ignore smoking) / high (if we count it)": a condition in brackets too
  const conditional = thenIf || (after !== undefined && CONDITIONAL.test(after.w)) || (after?.w === '(' && /^(?:if|when|unless|assuming)$/.test(tokens[m.to + 1]?.w ?? '')) || /^(?:else|otherwise)$/.test(before?.w ?? '') || /^(?:else|otherwise)$/.test(backWords[0] ?? '') || (cue && back.length > 0 && conditionBefore(tokens, j - back.length, true)) || conditionBefore(tokens, j, true)
    || (after?.w === ',' && /^(?:if|unless|provided|assuming)$/.test(tokens[m.to + 1]?.w ?? ''))
    // "Based on the abstract: Yes. Based on the full text: No.": a label given from one source or view
    || FRAMED.test(wordsBefore(tokens, tokens[j - 1]?.w === ',' ? j - 1 : j, 10).join(' ')) || framedBy(tokens, j);
  // "Primary emotion: anger. Secondary: sadness": a label ranked below another is not committed
  // "it is rude at most", "neutral at best": a word limited from above or below is said as a bound, not as the label
  const bounded = /^(?:at)$/.test(next?.w ?? '') && /^(?:most|worst|best)$/.test(tokens[m.to + 1]?.w ?? '');
  // "Label: high\nConfidence: low": a label-word given as the value of another measure (confidence, intensity) says nothing of the item's label
  const measured = prevTok?.w === ':' && MEASURE.test(tokens[j - 2]?.w ?? '') && (j < 3 || tokens[j - 3]!.punct);
  const below = RANKED_BELOW.test(back.join(' ').replace(/[:-]/g, ' ')) || aspectRow(tokens, j) || bounded || measured;
  // "Emotion: None": "none" names the no-emotion label only after the field that asks for it
  if (form.answerOnly && form.words[0] === 'none' && !/(?:^|\s)(?:emotion|sentiment|feeling|tone|mood|label|answer)$/.test(bare)) return null;
  return {
    label: form.label, at: m.from, to: m.to, committed: (cue || standalone) && !below, cued: cue, explicit: explicit || (standalone && j === 0 && (afterEnd || m.to === e)),
    negated, list, weak: form.weak, conditional, supposed, below, ...(described && !standalone ? { described: true } : {}),
  };
}

/** A negated label whose opposite is also a label ("not relevant" with `irrelevant`) names the opposite. */
export function antonymOf(s: Seen, labels: readonly string[]): Seen {
  if (!s.negated) return s;
  const norm = (l: string) => l.toLowerCase().replace(/[\s_-]+/g, '');
  const x = norm(s.label);
  const opposite = labels.find((l) => {
    const y = norm(l);
    return y !== x && (/^(?:un|in|im|il|ir|non|dis|not)(.+)$/.exec(y)?.[1] === x || /^(?:un|in|im|il|ir|non|dis|not)(.+)$/.exec(x)?.[1] === y);
  });
  return opposite === undefined ? s : { ...s, label: opposite, negated: false };
}

/** True when the two labels named before match `index` in its sentence are joined by "or" ("high or critical, leaning …"). */
function hedgeBefore(tokens: Word[], all: Match[], index: number): boolean {
  const [a, b] = [all[index - 2], all[index - 1]];
  if (a === undefined || b === undefined || a.form.label === b.form.label) return false;
  const between = tokens.slice(a.to, b.from);
  if (between.length > 3 || !between.some((t) => t.w === 'or')) return false;
  return !tokens.slice(b.to, all[index]!.from).some((t) => END.has(t.w));
}

/** True when the tokens between two labels (from `a` to `b`) join them inside one hyphenated word: "maybe-leaning-no". */
function hyphenated(tokens: Word[], a: number, b: number): boolean {
  if (b - a < 3 || b - a > 5 || a === 0) return false;
  for (let k = a; k <= b; k += 1) if (tokens[k]!.start !== tokens[k - 1]!.end) return false;
  return tokens.slice(a, b).some((t) => t.w === '-');
}
