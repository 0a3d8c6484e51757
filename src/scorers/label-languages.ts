/**
 * @module scorers/label-languages — language names for label sets of ISO 639-1 codes ("en", "de", "tr").
 *
 * A language-identification suite lists codes; a reader takes "German", "Deutsch" or "Türkçe" for
 * de and tr without hesitation. The names (in English and in the language itself) are forms of their
 * code only in a set whose every label is a known code. The codes themselves are short words of other
 * languages ("it", "es", "en", "pt"): in such a set they count only where committed ("Language: it",
 * "it" alone), never as the pronoun of "It looks German".
 */

/** ISO 639-1 code → its English name(s) and its own (accents as written; the tokenizer folds them). */
const NAMES: Record<string, string[]> = {
  en: ['english'], de: ['german', 'deutsch'], fr: ['french', 'français', 'francais'], es: ['spanish', 'español', 'castellano', 'castilian'],
  it: ['italian', 'italiano'], pt: ['portuguese', 'português'], nl: ['dutch', 'nederlands', 'flemish', 'vlaams'], pl: ['polish', 'polski'],
  tr: ['turkish', 'türkçe'], ru: ['russian', 'русский'], uk: ['ukrainian', 'українська'], cs: ['czech', 'čeština'], sk: ['slovak', 'slovenčina'],
  sv: ['swedish', 'svenska'], da: ['danish', 'dansk'], no: ['norwegian', 'norsk'], nb: ['norwegian bokmål', 'bokmål'], fi: ['finnish', 'suomi'],
  hu: ['hungarian', 'magyar'], ro: ['romanian', 'română'], el: ['greek', 'ελληνικά'], bg: ['bulgarian', 'български'], hr: ['croatian', 'hrvatski'],
  sr: ['serbian', 'српски', 'srpski'], sl: ['slovenian', 'slovene', 'slovenščina'], lt: ['lithuanian', 'lietuvių'], lv: ['latvian', 'latviešu'],
  et: ['estonian', 'eesti'], ca: ['catalan', 'català'], eu: ['basque', 'euskara'], gl: ['galician', 'galego'], ga: ['irish', 'gaeilge'],
  cy: ['welsh', 'cymraeg'], is: ['icelandic', 'íslenska'], ar: ['arabic', 'العربية'], he: ['hebrew', 'עברית'], fa: ['persian', 'farsi', 'فارسی'],
  hi: ['hindi', 'हिन्दी', 'हिंदी'], bn: ['bengali', 'bangla', 'বাংলা'], ur: ['urdu', 'اردو'], ta: ['tamil', 'தமிழ்'], zh: ['chinese', 'mandarin', '中文', '汉语', '漢語'],
  ja: ['japanese', '日本語'], ko: ['korean', '한국어'], vi: ['vietnamese', 'tiếng việt'], th: ['thai', 'ภาษาไทย'], id: ['indonesian', 'bahasa indonesia'],
  ms: ['malay', 'bahasa melayu'], tl: ['tagalog', 'filipino'], sw: ['swahili', 'kiswahili'], af: ['afrikaans'], la: ['latin', 'latina'],
};

/** True when every label (two or more) is a known language code: the set is a language-identification one. */
export function isLanguageCodeSet(labels: readonly string[]): boolean {
  return labels.length >= 2 && labels.every((l) => NAMES[l.trim().toLowerCase()] !== undefined);
}

/** The names a reader takes for language code `code` ("german", "deutsch" for de). */
export function languageNames(code: string): string[] {
  return NAMES[code.trim().toLowerCase()] ?? [];
}
