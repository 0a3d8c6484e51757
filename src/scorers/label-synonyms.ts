/**
 * @module scorers/label-synonyms — the words a careful reader takes for common labels.
 *
 * WEAK: yes/no/maybe in other words and languages (they count only where a label would
 * stand on its own). DOMAIN: names of clause types and other labels a reader accepts
 * anywhere ("indemnity", "choice of law"); LANG: the labels in other languages. SOFT: words
 * that name a label when said as the answer but also occur in reasoning ("happy" for joy,
 * "technology" for Sci/Tech): they count only where committed. Keys are a label's words.
 */

/** Synonyms of the usual answer labels, keyed by the label's normalised text. */
export const WEAK: Record<string, string[]> = {
  yes: ['y', 'true', 'correct', 'affirmative', 'yep', 'yeah', 'yup', 'absolutely', 'certainly', 'definitely', 'of course', 'indeed',
    'sí', 'si', 'oui', 'ja', 'sim', 'да', '是', '是的', '对', 'はい', '예', '네', 'evet', 'tak', 'sì', 'igen', 'ano', 'ναι', 'כן', 'نعم', 'हाँ', 'ya'],
  no: ['n', 'false', 'incorrect', 'negative', 'nope', 'nah', 'not really', 'not a chance', 'no way', 'probably not', 'likely not', 'most likely not', 'definitely not', 'absolutely not', 'certainly not', 'of course not',
    'non', 'nein', 'não', 'nao', 'нет', '否', '不是', '不', 'いいえ', '아니요', '아니오', '아니', 'hayır', 'hayir', 'nie', 'nee', 'nej', 'nei', 'όχι', 'לא', 'لا', 'नहीं', 'tidak'],
  maybe: ['possibly', 'possible', 'perhaps', 'it might', 'it may', 'might', 'might be', 'may be', 'uncertain', 'unclear', 'inconclusive', 'quizás', 'quizas', 'tal vez', 'peut être', 'peut-être',
    'vielleicht', 'talvez', 'forse', 'может быть', '也许', '可能', 'たぶん', 'belki', 'misschien'],
};
WEAK.true = WEAK.yes!.filter((s) => s !== 'true');
WEAK.false = WEAK.no!.filter((s) => s !== 'false');

/** Common clause-type labels and the names a reader takes for them. */
export const DOMAIN: Record<string, string[]> = {
  entailment: ['follows from the premise', 'is entailed by the premise', 'premise entails the hypothesis', 'premise implies the hypothesis'],
  contradiction: ['contradicts the premise', 'premise contradicts the hypothesis'],
  indemnification: ['indemnity', 'indemnities', 'hold harmless', 'indemnify'],
  'governing law': ['choice of law', 'applicable law', 'choice of laws', 'governing laws'],
  'non compete': ['non competition', 'noncompetition', 'covenant not to compete', 'noncompete', 'non compete covenant'],
  'limitation of liability': ['cap on liability', 'liability cap', 'limitation on liability', 'limit of liability', 'liability limitation', 'limits liability'],
  confidentiality: ['non disclosure', 'nondisclosure', 'nda'],
  termination: ['right to terminate', 'terminate'],
  warranty: ['warranties', 'warrants'],
  spam: ['junk'],
  'not spam': ['ham', 'not junk'],
  'non toxic': ['nontoxic', 'not toxic'],
  'not toxic': ['non toxic', 'nontoxic'],
};


export const SOFT: Record<string, string[]> = {
  // news topics (AG News and the like)
  'sci tech': ['science and technology', 'science technology', 'science tech', 'scitech', 'science', 'technology', 'tech'],
  sports: ['sport', 'sporting'],
  world: ['world news', 'international', 'world affairs', 'international news', 'global news'],
  business: ['business news', 'economy', 'economics', 'finance', 'financial news'],
  // toxicity
  toxic: ['offensive', 'abusive', 'hateful'],
  'non toxic': ['harmless', 'benign', 'inoffensive'],
  'not toxic': ['harmless', 'benign', 'inoffensive'],
  // emotions: the noun for the adjective a reader takes as it ("happy" for joy)
  positive: ['favorable', 'favourable', 'upbeat', 'bullish', 'optimistic'],
  negative: ['unfavorable', 'unfavourable', 'critical', 'bearish', 'pessimistic'],
  // NLI: "supported by the premise", "refuted"
  entailment: ['supported', 'entailed'],
  contradiction: ['refuted', 'contradicted'],
  joy: ['happiness', 'happy', 'joyful', 'joyous', 'delight', 'elation', 'alegría', 'joie', 'freude', 'gioia', 'alegria', '喜悦', '快乐'],
  sadness: ['sad', 'sorrow', 'grief', 'tristeza', 'tristesse', 'traurigkeit', 'tristezza', '悲伤'],
  anger: ['angry', 'rage', 'fury', 'ira', 'enojo', 'colère', 'wut', 'rabbia', '愤怒'],
  fear: ['afraid', 'scared', 'fearful', 'terror', 'miedo', 'peur', 'angst', 'paura', 'medo', '恐惧'],
  surprise: ['surprised', 'astonishment', 'amazement', 'sorpresa', 'überraschung', 'surpresa', '惊讶'],
  love: ['affection', 'loving', 'amor', 'amour', 'liebe', 'amore', '爱'],
  disgust: ['disgusted', 'revulsion'],
};

/** The labels in other languages ("contradicción", "Gewährleistung", "保密"). */
export const LANG: Record<string, string[]> = {
  indemnification: ['indemnización', 'indenização', 'indemnisation', 'freistellung', 'indennizzo', '赔偿'],
  'governing law': ['ley aplicable', 'droit applicable', 'anwendbares recht', 'legge applicabile', 'lei aplicável', '适用法律', '管辖法律'],
  confidentiality: ['confidencialidad', 'confidentialité', 'vertraulichkeit', 'riservatezza', 'confidencialidade', '保密', '機密保持', '秘密保持', '守秘義務'],
  'non compete': ['non concurrence', 'no competencia', 'não concorrência', 'wettbewerbsverbot', 'non concorrenza', '竞业禁止', '競業避止', '竞业限制'],
  termination: ['terminación', 'résiliation', 'kündigung', 'risoluzione', 'rescisão', '终止', '解除'],
  warranty: ['garantía', 'garantie', 'gewährleistung', 'garanzia', 'garantia', '保证', '担保'],
  entailment: ['implicación', 'implication', 'implicazione', 'implicação', 'folgerung', '蕴含', '蕴涵'],
  contradiction: ['contradicción', 'contradiction', 'contraddizione', 'contradição', 'widerspruch', 'противоречие', '矛盾'],
  neutral: ['neutro', 'neutre', 'neutrale', 'нейтрально', 'нейтральный', 'нейтральная', '中立', '中性'],
  positive: ['positivo', 'positif', 'positiv', 'позитивный', '积极', '正面'],
  negative: ['negativo', 'négatif', 'negativ', 'негативный', '消极', '负面'],
  // news topics (AG News) in Spanish, Portuguese, French, German, Italian, Chinese
  sports: ['deportes', 'deporte', 'esportes', 'esporte', 'sportif', 'sportivo', '体育'],
  world: ['mundo', 'monde', 'welt', 'mondo', 'internacional', 'internationale', '国际', '世界'],
  business: ['negocios', 'negócios', 'economía', 'economia', 'affaires', 'économie', 'wirtschaft', '商业', '财经'],
  'sci tech': ['ciencia y tecnología', 'ciência e tecnologia', 'sciences et technologies', 'wissenschaft und technik', 'scienza e tecnologia', 'tecnología', 'tecnologia', 'technologie', 'technik', '科技'],
  toxic: ['tóxico', 'toxique', 'tossico', 'toxisch', 'токсичный', '有毒', '有害'],
  'non toxic': ['no tóxico', 'nicht toxisch', 'non toxique', 'non tossico', 'não tóxico', '无毒'],
  'not toxic': ['no tóxico', 'nicht toxisch', 'non toxique', 'non tossico', 'não tóxico', '无毒'],
};
