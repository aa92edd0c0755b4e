import fs from 'node:fs';
import path from 'node:path';
import { normalize } from '../../../src/text/normalize.js';
import { extractEntities as en } from '../../../src/lang/en/entities.js';
import { extractEntities as ar } from '../../../src/lang/ar/entities.js';
import { allowed, clustersFrom, decode, decodeLattice, decodeReference, fromFile, loadModel, mergeRules, NT, packWeights, roleFeatures, shape, spanGate, spansOf, TAGS, tokenFeatures, transitionFeatures, viterbi, wordFeatures, type Lattice, type ModelFile, type ModelTok, type WordClustersFile } from '../../../src/extract/entities/tagger.js';
import { modelTokens as enTokens, ruleCandidates as enRules } from '../../../src/lang/en/entities.js';
import { modelTokens as arTokens, ruleCandidates as arRules } from '../../../src/lang/ar/entities.js';
import type { Candidate } from '../../../src/extract/entities/link.js';

const ex = { en, ar };

describe('statistical tagger: building blocks', () => {
  test.each([
    ['Paris', 'Xx'],
    ['NATO', 'X'],
    ['U.S.', 'X.X.'],
    ['2019', 'd'],
    ['باريس', 'a'],
    ['al-Assad', 'x-Xx'],
  ])('shape(%s) = %s', (w, s) => expect(shape(w)).toBe(s));

  test('I- tags only continue a name of the same type', () => {
    const i = (t: string) => TAGS.indexOf(t as (typeof TAGS)[number]);
    expect(allowed(i('O'), i('I-PER'))).toBe(false);
    expect(allowed(i('B-PER'), i('I-PER'))).toBe(true);
    expect(allowed(i('I-ORG'), i('I-ORG'))).toBe(true);
    expect(allowed(i('B-LOC'), i('I-ORG'))).toBe(false);
    expect(allowed(i('I-LOC'), i('B-LOC'))).toBe(true);
  });

  test.each<[string, string[], Array<[number, number, string]>]>([
    ['one name', ['O', 'B-PER', 'I-PER', 'O'], [[1, 2, 'PER']]],
    ['two adjacent names', ['B-LOC', 'B-LOC', 'O'], [[0, 0, 'LOC'], [1, 1, 'LOC']]],
    ['type change starts a new name', ['B-ORG', 'I-ORG', 'I-LOC'], [[0, 1, 'ORG'], [2, 2, 'LOC']]],
    ['nothing', ['O', 'O'], []],
  ])('spansOf: %s', (_name, tags, want) => {
    const got = spansOf(tags.map((t) => TAGS.indexOf(t as (typeof TAGS)[number])));
    expect(got.map((s) => [s.from, s.to, s.type])).toEqual(want);
  });

  const c = (start: number, end: number, name: string, extra: Partial<Candidate> = {}): Candidate => ({ start, end, type: 'PER', name, ...extra });
  test.each<[string, Candidate[], Candidate[], Array<[number, number]>]>([
    ['tagger span kept when rules say nothing', [c(0, 5, 'Alpha')], [], [[0, 5]]],
    ['gazetteer name fills a gap', [c(0, 5, 'Alpha')], [c(10, 15, 'Gamma', { entry: {} as never })], [[0, 5], [10, 15]]],
    ['multi-word gazetteer name beats pieces inside it', [c(0, 5, 'Alpha'), c(10, 14, 'News')], [c(0, 20, 'Alpha Arab News Agency', { entry: {} as never })], [[0, 20]]],
    ['extend: a title-led name replaces a shorter tagger span', [c(0, 9, 'Jan Maren')], [c(0, 16, 'Jan Maren Koster', { via: 'ts' })], [[0, 16]]],
    ['split: two rule names inside one tagger span', [c(0, 20, 'Lisbon Carla Ruivo')], [c(0, 6, 'Lisbon', { entry: {} as never }), c(7, 18, 'Carla Ruivo', { via: 'pw', weak: true })], [[0, 6], [7, 18]]],
    ['a weak rule guess does not fill a gap', [], [c(0, 5, 'Delta', { weak: true })], []],
    ['a place-cue name fills a gap', [], [c(0, 14, 'Kordel Province', { via: 'lc' })], [[0, 14]]],
    ['an override name beats a longer tagger span around it', [c(10, 24, 'Karel ] Osmani')], [c(18, 24, 'Osmani', { via: 'br', blockStart: 10 })], [[18, 24]]],
    ['a longer tagger span keeps a gazetteer name inside it', [c(0, 20, 'Alpha Arab Union FC')], [c(0, 16, 'Alpha Arab Union', { entry: {} as never })], [[0, 20]]],
    // session 7: the Arabic late rules fill gaps (dateline agency, person in commas, quoted name, listed places)
    ['late rules fill gaps, not over a tagger span', [c(0, 5, 'Alpha')], [c(0, 5, 'Alpha', { via: 'qn' }), c(10, 15, 'Betaa', { via: 'da' }), c(20, 25, 'Gamma', { via: 'pa' }), c(30, 35, 'Delta', { via: 'pl' }), c(3, 12, 'ha Bet', { via: 'pa' })], [[0, 5], [10, 15], [20, 25], [30, 35]]],
  ])('mergeRules: %s', (_name, model, rule, want) => {
    expect(mergeRules(40, model, rule).map((x) => [x.start, x.end])).toEqual(want);
  });

  // Viterbi on hand-made scores: obs per token as {tag: score}, transitions all 0 unless given
  const tag = (t: string) => TAGS.indexOf(t as (typeof TAGS)[number]);
  const run = (obsRows: Array<Record<string, number>>, trans: Record<string, number> = {}) => {
    const obs = new Float64Array(obsRows.length * NT);
    obsRows.forEach((row, i) => {
      for (const [t, v] of Object.entries(row)) obs[i * NT + tag(t)] = v;
    });
    const m = new Float64Array(NT * NT);
    for (const [k, v] of Object.entries(trans)) {
      const [a, b] = k.split('>');
      m[tag(a!) * NT + tag(b!)] = v;
    }
    return viterbi(obsRows.length, obs, () => m).map((c) => TAGS[c]);
  };
  test.each<[string, Array<Record<string, number>>, Record<string, number>, string[]]>([
    ['best tag per token when nothing interacts', [{ 'B-PER': 2 }, { O: 1 }, { 'B-LOC': 3 }], {}, ['B-PER', 'O', 'B-LOC']],
    ['no I- after O: a strong I-PER pulls the token before into the name', [{ O: 1 }, { 'I-PER': 5, 'B-PER': 1 }], {}, ['B-PER', 'I-PER']],
    ['no I- after O: after a sure O it starts a name instead', [{ O: 10 }, { 'I-PER': 5, 'B-PER': 1 }], {}, ['O', 'B-PER']],
    ['a transition bonus joins two tokens into one name', [{ 'B-ORG': 2 }, { 'B-ORG': 1, 'I-ORG': 0.5 }], { 'B-ORG>I-ORG': 2 }, ['B-ORG', 'I-ORG']],
    ['the whole path wins over the greedy first step', [{ 'B-PER': 1, 'B-LOC': 0.9 }, { 'I-LOC': 3 }], {}, ['B-LOC', 'I-LOC']],
    ['empty input', [], {}, []],
  ])('viterbi: %s', (_name, obs, trans, want) => {
    expect(run(obs, trans)).toEqual(want);
  });

  test.each<[string, { gate?: number; gateExempt?: string[] }, { via?: string; cost: number }, boolean | undefined]>([
    ['no threshold: no gate', {}, { cost: 99 }, undefined],
    ['cheap reading passes', { gate: 10 }, { cost: 3 }, true],
    ['costly reading is refused', { gate: 10 }, { cost: 30 }, false],
    ['exempt rule passes whatever the cost', { gate: 10, gateExempt: ['ts'] }, { via: 'ts', cost: 30 }, true],
  ])('spanGate: %s', (_name, file, c, want) => {
    const toks = [{ start: 0, end: 5, text: 'Alpha', low: 'alpha', lex: '', rule: 'O', initial: true }];
    const lat: Lattice = { tags: [0], cost: () => c.cost };
    const gate = spanGate(toks, lat, file);
    expect(gate === undefined ? undefined : gate({ start: 0, end: 5, type: 'PER', ...(c.via ? { via: c.via } : {}) })).toBe(want);
  });

  // a cluster file as scripts/gen-clusters.mjs writes it: levels 2 × 3 (6 leaves), sorted words,
  // two id digits per word, every 2nd word's offset sampled
  const clusterFile = (entries: Array<[string, number]>, sample = 2): WordClustersFile => {
    const digits = 'abcdefghij';
    const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    let words = '';
    const index: number[] = [];
    sorted.forEach(([w], k) => {
      if (k) words += ' ';
      if (k % sample === 0) index.push(words.length);
      words += w;
    });
    const ids = sorted.map(([, leaf]) => digits[Math.floor(leaf / 10)]! + digits[leaf % 10]!).join('');
    return { levels: [2, 3], digits, sample, index, words, ids };
  };
  const wc = clustersFrom(clusterFile([['paris', 4], ['london', 5], ['said', 0], ['told', 1], ['al-rashid', 3], ['obama', 2], ['par', 4]]));

  test.each<[string, string[]]>([
    ['paris', ['1', '4']],
    ['london', ['1', '5']],
    ['said', ['0', '0']],
    ['told', ['0', '1']],
    ['al-rashid', ['1', '3']],
    ['obama', ['0', '2']],
    ['par', ['1', '4']],
    ['pari', []],
    ['parisx', []],
    ['aaa', []],
    ['zzz', []],
    ['', []],
    ['paris london', []],
  ])('clustersFrom: %s → %j (coarse to fine)', (w, want) => {
    expect([...wc.of(w)]).toEqual(want);
  });

  test('clustersFrom: one shared id list per leaf, one empty list for unknown words', () => {
    expect(wc.of('paris')).toBe(wc.of('par'));
    expect(wc.of('nowhere')).toBe(wc.of('elsewhere'));
  });

  test('clustersFrom finds every word of a larger file (sampled index, scans between samples)', () => {
    const entries: Array<[string, number]> = [];
    for (let i = 0; i < 500; i++) entries.push([`w${(i * 7919) % 1000}x${i % 13}`, i % 6]);
    const big = clustersFrom(clusterFile(entries, 16));
    for (const [w, leaf] of entries) expect(big.of(w)[1]).toBe(String(leaf));
    expect(big.of('w9999')).toEqual([]);
  });

  test.each<[string, readonly string[] | undefined, string[], string[]]>([
    ['known word: one feature per level, as itself and as a neighbour', ['1', '4'], ['k0=1', 'k1=4'], ['k0-1=1', 'k1-1=4']],
    ['unknown word: one feature', [], ['k=?'], ['k-1=?']],
    ['language without clusters: none', undefined, [], []],
  ])('cluster features: %s', (_name, clusters, self, asPrev) => {
    const t: ModelTok = { start: 0, end: 5, text: 'Paris', low: 'paris', lex: '', rule: 'O', initial: false, ...(clusters ? { clusters } : {}) };
    expect(wordFeatures(t).filter((f) => f.startsWith('k'))).toEqual(self);
    expect(roleFeatures(t, 0).filter((f) => f.startsWith('k'))).toEqual(asPrev);
  });

  test.each<[string, readonly string[] | undefined, string[]]>([
    ['language features of the form are word features', ['g3=^بي', 'g3=تش$'], ['g3=^بي', 'g3=تش$']],
    ['none given: none', undefined, []],
  ])('extra form features: %s', (_name, feats, want) => {
    const t: ModelTok = { start: 0, end: 9, text: 'بيتروفيتش', low: 'بيتروفيتش', lex: '', rule: 'O', initial: false, ...(feats ? { feats } : {}) };
    expect(wordFeatures(t).filter((f) => f.startsWith('g3='))).toEqual(want);
    // features of the word itself, not of its neighbours
    expect(roleFeatures(t, 0).some((f) => f.startsWith('g3='))).toBe(false);
  });

  test('English tokens carry clusters from the shipped file; Arabic tokens none', () => {
    const t = normalize('Officials in Paris said the talks would resume.');
    const toks = enTokens(t, enRules(t));
    const paris = toks.find((x) => x.text === 'Paris')!;
    expect(paris.clusters!.length).toBeGreaterThan(1);
    // a made-up word is in no cluster
    const u = normalize('Qzxwvkt arrived.');
    expect(enTokens(u, enRules(u))[0]!.clusters).toEqual([]);
    const a = normalize('وقال المتحدث إن المحادثات ستستأنف في عمان.');
    expect(arTokens(a, arRules(a)).every((x) => x.clusters === undefined)).toBe(true);
  });

  test('a model file round-trips through fromFile (scaled integer weights)', () => {
    const file: ModelFile = { version: 1, lang: 'xx', tags: [...TAGS], scale: 100, w: { 'w=paris': [5, 250, 0, -100] } };
    const m = fromFile(file);
    expect(Array.from(m.w.get('w=paris')!)).toEqual([-1, 0, 0, 0, 0, 2.5, 0]);
  });

  test('packed weights load as the sparse ones do', () => {
    const w = { 'w=paris': [5, 250, 0, -100], 'sh=Xx': [6, 32767, 1, -32768], 'p1=ب': [], 'r=B-PER+g': [2, 7] };
    const sparse = fromFile({ version: 1, lang: 'xx', tags: [...TAGS], scale: 100, w });
    const packed = fromFile({ version: 1, lang: 'xx', tags: [...TAGS], scale: 100, packed: packWeights(w) });
    expect([...packed.w.keys()]).toEqual(Object.keys(w));
    for (const [k, v] of sparse.w) expect(Array.from(packed.w.get(k)!)).toEqual(Array.from(v));
    expect(() => packWeights({ big: [0, 40000] })).toThrow(/int16/);
    expect(() => fromFile({ version: 1, lang: 'xx', tags: [...TAGS], scale: 100, packed: { features: 'a\nb', data: '' } })).toThrow(/do not match/);
    // a weight cut in half, and bytes left over
    const bytes = Buffer.from(packWeights({ a: [0, 300] }).data, 'base64');
    expect(() => fromFile({ version: 1, lang: 'xx', tags: [...TAGS], scale: 100, packed: { features: 'a', data: bytes.subarray(0, 2).toString('base64') } })).toThrow(/do not match/);
    expect(() => fromFile({ version: 1, lang: 'xx', tags: [...TAGS], scale: 100, packed: { features: 'a', data: Buffer.concat([bytes, Buffer.from([0])]).toString('base64') } })).toThrow(/do not match/);
  });
});

describe('statistical tagger: shipped models', () => {
  test.each(['en', 'ar'])('%s model file exists and is compact', (lang) => {
    const p = path.join(__dirname_of(), '..', '..', '..', 'src', 'lang', lang, 'ner-model.json');
    const size = fs.statSync(p).size;
    expect(size).toBeGreaterThan(10_000);
    expect(size).toBeLessThan(2_000_000);
    const m = JSON.parse(fs.readFileSync(p, 'utf8')) as ModelFile;
    expect(m.tags).toEqual([...TAGS]);
    expect(m.lang).toBe(lang);
  });

  test('the English word-cluster file is compact and well-formed', () => {
    const p = path.join(__dirname_of(), '..', '..', '..', 'src', 'lang', 'en', 'word-clusters.json');
    expect(fs.statSync(p).size).toBeLessThan(1_600_000);
    const f = JSON.parse(fs.readFileSync(p, 'utf8')) as WordClustersFile;
    const n = f.words.split(' ').length;
    expect(f.ids.length).toBe(2 * n);
    expect(f.index.length).toBe(Math.ceil(n / f.sample));
    expect(f.levels.reduce((a, b) => a * b, 1)).toBeLessThanOrEqual(f.digits.length ** 2);
  });

  // loadModel keeps the weights compact (src/text/string-table.ts): what the decoder reads is the
  // file's, and what only loading needed (the base64 weights) is not kept
  test.each(['en', 'ar'])('loaded %s model: every feature finds its row; extra tables read as in the file', (lang) => {
    const p = path.join(__dirname_of(), '..', '..', '..', 'src', 'lang', lang, 'ner-model.json');
    const file = JSON.parse(fs.readFileSync(p, 'utf8')) as ModelFile;
    const url = new URL(`../../../src/lang/${lang}/entities.ts`, `file://${path.resolve('__tests__/extract/entities')}/`).href;
    const model = loadModel(lang, url)!;
    const features = file.packed ? file.packed.features.split('\n') : Object.keys(file.w ?? {});
    expect(model.rows).not.toBeInstanceOf(Map);
    expect(model.rows.size).toBe(new Set(features).size);
    const misses = features.filter((f, i) => model.rows.get(f) !== i && features.lastIndexOf(f) === i);
    expect(misses).toEqual([]);
    expect(model.rows.get(features[0] + '\u0000')).toBeUndefined();
    expect(model.buf.length).toBe(features.length * NT);
    expect(model.file.packed).toBeUndefined();
    for (const [k, table] of Object.entries(file.extra ?? {})) {
      const got = model.file.extra![k] as Record<string, unknown>;
      expect(JSON.stringify(got)).toBe(JSON.stringify(table));
      if (table && typeof table === 'object' && !Array.isArray(table)) for (const w of Object.keys(table).slice(0, 2000)) expect(got[w]).toBe((table as Record<string, unknown>)[w]);
    }
    expect({ ...model.file, packed: undefined, extra: undefined }).toEqual({ ...file, packed: undefined, extra: undefined });
  });
});

describe('statistical tagger: fast decoder = reference decoder', () => {
  const texts: Array<['en' | 'ar', string]> = [
    ['en', 'Officials of the Harbour Authority met Lena Okafor in Dakar. "Nothing changed," she said.\nThe UN and NATO were not there.'],
    ['ar', 'وقال رئيس بلدية طنجة محمد العمري إن وفدا من الأمم المتحدة سيزور المدينة.\nوأكدت الوكالة الخبر.'],
  ];
  test.each(texts)('%s', (lang, text) => {
    const t = normalize(text);
    const toks = lang === 'en' ? enTokens(t, enRules(t)) : arTokens(t, arRules(t));
    const url = new URL(`../../../src/lang/${lang}/entities.ts`, `file://${path.resolve('__tests__/extract/entities')}/`).href;
    const model = loadModel(lang, url)!;
    expect(model).not.toBeNull();
    expect(decode(model, toks)).toEqual(decodeReference(model, toks));
  });

  // the second pass reads every form, pair and bigram from the caches kept on the model
  test.each(texts)('%s: same tags again with warm caches, and on a text mixing its words anew', (lang, text) => {
    const url = new URL(`../../../src/lang/${lang}/entities.ts`, `file://${path.resolve('__tests__/extract/entities')}/`).href;
    const model = loadModel(lang, url)!;
    const mixed = text.split('\n').reverse().join(' ').split(' ').reverse().join(' ');
    for (const x of [text, text, mixed, text]) {
      const t = normalize(x);
      const toks = lang === 'en' ? enTokens(t, enRules(t)) : arTokens(t, arRules(t));
      expect(decode(model, toks)).toEqual(decodeReference(model, toks));
    }
  });

  // tokens of one word form share a memo of its form id; a memo made for another form cache is ignored
  test.each(texts)('%s: form memos give the same tags as the form look-ups', (lang, text) => {
    const url = new URL(`../../../src/lang/${lang}/entities.ts`, `file://${path.resolve('__tests__/extract/entities')}/`).href;
    const model = loadModel(lang, url)!;
    const t = normalize(text + ' ' + text);
    const toks = lang === 'en' ? enTokens(t, enRules(t)) : arTokens(t, arRules(t));
    const plain = toks.map((x) => ({ ...x, memo: undefined }));
    const stale = toks.map((x) => ({ ...x, memo: x.memo && { cache: {}, id: 0 } }));
    const tags = decodeLattice(model, plain).tags;
    expect(decodeLattice(model, toks).tags).toEqual(tags);
    expect(decodeLattice(model, toks).tags).toEqual(tags); // memos filled
    expect(decodeLattice(model, stale).tags).toEqual(tags);
    const half = toks.length / 2;
    expect(toks.filter((x) => x.memo).length).toBeGreaterThan(0);
    for (let i = 0; i < half; i++) if (toks[i]!.memo) expect(toks[i + half]!.memo).toBe(toks[i]!.memo);
    for (const x of toks) if (x.memo) expect(x.memo.id).toBeGreaterThanOrEqual(0);
  });

  test.each(texts)('%s: lattice costs are 0 on the best path, positive or 0 elsewhere', (lang, text) => {
    const t = normalize(text);
    const toks = lang === 'en' ? enTokens(t, enRules(t)) : arTokens(t, arRules(t));
    const url = new URL(`../../../src/lang/${lang}/entities.ts`, `file://${path.resolve('__tests__/extract/entities')}/`).href;
    const lat = decodeLattice(loadModel(lang, url)!, toks);
    const spans = spansOf(lat.tags);
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) expect(lat.cost(s.from, s.to, s.type)).toBeCloseTo(0, 6);
    // a reading the tagger did not choose: the first token as a one-word place name
    if (lat.tags[0] !== TAGS.indexOf('B-LOC') || lat.tags[1] === TAGS.indexOf('I-LOC')) expect(lat.cost(0, 0, 'LOC')).toBeGreaterThan(0);
    expect(lat.cost(-1, 0, 'PER')).toBe(Infinity);
  });
});

function __dirname_of(): string {
  return path.resolve('__tests__', 'extract', 'entities');
}

describe('statistical tagger: extraction (own sentences)', () => {
  const cases: Array<['en' | 'ar', string, string[], string[]?]> = [
    ['en', 'Analysts at the Kestrel Institute said Priya Ramanathan would lead the review.', ['ORG:Kestrel Institute', 'PER:Priya Ramanathan']],
    ['en', 'Helga Brandt, a spokeswoman, said trains to Bergen were cancelled.', ['PER:Helga Brandt', 'LOC:Bergen']],
    ['en', 'Ministers met in Geneva and later flew to Nairobi.', ['LOC:Geneva', 'LOC:Nairobi']],
    ['en', 'The Syndicate of Coastal Fishermen met on Tuesday.', ['ORG:Syndicate of Coastal Fishermen'], ['ORG:Syndicate of Coastal Fishermen met']],
    ['en', 'The talks were led by Tariq al-Rashed, a senior envoy.', ['PER:Tariq al-Rashed'], ['PER:Tariq']],
    ['en', 'Doctors at the Halden Institute said Ms. Okonkwo-Reyes had recovered.', ['ORG:Halden Institute', 'PER:Okonkwo-Reyes']],
    ['en', 'Follow #OpenHarbours and @Port_Watch for news from Mombasa.', ['LOC:Mombasa'], ['ORG:OpenHarbours', 'PER:OpenHarbours', 'ORG:Port', 'PER:Port', 'ORG:Watch']],
    ['ar', 'وقال المتحدث باسم الحكومة سمير الحداد إن المحادثات ستستأنف في عمان الأسبوع المقبل.', ['PER:سمير الحداد', 'LOC:عمان']],
    ['ar', 'التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري في القاهرة.', ['PER:أيمن الصفدي', 'LOC:القاهرة']],
    ['ar', 'وصل وفد من شركة فالمورا للصناعات إلى مدينة روتردام مساء الجمعة.', ['ORG:شركة فالمورا للصناعات', 'LOC:روتردام']],
    ['ar', 'أعلنت وكالة الأنباء الرسمية أن الفيضانات اجتاحت قرى في إقليم كردستان.', ['ORG:وكالة الأنباء الرسمية']],
  ];
  test.each(cases)('%s: %s', (lang, sentence, must, mustNot = []) => {
    const got = ex[lang](normalize(sentence)).map((m) => `${m.type}:${m.text}`);
    for (const m of must) expect(got).toContain(m);
    for (const m of mustNot) expect(got).not.toContain(m);
  });

  const texts: Array<['en' | 'ar', string]> = [
    ['en', 'Mr. Tomas Ekdahl of the Baltic Shipping Council told Reuters in Riga that the UN (United Nations) agreed.\nSecond line: Oslo, Bergen and Trondheim.'],
    ['en', "NATO's chief met Iran's envoy. ALL CAPS HEADLINE ABOUT PARIS\n\n\"Quoted Name\" said nothing."],
    ['ar', 'وقال جان دوبوا رئيس بلدية ليل إن منظمة العفو الدولية زارت بباريس والأممالمتحدة.\nوأكد الدكتور خالد المنصوري أن جامعة الملك سعود ستستضيف المؤتمر.'],
    ['ar', 'وصل وفدٌ إلی بارِيس وکابل، ثم توجه إلى «منظمة نور» في عمّان.'],
  ];
  test.each(texts)('%s: spans are exact, sorted and non-overlapping', (lang, text) => {
    const ms = ex[lang](normalize(text));
    expect(ms.length).toBeGreaterThan(0);
    let last = -1;
    for (const m of ms) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBeGreaterThanOrEqual(last);
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.key).toMatch(/^(per|org|loc):/);
      last = m.end;
    }
  });
});

describe('statistical tagger: lattice scores = sums of the plain features', () => {
  // a model holding every feature of these tokens (pseudo-random weights), so that each feature
  // group the fast decoder sums from its caches (lexicon flags, clusters, shapes, lengths, pairs,
  // bigrams, stems, letter shapes) counts in the scores compared here
  const tok = (text: string, extra: Partial<ModelTok> = {}): ModelTok => ({ start: 0, end: 0, text, low: text.toLowerCase(), lex: '', rule: 'O', initial: false, ...extra });
  const sentences: ModelTok[][] = [
    [
      tok('Dr', { lex: 'TT', cased: true, clusters: ['3', '31'], initial: true }),
      tok('Lena', { lex: 'GZ', cased: true, clusters: [], rule: 'B-PER:pc' }),
      tok('Okafor', { cased: true, clusters: [], rule: 'I-PER:pc' }),
      tok('met', { lex: 'C', cased: true, clusters: ['1', '12'] }),
      tok('UN', { lex: 'Q', cased: true, clusters: ['2', '21'], rule: 'B-ORG+g' }),
      tok('.', { cased: true, clusters: [] }),
    ],
    [
      tok('وقال', { lex: 'VD', forms: ['قال'], feats: ['g3=^قا', 'g3=ال$'], initial: true }),
      tok('بيتروفيتش', { lex: '', forms: ['يتروفيتش'], feats: ['g3=^يت', 'g4=فيتش'], rule: 'B-PER:ts' }),
      tok('2020', { forms: [] }),
      tok('x', {}),
    ],
  ];
  const lcg = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2147483648) % 601) - 300;
  test.each(sentences.map((s, k) => [k, s] as const))('sentence %i', (_k, toks) => {
    const rnd = lcg(7);
    const w: Record<string, number[]> = {};
    const put = (f: string) => (w[f] ??= [0, rnd(), 1, rnd(), 2, rnd(), 3, rnd(), 4, rnd(), 5, rnd(), 6, rnd()]);
    toks.forEach((_, i) => tokenFeatures(toks, i).forEach(put));
    toks.forEach((t) => { for (let p = 0; p < NT; p++) transitionFeatures(p, t).forEach(put); });
    const model = fromFile({ version: 1, lang: 'xx', tags: [...TAGS], scale: 100, w, decoder: 'viterbi' });
    const row = (feats: string[]) => {
      const v = new Float64Array(NT);
      for (const f of feats) { const a = w[f]; if (a) for (let j = 0; j < a.length; j += 2) v[a[j]!] += Math.fround(a[j + 1]! / 100); }
      return v;
    };
    const n = toks.length;
    const obs = toks.map((_, i) => row(tokenFeatures(toks, i)));
    const trans = toks.map((t) => Array.from({ length: NT }, (_, p) => row(transitionFeatures(p, t))));
    // best path score, tag sequences restricted by `ok(i, c)`; at token `free` any tag may follow
    // (as `cost` scores the token after a name: every tag but the name's I-, BIO order unchecked)
    const best = (ok: (i: number, c: number) => boolean, free = -1) => {
      let d = Array.from({ length: NT }, (_, c) => (allowed(0, c) && ok(0, c) ? obs[0]![c]! + trans[0]![0]![c]! : -Infinity));
      for (let i = 1; i < n; i++)
        d = Array.from({ length: NT }, (_, c) => {
          if (!ok(i, c)) return -Infinity;
          let m = -Infinity;
          for (let p = 0; p < NT; p++) if (i === free || allowed(p, c)) m = Math.max(m, d[p]! + trans[i]![p]![c]!);
          return m + obs[i]![c]!;
        });
      return Math.max(...d);
    };
    const all = best(() => true);
    const lat = decodeLattice(model, toks);
    expect(lat.tags).toEqual(decodeReference(model, toks));
    for (const type of ['PER', 'ORG', 'LOC'] as const) {
      const B = TAGS.indexOf(`B-${type}`);
      for (let from = 0; from < n; from++)
        for (let to = from; to < n; to++) {
          const ok = (i: number, c: number) => (i === from ? c === B : i > from && i <= to ? c === B + 1 : i === to + 1 ? c !== B + 1 : true);
          expect(lat.cost(from, to, type)).toBeCloseTo(Math.max(0, all - best(ok, to + 1)), 9);
        }
    }
  });
});
