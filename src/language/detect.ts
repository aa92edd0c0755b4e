/**
 * Language identification: the script first, then franc's trigram model within the script.
 *
 * Why script first: a script that only one supported language writes (Han → zh, Hangul → ko,
 * kana → ja, Greek, Thai…) needs no statistics, and within the Arabic script franc is asked
 * only among the languages written in it, then checked against markers that survive messy
 * input: real Arabic news uses the article ال on a fifth of its words and ة often, while
 * Persian uses پ چ ژ گ and ال rarely. So Arabic text typed with Persian letter forms (ک ی
 * ۲۰۱۹, the seed) stays Arabic, and Persian stays Persian. A sentence written with the Arabic
 * alphabet alone (no letter that only Persian, Urdu, Pashto… add) is Arabic: franc's trigrams
 * put many short Arabic sentences in Persian or Urdu (measured on the peer sentences, see
 * docs/EVALUATION.md); the price is the odd 30-character Pashto snippet read as Arabic.
 *
 * Confidence: franc scores the best language 1 and the others relative to it; we take the
 * margin m to the best language of another code and the amount of text L (letters / 200, at
 * most 1): confidence = L × (0.6 + 0.4 × min(1, m / 0.05)), rounded to 2 places. Script-decided
 * languages get the share of letters in that script. `und` is returned below 20 letters (10
 * for scripts of a single language) with the reason.
 */
import { francAll } from 'franc';
import type { LanguageInfo } from '../types.js';
import languages from './languages.json' with { type: 'json' };
import stopwordData from './stopwords.json' with { type: 'json' };

const LANGS = languages as Record<string, { code: string; name: string }>;

/** Scripts whose letters name a language outright. */
const SCRIPT_LANGUAGE: Array<[string, RegExp, string]> = [
  ['Hangul', /\p{Script=Hangul}/gu, 'kor'],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'jpn'],
  ['Han', /\p{Script=Han}/gu, 'cmn'],
  ['Greek', /\p{Script=Greek}/gu, 'ell'],
  ['Thai', /\p{Script=Thai}/gu, 'tha'],
  ['Georgian', /\p{Script=Georgian}/gu, 'kat'],
  ['Armenian', /\p{Script=Armenian}/gu, 'hye'],
  ['Khmer', /\p{Script=Khmer}/gu, 'khm'],
  ['Lao', /\p{Script=Lao}/gu, 'lao'],
  ['Sinhala', /\p{Script=Sinhala}/gu, 'sin'],
  ['Tamil', /\p{Script=Tamil}/gu, 'tam'],
  ['Telugu', /\p{Script=Telugu}/gu, 'tel'],
  ['Bengali', /\p{Script=Bengali}/gu, 'ben'],
  ['Gujarati', /\p{Script=Gujarati}/gu, 'guj'],
  ['Kannada', /\p{Script=Kannada}/gu, 'kan'],
  ['Malayalam', /\p{Script=Malayalam}/gu, 'mal'],
  ['Gurmukhi', /\p{Script=Gurmukhi}/gu, 'pan'],
  ['Tibetan', /\p{Script=Tibetan}/gu, 'bod'],
];

/** Scripts written by several languages: franc decides among them. */
const SCRIPT_GROUP: Array<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/gu],
  ['Arabic', /\p{Script=Arabic}/gu],
  ['Cyrillic', /\p{Script=Cyrillic}/gu],
  ['Devanagari', /\p{Script=Devanagari}/gu],
  ['Hebrew', /\p{Script=Hebrew}/gu],
  ['Ethiopic', /\p{Script=Ethiopic}/gu],
  ['Myanmar', /\p{Script=Myanmar}/gu],
];

const ARABIC_SCRIPT_LANGS = ['arb', 'pes', 'prs', 'urd', 'pbu', 'skr', 'uig', 'ckb'];

/** Below this many letters, function words weigh in beside the trigrams (see `withStopwords`). */
const SHORT_TEXT = 400;
/** How much a full share of function words adds to a franc score (which runs 0..1). */
const STOPWORD_WEIGHT = 0.6;

const STOPWORDS: Map<string, Set<string>> = new Map(
  Object.entries(stopwordData as Record<string, string[] | string>)
    .filter((e): e is [string, string[]] => Array.isArray(e[1]))
    .map(([lang, words]) => [lang, new Set(words)]),
);

/**
 * Short texts: franc's trigram scores of a sentence are close together and often wrong ("At
 * least 600 people were killed." comes out Norwegian). Function words are the strongest cue a
 * sentence has, so each language's score gains STOPWORD_WEIGHT × the share of the words that
 * are its function words, and the best combined score wins.
 */
function withStopwords(sample: string, scores: Array<[string, number]>): Array<[string, number]> {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return scores;
  const out = new Map(scores);
  for (const [lang, set] of STOPWORDS) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    if (hits === 0) continue;
    const base = out.get(lang) ?? 0;
    out.set(lang, base + (STOPWORD_WEIGHT * hits) / words.length);
  }
  const top = Math.max(...out.values());
  return [...out].map(([l, v]): [string, number] => [l, v / top]).sort((a, b) => b[1] - a[1]);
}

const MIN_LETTERS = 20;
const MIN_LETTERS_UNIQUE_SCRIPT = 2;

/** Cap the text franc reads: beyond this the trigram profile no longer changes. */
const SAMPLE = 4096;

function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

export function languageInfo(iso6393: string, confidence: number, extra: Partial<LanguageInfo> = {}): LanguageInfo {
  const entry = LANGS[iso6393];
  return { code: entry ? entry.code : iso6393, iso6393, confidence, ...extra };
}

export function undetermined(reason: string, script?: string): LanguageInfo {
  return { code: 'und', iso6393: 'und', confidence: 0, ...(script ? { script } : {}), reason };
}

/**
 * Letters the Arabic alphabet lacks but Persian (ی ک پ چ ژ گ), Urdu (ے ہ ں ٹ ڈ ڑ), Pashto
 * (ټ ډ ړ ښ ې), Kurdish, Uyghur… write: U+0671–U+06FF without the Arabic-Indic digits and
 * marks, and the Arabic Supplement / Extended-A blocks. Presentation forms are left out: they
 * are glyph variants of any letter.
 */
const EXTENDED_LETTER = /[\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF\u0750-\u077F\u08A0-\u08C9]/g;
/** Letters Arabic writes and the others replace (ي ك, and ة ى which they rarely use). */
const ARABIC_ONLY_LETTER = /[\u0629\u0643\u0649\u064A]/g;
/**
 * Persian function words that survive being typed on an Arabic keyboard (ي ك for ی ک): with
 * one of these the text may be Persian even without a Persian letter.
 */
const PERSIAN_WORDS = new Set(['است', 'را', 'مي', 'هاي', 'براي', 'شده', 'كرد', 'نيز', 'اند', 'آنها', 'خود', 'اين', 'كه', 'شد', 'بود', 'يك', 'ايران']);

/**
 * A text written with the Arabic alphabet alone is Arabic. Every other language of the script
 * needs letters Arabic lacks for its frequent words (Persian ی and ک, Urdu ے and ہ…), so a
 * sentence of 20 letters or more with none of them — and with letters only Arabic keeps, such
 * as ي ك ة ى — is Arabic whatever franc's trigrams say; short sentences are where franc
 * ranks Persian or Urdu first.
 */
function arabicByAlphabet(s: string): boolean {
  if (count(EXTENDED_LETTER, s) > 0 || count(ARABIC_ONLY_LETTER, s) === 0) return false;
  const words = s.match(/\p{Script=Arabic}+/gu) ?? [];
  return !words.some((w) => PERSIAN_WORDS.has(w));
}

/** Arabic or Persian, from markers franc's trigrams miss on messy text. */
function arabicOrPersian(s: string, francBest: string): string {
  if (francBest !== 'arb' && arabicByAlphabet(s)) return 'arb';
  const words = s.match(/\p{Script=Arabic}+/gu) ?? [];
  if (words.length < 4) return francBest;
  let al = 0;
  for (const w of words) if (w.startsWith('\u0627\u0644') && w.length > 3) al++;
  const alRatio = al / words.length;
  const taMarbuta = count(/\u0629/g, s) / words.length;
  const persianLetters = count(/[\u067E\u0686\u0698\u06AF]/g, s) / words.length;
  const arabicLike = alRatio > 0.1 && persianLetters < 0.02 && taMarbuta > 0.01;
  const persianLike = alRatio < 0.06 && persianLetters > 0.02;
  if (arabicLike && francBest !== 'arb') return 'arb';
  if (persianLike && francBest === 'arb') return 'pes';
  return francBest;
}

export function detectLanguage(text: string): LanguageInfo {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const letters = count(/\p{L}/gu, sample);
  if (letters === 0) return undetermined('no letters');

  // Japanese is Han plus kana: look at kana before Han.
  let best: [string, number, string] | null = null;
  for (const [name, re, lang] of SCRIPT_LANGUAGE) {
    const n = count(re, sample);
    if (n > 0 && (!best || n > best[1])) best = [name, n, lang];
  }
  const kana = count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, sample);
  if (best && best[0] === 'Han' && kana > 0 && kana >= best[1] * 0.1) best = ['Kana', best[1] + kana, 'jpn'];

  let group: [string, number] | null = null;
  for (const [name, re] of SCRIPT_GROUP) {
    const n = count(re, sample);
    if (n > 0 && (!group || n > group[1])) group = [name, n];
  }

  if (best && (!group || best[1] >= group[1])) {
    if (best[1] < MIN_LETTERS_UNIQUE_SCRIPT) return undetermined(`too short (${best[1]} letters)`, best[0]);
    const share = Math.round((best[1] / letters) * 100) / 100;
    return languageInfo(best[2], share, { script: best[0], reason: 'script' });
  }
  if (!group) return undetermined('script not supported');
  const [script, n] = group;
  if (n < MIN_LETTERS) return undetermined(`too short (${n} letters)`, script);

  const only = script === 'Arabic' ? ARABIC_SCRIPT_LANGS : undefined;
  let scores = francAll(sample, { minLength: 1, ...(only ? { only } : {}) });
  if (n < SHORT_TEXT && !only) scores = withStopwords(sample, scores);
  const top = scores[0];
  if (!top || top[0] === 'und') return undetermined('no language model matched', script);
  let iso = top[0];
  if (script === 'Arabic') iso = arabicOrPersian(sample, iso);
  const code = LANGS[iso]?.code ?? iso;
  const runnerUp = scores.find(([l]) => (LANGS[l]?.code ?? l) !== code && l !== 'sco');
  const margin = runnerUp ? 1 - runnerUp[1] : 1;
  const amount = Math.min(1, n / 200);
  const confidence = Math.round(amount * (0.6 + 0.4 * Math.min(1, margin / 0.05)) * 100) / 100;
  return languageInfo(iso, confidence, { script });
}
