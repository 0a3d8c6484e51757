/**
 * @module scorers/label-synonyms — the words a careful reader takes for common labels.
 *
 * WEAK: yes/no/maybe in other words and languages (they count only where a label would
 * stand on its own). DOMAIN: names of clause types and other labels a reader accepts
 * anywhere ("indemnity", "choice of law"); LANG: the labels in other languages. SOFT: words
 * that name a label when said as the answer but also occur in reasoning ("happy" for joy,
 * "technology" for Sci/Tech): they count only where committed. Keys are a label's words.
 */
import { inLanguages } from './label-lexicon.js';

/** Synonyms of the usual answer labels, keyed by the label's normalised text. */
export const WEAK: Record<string, string[]> = {
  yes: ['y', 'true', 'correct', 'affirmative', 'yep', 'yeah', 'yup', 'absolutely', 'certainly', 'definitely', 'of course', 'indeed', ...inLanguages('yes'),
    'ano', 'igen', 'ναι', 'כן'],
  no: ['n', 'false', 'incorrect', 'negative', 'nope', 'nah', 'not really', 'not a chance', 'no way', 'probably not', 'likely not', 'most likely not', 'definitely not', 'absolutely not', 'certainly not', 'of course not',
    ...inLanguages('no'), 'nej', 'nei', 'όχι', 'לא'],
  maybe: ['possibly', 'possible', 'perhaps', 'it might', 'it may', 'might', 'might be', 'may be', 'uncertain', 'unclear', 'inconclusive', ...inLanguages('maybe'), 'kanske'],
};
WEAK.true = WEAK.yes!.filter((s) => s !== 'true');
WEAK.false = WEAK.no!.filter((s) => s !== 'false');

/**
 * NLI's labels as the prompts of instruction-tuned models word them ("True, False, or Neither?",
 * "yes / it is not possible to tell / no"): weak, and only in a set with entailment or contradiction.
 */
export const NLI_WEAK: Record<string, string[]> = {
  entailment: ['true', 'definitely true', 'always true', 'necessarily true'],
  contradiction: ['false', 'definitely false', 'never true', 'necessarily false'],
  neutral: ['neither', 'unknown', 'undetermined', 'indeterminate', 'cannot be determined', "can't be determined", 'it is not possible to tell', 'not possible to tell', 'impossible to tell', 'impossible to say', 'maybe true', 'possibly true', 'sometimes true'],
};

/**
 * Phrases that name NLI's neutral and the no-emotion label outright ("neither confirms nor denies",
 * "no emotion is expressed"): anywhere, in a set with entailment or contradiction (NLI) or with
 * neutral beside emotions or sentiments (`NO_FEELING`).
 */
export const NLI_NEUTRAL = ['neither confirms nor denies', 'neither confirm nor deny', 'neither confirms nor contradicts', 'neither supports nor contradicts', 'neither supports nor refutes',
  'neither entails nor contradicts', 'neither implies nor contradicts', 'neither proves nor disproves', 'neither follows nor contradicts',
  // "the premise neither supports nor rules out the hypothesis", "neither supported nor contradicted by the premise"
  'neither supports nor rules out', 'neither entails nor rules out', 'neither implies nor rules out', 'neither confirms nor rules out', 'neither proves nor rules out',
  'neither confirms nor refutes', 'neither entails nor refutes', 'neither supported nor contradicted', 'neither supported nor refuted', 'neither entailed nor contradicted',
  'neither confirmed nor contradicted', 'neither confirmed nor refuted'];
export const NO_FEELING = ['no emotion is expressed', 'no emotion expressed', 'expresses no emotion', 'shows no emotion', 'conveys no emotion', 'expresses no particular emotion', 'no sentiment is expressed', 'expresses no sentiment', 'no emotional content'];
/** … and said as the answer only ("No particular emotion.", "Emotion: none in particular"). */
export const NO_FEELING_WEAK = ['none', 'none in particular', 'no emotion', 'no particular emotion', 'no clear emotion', 'no strong emotion', 'no sentiment', 'no clear sentiment', 'no particular sentiment'];

/** Common clause-type labels and NLI's wordings and the names a reader takes for them. */
export const DOMAIN: Record<string, string[]> = {
  entailment: ['hypothesis follows', 'hypothesis necessarily follows', 'hypothesis logically follows', 'follows from the premise', 'is entailed by the premise', 'premise entails the hypothesis', 'premise implies the hypothesis', 'follows from', 'follows directly from', 'follows logically', 'logically follows', 'necessarily follows', 'follows necessarily'],
  contradiction: ['contradicts the premise', 'premise contradicts the hypothesis', 'ruled out by the premise'],
  indemnification: ['indemnity', 'indemnities', 'hold harmless', 'indemnify'],
  'governing law': ['choice of law', 'applicable law', 'choice of laws', 'governing laws'],
  'non compete': ['non competition', 'noncompetition', 'covenant not to compete', 'noncompete', 'non compete covenant'],
  'limitation of liability': ['cap on liability', 'liability cap', 'limitation on liability', 'limit of liability', 'liability limitation', 'limits liability', 'cap on damages', 'damages cap', 'liability limit'],
  confidentiality: ['non disclosure', 'nondisclosure', 'nda'],
  termination: ['right to terminate', 'terminate'],
  warranty: ['warranties', 'warrants'],
  spam: ['junk'],
  ham: ['not spam', 'not junk', 'non spam'],
  // a stance set's none: "No stance", "takes no side", "neither for nor against"
  none: ['no stance', 'no clear stance', 'no obvious stance', 'no discernible stance', 'no explicit stance', 'no particular stance', 'takes no position', 'takes no side', 'takes no sides',
    'neither for nor against', 'neither in favor nor against', 'neither in favour nor against', 'neither supports nor opposes'],
  'not spam': ['ham', 'not junk'],
  'non toxic': ['nontoxic', 'not toxic'],
  'not toxic': ['non toxic', 'nontoxic'],
  // "IP" only as the kind of clause ("an IP clause", "IP ownership provision"); alone it counts where committed (SOFT)
  'intellectual property': ['ip clause', 'ip provision', 'ip rights', 'ip ownership'],
  // fact-check verdicts (FEVER): "Not enough information", "insufficient evidence"
  'not enough info': ['not enough information', 'not enough evidence', 'insufficient information', 'insufficient evidence', 'insufficient info'],
};


const NOT_TOXIC = ['harmless', 'benign', 'inoffensive', 'clean', 'civil', 'polite', 'respectful', 'courteous', 'constructive', 'safe', 'acceptable'];

export const SOFT: Record<string, string[]> = {
  // news topics (AG News and the like)
  'sci tech': ['science and technology', 'science technology', 'science tech', 'scitech', 'science', 'technology', 'tech'],
  sports: ['sport', 'sporting'],
  // BBC News's five
  tech: ['technology', 'science and technology', 'science technology', 'sci tech', 'scitech', 'science'],
  // hate speech
  hate: ['hateful', 'hate speech', 'hatred'],
  world: ['world news', 'international', 'world affairs', 'international news', 'global news'],
  business: ['business news', 'economy', 'economics', 'finance', 'financial news'],
  // toxicity
  toxic: ['offensive', 'abusive', 'hateful', 'insulting', 'rude', 'hostile', 'harassing', 'harassment', 'hate speech', 'threatening', 'obscene', 'vulgar', 'derogatory', 'demeaning'],
  'non toxic': NOT_TOXIC,
  'not toxic': NOT_TOXIC,
  // triage: the acuity words of triage scales
  emergent: ['life threatening', 'immediate', 'resuscitation', 'critical'],
  'non urgent': ['routine', 'low priority', 'low acuity', 'elective', 'can wait'],
  // emotions: the noun for the adjective a reader takes as it ("happy" for joy)
  // "Bad" / "Good" said as the answer, where the set has negative / positive
  positive: ['good', 'favorable', 'favourable', 'upbeat', 'bullish', 'optimistic', 'satisfied', 'pleased', 'approving'],
  negative: ['bad', 'unfavorable', 'unfavourable', 'critical', 'bearish', 'pessimistic', 'dissatisfied', 'displeased', 'disappointed', 'disapproving'],
  // NLI: "supported by the premise", "refuted"
  entailment: ['supported', 'entailed', 'infer', 'inferred', 'implied'],
  contradiction: ['refuted', 'contradicted', 'rules it out', 'ruled out', 'rule it out'],
  joy: ['happiness', 'happy', 'joyful', 'joyous', 'delight', 'delighted', 'elation', 'elated', 'thrilled', 'overjoyed', 'ecstatic', 'glad', 'cheerful', 'alegría', 'joie', 'freude', 'gioia', 'alegria', '喜悦', '快乐'],
  sadness: ['sad', 'sorrow', 'grief', 'heartbroken', 'unhappy', 'miserable', 'depressed', 'devastated', 'gloomy', 'tristeza', 'tristesse', 'traurigkeit', 'tristezza', '悲伤'],
  anger: ['angry', 'rage', 'fury', 'furious', 'outraged', 'enraged', 'irritated', 'annoyed', 'mad', 'ira', 'enojo', 'colère', 'wut', 'rabbia', '愤怒'],
  fear: ['afraid', 'scared', 'fearful', 'terror', 'terrified', 'frightened', 'anxious', 'anxiety', 'panic', 'worried', 'dread', 'miedo', 'peur', 'angst', 'paura', 'medo', '恐惧'],
  surprise: ['surprised', 'astonishment', 'amazement', 'astonished', 'amazed', 'shocked', 'shock', 'stunned', 'startled', 'sorpresa', 'überraschung', 'surpresa', '惊讶'],
  love: ['affection', 'loving', 'adoration', 'fondness', 'affectionate', 'romantic', 'amor', 'amour', 'liebe', 'amore', '爱'],
  disgust: ['disgusted', 'revulsion'],
  ham: ['legitimate', 'legit'],
  // torts: the name a lawyer gives the claim ("Libel", "Nuisance", "Trespass"; not where another label of the set holds the word, see label-forms)
  defamation: ['libel', 'slander', 'defamatory'],
  'private nuisance': ['nuisance'],
  'trespass to land': ['trespass'],
  'false imprisonment': ['unlawful detention', 'wrongful detention', 'unlawful confinement'],
  'breach of contract': ['breach'],
  // stances: "Opposed", "In favour"; and in other languages, said as the answer ("Dagegen.", "En contra")
  against: ['opposed', 'opposes', 'opposing', 'opposition'],
  favor: ['in favor', 'in favour', 'supportive', 'pro', 'dafür', 'pour', 'за', '赞成', '支持'],
  'intellectual property': ['ip'],
  // fact-check verdicts said as the answer: "Supported", "True", "Refuted", "False", "NEI"
  supports: ['true', 'confirmed', 'correct'],
  refutes: ['false', 'refuted', 'debunked', 'incorrect', 'contradicted'],
  'not enough info': ['nei', 'unverifiable', 'cannot be verified', 'can t be verified'],
};

/** The labels in other languages ("contradicción", "Gewährleistung", "保密"); the commonest label sets' from label-lexicon. */
export const LANG: Record<string, string[]> = {
  indemnification: ['indemnización', 'indenização', 'indemnisation', 'freistellung', 'indennizzo', '赔偿', 'возмещение убытков'],
  'governing law': ['ley aplicable', 'droit applicable', 'anwendbares recht', 'legge applicabile', 'lei aplicável', '适用法律', '管辖法律', 'применимое право'],
  confidentiality: ['confidencialidad', 'confidentialité', 'vertraulichkeit', 'riservatezza', 'confidencialidade', '保密', '機密保持', '秘密保持', '守秘義務', 'конфиденциальность'],
  'non compete': ['non concurrence', 'no competencia', 'não concorrência', 'wettbewerbsverbot', 'non concorrenza', '竞业禁止', '競業避止', '竞业限制', 'запрет конкуренции'],
  termination: ['terminación', 'rescisión', 'résiliation', 'kündigung', 'beendigung', 'risoluzione', 'rescisão', '终止', '解除', 'расторжение'],
  assignment: ['cesión', 'cession', 'abtretung', 'cessione', 'cessão', '转让', '譲渡', 'уступка', 'переуступка'],
  'limitation of liability': ['limitación de responsabilidad', 'limitation de responsabilité', 'haftungsbeschränkung', 'haftungsbegrenzung', 'limitazione di responsabilità', 'limitação de responsabilidade', '责任限制', '責任制限', 'ограничение ответственности'],
  warranty: ['garantía', 'garantie', 'gewährleistung', 'garanzia', 'garantia', '保证', '担保', 'гарантия'],
  entailment: inLanguages('entailment'),
  contradiction: inLanguages('contradiction'),
  neutral: inLanguages('neutral'),
  positive: inLanguages('positive'),
  negative: inLanguages('negative'),
  // news topics (AG News) in Spanish, Portuguese, French, German, Italian, Chinese
  // … and Russian, Japanese, Korean
  sports: ['deportes', 'deporte', 'esportes', 'esporte', 'sportif', 'sportivo', '体育', 'спорт', 'スポーツ', '스포츠'],
  world: ['mundo', 'monde', 'welt', 'mondo', 'internacional', 'internationale', '国际', '世界', 'мир', 'в мире', 'международные новости', '国際', '세계', '국제'],
  business: ['negocios', 'negócios', 'economía', 'economia', 'affaires', 'économie', 'wirtschaft', '商业', '财经', 'бизнес', 'экономика', 'ビジネス', '経済', '비즈니스', '경제'],
  'sci tech': ['ciencia y tecnología', 'ciência e tecnologia', 'sciences et technologies', 'wissenschaft und technik', 'scienza e tecnologia', 'tecnología', 'tecnologia', 'technologie', 'technik', '科技',
    'наука и техника', 'наука и технологии', 'технологии', '科学技術', 'テクノロジー', '과학기술', '과학'],
  // a stance against in other languages, a word as plain as English "against" (the stance for, "pour", "dafür", "за", counts where committed: SOFT)
  against: ['dagegen', 'en contra', 'contre', 'contrario', 'contraria', 'contra', 'против', '反对', '反對'],
  favor: ['a favor', 'a favore', 'favorevole'],
  // fact-check verdicts (FEVER) and the clause types the tables above lack, in other languages; Russian clause names
  supports: ['unterstützt', 'bestätigt', 'belegt', 'apoya', 'respalda', 'confirma', 'confirmada', 'confirmado', 'soutient', 'confirmé', 'confirmée', 'supporta', 'conferma', 'confermato', 'apoia', '支持', '证实', 'подтверждает', 'подтверждено', 'подтверждается'],
  refutes: ['widerlegt', 'refuta', 'refutada', 'refutado', 'réfute', 'réfuté', 'réfutée', 'confuta', 'smentisce', 'smentito', '反驳', '驳斥', '否定了', 'опровергает', 'опровергнуто', 'опровергается'],
  'not enough info': ['información insuficiente', 'informations insuffisantes', 'informação insuficiente', 'nicht genug informationen', 'unzureichende informationen', 'informazioni insufficienti', '信息不足', '证据不足', 'недостаточно информации'],
  'force majeure': ['höhere gewalt', 'fuerza mayor', 'forza maggiore', 'força maior', '不可抗力', 'форс мажор', 'непреодолимая сила'],
  'intellectual property': ['propiedad intelectual', 'propriété intellectuelle', 'geistiges eigentum', 'proprietà intellettuale', 'propriedade intelectual', '知识产权', '知的財産', 'интеллектуальная собственность'],
  'payment terms': ['condiciones de pago', 'conditions de paiement', 'zahlungsbedingungen', 'condizioni di pagamento', 'condições de pagamento', '付款条件', '支付条款', 'условия оплаты'],
  'dispute resolution': ['resolución de disputas', 'solución de controversias', 'règlement des différends', 'streitbeilegung', 'risoluzione delle controversie', 'resolução de disputas', '争议解决', '紛争解決', 'разрешение споров'],
  toxic: inLanguages('toxic'),
  'non toxic': inLanguages('non toxic'),
  'not toxic': inLanguages('non toxic'),
};
