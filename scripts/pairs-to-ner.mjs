#!/usr/bin/env node
/**
 * Convert the project's own article pairs (fixtures/pairs/<slug>/{en,ar}.txt + gold.json
 * `entities`) into named-entity training sentences in the JSONL shape of shared/peers/ner
 * (`{"id","lang","text","entities":[{"type","start","end","text"}],"source"}`), for
 * `scripts/train-ner.mjs --extra-en DIR` / `--extra-ar DIR`. The pairs are the project's own
 * writing (fixtures/pairs/README.md); never point this at ../shared/pairs (evaluation data).
 * The generated corpora are build products: write them to a temporary folder, never commit them.
 *
 *   node scripts/pairs-to-ner.mjs --out /tmp/x/pairs-ner [--lang en|ar|both] [--pairs DIR]
 *        [--conv gold|uner] [--incomplete keep|drop] [--facilities keep|drop]
 *
 * Every occurrence of a mention string is tagged (longest mentions first, no overlaps, word
 * boundaries; English case-sensitively; Arabic: the gold's proclitic convention, so a mention may
 * follow one or two proclitic letters و ف ب ل ك glued to it, which stay outside the span).
 * Options (measured by CV, src/extract/entities/README.md, fourth English round):
 *   --conv uner        UNER-like spans: an English mention with a lower-case content word
 *                      ("health office in Aden", "Beirut airport", "interior ministry") is not
 *                      tagged (the names inside it are, when they are mentions themselves), and
 *                      a title opening a PER mention ("Dr.") is left out of the span
 *   --incomplete drop  English sentences whose annotation looks incomplete are dropped: a
 *                      capitalised word that is not sentence-initial, not inside a tagged span and
 *                      not a known non-name (function word, title, month, weekday, demonym, common
 *                      English word); title-case headlines fall out the same way
 *   --facilities drop  English sentences tagging a facility (hospital, camp, stadium… as LOC) dropped
 *   --verbose          list the dropped sentences (with the word that dropped them) on stderr
 * The shipped English model uses `--lang en --conv gold --incomplete drop`, once, with `--prune 1.5`:
 *   node scripts/pairs-to-ner.mjs --lang en --out /tmp/pairs-ner --incomplete drop
 *   node scripts/train-ner.mjs --lang en --extra-en /tmp/pairs-ner --prune 1.5
 * (CV5 uner_pud-en / uner_ewt-en, mean of 3 seeds: 72.0 / 66.8 without, 72.8 / 69.1 with; --conv
 * uner, --facilities drop and twice the data were within noise or lower; Arabic: no gain, not used).
 */
import fs from 'node:fs';
import path from 'node:path';
import { flag, opt, repo } from './lib/argv.mjs';

const pairsDir = path.resolve(opt('--pairs') ?? path.join(repo, 'fixtures', 'pairs'));
if (/[\\/]shared[\\/]pairs/.test(pairsDir)) {
  process.stderr.write('pairs-to-ner: ../shared/pairs is evaluation data, not training data\n');
  process.exit(2);
}
const out = opt('--out');
if (!out) {
  process.stderr.write('usage: node scripts/pairs-to-ner.mjs --out DIR [--lang en|ar|both] [--conv gold|uner] [--incomplete keep|drop] [--facilities keep|drop]\n');
  process.exit(2);
}
const langs = (opt('--lang', 'both') === 'both' ? 'en,ar' : opt('--lang')).split(',');
const conv = opt('--conv', 'gold');
const incomplete = opt('--incomplete', 'keep');
const facilities = opt('--facilities', 'keep');
const verbose = flag('--verbose');

// ---- English word lists (the project's own lexicons) ----
const words = JSON.parse(fs.readFileSync(path.join(repo, 'src', 'lang', 'en', 'entity-words.json'), 'utf8'));
const common = new Set(JSON.parse(fs.readFileSync(path.join(repo, 'src', 'lang', 'en', 'common-words.json'), 'utf8')).words.split(' '));
const nonNames = new Set(
  ['stopCaps', 'titles', 'months', 'weekdays', 'demonyms', 'notEntities', 'speechVerbs', 'locPreps', 'orgConnectors']
    .flatMap((k) => words[k] ?? [])
    .map((w) => w.toLowerCase()),
);
const units = new Set(['celsius', 'fahrenheit', 'gmt', 'utc', 'am', 'pm', 'km']);
const titles = new Set((words.titles ?? []).map((w) => w.toLowerCase()));
const connectors = new Set(['of', 'the', 'for', 'and', 'on', 'de', 'del', 'la', 'le', 'los', 'las', 'du', 'des', 'da', 'di', 'van', 'von', 'der', 'bin', 'ibn', 'bint', 'al', 'el', 'y', 'e', "'s", '&']);
const facilityWords = new Set(['hospital', 'hospitals', 'camp', 'stadium', 'prison', 'school', 'station', 'airport', 'bridge', 'dam', 'mosque', 'church', 'market', 'hotel', 'university', 'clinic', 'port', 'mine', 'factory', 'plant']);

/** A word that is not a name on its own (lower-cased look-up, light inflection stripped). */
function isNonName(w) {
  const l = w.toLowerCase().replace(/[’]/g, "'").replace(/'s$/, '');
  if (nonNames.has(l) || common.has(l) || units.has(l)) return true;
  // a one-letter word, a compound with a lower-case tail ("Iran-backed", "US-led"), a plural demonym
  if (l.length < 2 || /-\p{Ll}+$/u.test(w) || (l.endsWith('s') && nonNames.has(l.slice(0, -1)))) return true;
  for (const suf of ['s', 'es', 'ed', 'd', 'ing', 'ly']) if (l.endsWith(suf) && common.has(l.slice(0, -suf.length))) return true;
  if (l.endsWith('ies') && common.has(l.slice(0, -3) + 'y')) return true;
  return false;
}

// ---- sentence splitting ----
const ABBR = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Capt|Maj|Rev|Sen|Rep|Gov|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Co|Corp|Ltd|vs|etc|U\.S|U\.N|U\.K|E\.U|[A-Z])\.$/;

/** [start, end) of the sentences of `text`: lines, then sentence ends inside a line. */
function sentences(text, lang) {
  const res = [];
  const re = /[^\n]+/g;
  let m;
  while ((m = re.exec(text))) {
    const line = m[0];
    const base = m.index;
    let s = 0;
    const end = lang === 'ar' ? /[.!?؟]+["”»)]?(?=\s+\S)/g : /[.!?]+["”’)]?(?=\s+["“‘(]?[A-Z0-9])/g;
    let e;
    while ((e = end.exec(line))) {
      const stop = e.index + e[0].length;
      if (lang === 'en' && ABBR.test(line.slice(Math.max(s, e.index - 6), e.index + 1))) continue;
      push(res, text, base + s, base + stop);
      s = stop;
    }
    push(res, text, base + s, base + line.length);
  }
  return res;
}
function push(res, text, a, b) {
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  if (b > a) res.push([a, b]);
}

// ---- mention matching ----
const isWordChar = (c) => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);
const PROCLITIC = /[وفبلك]/;

/** Occurrences of `m` in `t` at word boundaries (Arabic: after up to two proclitic letters). */
function occurrences(t, m, lang) {
  const res = [];
  for (let i = t.indexOf(m); i >= 0; i = t.indexOf(m, i + 1)) {
    const j = i + m.length;
    if (isWordChar(t[j]) && isWordChar(m[m.length - 1])) continue;
    if (isWordChar(t[i - 1]) && isWordChar(m[0])) {
      if (lang !== 'ar') continue;
      // one or two proclitic letters glued before the mention, starting the word
      let k = i;
      while (k > i - 2 && k > 0 && PROCLITIC.test(t[k - 1])) k--;
      if (k === i || isWordChar(t[k - 1])) continue;
    }
    res.push([i, j]);
  }
  return res;
}

/** UNER-like mention (English, --conv uner): undefined when it should not be tagged at all. */
function unerMention(m, type) {
  let s = m;
  if (type === 'PER') {
    // leading titles out of a person's span ("Dr. X" → "X")
    for (;;) {
      const w = s.match(/^(\S+)\s+/);
      if (!w || !titles.has(w[1].toLowerCase())) break;
      s = s.slice(w[0].length);
    }
  }
  const toks = s.split(/\s+/);
  for (const w of toks) {
    if (!/^\p{Ll}/u.test(w)) continue;
    if (connectors.has(w) || /^(?:al|el|ad|as|ash|an|ar|az|at|ibn|bin|abu)-/.test(w)) continue;
    return undefined;
  }
  return s;
}

const slugs = fs.readdirSync(pairsDir).filter((d) => fs.existsSync(path.join(pairsDir, d, 'gold.json'))).sort();
fs.mkdirSync(out, { recursive: true });
for (const lang of langs) {
  const lines = [];
  const stats = { sentences: 0, kept: 0, entities: 0, droppedIncomplete: 0, droppedFacility: 0, skippedMentions: 0 };
  for (const slug of slugs) {
    const gold = JSON.parse(fs.readFileSync(path.join(pairsDir, slug, 'gold.json'), 'utf8'));
    const text = fs.readFileSync(path.join(pairsDir, slug, `${lang}.txt`), 'utf8');
    // mentions, longest first
    const ments = [];
    for (const e of gold.entities?.[lang] ?? []) {
      if (!['PER', 'ORG', 'LOC'].includes(e.type)) continue;
      for (const m0 of new Set(e.mentions)) {
        let m = m0;
        if (lang === 'en' && conv === 'uner') {
          m = unerMention(m0, e.type);
          if (m === undefined) {
            stats.skippedMentions++;
            ments.push({ m: m0, type: null });
            continue;
          }
        }
        ments.push({ m, type: e.type, full: m0 });
      }
    }
    ments.sort((a, b) => b.m.length - a.m.length);
    // tag the whole text: longest first, no overlaps; untagged (type null) mentions block shorter ones
    // only where a --conv uner skip leaves room for the names inside them, so they block nothing
    const taken = new Uint8Array(text.length);
    const spans = [];
    for (const { m, type } of ments) {
      if (!type) continue;
      for (const [a, b] of occurrences(text, m, lang)) {
        let free = true;
        for (let k = a; k < b && free; k++) if (taken[k]) free = false;
        if (!free) continue;
        taken.fill(1, a, b);
        spans.push({ type, start: a, end: b });
      }
    }
    spans.sort((x, y) => x.start - y.start);
    sentences(text, lang).forEach(([a, b], k) => {
      stats.sentences++;
      const t = text.slice(a, b);
      const ents = spans.filter((s) => s.start >= a && s.end <= b).map((s) => ({ type: s.type, start: s.start - a, end: s.end - a, text: text.slice(s.start, s.end) }));
      if (lang === 'en' && incomplete === 'drop') {
        // a capitalised word, not sentence-initial, outside every span, not a known non-name
        const re = /[\p{L}][\p{L}\p{M}'’.-]*/gu;
        let w;
        let first = true;
        let bad;
        while ((w = re.exec(t))) {
          const word = w[0].replace(/[.’'-]+$/, '');
          const initial = first || /[.!?:"“‘(]\s*$/.test(t.slice(0, w.index));
          first = false;
          if (!/^\p{Lu}/u.test(word) || initial) continue;
          if (ents.some((e) => w.index >= e.start && w.index < e.end)) continue;
          if (isNonName(word)) continue;
          bad = word;
          break;
        }
        if (bad) {
          stats.droppedIncomplete++;
          if (verbose) process.stderr.write(`drop (${bad}): ${t}\n`);
          return;
        }
      }
      if (lang === 'en' && facilities === 'drop' && ents.some((e) => e.type === 'LOC' && e.text.split(/\s+/).some((x) => facilityWords.has(x.toLowerCase())))) {
        stats.droppedFacility++;
        return;
      }
      stats.kept++;
      stats.entities += ents.length;
      lines.push(JSON.stringify({ id: `pairs-${lang}-${slug}-${k}`, lang, text: t, entities: ents, source: `factdiff/fixtures/pairs/${slug}/${lang}.txt` }));
    });
  }
  const file = path.join(out, `pairs-${lang}.jsonl`);
  fs.writeFileSync(file, lines.join('\n') + '\n');
  process.stderr.write(`${lang}: ${JSON.stringify(stats)} → ${file}\n`);
}
