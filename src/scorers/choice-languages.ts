/**
 * @module scorers/choice-languages — an option named by its place in the ~15 languages replies come in most.
 *
 * One small lexicon instead of phrases per reply: each language's ordinal words (first to fifth,
 * last), its nouns for an option ("opción", "proposition", "Antwort", "вариант", "选项", "보기"),
 * and its number markers ("2번", "2番", "第2", "opción 2"). A place counts where a noun for an
 * option goes with it ("la tercera opción", "die zweite Antwort", "第三个选项", "두 번째 보기",
 * "الخيار الثالث", "phương án thứ hai"), or where it ends a clause after an article ("Dann die
 * dritte.", "c'est la deuxième :"): a bare ordinal elsewhere ("the first patient") names no option.
 * Languages: es, fr, de, it, pt, nl, ru, pl, tr, zh, ja, ko, ar, hi, vi.
 */
import type { Token } from './choice-letters.js';
import { allMatches } from './matches.js';

/** Ordinal words by place (0 = first … 4 = fifth), every language at once; `LAST` the last option. */
const PLACES: string[] = [
  String.raw`primer[oa]?|premi[eè]re|(?<=\ble\s)premier|erste[nrsm]?|prim[oa]|primeir[oa]|eerste|перв\p{L}*|pierwsz\p{L}*|birinci|第一|첫\s*번째|الأول(?:ى)?|पहल[ाी]|thứ\s+nhất`,
  String.raw`segund[oa]|deuxi[eè]me|seconde|zweite[nrsm]?|second[oa]|tweede|втор\p{L}*|drug[aiey]\p{L}*|ikinci|第二|두\s*번째|الثاني(?:ة)?|दूसर[ाी]|thứ\s+hai`,
  String.raw`tercer[oa]?|troisi[eè]me|dritte[nrsm]?|terz[oa]|terceir[oa]|derde|трет\p{L}*|trzeci\p{L}*|üçüncü|第三|세\s*번째|الثالث(?:ة)?|तीसर[ाी]|thứ\s+ba`,
  String.raw`cuart[oa]|quatri[eè]me|vierte[nrsm]?|quart[oa]|vierde|четв[её]рт\p{L}*|czwart\p{L}*|dördüncü|第四|네\s*번째|الرابع(?:ة)?|चौथ[ाी]|thứ\s+tư`,
  String.raw`quint[oa]|cinqui[eè]me|fünfte[nrsm]?|vijfde|пят\p{L}*|piąt\p{L}*|beşinci|第五|다섯\s*번째|الخامس(?:ة)?|पा[ंँ]चव[ाींँ]+|thứ\s+năm`,
];
const LAST = String.raw`[úu]ltim[oa]|derni[eè]re?|letzte[nrsm]?|laatste|последн\p{L}*|ostatni\p{L}*|sonuncu|最后|最後|마지막|الأخير(?:ة)?|अंतिम|आखिरी|cuối\s+cùng`;
const NOUN = String.raw`opci[óo]n|alternativa|respuesta|proposition|r[ée]ponse|choix|option|antwort|m[öo]glichkeit|auswahl|alternative|opzione|risposta|scelta|op[çc][ãa]o|resposta|optie|antwoord|keuze|вариант\p{L}*|ответ\p{L}*|opcj\p{L}*|odpowied\p{L}*|seçenek\p{L}*|şık|cevap|选项|選項|答案|選択肢|선택지|보기|الخيار|الاختيار|الإجابة|विकल्प|उत्तर|lựa\s+chọn|phương\s+án|đáp\s+án`;
const ARTICLE = String.raw`la|el|le|l'|die|der|das|den|il|a|o|de|het|à`;
/** CJK and Korean counters after an ordinal ("第三个", "2番目") or a number ("2번", "2番"). */
const COUNTER = String.raw`(?:个|個|项|項|番目|つ目|번)?`;

const ORD = `(${PLACES.join('|')}|${LAST})`;
/** A place with its noun before or after it, or after an article at a clause's end; or a number with its marker. */
const PLACE_REF = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])|(?=第|[첫두세네]|다섯|\d\s*[번番]))(?:(?:${NOUN})\s*(?:n[°º.]\s*|nr\.?\s*|número\s*|numéro\s*|nummer\s*|số\s*)?(\d)(?![\p{N}]|[.,/]\p{N})|(\d)\s*(?:번|番)(?!\p{N})|第\s*(\d)\s*${COUNTER}|(?:(?:${NOUN})\s+)?(?:(?:${ARTICLE})\s*)?${ORD}${COUNTER}(?:\s*(?:${NOUN})|(?=\s*(?:[.!:;,)]|$)))|(第[一二三四五]|(?:첫|두|세|네|다섯)\s*번째)|(?:número|numero|numéro|nummer|номер|numer|số)\s*(\d)(?![\p{N}]|[.,/]\p{N}))`,
  'giu',
);
/** The same, for one match at a place (not global: matchAll would start where an exec left a global pattern). */
const PLACE_REF_ONE = new RegExp(PLACE_REF.source, 'iu');

/** Each place's ordinal words alone: a lookbehind on their context ("le premier") cannot hold on a word by itself. */
const PLACE_WORDS = PLACES.map((p) => new RegExp(`^(?:${p.replaceAll(String.raw`(?<=\ble\s)`, '')})$`, 'iu'));
/** A noun for an option anywhere in a match; an article opening it. */
const HAS_NOUN = new RegExp(`(?:${NOUN})`, 'iu');
const ARTICLE_FIRST = new RegExp(String.raw`^(?:${ARTICLE})\s*`, 'iu');

/** The place a matched ordinal word gives: 0–4, or -1 for "last". */
function placeOf(word: string): number {
  const w = word.toLowerCase();
  return PLACE_WORDS.findIndex((re) => re.test(w));
}

function tokenOf(m: RegExpExecArray, letters: string, afterCue = false): Token | null {
  const digit = m[1] ?? m[2] ?? m[3] ?? m[6];
  const index = digit !== undefined ? Number(digit) - 1 : placeOf((m[4] ?? m[5])!);
  const at = index === -1 ? letters.length - 1 : index;
  if (at < 0 || at >= letters.length) return null;
  // "eine zweite Möglichkeit", "una segunda opción": after an indefinite article the place is a count, not an option
  if (/(?:^|[^\p{L}])(?:eine[nrms]?|ein|una|uno|un|une|een|um|uma)\s+$/iu.test(m.input.slice(Math.max(0, m.index - 8), m.index))) return null;
  // an ordinal with no noun counts only with an article or a counter before the clause's end ("die dritte.")
  // (right after a final-answer cue the ordinal alone ends the clause: "Правильный вариант — второй:")
  if (!afterCue && digit === undefined && m[5] === undefined && !HAS_NOUN.test(m[0]) && !/[个個项項目번]$/u.test(m[0]) && !ARTICLE_FIRST.test(m[0]) && !/^(?:第|첫|두|세|네|다섯)/u.test(m[0])) return null;
  return { letter: letters[at]!, start: m.index, end: m.index + m[0].length };
}

/** Options named by place in another language anywhere in `text`. */
export function placesIn(text: string, letters: string): Token[] {
  const out: Token[] = [];
  for (const m of allMatches(PLACE_REF, text)) {
    const t = tokenOf(m, letters);
    if (t) out.push(t);
  }
  return out;
}

/** An option named by place in another language right at `pos` (after a cue), or null. */
export function placeAt(text: string, pos: number, letters: string): Token | null {
  const rest = text.slice(pos, pos + 60);
  const m = PLACE_REF_ONE.exec(rest);
  if (m === null || rest.slice(0, m.index).trim() !== '') return null;
  const t = tokenOf(m, letters, true);
  return t === null ? null : { letter: t.letter, start: pos + t.start, end: pos + t.end };
}
