/**
 * Script-independent name skeletons, so that one name written in Latin and in Arabic letters
 * reduces to (nearly) the same string.
 *
 * Arabic writes few vowels and renders foreign sounds with a small set of letters, so the common
 * ground of the two scripts is the consonant frame, in coarse classes:
 *
 *   b  b p            ب پ
 *   t  t d th dh      ت ث د ذ ط ض
 *   s  s z c(e/i) ç sh ch x→ks ش س ص ز ظ  (French ch and English sh are both ش)
 *   j  j zh g(e/i)    ج ژ چ
 *   k  k q c g gh kh  ك ق خ غ گ
 *   f  f v ph, and a word-initial w   ف ڤ, and a word-initial و (Vaucouleurs → ووكلور)
 *   y  word-initial y ي
 *   l m n r           ل م ن ر
 *
 * Vowels, h, ' and ع are dropped (Rouhani/روحاني differ in nothing else), w/y/و/ي inside a word
 * are read as vowels, a leading article (al-, el-, ال) is dropped (Youssoufia ↔ اليوسفية), and
 * doubled classes collapse. The words of a name are concatenated, so glued and split spellings
 * (أبوظبي / أبو ظبي) give one skeleton. French dj is ج and a word-initial French "ou" before a
 * vowel is و (session 6). `skeletonAlt` reads ج as g, خ as a Spanish j and ch as k, for the
 * similarity score only (Sohag / سوهاج, Jalisco / خاليسكو, Chania / خانيا).
 * Session 8: an acronym Arabic spells out by letter names («سي إف آر», «بي بي سي») is read as its
 * Latin letters (`joinLetterNames`), and a word opening with «كال» keeps it (a foreign name, not ك +
 * the article).
 */

const AR_CLASS: Record<string, string> = {
  '\u0628': 'b', '\u067E': 'b',
  '\u062A': 't', '\u062B': 't', '\u062F': 't', '\u0630': 't', '\u0637': 't', '\u0636': 't',
  '\u0633': 's', '\u0634': 's', '\u0635': 's', '\u0632': 's', '\u0638': 's',
  '\u062C': 'j', '\u0698': 'j', '\u0686': 'j',
  '\u0643': 'k', '\u0642': 'k', '\u062E': 'k', '\u063A': 'k', '\u06AF': 'k', '\u06A9': 'k',
  '\u0641': 'f', '\u06A4': 'f',
  '\u0644': 'l', '\u0645': 'm', '\u0646': 'n', '\u0631': 'r',
};

const AR_ROMAN: Record<string, string> = {
  '\u0627': 'a', '\u0623': 'a', '\u0625': 'i', '\u0622': 'a', '\u0628': 'b', '\u067E': 'p', '\u062A': 't',
  '\u062B': 'th', '\u062C': 'j', '\u062D': 'h', '\u062E': 'kh', '\u062F': 'd', '\u0630': 'dh',
  '\u0631': 'r', '\u0632': 'z', '\u0633': 's', '\u0634': 'sh', '\u0635': 's', '\u0636': 'd',
  '\u0637': 't', '\u0638': 'z', '\u0639': '', '\u063A': 'gh', '\u0641': 'f', '\u06A4': 'v',
  '\u0642': 'q', '\u0643': 'k', '\u06A9': 'k', '\u06AF': 'g', '\u0644': 'l', '\u0645': 'm',
  '\u0646': 'n', '\u0647': 'h', '\u0629': 'a', '\u0648': 'u', '\u064A': 'i', '\u0649': 'a',
  '\u06CC': 'i', '\u0621': '', '\u0626': '', '\u0624': '', '\u0686': 'ch', '\u0698': 'zh',
};

const ARABIC_LETTER = /[\u0600-\u06FF]/;

export function isArabic(s: string): boolean {
  return ARABIC_LETTER.test(s);
}

function asciiFold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/[æ]/g, 'ae').replace(/[œ]/g, 'oe');
}

function collapse(s: string): string {
  // Remember the last character rather than index the growing string: indexing a string built
  // by += flattens it each time, which is quadratic on a long token.
  const out: string[] = [];
  let last = '';
  for (const c of s) {
    if (c !== last) out.push(c);
    last = c;
  }
  return out.join('');
}

/** Words of a Latin name, lower-case ASCII, articles and possessives removed. */
function latinWords(name: string): string[] {
  const words = asciiFold(name)
    .toLowerCase()
    .replace(/'s\b|'$/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "al-Assad", "Al Haouz", "el-Sisi": the article carries no identity (Arabic drops it too)
    if ((w === 'al' || w === 'el') && i + 1 < words.length) continue;
    out.push(w);
  }
  return out;
}

function latinWordSkeleton(w: string, alt = false): string {
  let out = '';
  const n = w.length;
  for (let i = 0; i < n; i++) {
    const c = w[i]!;
    const next = w[i + 1] ?? '';
    const front = next === 'e' || next === 'i' || next === 'y';
    // French "ou" before a vowel at the start of a word is a w, written و (Ouahigouya, Oued)
    if (i === 0 && c === 'o' && next === 'u' && /[aeiy]/.test(w[2] ?? '')) {
      out += 'f';
      i++;
      continue;
    }
    // French "dj" is one sound, ج (Djibouti, Djerba)
    if (c === 'd' && next === 'j') continue;
    // the alternative reading: Greek and Italian ch is a k, خ (Chania)
    if (alt && c === 'c' && next === 'h') {
      out += 'k';
      i++;
      continue;
    }
    switch (c) {
      case 'b': case 'p':
        if (c === 'p' && next === 'h') { out += 'f'; i++; } else out += 'b';
        break;
      case 't': case 'd':
        if (next === 'h') i++;
        if (c === 't' && next === 's' && w[i + 2] === 'c' && w[i + 3] === 'h') { out += 's'; i += 3; break; }
        // French tch (Tchamba, Tchad) is تش, ch alone
        if (c === 't' && next === 'c' && w[i + 2] === 'h') { out += 's'; i += 2; break; }
        out += 't';
        break;
      case 's':
        if (next === 'h') i++;
        else if (next === 'c' && w[i + 2] === 'h') i += 2;
        out += 's';
        break;
      case 'z': case 'x':
        out += c === 'x' ? (i === 0 ? 's' : 'ks') : 's';
        break;
      case 'c':
        if (next === 'h') { out += 's'; i++; } else if (next === 'k') { out += 'k'; i++; } else out += front ? 's' : 'k';
        break;
      case 'g':
        if (next === 'h') { out += 'k'; i++; } else out += front ? 'j' : 'k';
        break;
      case 'k': case 'q':
        if (c === 'k' && next === 'h') i++;
        out += 'k';
        break;
      case 'j':
        out += 'j';
        break;
      case 'f': case 'v':
        out += 'f';
        break;
      case 'w':
        if (i === 0) out += 'f';
        break;
      case 'y':
        if (i === 0) out += 'y';
        break;
      case 'l': case 'm': case 'n': case 'r':
        out += c;
        break;
      default:
        if (c >= '0' && c <= '9') out += c;
    }
  }
  return out;
}

/**
 * Arabic names of Latin letters, as Arabic spells out an acronym (بي بي سي BBC, سي إف آر CFR,
 * إس إن إيه آي SNAI), hamza seats folded to ا: the letter each one reads as.
 */
const LETTER_NAMES: ReadonlyMap<string, string> = new Map([
  ['\u0627\u064A\u0647', 'a'], ['\u0628\u064A', 'b'], ['\u0633\u064A', 'c'], ['\u062F\u064A', 'd'], ['\u0627\u064A', 'i'],
  ['\u0627\u0641', 'f'], ['\u062C\u064A', 'g'], ['\u0627\u062A\u0634', 'h'], ['\u0627\u064A\u062A\u0634', 'h'],
  ['\u062C\u0627\u064A', 'j'], ['\u062C\u064A\u0647', 'j'], ['\u0643\u064A\u0647', 'k'], ['\u0643\u0627\u064A', 'k'],
  ['\u0627\u0644', 'l'], ['\u0627\u0645', 'm'], ['\u0627\u0646', 'n'], ['\u0627\u0648', 'o'], ['\u0643\u064A\u0648', 'q'],
  ['\u0627\u0631', 'r'], ['\u0627\u0633', 's'], ['\u062A\u064A', 't'], ['\u064A\u0648', 'u'], ['\u0641\u064A', 'v'],
  ['\u062F\u0628\u0644\u064A\u0648', 'w'], ['\u0627\u0643\u0633', 'x'], ['\u0648\u0627\u064A', 'y'], ['\u0632\u062F', 'z'],
]);
/** Letter names that are also common words (أو or, إن that, في in, أي which, ال the, يو…): never a run's only kind. */
const LETTER_NAME_WORDS = new Set(['\u0627\u0648', '\u0627\u0646', '\u0641\u064A', '\u0627\u064A', '\u0627\u0644', '\u064A\u0648', '\u0627\u0645']);

/**
 * Runs of two or more Arabic letter names in a list of words become one Latin word, the acronym
 * they spell («سي إف آر كالاتوري» → cfr, كالاتوري), so that its skeleton is the Latin one's; a
 * run must hold a letter name that is not also a common word («أو إن» stays). Other words pass.
 */
export function joinLetterNames(words: readonly string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < words.length; ) {
    let j = i;
    let letters = '';
    let real = false;
    for (; j < words.length; j++) {
      const f = words[j]!.replace(/[\u0623\u0625\u0622]/g, '\u0627');
      const l = LETTER_NAMES.get(f);
      if (!l) break;
      letters += l;
      if (!LETTER_NAME_WORDS.has(f)) real = true;
    }
    if (j - i >= 2 && real) {
      out ??= words.slice(0, i);
      out.push(letters);
      i = j;
      continue;
    }
    out?.push(words[i]!);
    i++;
  }
  return out ?? [...words];
}

/** Arabic words of a name (folded or not), clitic-free as given; a leading ال is dropped; spelled-out acronyms as Latin words. */
function arabicWords(name: string): string[] {
  return joinLetterNames(name.split(/[^\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]+/).filter((w) => w.length > 0))
    .map((w) => {
      if (!isArabic(w)) return w;
      // The article, also fused with a preposition (للأمم = ل + الأمم, بالمديرية = ب + ال…)
      // (not ك + the article: «كالاتوري», «كالايا» are foreign names, «وكالة» a word, and كالـ "like
      // the" hardly ever opens a name)
      if (w.length > 4 && /^[\u0648\u0641]?\u0628?\u0627\u0644/.test(w)) return w.replace(/^[\u0648\u0641]?\u0628?\u0627\u0644/, '');
      if (w.length > 4 && /^[\u0648\u0641]?\u0644\u0644/.test(w)) return w.replace(/^[\u0648\u0641]?\u0644\u0644/, '');
      if (w.length > 3 && w.startsWith('\u0627\u0644')) return w.slice(2);
      return w;
    });
}

function arabicWordSkeleton(w: string, alt = false): string {
  let out = '';
  const n = w.length;
  for (let i = 0; i < n; i++) {
    const c = w[i]!;
    // the alternative reading: Egyptian ج is a hard g (سوهاج Sohag), خ renders Spanish j (خاليسكو Jalisco)
    if (alt && c === '\u062C') { out += 'k'; continue; }
    if (alt && c === '\u062E') { out += 'j'; continue; }
    if (c === '\u062A' && w[i + 1] === '\u0634') { out += 's'; i++; continue; } // تش = ch
    if (c === '\u0643' && w[i + 1] === '\u0633') { out += 'ks'; i++; continue; }
    if (i === 0 && c === '\u0648') { out += 'f'; continue; }
    if (i === 0 && c === '\u064A') { out += 'y'; continue; }
    const k = AR_CLASS[c];
    if (k) out += k;
  }
  return out;
}

/** Consonant skeleton of one word in either script. */
export function wordSkeleton(w: string): string {
  return collapse(isArabic(w) ? arabicWordSkeleton(w) : latinWordSkeleton(w));
}

/**
 * The word's skeleton read the other way where a letter has two common renderings (Arabic ج as
 * g and خ as Spanish j; Latin ch as k); the same as wordSkeleton for most words. Used by the
 * similarity score only (key.ts), never in keys.
 */
export function wordSkeletonAlt(w: string): string {
  return collapse(isArabic(w) ? arabicWordSkeleton(w, true) : latinWordSkeleton(w, true));
}

/** The skeleton of a whole name with the alternative readings (see wordSkeletonAlt); for scores only. */
export function skeletonAlt(name: string): string {
  return collapse(nameSkeletonsAlt(name).join(''));
}

/** Words of a name in either script, each as its alternative skeleton (see wordSkeletonAlt). */
export function nameSkeletonsAlt(name: string): string[] {
  const words = isArabic(name) ? arabicWords(name) : latinWords(name);
  return words.map(wordSkeletonAlt).filter((s) => s.length > 0);
}

/** Words of a name in either script, each as a skeleton (empty skeletons dropped). */
export function nameSkeletons(name: string): string[] {
  const words = isArabic(name) ? arabicWords(name) : latinWords(name);
  return words.map(wordSkeleton).filter((s) => s.length > 0);
}

/**
 * skeleton() per name, kept across documents (every mention is keyed, and a corpus names the same
 * people again and again); bounded, started afresh when full.
 */
let skeletonCache = new Map<string, string>();
const SKELETON_CACHE_MAX = 50_000;

/** Skeleton of a whole name: the word skeletons concatenated, doubled classes collapsed. */
export function skeleton(name: string): string {
  let sk = skeletonCache.get(name);
  if (sk === undefined) {
    sk = collapse(nameSkeletons(name).join(''));
    if (skeletonCache.size >= SKELETON_CACHE_MAX) skeletonCache = new Map();
    skeletonCache.set(name, sk);
  }
  return sk;
}

/**
 * A rough romanisation of Arabic letters (vowels from ا و ي, ة as a), the input Double
 * Metaphone needs to compare an Arabic rendering with a Latin name; Latin passes through.
 */
export function romanize(name: string): string[] {
  if (!isArabic(name)) return latinWords(name);
  return arabicWords(name).map((w) => {
    if (!isArabic(w)) return w;
    let out = '';
    for (let i = 0; i < w.length; i++) {
      const c = w[i]!;
      if (i === 0 && c === '\u0648') { out += 'v'; continue; }
      if (i === 0 && c === '\u064A') { out += 'y'; continue; }
      if (i === w.length - 1 && c === '\u0647') { out += 'a'; continue; }
      out += AR_ROMAN[c] ?? '';
    }
    return out;
  }).filter((w) => w.length > 0);
}
