#!/usr/bin/env node
/**
 * `npm run bench`: throughput, memory, cold start and scaling of the BUILT library (dist/).
 *
 *   node scripts/bench.mjs [--quick] [--markdown] [--json] [--profile] [--pretenuring] [--shared DIR] [--fixtures DIR]
 *                           [--only throughput|robustness] [--budget SECONDS]
 *
 * Corpus: the project's fixtures (fixtures/*.<lang>.txt and its own pairs,
 * fixtures/pairs/<id>/{en,ar}.txt) and the gold pairs'
 * ../shared/pairs/<id>/{en,ar}.txt, repeated until each half (English, Arabic) holds half the
 * target size (20 MB, or 2 MB with --quick). MB = 10^6 bytes of UTF-8. Every copy is a fresh
 * string decoded from bytes, as if read from disk, so nothing can be shared or cached between
 * copies.
 *
 * Every measurement runs in its own child process (`--child JOB`), so its peak RSS
 * (getrusage maxrss) is its own and one job's garbage does not slow the next. Within a child:
 * warm-up first (JIT, lazy loading of chrono-node and the lexicons), then N timed runs
 * (5, or 3 with --quick) and the median. Warm-up is 1 MB of the same texts whatever the size
 * measured. Single process, single thread: MB/s is per core. The library runs with the V8 heap
 * setting the CLI uses (`tuneHeapForExtraction`, src/runtime/heap.ts: no allocation-site
 * pretenuring); `--pretenuring` keeps V8's default, for comparison.
 *
 * Peers, on the same English text: chrono-node (`chrono.parse` per paragraph, dates only),
 * compromise (`nlp(doc)` then people/places/organizations/numbers — slow, so timed on a 1 MB
 * slice and reported per MB), franc alone (`franc(doc)`, on a 2 MB slice), and one regular
 * expression scan (/\d+/g) as the physical ceiling. Ratios are factdiff's English MB/s ÷ the
 * peer's.
 *
 * A run with the language given (`extract(text, {lang})`, as `--lang` does) shows what language
 * identification costs.
 *
 * Cold start: wall time of `bin/factdiff compare fixtures/paris-rally-2019.en.txt
 * fixtures/paris-rally-2019.ar.txt` against `node -e 0`, interleaved, median of 15 (7 quick), on
 * both paths: the startup snapshot (bin/factdiff run as a program, as `npx factdiff` does: it
 * starts from ../.snapshot/factdiff-<node version>.blob when scripts/build/snapshot.mjs built
 * one) and the plain ES modules (`node bin/factdiff`); the target is judged on the path a user
 * gets (the snapshot when there is one). With --dist, the bin/factdiff beside that build
 * (<dist>/../bin) when there is one.
 * Scaling: 1×, 4×, 16× a base corpus (0.5 MB; 0.125 MB quick), seconds per MB for each.
 * --profile: a V8 CPU profile (--cpu-prof) of the pipeline on 2 MB, top functions by self time.
 *
 * Robustness (`--only robustness` runs it alone; `--only throughput` skips it): (a) hostile
 * fragments ("1,1,1,…", «أكثر من أكثر من …», runs of digits and separators…) repeated to
 * 1 KB … 10 MB (1 MB with --quick) through `extract` with the language given, English and
 * Arabic, one child per fragment and language, warm-up first; seconds per MB per size, flagged
 * (⚑) when a size's s/MB is more than 3× the row's smallest; "max ÷ min" over the sizes from
 * 100 KB up is the growth measure (1–10 KB inputs stay in cache and the young generation, so
 * they are cheaper per MB whatever the algorithm). A size is skipped when linear growth from the
 * one before would exceed the budget (--budget, 60 s), and the child is killed when a size runs
 * 30 s past it (a super-linear extractor), keeping the sizes done; (b) one single-line 50 MB file (10 MB quick)
 * through the real CLI, `extract --format ndjson`, language given and detected; (c) a
 * directory of 100,000 tiny files (10,000 quick) through the CLI, `--format ndjson`. For (b)
 * and (c), wall time and the CLI process's own peak RSS (an --import hook writes
 * `process.resourceUsage().maxRSS` at exit); temporary files are removed afterwards.
 *
 * Targets (printed beside the figures, never asserted in tests): ≥ 10 MB/s per core for the
 * full pipeline, ≥ 3× chrono-node, ≥ 100× compromise, peak RSS < 150 MB for 20 MB of input,
 * cold start ≤ 2.0× `node -e 0`. The exit status is 0 whatever the figures: this is a report.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseOptions } from './eval/lib/args.mjs';
import { distDir } from './eval/lib/dist.mjs';
import { foldersWith, isDir, resolveFromRepo, sharedRoot, skipNote, REPO } from './eval/lib/paths.mjs';
import { renderTable } from './eval/lib/table.mjs';

const opts = parseOptions({ quick: { type: 'boolean', default: false }, profile: { type: 'boolean', default: false }, pretenuring: { type: 'boolean', default: false }, child: { type: 'string' }, config: { type: 'string' }, only: { type: 'string' }, budget: { type: 'string' } });
/** `--only throughput` (the sections above) or `--only robustness`; both by default. */
const ONLY = opts.only ?? 'all';
if (!['all', 'throughput', 'robustness'].includes(ONLY)) {
  process.stderr.write(`bench: --only ${ONLY}: expected throughput or robustness\n`);
  process.exit(2);
}
const SELF = fileURLToPath(import.meta.url);
const MB = 1e6;

const Q = opts.quick;
const WARM_UP_BYTES = 1 * MB;
const PLAN = {
  corpusBytes: Q ? 2 * MB : 20 * MB,
  runs: Q ? 3 : 5,
  compromiseBytes: Q ? 0.2 * MB : 1 * MB,
  francBytes: Q ? 0.5 * MB : 2 * MB,
  coldRuns: Q ? 7 : 15,
  scaleBase: Q ? 0.125 * MB : 0.5 * MB,
  scaleRuns: Q ? 3 : 5,
  profileBytes: 2 * MB,
  givenBytes: Q ? 1 * MB : 4 * MB,
};

// ---------- corpus ----------

function sources() {
  const out = { en: [], ar: [] };
  const fixtures = resolveFromRepo(opts.fixtures ?? 'fixtures');
  if (isDir(fixtures)) {
    for (const f of fs.readdirSync(fixtures).sort()) {
      const m = /\.(en|ar)\.txt$/.exec(f);
      if (m) out[m[1]].push(fs.readFileSync(path.join(fixtures, f)));
    }
    // The project's own pairs (fixtures/pairs/<id>/{en,ar}.txt): with them the corpus holds the
    // vocabulary of ninety stories, not ten, so per-word caches do not make repeats look cheap.
    for (const dir of foldersWith(path.join(fixtures, 'pairs'), 'gold.json')) {
      for (const lang of ['en', 'ar']) {
        const f = path.join(dir, `${lang}.txt`);
        if (fs.existsSync(f)) out[lang].push(fs.readFileSync(f));
      }
    }
  } else skipNote('bench', `no fixtures folder at ${fixtures}`);
  const pairs = path.join(sharedRoot(opts.shared), 'pairs');
  if (isDir(pairs)) {
    for (const dir of foldersWith(pairs, 'gold.json')) {
      for (const lang of ['en', 'ar']) {
        const f = path.join(dir, `${lang}.txt`);
        if (fs.existsSync(f)) out[lang].push(fs.readFileSync(f));
      }
    }
  } else skipNote('bench', `no pairs folder at ${pairs}; corpus from the fixtures only`);
  if (!out.en.length || !out.ar.length) throw new Error('need at least one English and one Arabic text (fixtures/*.en.txt, *.ar.txt)');
  return out;
}

/** Documents of one language, cycled until they hold `bytes`; each a fresh string. */
function repeatTo(buffers, bytes) {
  const docs = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const b = buffers[i % buffers.length];
    docs.push(b.toString('utf8').replace(/^\uFEFF/, ''));
    n += b.length;
  }
  return { docs, bytes: n };
}

function corpus(bytes) {
  const src = sources();
  return { en: repeatTo(src.en, bytes / 2), ar: repeatTo(src.ar, bytes / 2), distinct: src.en.length + src.ar.length };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const now = () => Number(process.hrtime.bigint()) / 1e9;

/** The first `bytes` of the English half (whole documents). */
function slice(part, bytes) {
  const docs = [];
  let n = 0;
  for (const d of part.docs) {
    if (n >= bytes) break;
    docs.push(d);
    n += Buffer.byteLength(d);
  }
  return { docs, bytes: n };
}

// ---------- child jobs ----------

/**
 * The built library, with the V8 heap setting the CLI uses (`tuneHeapForExtraction`: no
 * allocation-site pretenuring, see src/runtime/heap.ts), so that the figures are those of a
 * `factdiff` process; `--pretenuring` keeps V8's default instead, to show the difference.
 */
async function library() {
  const lib = await import(pathToFileURL(path.join(distDir(opts.dist), 'index.js')).href);
  if (!opts.pretenuring) lib.tuneHeapForExtraction?.();
  return lib;
}

async function child(job, cfg) {
  const out = { job };
  const timeRuns = (runs, fn) => {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t = now();
      fn();
      times.push(now() - t);
    }
    return times;
  };
  if (job === 'factdiff' || job === 'scale' || job === 'given') {
    const { extract } = await library();
    const c = corpus(cfg.bytes);
    // 'given': the language passed in (as `--lang` does), so detection is skipped: the
    // difference to 'factdiff' is what language identification costs.
    const run = (part, lang) => {
      const o = job === 'given' ? { path: 'bench', lang } : { path: 'bench' };
      for (const d of part.docs) extract(d, o);
    };
    // Warm-up of a fixed size whatever the corpus size (JIT tiers, lazy chrono-node, lexicon
    // compilation), so that the scaling runs differ only in the amount of timed text.
    const w = corpus(WARM_UP_BYTES);
    run({ docs: [...w.en.docs, ...w.ar.docs] });
    const en = [];
    const ar = [];
    for (let i = 0; i < cfg.runs; i++) {
      let t = now();
      run(c.en, 'en');
      en.push(now() - t);
      t = now();
      run(c.ar, 'ar');
      ar.push(now() - t);
    }
    Object.assign(out, { enBytes: c.en.bytes, arBytes: c.ar.bytes, enDocs: c.en.docs.length, arDocs: c.ar.docs.length, en, ar, total: en.map((x, i) => x + ar[i]) });
  } else if (job === 'baseline') {
    // What the library costs before any corpus: load it, read the two seed documents once.
    const { extract } = await library();
    const src = sources();
    for (const b of [src.en[0], src.ar[0]]) extract(b.toString('utf8'), { path: 'bench' });
  } else if (job === 'chrono') {
    const chrono = await import('chrono-node');
    const c = corpus(cfg.bytes).en;
    const paras = c.docs.map((d) => d.split(/\n+/).filter((p) => p.trim()));
    const run = (k) => {
      for (let i = 0; i < k; i++) for (const p of paras[i]) chrono.parse(p);
    };
    run(Math.min(paras.length, 200));
    Object.assign(out, { bytes: c.bytes, docs: c.docs.length, times: timeRuns(cfg.runs, () => run(paras.length)) });
  } else if (job === 'compromise') {
    const nlp = (await import('compromise')).default;
    const c = slice(corpus(cfg.fullBytes).en, cfg.bytes);
    const run = (docs) => {
      for (const d of docs) {
        const doc = nlp(d);
        doc.people().out('array');
        doc.places().out('array');
        doc.organizations().out('array');
        doc.numbers().out('array');
      }
    };
    run(c.docs.slice(0, 20));
    Object.assign(out, { bytes: c.bytes, docs: c.docs.length, times: timeRuns(cfg.runs, () => run(c.docs)) });
  } else if (job === 'franc') {
    const { franc } = await import('franc');
    const c = slice(corpus(cfg.fullBytes).en, cfg.bytes);
    for (const d of c.docs.slice(0, 50)) franc(d);
    Object.assign(out, { bytes: c.bytes, docs: c.docs.length, times: timeRuns(cfg.runs, () => c.docs.forEach((d) => franc(d))) });
  } else if (job === 'regex') {
    const c = corpus(cfg.bytes).en;
    let sink = 0;
    const run = () => {
      for (const d of c.docs) {
        const re = /\d+/g;
        while (re.exec(d)) sink++;
      }
    };
    run();
    Object.assign(out, { bytes: c.bytes, docs: c.docs.length, times: timeRuns(cfg.runs, run), sink });
  } else if (job === 'profile') {
    const { extract } = await library();
    const c = corpus(cfg.bytes);
    for (const d of [...c.en.docs, ...c.ar.docs]) extract(d, { path: 'bench' });
  } else if (job === 'hostile') {
    const { extract } = await library();
    const frag = cfg.fragment;
    const make = (bytes) => frag.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(frag))));
    // Warm-up: JIT and lazy loading, on the same fragment.
    for (let i = 0; i < 20; i++) extract(make(10_000), { path: 'bench', lang: cfg.lang });
    out.sizes = [];
    let last = null;
    for (const bytes of cfg.sizes) {
      // A size that linear growth from the previous one would already put over the budget is
      // not run (a super-linear extractor would take hours): reported as skipped.
      if (last && last.s * (bytes / last.bytes) > cfg.budget) {
        out.sizes.push({ bytes, skipped: true });
        continue;
      }
      const text = make(bytes);
      const real = Buffer.byteLength(text);
      // Small inputs are repeated (≥ ~1 MB in all) and the median taken; large ones run once.
      const reps = Math.min(200, Math.max(1, Math.round(MB / real)));
      const times = [];
      let items = 0;
      for (let i = 0; i < reps; i++) {
        const t = now();
        const d = extract(text, { path: 'bench', lang: cfg.lang });
        times.push(now() - t);
        items = d.claims.length + d.dates.length + d.entities.length;
      }
      last = { bytes: real, reps, s: median(times), items };
      out.sizes.push(last);
      // Streamed as well, so that a parent that kills a size running past the budget keeps the others.
      process.stdout.write(JSON.stringify({ partial: last }) + '\n');
    }
  } else throw new Error(`unknown job ${job}`);
  out.maxRssMB = process.resourceUsage().maxRSS / 1024;
  return out;
}

if (opts.child) {
  try {
    const res = await child(opts.child, JSON.parse(opts.config ?? '{}'));
    process.stdout.write(JSON.stringify(res) + '\n');
  } catch (err) {
    process.stderr.write(`bench child ${opts.child}: ${err.stack ?? err.message}\n`);
    process.exit(1);
  }
  process.exit(0);
}

// ---------- parent ----------

function runChild(job, cfg, nodeArgs = []) {
  return new Promise((resolve, reject) => {
    const pass = ['--shared', sharedRoot(opts.shared), ...(opts.fixtures ? ['--fixtures', opts.fixtures] : []), ...(opts.dist ? ['--dist', opts.dist] : []), ...(opts.pretenuring ? ['--pretenuring'] : [])];
    const p = spawn(process.execPath, ['--no-warnings', ...nodeArgs, SELF, '--child', job, '--config', JSON.stringify(cfg), ...pass], { stdio: ['ignore', 'pipe', 'inherit'] });
    let s = '';
    p.stdout.on('data', (b) => (s += b));
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(s)) : reject(new Error(`${job} failed (exit ${code})`))));
  });
}

const progress = (msg) => process.stderr.write(`bench: ${msg}\n`);

/**
 * The CLI entry point for the cold start: bin/factdiff loads ../dist, so with --dist the bin
 * beside that build (<dist>/../bin/factdiff) when there is one; else the repository's (and its dist/).
 */
function coldBin(dist) {
  if (dist) {
    const bin = path.join(distDir(dist), '..', 'bin', 'factdiff');
    if (fs.existsSync(bin)) return bin;
  }
  return 'bin/factdiff';
}

function coldStart(runs, dist) {
  const bin = coldBin(dist);
  const args = ['compare', 'fixtures/paris-rally-2019.en.txt', 'fixtures/paris-rally-2019.ar.txt'];
  // The snapshot bin/factdiff would start from (its sh part picks the same file).
  const blob = path.join(path.dirname(path.resolve(REPO, bin)), '..', '.snapshot', `factdiff-${process.version}.blob`);
  const hasBlob = fs.existsSync(blob);
  const env = { ...process.env };
  delete env.NODE_OPTIONS; // bin/factdiff takes the plain path under NODE_OPTIONS
  delete env.FACTDIFF_NO_SNAPSHOT;
  const time = (file, argv) => {
    const t = now();
    const r = spawnSync(file, argv, { cwd: REPO, stdio: 'ignore', env });
    if (r.error) throw r.error;
    return now() - t;
  };
  const cmds = {
    node: () => time(process.execPath, ['-e', '0']),
    plain: () => time(process.execPath, [bin, ...args]),
    ...(hasBlob ? { snapshot: () => time(path.resolve(REPO, bin), args) } : {}),
  };
  // One of each first: page cache and compile cache, not what a user's second run pays.
  for (const f of Object.values(cmds)) f();
  const t = Object.fromEntries(Object.keys(cmds).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) for (const [k, f] of Object.entries(cmds)) t[k].push(f());
  const plain = median(t.plain);
  const snapshot = hasBlob ? median(t.snapshot) : null;
  return {
    factdiff: snapshot ?? plain,
    node: median(t.node),
    plain,
    snapshot,
    blob: hasBlob ? { path: path.relative(REPO, blob), bytes: fs.statSync(blob).size } : null,
    runs,
    command: `${bin} ${args.join(' ')}`,
  };
}

/** Top functions by self time from a .cpuprofile. */
function topFunctions(file, k = 15) {
  const p = JSON.parse(fs.readFileSync(file, 'utf8'));
  const total = p.samples.length;
  const agg = new Map();
  for (const n of p.nodes) {
    const cf = n.callFrame;
    const where = cf.url ? `${cf.url.replace(/^.*\/(dist|node_modules)\//, '$1/')}:${cf.lineNumber + 1}` : '';
    const key = `${cf.functionName || '(anonymous)'} ${where}`.trim();
    agg.set(key, (agg.get(key) ?? 0) + n.hitCount);
  }
  // Also by package/module, which says more than single functions when time is spread out.
  const byModule = new Map();
  for (const n of p.nodes) {
    const u = n.callFrame.url;
    const mod = !u ? n.callFrame.functionName || '(vm)' : u.includes('node_modules/') ? u.replace(/^.*node_modules\/((?:@[^/]+\/)?[^/]+).*$/, '$1') : u.includes('/dist/') ? `dist/${u.replace(/^.*\/dist\//, '')}` : 'node internals';
    byModule.set(mod, (byModule.get(mod) ?? 0) + n.hitCount);
  }
  const top = (m) => [...m].sort((x, y) => y[1] - x[1]).slice(0, k).map(([name, hits]) => ({ name, share: hits / total }));
  return { functions: top(agg), modules: top(byModule) };
}

function machine() {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /model name\s*:\s*(.*)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    /* not Linux */
  }
  return {
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    cpu,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    memoryGB: Math.round(os.totalmem() / 1e9),
    load: os.loadavg().map((x) => x.toFixed(2)).join(' '),
  };
}

// ---------- robustness ----------

const HOSTILE = [
  { name: '"1,1,1,1,…"', fragment: '1,1,1,1,1,1,1,1,1,1,' },
  { name: '«أكثر من أكثر من …»', fragment: 'أكثر من ' },
  { name: 'run of digits', fragment: '1234567890' },
  { name: 'digits and separators', fragment: '1.2,3 4-5/6:7 ' },
  { name: 'Arabic-Indic digits, ٬ ٫', fragment: '١٢٬٣٤٥٫٦ ' },
  { name: 'qualifiers', fragment: 'at least more than about up to ' },
  { name: 'mixed claims EN+AR', fragment: '١٢٬٣٤٥ at least 40 people were killed, قتل 600 متظاهر على الأقل. ' },
  // Not hostile: the seed story of that language, repeated into one document.
  { name: 'seed story (one document)', seed: true },
];
const BUDGET = Number(opts.budget ?? 60);

/** Run the real CLI; wall time, its own peak RSS, lines and bytes of stdout (not kept). */
function runCli(args, hook) {
  return new Promise((resolve, reject) => {
    const rssFile = path.join(os.tmpdir(), `factdiff-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
    const t = now();
    const p = spawn(process.execPath, ['--no-warnings', '--import', pathToFileURL(hook).href, path.join(REPO, 'bin', 'factdiff'), ...args], {
      cwd: REPO,
      env: { ...process.env, FACTDIFF_RSS_OUT: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lines = 0;
    let bytes = 0;
    let stderr = '';
    p.stdout.on('data', (b) => {
      bytes += b.length;
      for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) lines++;
    });
    p.stderr.on('data', (b) => {
      if (stderr.length < 4000) stderr += b;
    });
    p.on('error', reject);
    p.on('close', (status) => {
      const s = now() - t;
      let rss = NaN;
      try {
        rss = Number(fs.readFileSync(rssFile, 'utf8')) / 1024;
        fs.rmSync(rssFile, { force: true });
      } catch {
        /* the process died before its exit hook */
      }
      resolve({ status, s, rssMB: rss, lines, bytes, stderrLines: stderr ? stderr.trimEnd().split('\n').length : 0, stderr: stderr.split('\n')[0] });
    });
  });
}

/** The hostile job, killed when a size runs past the budget; the sizes done are kept. */
function runHostile(cfg) {
  return new Promise((resolve, reject) => {
    const pass = ['--shared', sharedRoot(opts.shared), ...(opts.dist ? ['--dist', opts.dist] : []), ...(opts.pretenuring ? ['--pretenuring'] : [])];
    const p = spawn(process.execPath, ['--no-warnings', SELF, '--child', 'hostile', '--config', JSON.stringify(cfg), ...pass], { stdio: ['ignore', 'pipe', 'inherit'] });
    let buf = '';
    const sizes = [];
    let final = null;
    let timer = null;
    let killed = false;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        killed = true;
        p.kill('SIGKILL');
      }, cfg.budget * 1000 + 30_000);
    };
    arm();
    p.stdout.on('data', (b) => {
      buf += b;
      for (let i = buf.indexOf('\n'); i !== -1; i = buf.indexOf('\n')) {
        const o = JSON.parse(buf.slice(0, i));
        buf = buf.slice(i + 1);
        if (o.partial) {
          sizes.push(o.partial);
          arm();
        } else final = o;
      }
    });
    p.on('error', reject);
    p.on('close', () => {
      clearTimeout(timer);
      if (final) return resolve(final);
      // Killed (ran past the budget) or crashed (its stack trace is on stderr): the first size
      // not reported is the one; the rest were not tried.
      const rest = cfg.sizes.slice(sizes.length).map((bytes, i) => ({ bytes, skipped: true, ...(i === 0 ? (killed ? { killed: true } : { crashed: true }) : {}) }));
      resolve({ sizes: [...sizes, ...rest], maxRssMB: NaN });
    });
  });
}

async function robustness() {
  const sizes = Q ? [1e3, 1e4, 1e5, 1e6] : [1e3, 1e4, 1e5, 1e6, 1e7];
  const linear = [];
  for (const h of HOSTILE) {
    for (const lang of ['en', 'ar']) {
      progress(`robustness: ${h.name} (${lang}) at ${sizes.map((x) => `${x / 1e3} KB`).join(', ')}…`);
      const fragment = h.seed ? fs.readFileSync(path.join(REPO, 'fixtures', `paris-rally-2019.${lang}.txt`), 'utf8').replace(/^\uFEFF/, '') : h.fragment;
      const r = await runHostile({ fragment, lang, sizes, budget: BUDGET });
      const perMB = r.sizes.map((x) => (x.skipped ? NaN : x.s / (x.bytes / MB)));
      const flags = perMB.map((v) => v > 3 * Math.min(...perMB.filter((x) => !Number.isNaN(x))));
      linear.push({ name: h.name, lang, perMB, flags, sizes: r.sizes, rss: r.maxRssMB });
    }
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factdiff-robust-'));
  const hook = path.join(tmp, 'rss-hook.mjs');
  fs.writeFileSync(hook, "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { if (process.env.FACTDIFF_RSS_OUT) writeFileSync(process.env.FACTDIFF_RSS_OUT, String(process.resourceUsage().maxRSS)); });\n");
  const cli = [];
  try {
    // (b) one line of 50 MB of hostile text (a qualifier and a run of digits, over and over).
    // Not the seed story: one document of it grows super-linearly in the entity extractors (see
    // the table above), so 50 MB of it would not finish.
    const bigBytes = Q ? 10 * MB : 50 * MB;
    const bigFile = path.join(tmp, 'one-line.txt');
    {
      const fd = fs.openSync(bigFile, 'w');
      const frag = 'أكثر من 1234567890 ';
      const chunk = Buffer.from(frag.repeat(Math.floor(MB / Buffer.byteLength(frag))));
      let n = 0;
      while (n + chunk.length <= bigBytes) {
        fs.writeSync(fd, chunk);
        n += chunk.length;
      }
      fs.writeSync(fd, Buffer.from(' '.repeat(Math.max(0, bigBytes - n - 1)) + '\n'));
      fs.closeSync(fd);
    }
    for (const lang of [['--lang', 'ar'], []]) {
      progress(`robustness: a ${bigBytes / MB} MB single-line file through the CLI (${lang.length ? 'language given' : 'language detected'})…`);
      const r = await runCli(['extract', bigFile, '--format', 'ndjson', ...lang], hook);
      cli.push({ what: `one line of ${bigBytes / MB} MB («أكثر من 1234567890 » repeated), \`extract --format ndjson${lang.length ? ' --lang ar' : ''}\``, inputMB: bigBytes / MB, ...r });
    }
    fs.rmSync(bigFile, { force: true });
    // (c) many tiny files in one directory.
    const files = Q ? 10_000 : 100_000;
    const dir = path.join(tmp, 'many');
    fs.mkdirSync(dir);
    progress(`robustness: writing ${files} tiny files…`);
    let dirBytes = 0;
    for (let i = 0; i < files; i++) {
      const text = i % 2 ? `Police said ${i} people were arrested in Paris on Monday.\n` : `قالت الشرطة إنها اعتقلت ${i} شخصاً في باريس يوم الاثنين.\n`;
      fs.writeFileSync(path.join(dir, `doc${String(i).padStart(6, '0')}.txt`), text);
      dirBytes += Buffer.byteLength(text);
    }
    progress(`robustness: a directory of ${files} files through the CLI…`);
    const r = await runCli(['extract', dir, '--format', 'ndjson'], hook);
    cli.push({ what: `directory of ${files.toLocaleString('en')} tiny files, \`extract --format ndjson\``, inputMB: dirBytes / MB, expectLines: files, ...r });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return { sizes, budget: BUDGET, linear, cli };
}

function printRobustness(rob, markdown) {
  const h = (t) => (markdown ? `\n### ${t}\n\n` : `\n${t}\n`);
  const size = (b) => (b >= MB ? `${Math.round(b / MB)} MB` : `${Math.round(b / 1e3)} KB`);
  let s = h('Robustness: hostile fragments, seconds per MB by input size (library `extract`, language given)');
  const cols = [
    { key: 'name', title: 'fragment repeated' },
    { key: 'lang', title: 'lang' },
    ...rob.sizes.map((b, i) => ({ key: `s${i}`, title: size(b), align: 'right' })),
    { key: 'worst', title: 'max ÷ min', align: 'right' },
    { key: 'items', title: 'items found (at size)', align: 'right' },
    { key: 'rss', title: 'peak RSS MB', align: 'right' },
    { key: 'status', title: 'linear?' },
  ];
  s += renderTable(
    cols,
    rob.linear.map((x) => {
      const done = x.sizes.filter((y) => !y.skipped);
      const row = { name: x.name, lang: x.lang, rss: Number.isNaN(x.rss) ? '' : x.rss.toFixed(0), items: `${done.at(-1).items} (${size(done.at(-1).bytes)})` };
      x.perMB.forEach((v, i) => (row[`s${i}`] = Number.isNaN(v) ? (x.sizes[i].killed ? `> ${rob.budget + 30} s, killed` : x.sizes[i].crashed ? 'CRASHED' : 'skipped') : `${v.toPrecision(3)}${x.flags[i] ? ' ⚑' : ''}`));
      const big = x.perMB.slice(2).filter((v) => !Number.isNaN(v));
      row.worst = `${(Math.max(...big) / Math.min(...big)).toFixed(2)}×`;
      row.status = x.sizes.some((y) => y.crashed) ? 'CRASH' : x.sizes.some((y) => y.killed) ? 'FLAG (killed)' : x.flags.some(Boolean) ? 'FLAG (> 3× the smallest)' : 'yes';
      return row;
    }),
    { markdown },
  );
  s += `${markdown ? '\n' : ''}(s per MB = median seconds per call ÷ MB; sizes under 1 MB repeated to ~1 MB per figure; ⚑ = more than 3× the row's smallest s/MB; "max ÷ min" over 100 KB and up, where the fixed cost per call no longer counts; "skipped" = linear growth from the size before would exceed the ${rob.budget} s budget; "killed" = still running ${rob.budget + 30} s after the previous size)\n`;
  s += h('Robustness: large inputs through the real CLI');
  s += renderTable(
    [
      { key: 'what', title: 'input and command' },
      { key: 'mb', title: 'MB in', align: 'right' },
      { key: 's', title: 'wall s', align: 'right' },
      { key: 'mbps', title: 'MB/s', align: 'right' },
      { key: 'rss', title: 'peak RSS MB', align: 'right' },
      { key: 'lines', title: 'lines out', align: 'right' },
      { key: 'out', title: 'MB out', align: 'right' },
      { key: 'status', title: 'exit', align: 'right' },
      { key: 'check', title: 'check' },
    ],
    rob.cli.map((x) => ({
      what: x.what,
      mb: x.inputMB.toFixed(1),
      s: x.s.toFixed(1),
      mbps: (x.inputMB / x.s).toFixed(2),
      rss: x.rssMB.toFixed(0),
      lines: x.lines.toLocaleString('en'),
      out: (x.bytes / MB).toFixed(1),
      status: x.status,
      check: x.status === 0 && (x.expectLines === undefined ? x.lines === 1 : x.lines === x.expectLines) ? 'ok' : `FAIL${x.stderr ? `: ${x.stderr}` : ''}`,
    })),
    { markdown },
  );
  return s;
}

async function main() {
  const t0 = now();
  const command = `node scripts/bench.mjs${process.argv.slice(2).length ? ` ${process.argv.slice(2).join(' ')}` : ''}`;
  if (ONLY === 'robustness') return { machine: machine(), command, plan: PLAN, robustness: await robustness(), seconds: now() - t0 };
  const R = PLAN.runs;
  progress(`factdiff on ${PLAN.corpusBytes / MB} MB (${R} runs after warm-up)…`);
  const fd = await runChild('factdiff', { bytes: PLAN.corpusBytes, runs: R });
  const baseline = await runChild('baseline', {});
  progress(`factdiff with the language given, on ${PLAN.givenBytes / MB} MB…`);
  const given = await runChild('given', { bytes: PLAN.givenBytes, runs: R });
  progress('chrono-node…');
  const ch = await runChild('chrono', { bytes: PLAN.corpusBytes, runs: R });
  progress(`compromise on ${PLAN.compromiseBytes / MB} MB…`);
  const co = await runChild('compromise', { fullBytes: PLAN.corpusBytes, bytes: PLAN.compromiseBytes, runs: R });
  progress(`franc on ${PLAN.francBytes / MB} MB…`);
  const fr = await runChild('franc', { fullBytes: PLAN.corpusBytes, bytes: PLAN.francBytes, runs: R });
  progress('regex scan…');
  const rx = await runChild('regex', { bytes: PLAN.corpusBytes, runs: R });
  progress(`cold start (${PLAN.coldRuns} runs each)…`);
  const cold = coldStart(PLAN.coldRuns, opts.dist);
  const scale = [];
  for (const k of [1, 4, 16]) {
    progress(`scaling ${k}× ${PLAN.scaleBase / MB} MB…`);
    scale.push({ k, ...(await runChild('scale', { bytes: PLAN.scaleBase * k, runs: PLAN.scaleRuns })) });
  }
  let profile = null;
  if (opts.profile) {
    progress(`CPU profile on ${PLAN.profileBytes / MB} MB…`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factdiff-prof-'));
    await runChild('profile', { bytes: PLAN.profileBytes }, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    profile = topFunctions(path.join(dir, file));
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const mbps = (bytes, s) => bytes / MB / s;
  const fdEn = mbps(fd.enBytes, median(fd.en));
  const fdAr = mbps(fd.arBytes, median(fd.ar));
  const fdAll = mbps(fd.enBytes + fd.arBytes, median(fd.total));
  const peer = (r) => mbps(r.bytes, median(r.times));
  const rows = [
    { what: 'factdiff extract, full pipeline', text: `EN+AR ${((fd.enBytes + fd.arBytes) / MB).toFixed(1)} MB`, docs: fd.enDocs + fd.arDocs, s: median(fd.total), mbps: fdAll, dps: (fd.enDocs + fd.arDocs) / median(fd.total), rss: fd.maxRssMB, target: '≥ 10 MB/s; RSS < 150 MB', ok: fdAll >= 10 && fd.maxRssMB < 150, why: [fdAll < 10 ? 'MB/s' : '', fd.maxRssMB >= 150 ? 'RSS' : ''].filter(Boolean).join(', ') },
    { what: 'factdiff loaded, one EN and one AR document', text: 'first EN + AR text', docs: 2, rss: baseline.maxRssMB },
    { what: 'factdiff extract, English half', text: `EN ${(fd.enBytes / MB).toFixed(1)} MB`, docs: fd.enDocs, s: median(fd.en), mbps: fdEn, dps: fd.enDocs / median(fd.en), target: '≥ 10 MB/s', ok: fdEn >= 10 },
    { what: 'factdiff extract, Arabic half', text: `AR ${(fd.arBytes / MB).toFixed(1)} MB`, docs: fd.arDocs, s: median(fd.ar), mbps: fdAr, dps: fd.arDocs / median(fd.ar), target: '≥ 10 MB/s', ok: fdAr >= 10 },
    { what: 'factdiff extract, language given (no detection), English', text: `EN ${(given.enBytes / MB).toFixed(1)} MB`, docs: given.enDocs, s: median(given.en), mbps: mbps(given.enBytes, median(given.en)), dps: given.enDocs / median(given.en), rss: given.maxRssMB },
    { what: 'factdiff extract, language given (no detection), Arabic', text: `AR ${(given.arBytes / MB).toFixed(1)} MB`, docs: given.arDocs, s: median(given.ar), mbps: mbps(given.arBytes, median(given.ar)), dps: given.arDocs / median(given.ar) },
    { what: 'chrono-node parse (dates only), per paragraph', text: `EN ${(ch.bytes / MB).toFixed(1)} MB`, docs: ch.docs, s: median(ch.times), mbps: peer(ch), rss: ch.maxRssMB, ratio: fdEn / peer(ch), target: 'factdiff ≥ 3×', ok: fdEn / peer(ch) >= 3 },
    { what: 'compromise people/places/orgs + numbers', text: `EN ${(co.bytes / MB).toFixed(1)} MB slice`, docs: co.docs, s: median(co.times), mbps: peer(co), rss: co.maxRssMB, ratio: fdEn / peer(co), target: 'factdiff ≥ 100×', ok: fdEn / peer(co) >= 100 },
    { what: 'franc alone, per document', text: `EN ${(fr.bytes / MB).toFixed(1)} MB slice`, docs: fr.docs, s: median(fr.times), mbps: peer(fr), rss: fr.maxRssMB, ratio: fdEn / peer(fr) },
    { what: 'regex /\\d+/g scan (ceiling)', text: `EN ${(rx.bytes / MB).toFixed(1)} MB`, docs: rx.docs, s: median(rx.times), mbps: peer(rx), rss: rx.maxRssMB, ratio: fdEn / peer(rx) },
  ];
  const coldRatio = cold.factdiff / cold.node;
  const base = scale[0];
  const scaleRows = scale.map((x) => {
    const bytes = x.enBytes + x.arBytes;
    const s = median(x.total);
    return { k: `${x.k}×`, mb: (bytes / MB).toFixed(2), docs: x.enDocs + x.arDocs, s: s.toFixed(2), perMB: (s / (bytes / MB)).toFixed(3), rel: ((s / (bytes / MB)) / (median(base.total) / ((base.enBytes + base.arBytes) / MB))).toFixed(2), rss: x.maxRssMB.toFixed(0) };
  });
  const rob = ONLY === 'all' ? await robustness() : null;
  return { machine: machine(), command, plan: PLAN, seconds: now() - t0, rows, cold: { ...cold, ratio: coldRatio, ok: coldRatio <= 2 }, scale: scaleRows, profile, robustness: rob, raw: { fd, ch, co, fr, rx } };
}

function print(res, markdown) {
  // Three significant figures at most, whatever the magnitude (0.000321 s, 903 MB/s).
  const f = (x) => (x === undefined || x === null ? '' : x >= 100 ? x.toFixed(0) : Number(x.toPrecision(3)).toString());
  const status = (ok) => (ok === undefined ? '' : ok ? 'PASS' : 'FAIL');
  const m = res.machine;
  let s = '';
  const h = (t) => (markdown ? `\n### ${t}\n\n` : `\n${t}\n`);
  s += markdown ? `## Benchmarks\n\n` : `factdiff benchmarks\n`;
  s += `${markdown ? '- ' : ''}machine: ${m.nproc} CPUs (nproc), ${m.cpu}, ${m.memoryGB} GB RAM, ${m.os}; load average at the end ${m.load}\n`;
  s += `${markdown ? '- ' : ''}node ${m.node}; command: \`${res.command}\`; ${res.plan.runs} runs per figure (median) after warm-up; total ${res.seconds.toFixed(0)} s\n`;
  s += `${markdown ? '- ' : ''}MB = 10^6 bytes of UTF-8; one process, one thread, so MB/s is per core; RSS = peak resident set of the job's own child process\n`;
  if (!res.rows) return s + printRobustness(res.robustness, markdown);
  s += h('Throughput (ratio = factdiff English MB/s ÷ the peer\'s, same English text)');
  s += renderTable(
    [
      { key: 'what', title: 'measure' },
      { key: 'text', title: 'text' },
      { key: 'docs', title: 'docs', align: 'right' },
      { key: 's', title: 'median s', align: 'right' },
      { key: 'mbps', title: 'MB/s', align: 'right' },
      { key: 'dps', title: 'docs/s', align: 'right' },
      { key: 'rss', title: 'peak RSS MB', align: 'right' },
      { key: 'ratio', title: 'factdiff ÷ peer', align: 'right' },
      { key: 'target', title: 'target' },
      { key: 'status', title: 'status' },
    ],
    res.rows.map((r) => ({ ...r, s: f(r.s), mbps: f(r.mbps), dps: f(r.dps), rss: r.rss ? r.rss.toFixed(0) : '', ratio: r.ratio === undefined ? '' : `${f(r.ratio)}×`, status: `${status(r.ok)}${!r.ok && r.why ? ` (${r.why})` : ''}` })),
    { markdown },
  );
  const c = res.cold;
  s += h('Cold start');
  s += renderTable(
    [
      { key: 'what', title: 'command' },
      { key: 'ms', title: 'median ms', align: 'right' },
      { key: 'ratio', title: 'ratio', align: 'right' },
      { key: 'target', title: 'target' },
      { key: 'status', title: 'status' },
    ],
    [
      ...(c.snapshot !== null && c.snapshot !== undefined
        ? [{ what: `\`${c.command}\` (startup snapshot, ${(c.blob.bytes / MB).toFixed(1)} MB)`, ms: (c.snapshot * 1000).toFixed(0), ratio: `${(c.snapshot / c.node).toFixed(2)}×`, target: '≤ 2.0× node -e 0', status: status(c.ok) }]
        : []),
      {
        what: `\`node ${c.command}\` (plain ES modules${c.snapshot === null || c.snapshot === undefined ? '; no snapshot built' : ''})`,
        ms: ((c.plain ?? c.factdiff) * 1000).toFixed(0),
        ratio: `${((c.plain ?? c.factdiff) / c.node).toFixed(2)}×`,
        ...(c.snapshot === null || c.snapshot === undefined ? { target: '≤ 2.0× node -e 0', status: status(c.ok) } : {}),
      },
      { what: '`node -e 0`', ms: (c.node * 1000).toFixed(0), ratio: '1.00×' },
    ],
    { markdown },
  );
  s += `${markdown ? '\n' : ''}(${c.runs} runs each, interleaved, after one untimed run of each)\n`;
  s += h('Scaling (full pipeline; linear growth = constant s/MB)');
  s += renderTable(
    [
      { key: 'k', title: 'size' },
      { key: 'mb', title: 'MB', align: 'right' },
      { key: 'docs', title: 'docs', align: 'right' },
      { key: 's', title: 'median s', align: 'right' },
      { key: 'perMB', title: 's per MB', align: 'right' },
      { key: 'rel', title: 'vs 1×', align: 'right' },
      { key: 'rss', title: 'peak RSS MB', align: 'right' },
    ],
    res.scale,
    { markdown },
  );
  if (res.profile) {
    s += h(`Where the time goes (V8 CPU profile of the pipeline on ${res.plan.profileBytes / MB} MB EN+AR, self time)`);
    s += renderTable(
      [
        { key: 'name', title: 'function and location' },
        { key: 'share', title: '% self', align: 'right' },
      ],
      res.profile.functions.map((x) => ({ name: x.name, share: (100 * x.share).toFixed(1) })),
      { markdown },
    );
    s += `${markdown ? '\n' : ''}by module/package: ${res.profile.modules.slice(0, 10).map((x) => `${x.name} ${(100 * x.share).toFixed(1)}%`).join(', ')}\n`;
  }
  if (res.robustness) s += printRobustness(res.robustness, markdown);
  return s;
}

try {
  const res = await main();
  if (opts.json) process.stdout.write(JSON.stringify(res, null, 2) + '\n');
  else process.stdout.write(print(res, opts.markdown));
} catch (err) {
  process.stderr.write(`bench: ${err.message}\n`);
  process.exit(2);
}
