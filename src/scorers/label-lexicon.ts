/**
 * @module scorers/label-lexicon — the commonest answer labels in the sixteen languages replies come in most.
 *
 * One table, concept by language, so a language is added or checked in one place rather than
 * phrase by phrase: yes/no/maybe (weak synonyms: they count where a label stands on its own),
 * and the label words of the commonest label sets — sentiment, NLI, toxicity — which count
 * anywhere a label does. Languages: Spanish, French, German, Italian, Portuguese, Dutch,
 * Russian, Chinese, Japanese, Korean, Arabic, Hindi, Turkish, Polish, Vietnamese, Indonesian (and Greek for
 * yes/no/maybe and sentiment).
 * Words are written with their accents (the reader folds them); Korean words also match
 * with particles attached ("부정적입니다"), see label-forms.
 */

type Lang = 'es' | 'fr' | 'de' | 'it' | 'pt' | 'nl' | 'ru' | 'zh' | 'ja' | 'ko' | 'ar' | 'hi' | 'tr' | 'pl' | 'vi' | 'id' | 'el';
type Concept = 'yes' | 'no' | 'maybe' | 'positive' | 'negative' | 'neutral' | 'entailment' | 'contradiction' | 'toxic' | 'non toxic';

const LEXICON: Record<Concept, Partial<Record<Lang, string[]>>> = {
  yes: {
    es: ['sí', 'si'], fr: ['oui'], de: ['ja'], it: ['sì'], pt: ['sim'], nl: ['ja'], ru: ['да'], zh: ['是', '是的', '对', '對'], ja: ['はい'],
    ko: ['예', '네'], ar: ['نعم'], hi: ['हाँ', 'हां'], tr: ['evet'], pl: ['tak'], vi: ['có', 'vâng', 'đúng'], id: ['ya', 'iya'],
  },
  no: {
    es: ['no'], fr: ['non'], de: ['nein'], it: ['no'], pt: ['não'], nl: ['nee'], ru: ['нет'], zh: ['否', '不是', '不', '没有', '不对'], ja: ['いいえ'],
    ko: ['아니요', '아니오', '아니'], ar: ['لا'], hi: ['नहीं'], tr: ['hayır'], pl: ['nie'], vi: ['không'], id: ['tidak', 'bukan'],
  },
  maybe: {
    es: ['quizás', 'quizá', 'tal vez', 'puede ser'], fr: ['peut être'], de: ['vielleicht'], it: ['forse'], pt: ['talvez'], nl: ['misschien'],
    ru: ['может быть', 'возможно'], zh: ['也许', '可能', '或许'], ja: ['たぶん', '多分', 'かもしれない'], ko: ['아마', '아마도'], ar: ['ربما'],
    hi: ['शायद'], tr: ['belki'], pl: ['może'], vi: ['có thể'], id: ['mungkin'], el: ['ίσως'],
  },
  positive: {
    es: ['positivo'], fr: ['positif'], de: ['positiv'], it: ['positivo'], pt: ['positivo'], nl: ['positief'], ru: ['положительный', 'позитивный'],
    zh: ['积极', '正面', '正向', '積極'], ja: ['ポジティブ', '肯定的'], ko: ['긍정'], ar: ['إيجابي'], hi: ['सकारात्मक'], tr: ['olumlu'],
    pl: ['pozytywny'], vi: ['tích cực'], id: ['positif'], el: ['θετικό', 'θετική', 'θετικός', 'θετικά'],
  },
  negative: {
    es: ['negativo'], fr: ['négatif'], de: ['negativ'], it: ['negativo'], pt: ['negativo'], nl: ['negatief'], ru: ['отрицательный', 'негативный'],
    zh: ['消极', '负面', '负向', '消極', '負面'], ja: ['ネガティブ', '否定的'], ko: ['부정'], ar: ['سلبي'], hi: ['नकारात्मक'], tr: ['olumsuz'],
    pl: ['negatywny'], vi: ['tiêu cực'], id: ['negatif'], el: ['αρνητικό', 'αρνητική', 'αρνητικός', 'αρνητικά'],
  },
  neutral: {
    es: ['neutro'], fr: ['neutre'], de: ['neutral'], it: ['neutrale', 'neutro'], pt: ['neutro'], nl: ['neutraal'], ru: ['нейтральный'],
    zh: ['中性', '中立'], ja: ['中立', 'ニュートラル'], ko: ['중립'], ar: ['محايد'], hi: ['तटस्थ'], tr: ['nötr', 'tarafsız'], pl: ['neutralny'],
    vi: ['trung tính', 'trung lập'], id: ['netral'], el: ['ουδέτερο', 'ουδέτερη', 'ουδέτερος'],
  },
  entailment: {
    es: ['implicación'], fr: ['implication'], de: ['folgerung', 'implikation'], it: ['implicazione'], pt: ['implicação', 'acarretamento'],
    nl: ['implicatie'], ru: ['следование', 'импликация'], zh: ['蕴含', '蕴涵', '蘊含'], ja: ['含意'], ko: ['함의'], ar: ['استلزام'], tr: ['çıkarım'],
    pl: ['wynikanie'], vi: ['kéo theo'],
  },
  contradiction: {
    es: ['contradicción'], fr: ['contradiction'], de: ['widerspruch'], it: ['contraddizione'], pt: ['contradição'], nl: ['tegenspraak'],
    ru: ['противоречие'], zh: ['矛盾'], ja: ['矛盾'], ko: ['모순'], ar: ['تناقض'], hi: ['विरोधाभास'], tr: ['çelişki'], pl: ['sprzeczność'],
    vi: ['mâu thuẫn'], id: ['kontradiksi'],
  },
  toxic: {
    es: ['tóxico'], fr: ['toxique'], de: ['toxisch'], it: ['tossico'], pt: ['tóxico'], nl: ['toxisch'], ru: ['токсичный'], zh: ['有毒', '有害'],
    ja: ['有害', '有毒'], ko: ['유해', '유독'], ar: ['سام'], hi: ['विषाक्त'], tr: ['toksik'], pl: ['toksyczny'], vi: ['độc hại'], id: ['toksik', 'beracun'],
  },
  'non toxic': {
    es: ['no tóxico'], fr: ['non toxique'], de: ['nicht toxisch'], it: ['non tossico'], pt: ['não tóxico'], nl: ['niet toxisch'],
    ru: ['нетоксичный', 'не токсичный'], zh: ['无毒', '无害', '無害', '無毒'], ja: ['無害', '無毒'], ko: ['무해', '무독'], ar: ['غير سام'],
    hi: ['गैर विषाक्त'], tr: ['toksik değil', 'zararsız'], pl: ['nietoksyczny', 'nie toksyczny'], vi: ['không độc hại'], id: ['tidak toksik'],
  },
};

/** Every language's words for `concept`. */
export function inLanguages(concept: Concept): string[] {
  return Object.values(LEXICON[concept]).flat();
}

/** Words before a label that negate it in other languages ("не", "nicht", "不", "غير"; "ni … ni", "weder"), beside English "not". */
export const FOREIGN_NEGATORS = ['ni', 'nem', 'weder', 'nicht', 'kein', 'keine', 'pas', 'nao', 'não', 'nunca', 'jamais', 'не', 'ні', 'nie', 'niet', 'geen', 'không', 'tidak', 'bukan', '不', '没', '没有', '非', '無', '无', 'غير', 'ليس', 'όχι', 'δεν', 'μην', 'μη'];
