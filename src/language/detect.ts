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
import { createRequire } from 'node:module';
import type { LanguageInfo } from '../types.js';
import languages from './languages.json' with { type: 'json' };
import stopwordData from './stopwords.json' with { type: 'json' };
import { LANGUAGES } from '../lang/index.js';

const LANGS = languages as Record<string, { code: string; name: string }>;

type Franc = typeof import('franc');
/**
 * franc (its trigram data: ~20 ms of a 0.5 s cold start) is only needed when the script, the
 * vocabulary or the function words leave the language open — never for a news article in English
 * or Arabic — so it is loaded on first use, synchronously through require() of an ES module where
 * the runtime does that silently (Node 20.19+, 22.13+, 23.5+; `esm-probe.ts` tells). Elsewhere
 * (older Nodes, jest's module registry) it is loaded with the module, as before.
 */
const requireHere = createRequire(import.meta.url);
function requireLoadsEsm(): boolean {
  // Node 22.12 and 23.0–23.4 load ES modules with require() but print an ExperimentalWarning on
  // stderr doing it (outside node_modules); from 20.19, 22.13 and 23.5 on it is silent.
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major === 22 ? minor < 13 : major === 23 ? minor < 5 : major < 20 || (major === 20 && minor < 19)) return false;
  try {
    requireHere('./esm-probe.js');
    return true;
  } catch {
    return false;
  }
}
let franc: Franc | null = requireLoadsEsm() ? null : await import('franc');
function francAll(value: string, options: Parameters<Franc['francAll']>[1]): Array<[string, number]> {
  franc ??= requireHere('franc') as Franc;
  return franc.francAll(value, options);
}

/**
 * Scripts by code-point range, in one table so a single pass counts them all. Indic and South
 * East Asian blocks are taken whole: their vowel signs are marks, but they carry as much of a
 * short text as the consonants do. `lang`: the
 * language a script names outright (Han → Mandarin); none: several languages write it and
 * franc decides among them.
 */
const SCRIPTS: Array<{ name: string; ranges: Array<[number, number]>; lang?: string }> = [
  { name: 'Latin', ranges: [[0x41, 0x5a], [0x61, 0x7a], [0xaa, 0xaa], [0xba, 0xba], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0x24f], [0x1e00, 0x1eff], [0xff21, 0xff3a], [0xff41, 0xff5a]] },
  { name: 'Arabic', ranges: [[0x620, 0x64a], [0x66e, 0x6d3], [0x6d5, 0x6d5], [0x6ee, 0x6ef], [0x6fa, 0x6ff], [0x750, 0x77f], [0x8a0, 0x8c9], [0xfb50, 0xfdff], [0xfe70, 0xfefc]] },
  { name: 'Cyrillic', ranges: [[0x400, 0x52f]] },
  { name: 'Devanagari', ranges: [[0x900, 0x963], [0x966, 0x97f]] },
  { name: 'Hebrew', ranges: [[0x5d0, 0x5ea], [0x5ef, 0x5f2]] },
  { name: 'Ethiopic', ranges: [[0x1200, 0x139f]] },
  { name: 'Myanmar', ranges: [[0x1000, 0x109f]] },
  { name: 'Hangul', ranges: [[0x1100, 0x11ff], [0x3130, 0x318f], [0xac00, 0xd7af]], lang: 'kor' },
  { name: 'Kana', ranges: [[0x3041, 0x30ff], [0x31f0, 0x31ff], [0xff66, 0xff9d]], lang: 'jpn' },
  { name: 'Han', ranges: [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0x20000, 0x3134f]], lang: 'cmn' },
  { name: 'Greek', ranges: [[0x370, 0x3ff], [0x1f00, 0x1fff]], lang: 'ell' },
  { name: 'Thai', ranges: [[0xe01, 0xe4e]], lang: 'tha' },
  { name: 'Georgian', ranges: [[0x10a0, 0x10ff]], lang: 'kat' },
  { name: 'Armenian', ranges: [[0x531, 0x587]], lang: 'hye' },
  { name: 'Khmer', ranges: [[0x1780, 0x17dd]], lang: 'khm' },
  { name: 'Lao', ranges: [[0xe81, 0xecd]], lang: 'lao' },
  { name: 'Sinhala', ranges: [[0xd81, 0xdf4]], lang: 'sin' },
  { name: 'Tamil', ranges: [[0xb82, 0xbd7]], lang: 'tam' },
  { name: 'Telugu', ranges: [[0xc00, 0xc63]], lang: 'tel' },
  { name: 'Bengali', ranges: [[0x980, 0x9e3], [0x9f0, 0x9f1]], lang: 'ben' },
  { name: 'Gujarati', ranges: [[0xa81, 0xae3]], lang: 'guj' },
  { name: 'Kannada', ranges: [[0xc80, 0xce3]], lang: 'kan' },
  { name: 'Malayalam', ranges: [[0xd00, 0xd63]], lang: 'mal' },
  { name: 'Gurmukhi', ranges: [[0xa01, 0xa75]], lang: 'pan' },
  { name: 'Tibetan', ranges: [[0xf00, 0xfda]], lang: 'bod' },
];

/** Code point → index into SCRIPTS, for the BMP (astral Han is checked apart). */
const SCRIPT_OF = new Int8Array(0x10000).fill(-1);
SCRIPTS.forEach((sc, idx) => {
  for (const [lo, hi] of sc.ranges) for (let c = lo; c <= Math.min(hi, 0xffff); c++) SCRIPT_OF[c] = idx;
});
const HAN = SCRIPTS.findIndex((x) => x.name === 'Han');

/** Letters per script and in all, in one pass. */
function scriptCounts(s: string): { counts: Int32Array; letters: number } {
  const counts = new Int32Array(SCRIPTS.length);
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let idx = SCRIPT_OF[c]!;
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = s.codePointAt(i)!;
      i++;
      idx = cp >= 0x20000 && cp <= 0x3134f ? HAN : -1;
      if (idx < 0 && /\p{L}/u.test(String.fromCodePoint(cp))) letters++;
    } else if (idx < 0 && c >= 0x80 && /\p{L}/u.test(s[i]!)) letters++;
    if (idx >= 0) {
      counts[idx]!++;
      letters++;
    }
  }
  return { counts, letters };
}

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
 * Function words → the languages (indexes into `langs`, the order of STOPWORDS) that have them,
 * built on first use: a long text's words are each looked up once instead of once per language.
 */
let STOPWORD_INDEX: { langs: string[]; byWord: Map<string, number[]> } | null = null;
function stopwordIndex(): { langs: string[]; byWord: Map<string, number[]> } {
  if (STOPWORD_INDEX) return STOPWORD_INDEX;
  const langs = [...STOPWORDS.keys()];
  const byWord = new Map<string, number[]>();
  langs.forEach((lang, l) => {
    for (const w of STOPWORDS.get(lang)!) {
      const ls = byWord.get(w);
      if (ls) ls.push(l);
      else byWord.set(w, [l]);
    }
  });
  return (STOPWORD_INDEX = { langs, byWord });
}

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
/** Below this many letters, a language plugin's vocabulary may decide (see `byVocabulary`). */
const SHORT_VOCABULARY = 60;
/** The share of a short text's words a language must know to take it. */
const VOCABULARY_SHARE = 0.8;
/** A short Arabic-script text of this many letters may still be decided by its alphabet. */
const MIN_ARABIC_ALPHABET = 8;

/**
 * A headline ("At least 61 migrants drown", 21 letters) is too short for trigrams, which put it
 * in French; but every word of it is an English word. A language whose plugin knows at least
 * VOCABULARY_SHARE of a short text's words (three or more), and that is written in the text's
 * script, takes it. Words of other languages that English also has ("police", "migrants") do
 * not reach the share in a French or Spanish sentence: its function words are not English.
 */
function byVocabulary(sample: string, script: string): string | null {
  const words = sample.toLowerCase().match(/\p{L}+(?:['\u2019]\p{L}+)?/gu) ?? [];
  if (words.length < 3) return null;
  for (const p of LANGUAGES) {
    if (p.script !== script || !p.isWord) continue;
    const stop = STOPWORDS.get(p.iso6393[0]!);
    let known = 0;
    for (const w of words) if (stop?.has(w) || p.isWord(w)) known++;
    if (known >= VOCABULARY_SHARE * words.length) return p.iso6393[0]!;
  }
  return null;
}

/**
 * franc reads at most this much: its cost grows with the distinct trigrams of its input times
 * the languages of the script, and a thousand characters already fix a document's profile.
 */
const FRANC_SAMPLE = 1000;
/** A text this long (letters) may be decided by its function words alone. */
const DECISIVE_LETTERS = 200;

/**
 * The language whose function words make up a large share of a long text, when no other
 * language comes near: English news is a quarter "the", "of", "and", "to"… Closely related
 * languages that share function words (Spanish/Catalan) never clear the margin and go to franc.
 */
function decisiveByStopwords(sample: string, letters: number): string | null {
  if (letters < DECISIVE_LETTERS) return null;
  const words = sample.slice(0, FRANC_SAMPLE * 2).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 30) return null;
  // one look-up per word in the inverted index instead of one per word and language
  const { langs, byWord } = stopwordIndex();
  const counts = new Int32Array(langs.length);
  for (const w of words) {
    const ls = byWord.get(w);
    if (ls) for (let k = 0; k < ls.length; k++) counts[ls[k]!]!++;
  }
  let first: [string, number] = ['', 0];
  let second = 0;
  for (let l = 0; l < langs.length; l++) {
    const lang = langs[l]!;
    const share = counts[l]! / words.length;
    if (share > first[1]) {
      second = first[1];
      first = [lang, share];
    } else if (share > second) second = share;
  }
  return first[1] >= 0.2 && second <= first[1] * 0.4 ? first[0] : null;
}
const MIN_LETTERS_UNIQUE_SCRIPT = 2;

/** Cap the text franc reads: beyond this the trigram profile no longer changes. */
const SAMPLE = 4096;

function has(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  const found = re.test(s);
  re.lastIndex = 0;
  return found;
}

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
  // whether there is one, not how many: the first match decides (no match array per letter)
  if (has(EXTENDED_LETTER, s) || !has(ARABIC_ONLY_LETTER, s)) return false;
  const words = s.match(/\p{Script=Arabic}+/gu) ?? [];
  return !words.some((w) => PERSIAN_WORDS.has(w));
}

/**
 * Arabic-language markers that survive Persian letter forms (ک ی typed for ك ي, the seed): many
 * words with the article ال, the feminine ending ة, and next to none of the letters Persian adds
 * for its own sounds (پ چ ژ گ). 'arb' or 'pes' when the markers point one way, else null.
 */
function arabicPersianMarkers(s: string): 'arb' | 'pes' | null {
  const words = s.match(/\p{Script=Arabic}+/gu) ?? [];
  if (words.length < 4) return null;
  let al = 0;
  for (const w of words) if (w.startsWith('\u0627\u0644') && w.length > 3) al++;
  const alRatio = al / words.length;
  const taMarbuta = count(/\u0629/g, s) / words.length;
  const persianLetters = count(/[\u067E\u0686\u0698\u06AF]/g, s) / words.length;
  if (alRatio > 0.1 && persianLetters < 0.02 && taMarbuta > 0.01) return 'arb';
  if (alRatio < 0.06 && persianLetters > 0.02) return 'pes';
  return null;
}

/** What the Arabic alphabet and the Arabic/Persian markers say of a text, read once. */
interface ArabicCues {
  alphabet: boolean;
  markers: 'arb' | 'pes' | null;
}

/** Arabic or Persian, from markers franc's trigrams miss on messy text. */
function arabicOrPersian(cues: ArabicCues, francBest: string): string {
  if (francBest !== 'arb' && cues.alphabet) return 'arb';
  const marked = cues.markers;
  if (marked === 'arb' && francBest !== 'arb') return 'arb';
  if (marked === 'pes' && francBest === 'arb') return 'pes';
  return francBest;
}

/**
 * The text read for identification: its first SAMPLE characters, and when they hold few letters
 * (a document opening with a table of figures or a column of readings) the chunks after
 * them too, until there are enough letters or SAMPLE_SCAN characters have been read.
 */
function sampleOf(text: string): { sample: string; counts: Int32Array; letters: number } {
  if (text.length <= SAMPLE) return { sample: text, ...scriptCounts(text) };
  let sample = text.slice(0, SAMPLE);
  const first = scriptCounts(sample);
  const counts = first.counts;
  let letters = first.letters;
  for (let at = SAMPLE; letters < SHORT_TEXT && at < text.length && at < SAMPLE_SCAN; at += SAMPLE) {
    const chunk = text.slice(at, at + SAMPLE);
    const more = scriptCounts(chunk);
    if (more.letters === 0) continue;
    sample += '\n' + chunk;
    letters += more.letters;
    for (let k = 0; k < counts.length; k++) counts[k]! += more.counts[k]!;
  }
  // Long runs without letters (the figures that made the start poor) would fill the
  // part of the sample the trigram model reads.
  if (sample.length > SAMPLE) sample = sample.replace(/[^\p{L}]{32,}/gu, ' ');
  return { sample, counts, letters };
}

/** How far identification reads for letters when the start of a text has few (characters). */
const SAMPLE_SCAN = 1 << 18;

export function detectLanguage(text: string): LanguageInfo {
  const { sample, counts, letters } = sampleOf(text);
  if (letters === 0) return undetermined('no letters');

  // The largest script of each kind; Japanese is Han plus kana, so kana counts for it.
  let best: { name: string; n: number; lang: string } | null = null;
  let group: { name: string; n: number } | null = null;
  SCRIPTS.forEach((sc, idx) => {
    const n = counts[idx]!;
    if (n === 0) return;
    if (sc.lang) {
      if (!best || n > best.n) best = { name: sc.name, n, lang: sc.lang };
    } else if (!group || n > group.n) group = { name: sc.name, n };
  });
  const kana = counts[SCRIPTS.findIndex((x) => x.name === 'Kana')]!;
  const han = counts[HAN]!;
  if (han > 0 && kana > 0 && kana >= han * 0.1) best = { name: 'Kana', n: han + kana, lang: 'jpn' };

  const b = best as { name: string; n: number; lang: string } | null;
  const g = group as { name: string; n: number } | null;
  if (b && (!g || b.n >= g.n)) {
    if (b.n < MIN_LETTERS_UNIQUE_SCRIPT) return undetermined(`too short (${b.n} letters)`, b.name);
    const share = Math.round((b.n / letters) * 100) / 100;
    return languageInfo(b.lang, share, { script: b.name, reason: 'script' });
  }
  if (!g) return undetermined('script not supported');
  const script = g.name;
  const n = g.n;
  const amount = Math.min(1, n / 200);
  if (n < SHORT_VOCABULARY) {
    const known = byVocabulary(sample, script);
    if (known) return languageInfo(known, Math.round(amount * 100) / 100, { script, reason: 'vocabulary' });
  }
  if (n < MIN_LETTERS) {
    if (script === 'Arabic' && n >= MIN_ARABIC_ALPHABET && arabicByAlphabet(sample)) return languageInfo('arb', Math.round(amount * 100) / 100, { script, reason: 'alphabet' });
    return undetermined(`too short (${n} letters)`, script);
  }

  // Long texts whose function words leave no doubt need no trigram model.
  // In the Arabic script, a long text with the Arabic markers is Arabic whatever franc says
  // (arabicOrPersian overrides it), so franc is not asked.
  const cues: ArabicCues | null = script === 'Arabic' ? { alphabet: arabicByAlphabet(sample), markers: arabicPersianMarkers(sample) } : null;
  const decided = cues ? (n >= DECISIVE_LETTERS && (cues.alphabet || cues.markers === 'arb') ? 'arb' : null) : decisiveByStopwords(sample, n);
  if (decided) return languageInfo(decided, Math.round(amount * 100) / 100, { script });

  const only = script === 'Arabic' ? ARABIC_SCRIPT_LANGS : undefined;
  const francSample = sample.length > FRANC_SAMPLE ? sample.slice(0, FRANC_SAMPLE) : sample;
  let scores = francAll(francSample, { minLength: 1, ...(only ? { only } : {}) });
  if (n < SHORT_TEXT && !only) scores = withStopwords(sample, scores);
  const top = scores[0];
  if (!top || top[0] === 'und') return undetermined('no language model matched', script);
  let iso = top[0];
  if (cues) iso = arabicOrPersian(cues, iso);
  const code = LANGS[iso]?.code ?? iso;
  const runnerUp = scores.find(([l]) => (LANGS[l]?.code ?? l) !== code && l !== 'sco');
  const margin = runnerUp ? 1 - runnerUp[1] : 1;
  const confidence = Math.round(amount * (0.6 + 0.4 * Math.min(1, margin / 0.05)) * 100) / 100;
  return languageInfo(iso, confidence, { script });
}
