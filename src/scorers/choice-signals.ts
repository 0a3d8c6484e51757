/**
 * @module scorers/choice-signals — the words that shape how a multiple-choice reply is weighed.
 *
 * A self-correction marker ("wait", "on reflection", "No."), a hedge ("torn between", "but so does
 * C", "if X, C; if Y, A"), "none of the options", an answer taken back, words that say the one option
 * left is the answer, and words by which a reply turns against the option it opened with; and whether a cue
 * sits in a counterfactual or conditional sentence.
 */

/** "Wait" and "no, that's wrong" in other languages (a regex source; the label reader's corrections use it too). */
export const WAIT_OTHER_LANGUAGES = String.raw`(?:^|[\s.,;:!?—–-])(?:хотя\s+нет|подожди|постой|warte|moment\s*[,:!]|attends|espera|espere|aspetta|anzi|wacht|czekaj|bekle)(?=[\s.,;:!?—–-])|等等|不对|不對|待って|잠깐만?`;

/**
 * "Actually", "in fact", "one moment" in other languages ("en fait", "de hecho", "eigentlich", "na verdade", "in realtà",
 * "на самом деле", "其实"): between two answers they take the first back, in both readers (the label reader takes them
 * with WAIT_OTHER_LANGUAGES).
 */
export const ACTUALLY_OTHER_LANGUAGES = String.raw`(?:^|[\s.,;:!?—–-])(?:en\s+fait|de\s+hecho|en\s+realidad|eigentlich|na\s+verdade|(?:un\s+)?momento|moment\s+mal|in\s+realtà|на\s+самом\s+деле)(?=[\s.,;:!?—–-]|$)|实际上|其实|實際上|其實`;

export const CORRECTION = new RegExp(
  String.raw`\b(?:wait|actually|scratch\s+that|correction|on\s+(?:second|further)\s+(?:thought|reflection|consideration)|on\s+reflection|on\s+closer\s+(?:look|reading|inspection)|i\s+meant|let\s+me\s+reconsider|reconsidering|i\s+misread|my\s+mistake|thinking\s+(?:about\s+it\s+)?again|(?:re-?)?thinking\s+it\s+over|now\s+that\s+i\s+think\s+(?:about\s+it|of\s+it)|sorry(?!\s+(?:to\s+hear|for\s+your|about|for\s+the\s+loss)))\b|(?:^|[.!;,-]\s*)(?:no|nope|hmm,?\s+no|nein|non|não|nee|нет)\s*[.,;:!-]|` + WAIT_OTHER_LANGUAGES + '|' + ACTUALLY_OTHER_LANGUAGES +
  // "Ops, corrigindo: letra D", "perdón, corrijo", "hayır, doğrusu C" (the choice reader's own: the label reader takes WAIT_OTHER_LANGUAGES and ACTUALLY_OTHER_LANGUAGES only)
  String.raw`|(?:^|[\s.,;:!?—–-])(?:oops|ops|whoops|corrigindo|corrijo|corrigiendo|je\s+corrige|korrigiere|correggo|perdón|hayır|哦不对|搞错了|間違えました)(?=[\s.,;:!?—–-]|$)`,
  'gi',
);

export const HEDGE =
  /(?:^|[.!?]\s+)or\s+(?=\S)(?!(?:not|rather|else|so)\b)|\b(?:either\b(?!\s*[.,;!?])|torn\s+between|between\s+(?:option\s+)?[(\[]?[A-Z]\b[)\]]?\s+and\b|both\s+(?:option\s+)?[(\[]?[A-Z]\b[)\]]?\s+and\b|(?<![A-Za-z])[(\[]?[A-Z][)\]]?\s*(?:\s(?:and|&)|,|\/)\s*(?:option\s+)?[(\[]?[A-Z][)\]]?\s*[—–:-]?\s*(?:(?:are|can|could|would|might|seem|look)\s+)?both\b(?!\s+(?:wrong|incorrect|false|out|ruled|excluded|eliminated|unlikely|too|fail|miss|lack))|could\s+be\b[^.\n]{0,40}\bcould\s+be|or\s+maybe|or\s+perhaps|(?:could|might|may)\s+also\s+be\b|(?:is|are|seems?)\s+also\s+(?:defensible|possible|plausible|reasonable|correct|valid|acceptable|right)|can(?:'t|not)\s+decide|\bor\s+(?:was|is)\s+it\s+(?:option\s+)?[(\[]?[A-J](?![A-Za-z])|\bone\s+of\s+(?:those|these|the|them)\s+two\b|(?:could|might|may)\s+be\s+(?:either\s+)?(?:option\s+)?[(\[]?[A-J][)\]]?\s+or\s+(?:option\s+)?[(\[]?[A-J](?![A-Za-z])|hard\s+to\s+(?:say|tell)|difficult\s+to\s+(?:say|tell)|not\s+sure\s+(?:whether|if)|possibly\b[^.\n]{0,40}\bpossibly|\b(?:but|and)\s+so\s+(?:does|do|is|are|would|could|might)\b|\bif\b[^.;\n]{1,80}?,\s*(?:then\s+)?(?:option\s+)?[(\[]?[A-Z][)\]]?\s*[;.]\s*(?:and\s+|but\s+|otherwise\s*,?\s*)?if\b)/i;

/** Words that say the option not ruled out is the answer ("What's left is …", "by elimination"). */
export const ELIMINATED = /\b(?:rul(?:e|ed|ing)\s+out|eliminat\w*|by\s+exclusion|what(?:'s|\s+is)\s+left|leaves|left\s+(?:with|is)|remains?|remaining|only\s+one\s+left)\b/i;

/** Words by which a reply turns against what it said first. */
export const TURNS = /\b(?:but|however|although|though|instead|rather|whereas|contraindicated|avoid|actually|wait|on\s+second\s+thought)\b/i;

export const TURNED_AGAINST = /\b(?:but|however|although|though)\b[^.;\n]{0,60}\b(?:contraindicated|not\s+(?:indicated|recommended|appropriate|right|correct|the\s+answer)|wrong|incorrect|inappropriate|unsafe|ruled\s+out)\b/i;

export const HEDGES = new RegExp(HEDGE.source, 'gi');

export const NONE =
  // (not a comparison after the answer: "None of the alternatives fits as well: …", "none of the others comes close")
  /\b(?:none\s+of\s+(?:the|these|those|them)\b(?![^.:\n]{0,40}?\b(?:as\s+well|as\s+good|as\s+closely|as\s+much|better|comes?\s+close|so\s+well|quite\s+as)\b)|none\s+of\s+(?:options?\s+)?[(\[]?[A-J][)\]]?\s*(?:-|to|through|,|and)|no\s+(?:option|choice|answer)s?\s+(?:is|are|fits?|applies|matches)|(?:all|each)\s+(?:of\s+)?(?:the\s+)?(?:options|choices|answers)\s+(?:are|is)\s+(?:wrong|incorrect)|not\s+(?:choose|pick|select)\s+any|(?:can(?:'t|not)|won't|couldn't)\s+(?:pick|choose|select)\s+(?:any|one)\b|neither\s+of\s+(?:these|them|the))/i;

export const WITHDRAWN =
  /\b(?:let\s+me|i(?:'ll|\s+will|'d\s+rather|\s+would\s+rather|\s+shouldn't|\s+should\s+not))\s+not\s+commit\b|\b(?:won't|will\s+not|can't|cannot|shouldn't)\s+commit\b|\bhold\s+off\s+(?:on\s+)?(?:answering|committing|choosing|picking|an\s+answer)\b|\b(?:withdraw|retract|take\s+back)\s+(?:that|this|it|my\s+(?:answer|choice|pick))\b|\b(?:has|have|there\s+is)\s+no\s+(?:valid|correct|right)\s+answer\b|\bno\s+option\s+(?:answers|fits|works)\b|\b(?:withdraw|retract|take\s+back)\b[^.\n]{0,20}\banswer\b|\bnone\s+of\s+the\s+(?:options|choices|answers|listed\s+\w+)\s+(?:fits?|works?|is\s+(?:correct|right))\b[^.\n]*\b(?:so|therefore|hence)\b[^.\n]*\b(?:no|none|withdraw|cannot|can't)\b/i;

/** What a letter or option after it would be under another reading: "which would suggest answer B, but", "would point to C". */
export const CONDITIONAL_POINTER =
  /\b(?:would|could|might)\s+(?:(?:then|instead|rather|normally|usually|otherwise)\s+)?(?:suggest|point\s+(?:to|towards)|indicate|mean|favou?r|support|lead\s+(?:you\s+)?to)\s+(?:(?:the\s+)?(?:answer|option|choice)\s+)?[(\[]?\s*$/i;

/** A refusal to advise on a real case ("I can't make treatment decisions for a real patient"): no answer, whatever options it names. */
export const REFUSES_ADVICE =
  /\bi\s+(?:can't|cannot|can\s+not|won't|am\s+not\s+able\s+to|'m\s+not\s+able\s+to|am\s+unable\s+to|'m\s+unable\s+to)\s+(?:make|give|offer|provide)\s+(?:a\s+|any\s+)?(?:treatment|medical|clinical|legal|financial|investment|personal(?:ised|ized)?|individual)\s+(?:decisions?|advice|recommendations?)\b/i;

/** "the current one I forget", "I can't remember which": an admission of not knowing the answer. */
export const FORGETS = /\bi\s+(?:forget|(?:can't|cannot|can\s+not|don't|do\s+not)\s+(?:remember|recall))\b/i;

/** Words that rule out what their sentence names ("Sydney (A) is the only one I can rule out"). */
export const RULES_OUT = /^(?![^]*\b(?:best|answer|correct|choose|pick)\b)[^]*\brul(?:e|es|ed|ing)\s+out\b/i;

/** After a letter: it would be right under another condition ("A would be correct if the patient had taken opioids"). */
// …or right only in another case ("D is correct only in children")
export const RIGHT_IF = /^[)\]]?\s*(?:would|could|might)\s+(?:only\s+|also\s+)?(?:have\s+been|be)\b[^.;\n]{0,60}?\b(?:if|unless|had|were|provided)\b|^[)\]]?\s*(?:is|are)\s+(?:(?:the\s+)?(?:correct|right)(?:\s+answer)?|true|indicated)\s+only\s+(?:in|for|when|if|under|with|during)\b/i;

/** A text that opens by saying the writer does not know ("não sei", "I don't know", "no sé", "不知道"). */
export const DONT_KNOW = /^(?:i\s+(?:don't|do\s+not)\s+know|i'm\s+not\s+sure|not\s+sure|no\s+idea|não\s+sei|no\s+s[ée](?![\p{L}])|je\s+ne\s+sais\s+pas|ich\s+wei(?:ß|ss)\s+(?:es\s+)?nicht|non\s+lo\s+so|не\s+знаю|不知道|わかりません|모르겠)(?![^.!?\n]*\b(?:but|so|pero|mas|mais|aber|ma)\b)/iu;

/**
 * "If the question had said 'buy', A would be correct.": a cue in a counterfactual sentence (opening
 * "if", "had", "were", "unless", with "would", "could" or "might") states no answer. "If I had to pick,
 * I'd go with C" does.
 */
export function hypothetical(text: string, at: number): boolean {
  // within the 300 characters before the cue (the start is never earlier): a line break looked for back to the reply's
  // start, and the rest of the reply copied, for each cue made a reply of many cues and no line break quadratic
  const near = Math.max(0, at - 300);
  const window = text.slice(near, at);
  const start = Math.max(near + window.lastIndexOf('\n'), window.search(/[.!?]\s[^.!?]*$/) + near + 1);
  // (a bullet before it: "- If they intend …, I'd go with C")
  // (…and a connective or a note's label: "However, if the question asks …", "*Note: if the overdose were …")
  const head = text.slice(start, at).replace(/^[\s.!?*•_-]+/, '').replace(/^(?:however|but|and|also|though|although|of\s+course|that\s+said|note|nb|n\.b\.)\s*[,:]?\s+(?=(?:if|had|were|unless|suppose|supposing|assuming|si|se|wenn|falls)\b)/i, '');
  // "Si la pregunta se refiere a adultos, elegiría la B; …": "if" in other languages, with a verb in the conditional
  if (/^(?:si|se|wenn|falls|если)\s/i.test(head)) return /(?:ría|rías|rais|rait|rei|rebbe|ria)(?![\p{L}])|würde|(?<![\p{L}])бы(?![\p{L}])/u.test(text.slice(start, at));
  if (!/^(?:if|had|were|unless|suppose|supposing|assuming)\b/i.test(head) || /^if\s+(?:i|we|forced|pushed|pressed|made|required|asked|you\s+(?:force|make|push|press|ask)\s+me)\b/i.test(head)) return false;
  const end = text.slice(at, at + 2000).search(/[.!?\n]/);
  const sentence = text.slice(start, end < 0 ? Math.min(text.length, at + 2000) : at + end);
  if (/\b(?:would|could|might)\b/i.test(sentence)) return true;
  // "I'd" is "I would" in the cue's own clause: "If they are testing the definition, I'd go with C" (not "If the patient is
  // stable, I'd go with B — and she is stable, so the answer is B")
  const from = Math.max(...[',', '—', '–', ';', ' - '].map((c) => sentence.lastIndexOf(c, at - start)));
  return /\b(?:i|we|you)['’]d\b/i.test(sentence.slice(Math.max(0, from), at - start));
}
