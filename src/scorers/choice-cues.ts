/**
 * @module scorers/choice-cues — explicit final-answer statements and what they point to.
 *
 * "The answer is C", "Final answer: (C) …", "C is correct", "only C remains", "I'd go with
 * metformin", "La respuesta correcta es B", "正确答案 C", "Changing my answer to B". After a
 * cue the answer may be a letter, an ordinal, an option's number, or an option's text; a
 * letter followed by another option's whole text is that text's option (the letter slipped).
 */
import { bestAt, wholeOption, type Evidence, type Option } from './choice-evidence.js';
import { isNegated, lettersPattern, readLetterAt, type Token } from './choice-letters.js';
import { readOrdinalAt } from './choice-ordinals.js';
import { normalizeText } from './normalize.js';
import { abbreviatedOption } from './option-words.js';
import { CONDITIONAL_POINTER, RIGHT_IF, hypothetical } from './choice-signals.js';
import { allMatches } from './matches.js';

/** Words after which "C is correct" reads as a statement ("so C is correct"); after others ("hepatitis B is…") the letter is a name. */
const LEAD_INS = new Set([
  'so', 'therefore', 'thus', 'hence', 'and', 'but', 'then', 'clearly', 'answer', 'letter', 'overall',
  'conclusion', 'summary', 'here', 'that', 'why', 'means', 'option', 'choice', 'think', 'believe', 'thinking',
  'only', 'however', 'yes', 'instead', 'rather', 'now', 'wait', 'no', 'actually', 'in',
  // German puts the verb before the letter: "Also ist A richtig", "Damit ist C korrekt"
  'ist', 'also', 'damit', 'somit', 'daher', 'deshalb',
]);

const ML = String.raw`(?<![\p{L}])`;
/** Words between a negator and the letter it denies: a copula, an article, "option" ("not option A", "no es la B", "não é a B", "ce n'est pas la A"). */
const NOT_BUT_FILLER = String.raw`(?:is|it|es|é|è|est|ist|the|la|le|el|a|o|die|der|das|option|choice|letter|answer|opci[óo]n|op[çc][ãa]o|alternativa|lettre|letra|r[ée]ponse|respuesta|resposta|risposta|antwort)`;

const FINAL_CUES: RegExp[] = [
  /\b(?:final\s+|correct\s+|best\s+|right\s+|my\s+|the\s+)?(?:answer|ans)\b\.?(?:\s+(?:choice|option|letter))?["']?\s*(?:is\s*:?|would\s+be|should\s+be|will\s+be|must\s+be|->|=>|=|:|-)?\s*/gi,
  /\banswer\b[^.\n]{1,40}?\b(?:is|would\s+be|should\s+be)\s*:?\s*/gi,
  /\b(?:correct|best|right|most\s+(?:likely|appropriate|accurate)|preferred|final)\s+(?:option|choice|response|selection|diagnosis|treatment|management|drug|next\s+step|step|organism|cause|pick|one|letter|answer)\s*(?:here\s+)?(?:is\s*:?|would\s+be|->|=>|=|:|-)?\s*/gi,
  // "the final figure is $1,500", "correct value: 36": a computed answer (the verb or sign required: "the final amount of …" is no cue)
  /\b(?:correct|right|final)\s+(?:figure|value|amount|total|result|number|price|cost)\s*(?:is\s*:?|would\s+be|comes\s+to|->|=>|=|:)\s*/gi,
  // "So the result is 450 mg per dose.", "Thus the total is $1,100.": a computed answer stated as the conclusion
  /(?:^|[.!?]\s|\n)[^\S\n]*(?:so|thus|therefore|hence)[^\S\n]*,?[^\S\n]+(?:the[^\S\n]+)?(?:result|total|value|figure|amount)[^\S\n]+(?:is|comes[^\S\n]+to)[^\S\n]*:?[^\S\n]*/gi,
  /\b(?:i(?:'d|\s+would|\s+will|'ll|\s+must|\s+have\s+to|'d\s+have\s+to|\s+would\s+have\s+to|\s+had\s+to)?|we(?:'d|\s+would)?|let's|going)\s+(?:choose|pick|select|go\s+with|go\s+for|opt\s+for|answer(?:\s+with)?|with|lean(?:ing)?(?:\s+(?:towards?|to))?|settle\s+on|vote\s+for|stick\s+with|mark|circle|say|guess|prefer|recommend|suggest)\s*:?\s*/gi,
  /\b(?:makes?|making)\s+(?:it|the\s+answer|the\s+correct\s+(?:answer|option|choice))\s*:?\s*/gi,
  /\bmy\s+(?:choice|pick|selection)\s+(?:is|would\s+be)\s*:?\s*/gi,
  // "My best guess is option B", "im leaning towards D", "I am going with C"
  // …and a lean after a hedge: "I'm between A and C; leaning C", "…, but leaning towards D"
  /(?:^|[;,.—–]\s*|\s-\s*)(?:but\s+)?(?:i'm\s+|i\s+am\s+)?leaning\s+(?:towards?\s+|to\s+)?(?=(?:option\s+)?[(\[]?[A-J](?![A-Za-z]))/gim,
  /\bmy\s+(?:best|final)\s+(?:guess|bet)\s+(?:is|would\s+be)\s*:?\s*|\b(?:i'm|i’m|im|i\s+am)\s+(?:going\s+with|going\s+for|leaning\s+(?:towards?|to)|picking|choosing|selecting|opting\s+for|sticking\s+with)\s*:?\s*/gi,
  // "Probably B? yeah B", "Maybe C? Yes, C.": a question to oneself answered at once
  // (on its line: "C — Correct? Yes.\nD — No." answers row C, it does not point at the next row's letter)
  /(?:^|[?!.]\s*)(?:yes|yeah|yep|yup)[^\S\n]*[,.!]?[^\S\n]+(?=[(\[]?[A-J](?![A-Za-z]))/gim,
  // "If I have to pick one, C", "If forced to choose, D", "if I must choose a single answer: B"
  /\bif\s+(?:i\s+(?:have|had|must|need|needed)\s+to|i\s+must|forced\s+to)\s+(?:choose|pick|select|commit(?:\s+to)?|go\s+with)(?:\s+(?:one|just\s+one|only\s+one|a\s+single\s+(?:one|answer|option)))?\s*[,:]\s*/gi,
  // "By elimination, it's the Canberra one.", "By process of elimination: Canberra."
  /\bby\s+(?:(?:the\s+)?process\s+of\s+)?(?:elimination|exclusion)\s*[,:]?\s*(?:(?:it's|it\s+is|that's|the\s+answer\s+is|we\s+get|i\s+get)\s*)?/gi,
  // "elijo la opción B", "je choisis C", "ich wähle D", "escolho A"
  // …and vi "Chọn A", ru "выбираю B", pl "wybieram C", tr "… seçiyorum", nl "ik kies D"
  // …and the conditional, "I'd choose": "je choisirais la A", "elegiría la B", "sceglierei la D", "escolheria a A", "ich würde mich für C entscheiden"
  /(?<![\p{L}])(?:elijo|escojo|escolho|je\s+choisis|ich\s+w[äa]hle|scelgo|chọn(?:\s+(?:đáp\s+án|phương\s+án))?|выбираю|wybieram|ik\s+kies|je\s+choisirais|je\s+prendrais|j['’]opterais\s+pour|elegir[íi]a|escoger[íi]a|optar[íi]a\s+por|sceglierei|opterei\s+per|escolheria|optaria\s+pel[oa]|ich\s+w[üu]rde\s+mich\s+f[üu]r|wybrał(?:a)?bym|я\s+бы\s+выбрал[аи]?)\s+/giu,
  // "Changing my answer to B", "I'll revise that to C", and a sentence that opens "Switching to D"
  /\b(?:chang|switch|revis|amend|updat|correct)\w*\s+(?:my|the|that|this|it|our)\s+(?:(?:final\s+)?(?:answer|choice|pick|selection|response|verdict)\s+)?to\s*:?\s*/gi,
  /(?:^|[.!?;]\s+|\n|\s-\s*)(?:chang|switch|revis|updat)(?:e|es|ed|ing)?\s+(?:(?:my\s+)?(?:answer|choice|pick)\s+)?to\s*:?\s*/gi,
  // the next two: one space after the stop, then blanks other than a line break ("\s+\s*" backtracks quadratically over a
  // run of spaces, and "\n\s*" over a run of line breaks: each break would scan all that follow); the last break before the cue matches
  // …and an imperative that opens a sentence with its letter ("Choose E instead of A: …", "Pick C.")
  /(?:^|[.!?;]\s|\n)[^\S\n]*(?:go\s+with|go\s+for|(?:choose|pick|select)(?=\s+(?:option\s+)?[(\[]?[A-J](?![A-Za-z])(?![)\]]?\s*,?\s*(?:only\s+)?(?:if|when|unless)\b)))\s+/gi,
  /(?:^|[.!?;]\s|\n)[^\S\n]*(?:final|selected|selection|correct|response|choice|pick|verdict|result|solution|sol|soln|conclusion|correction|i\s+meant)(?:\s+(?:decision|answer|choice|pick|selection|verdict|response|letter|call))?\s*(?:->|=>|[:=-])?\s*(?=\S)/gi,
  /\b(?:that|which)\s+(?:applies|fits|works|is\s+(?:correct|right|needed|required|indicated))\s+(?:here\s+)?is\s*:?\s*/gi,
  /\b(?:only|leaving|leaves|left\s+with|remaining\s+(?:option|choice)\s+is|that\s+leaves)\s+/gi,
  // "What's left is lupus.", "what remains is C", "the one left standing is D"
  // …and "The only option left is A", "the only choice remaining is C", "the one option left standing is A", "the remaining answer is E"
  /\b(?:what(?:'s|’s|\s+is)\s+left\s+is|what\s+remains\s+is|the\s+(?:only\s+|one\s+)?(?:one|option|choice|answer)\s+(?:left|remaining)(?:\s+standing)?\s+is|the\s+(?:only\s+)?remaining\s+(?:one|option|choice|answer)\s+is)\s*:?\s*/gi,
  new RegExp(`${ML}(?:a\\s+|la\\s+)?(?:alternativa|op[çc][ãa]o|opci[óo]n)\\s+(?:correta|certa|correcta)\\s*(?:(?:es|[ée]|seria|ser[ií]a)(?![\\p{L}]))?\\s*(?:a\\s+|o\\s+|la\\s+)?:?\\s*`, 'giu'),
  /\bthe\s+(?:one|option|choice)\s+(?:that|which)\s+[^.\n]{1,80}?\s+is\s+/gi,
  new RegExp(`${ML}(?:la\\s+)?respuesta(?:\\s+correcta)?(?:\\s+(?:es|ser[ií]a|ser[áa]))?\\s*:?\\s*`, 'giu'),
  new RegExp(`${ML}(?:la\\s+)?(?:bonne\\s+)?r[ée]ponse(?:\\s+correcte)?(?:\\s+(?:est|serait|sera))?\\s*:?\\s*`, 'giu'),
  new RegExp(`${ML}(?:die\\s+)?(?:richtige\\s+|korrekte\\s+)?antwort(?:\\s+(?:ist|lautet|w[äa]re))?\\s*:?\\s*`, 'giu'),
  new RegExp(`${ML}(?:a\\s+)?resposta(?:\\s+correta|\\s+certa)?(?:\\s+(?:[ée]|seria|ser[áa])(?:\\s+(?:a|o)(?=\\s+\\S(?:[.!)\\s]|$)))?)?\\s*:?\\s*`, 'giu'),
  new RegExp(`${ML}(?:la\\s+)?risposta(?:\\s+corretta|\\s+giusta)?(?:\\s+(?:[èe]|sarebbe|sar[àa]))?\\s*:?\\s*`, 'giu'),
  new RegExp(`${ML}(?:(?:правильный\\s+|верный\\s+)?ответ|(?:правильный|верный)\\s+вариант(?:\\s+ответа)?)\\s*(?:[-:—–]|это)?\\s*`, 'giu'),
  new RegExp(`${ML}(?:सही\\s+)?उत्तर\\s*(?:है)?\\s*:?\\s*`, 'gu'),
  /(?:应该|應該)(?:是|选|選)\s*|(?:正确|正確)?答案(?:应该|應該)?(?:是|为|為|选|選|應為|应为)?\s*:?\s*|(?:我)?(?:选择|選擇|选|選)\s*|正解(?:は|:)?\s*|答え(?:は|:)?\s*|정답(?:은|는|:)?\s*/gu,
  new RegExp(`${ML}(?:het\\s+)?(?:juiste\\s+)?antwoord(?:\\s+is)?\\s*:?\\s*`, 'giu'),
  new RegExp(`${ML}jawaban(?:nya)?(?:\\s+yang\\s+benar)?(?:\\s+adalah)?\\s*:?\\s*`, 'giu'),
  // …pl "Prawidłowa odpowiedź to C", sw "Jibu sahihi ni C", th "คำตอบที่ถูกต้องคือ B" (its sara am as written or as NFKC splits it), tr "doğrusu C şıkkı"
  new RegExp(`${ML}(?:doğru\\s+)?cevap\\s*:?\\s*|${ML}(?:(?:prawidłowa|poprawna)\\s+)?odpowied[źz](?:\\s+to(?![\\p{L}]))?\\s*:?\\s*|${ML}jibu(?:\\s+(?:sahihi|sahii))?(?:\\s+ni(?![\\p{L}]))?\\s*:?\\s*|ค(?:\u0E33|\u0E4D\u0E32)ตอบ(?:ที่ถูกต้อง|ที่ถูก)?\\s*(?:คือ)?\\s*:?\\s*|${ML}doğrusu\\s*:?\\s*`, 'giu'),
  // "It's not A but C", "pas la A mais la C", "no es la B sino la D", "nicht A, sondern C", "não é a B, mas a D", "non è la A, ma la C", "不是B，是C"
  // (only a copula, an article or "option" between the negator and the letter: "Not sure about A, but C might also work"
  // doubts A, it rules nothing out)
  new RegExp(`${ML}(?:not|no|pas|nicht|não|non)(?![\\p{L}])(?:[^\\S\\n]+${NOT_BUT_FILLER}(?![\\p{L}]))*[^\\S\\n]*[(\\[]?[A-J][)\\]]?(?![\\p{L}])\\s*,?\\s*(?:but|sino|mais|sondern|mas|ma)\\s+(?:(?:la|le|el|a|o|die|der)\\s+)?(?=[(\\[]?[A-J](?![\\p{L}]))|(?:不是|并非|並非)\\s*[A-J]\\s*[，,、]?\\s*(?:而)?是\\s*`, 'giu'),
  // "…，是C" (after "哦不对"), "è la C", "É a C", "es la D", "c'est la B": "it is" before a letter opening its clause
  new RegExp(`(?:^|[，,。：:；;！!]\\s*)(?:而|就)?是\\s*(?=[(\\[]?[A-J](?![A-Za-z]))|(?:^|[.!?;:,]\\s*|\\n)(?:è|é|es|est|c'est|c’est)\\s+(?:(?:la|le|el|a|o)\\s+)?(?=[(\\[]?[A-J](?![\\p{L}]))`, 'giu'),
  // vi "đáp án đúng là B", "câu trả lời: C"; ar "الإجابة الصحيحة هي ب"… (a Latin letter after it); ko "답: 2번", "답은 C"; tr "yanıt", "doğru şık"
  new RegExp(`${ML}(?:đáp\\s+án|câu\\s+trả\\s+lời)(?:\\s+(?:đúng|chính\\s+xác))?(?:\\s+(?:là|sẽ\\s+là))?\\s*:?\\s*|(?:الإجابة|الجواب)(?:\\s+(?:الصحيحة|الصحيح))?(?:\\s+(?:هي|هو))?\\s*:?\\s*|${ML}답\\s*(?:은|는)?\\s*:?\\s*|${ML}(?:doğru\\s+(?:şık|seçenek)|yanıt)\\s*(?:ise)?\\s*:?\\s*`, 'giu'),
];

/** The option whose text opens the sentence at `pos` ("the answer is metformin"), longest first. */
function readOptionTextAt(text: string, pos: number, options: Option[]): Token | null {
  const sentence = text.slice(pos, pos + 300).split(/\n|[.!?;](?=\s+[A-Z]|\s*$)|,\s/)[0] ?? '';
  // "only the Golgi remains", "it's the Canberra one": the option's name without the verb or "one" after it
  const said = normalizeText(sentence).replace(/^(?:the|an|a|option|choice)\s+/, '').replace(/\s+(?:one|option|choice)$|\s+(?:remains|is\s+left|is\s+what\s+remains)\b.*$/, '');
  // "Before I answer: is the $2,000 a salvage value?": a question names no answer
  if (said === '' || text[pos + sentence.length] === '?') return null;
  const words = said.split(' ');
  const found = bestAt(words, 0, options);
  // "By process of elimination: Mercury and Venus have no moons, …": an option joined to another names both, not the answer
  const joined = found !== null && /^(?:and|or|nor)$/.test(words[found.span] ?? '') ? bestAt(words, found.span + 1, options) : null;
  const best = joined !== null && joined.letter !== found!.letter ? null : found;
  // "What's left is lupus.": a short name after the cue that opens the words of one option only
  const short = best || joined ? null : abbreviatedOption(words, options);
  const letter = best?.letter ?? short;
  return letter ? { letter, start: pos, end: pos + sentence.length } : null;
}

/**
 * "Final answer: (C) Atropine and pralidoxime" where that is option A's text: the letter slipped and
 * the text names the answer. The letter stands unless exactly another option's whole text follows it.
 */
function slipped(text: string, letter: Token, ev: Evidence): Token {
  const rest = text.slice(letter.end, letter.end + 200).replace(/^[ \t.:)\]-]+/, '').split(/\n|[.;!?](?:\s|$)|\s[-(]\s*|,\s|\s(?:because|since|as|which)\s/)[0]!;
  const named = rest === '' ? null : wholeOption(rest, ev.options);
  // "… is D. Gamma rays (A) are the other extreme": the text with its own letter after it is a sentence about that option
  const own = named === null ? false : new RegExp(`^\\s*[(\\[]${named}[)\\]]`).test(text.slice(text.indexOf(rest, letter.end) + rest.length));
  return named === null || named === letter.letter || own ? letter : { letter: named, start: letter.start, end: letter.end + rest.length };
}

/** What a cue at `at` points to: a letter, an ordinal, or an option's text. */
function readAfterCue(text: string, cueEnd: number, ev: Evidence): Token | null {
  // "die richtige Antwort ist also A", "the answer is therefore C": a connective after the cue
  const at = cueEnd + (/^(?:also|thus|so|therefore|hence|then|clearly|definitely|probably|certainly|indeed|obviously|dann|daher|donc|entonces|então|quindi|allora|alors)\s*,?\s+/i.exec(text.slice(cueEnd, cueEnd + 20))?.[0].length ?? 0);
  // "I'd pick both.", "My answer: both": a cue naming several options
  if (/^\s*(?:both|all\s+(?:three|four|of\s+them)|each\s+of\s+them)\b(?!\s+(?:are|is)\s+(?:wrong|incorrect))/i.test(text.slice(at, at + 30))) {
    ev.flags.either = true;
    return null;
  }
  const letter = readLetterAt(text, at, ev.letters, false, ev.flags);
  if (letter) return isNegated(text, letter, ev.letters) ? null : slipped(text, letter, ev);
  const ord = readOrdinalAt(text, at, ev.letters);
  if (ord) return isNegated(text, ord, ev.letters) ? null : ord;
  // "Answer: 2": a bare option number right after a cue
  const digit = /^\s*(?:#|no\.?\s*|number\s*)?[(\[]?([1-9])[)\]]?\s*(?:[.)]\s+[A-Z]|[.)]?\s*$)/.exec(text.slice(at, at + 16).split('\n')[0] ?? '');
  if (digit && !ev.numeric && Number(digit[1]) <= ev.letters.length) return { letter: ev.letters[Number(digit[1]) - 1]!, start: at, end: at + digit[0].length };
  return readOptionTextAt(text, at, ev.options);
}

/** Explicit final-answer statements ("the answer is C", "C is correct", "only C remains", "La respuesta es C"). */
export function finalCues(text: string, ev: Evidence, cut = false): Token[] {
  const found: Token[] = [];
  for (const cue of FINAL_CUES) {
    for (const m of allMatches(cue, text)) {
      // in a reply cut by the token limit only an explicit answer counts, not "that leaves …"
      if (cut && /^\s*(?:only|leaving|leaves|left|that\s+leaves|remaining)/i.test(m[0])) continue;
      // "| ✗ adjunct only |\n| D. …": a line or table cell that ends on "only" is no "only D" before the next row's letter
      if (/^\s*(?:only|leaving|leaves|left)/i.test(m[0]) && m[0].includes('\n')) continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      // "only C remains", "only apixaban satisfies all three" (not "only warfarin needs monitoring")
      if (/^\s*(?:only|leaving|leaves|left)/i.test(m[0]) && !/^(?:option\s+|choice\s+)?[(\[]?[A-Z](?![A-Za-z])/.test(after) && !/^[^.,;:\n]{1,60}?\s(?:satisfies|meets|fits|fulfils|fulfills|matches|remains|is\s+left|works|explains|qualifies|covers|has\s+a|has\s+an|has\s+the)\b/i.test(after)) continue;
      // "Let's analyze each option to determine the best answer:": what the reply sets out to find is no answer yet
      // (not the writer's own pick after it: "if I had to choose I'd say C")
      if (!/^\s*(?:i\b|i'|i’|we\b|we'|let's)/i.test(m[0]) && /\b(?:determine|find|identify|choose|pick|select|reach|arrive\s+at|work\s+out|figure\s+out|get\s+to)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.index - 40), m.index) + (/^the\s+/i.exec(m[0])?.[0] ?? ''))) continue;
      const was = ev.flags.either;
      ev.flags.either = false;
      const t = readAfterCue(text, m.index + m[0].length, ev);
      // "Answer: D and E.": a cue naming several options; a later one than any single answer commits to none
      if (t === null && ev.flags.either) ev.flags.severalAt = Math.max(ev.flags.severalAt ?? -1, m.index);
      ev.flags.either ||= was;
      if (t) found.push(t);
    }
  }
  const before = lettersPattern('cue-before', ev.letters, (L) =>
    `(?:option\\s+|choice\\s+)?[(\\[]?\\b([${L}])\\b[)\\]]?,?\\s*(?:(?:is|would\\s+be|seems\\s+to\\s+be|appears\\s+to\\s+be|must\\s+be)\\s+(?:the\\s+|definitely\\s+|clearly\\s+)?(?:correct|right|best|better|preferable|preferred|most\\s+(?:likely|appropriate|accurate)|true\\b|accurate|answer)|fits\\s+(?:best|better)|remains(?=\\s*(?:[.,;!]|$)|\\s+(?:correct|right|the\\s+answer)\\b)|is\\s+left\\b|(?:is|seems)\\s+(?:much\\s+|far\\s+)?more\\s+likely\\b(?!\\s+(?:wrong|incorrect))|(?:still\\s+)?(?:stands|holds)(?=\\s*(?:[.,;!]|$))|is\\s+the\\s+only\\b(?![^.\\n]*\\b(?:rule|ruled|wrong|incorrect|exclude|excluded|not|never|isn't|doesn't|can't)\\b)|is\\s+still\\s+(?:correct|right|the\\s+answer)\\b|it\\s+is\\b|makes\\s+(?:the\\s+)?most\\s+sense|is\\s+the\\s+one\\b|is\\s+it\\b|is\\s+my\\s+(?:answer|choice|pick)|(?:seems|looks)\\s+(?:right|correct|best|most\\s+likely)|(?:richtig|korrekt)\\b|(?:es|est|è|é|is|jest)\\s+(?:la\\s+|a\\s+)?(?:correct[ao]|correcte|bonne|corrett[ao]|giust[ao]|corret[ao]|cert[ao]|juist|poprawn[aey])(?![\\p{L}]))`,
    'giu');
  for (const m of allMatches(before, text)) {
    const letter = m[1]!;
    const letterAt = m.index + m[0].search(/\b[A-Za-z]\b/);
    if ((letter === 'a' || letter === 'i') && !/[(\[]/.test(m[0])) continue;
    if (letter !== letter.toUpperCase() && !/^(?:option|choice)|[(\[]/i.test(m[0])) continue;
    const prev = /([A-Za-z]+)[ \t]*$/.exec(text.slice(Math.max(0, m.index - 30), m.index));
    // after a word the letter may be a name ("hepatitis B is…"), unless bracketed as an option: "fidaxomicin (C) is preferred"
    if (prev && !/^(?:option|choice)|^[(\[]/i.test(m[0]) && !LEAD_INS.has(prev[1]!.toLowerCase())) continue;
    found.push({ letter: letter.toUpperCase(), start: letterAt, end: letterAt + 1 });
  }
  // "…, which would suggest answer B, but": what another reading would point to is no answer
  // "The answer would be B if the question asked about 1989, but …": a cue in the conditional with its "if" after it
  // "Option A would be correct if the patient were hypotensive": a letter that would be right under another condition
  const rightIf = (t: Token): boolean => RIGHT_IF.test(text.slice(t.end, t.end + 100));
  // (…in other languages: "La respuesta sería B si el paciente …")
  const ifAfter = (t: Token): boolean => /(?:\b(?:would|could|might)\b|ser[íi]a|serait|w[äa]re|sarebbe)[^.;\n]*$/i.test(text.slice(Math.max(0, t.start - 40), t.start)) && /^[)\]\s]*(?:[^.;,\n]{0,30}\s)?(?:if|si|se|wenn|falls)\b/i.test(text.slice(t.end, t.end + 40));
  return found.filter((t) => !hypothetical(text, t.start) && !ifAfter(t) && !rightIf(t) && !CONDITIONAL_POINTER.test(text.slice(Math.max(0, t.start - 60), t.start)));
}
