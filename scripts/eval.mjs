#!/usr/bin/env node
/**
 * `npm run eval`: score factdiff on every gold set it can find and print one table.
 *
 *   node scripts/eval.mjs [--json] [--markdown] [--errors TASK[,TASK]] [--only TASK[,TASK]]
 *                         [--shared DIR] [--peers DIR] [--pairs DIR] [--fixtures DIR] [--dist DIR]
 *                         [--test] [--jobs N]
 *
 * Sources (relative paths resolve against the repository root): --peers (default
 * ../shared/peers, every *.jsonl below it), --pairs (../shared/pairs, every folder with a
 * gold.json), --fixtures (fixtures/). --shared moves both shared defaults at once. A missing
 * folder is skipped with a note on stderr.
 *
 * Each task is scored by its own script in scripts/eval/, run as a child process with --json:
 * language.mjs, numbers.mjs, claims.mjs (claims, verdicts and sources), dates.mjs, ner.mjs (entities
 * and cross-language linking), and peers.mjs (what compromise scores on the same English number
 * and entity gold: reference rows beside factdiff's, without targets). A script that is absent or fails shows as "not run" with the
 * reason. --test also scores the NER test parts (held out by default: tune on nothing there).
 *
 * --errors TASK lists every miss with its context (language, claims, numbers, dates, entities,
 * linking, all): for scorers with their own listing the script is run again in text mode.
 *
 * Exit status: 0 every figure with a target reaches it; 1 some figure misses its target, or a
 * scorer that exists failed (its figures cannot be checked); 2 bad usage or no build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOptions } from './eval/lib/args.mjs';
import { adaptDates, adaptNer, adaptNumbers, passThrough } from './eval/lib/adapters.mjs';
import { pool, runNode } from './eval/lib/children.mjs';
import { distDir } from './eval/lib/dist.mjs';
import { REPO, foldersWith, isDir, listFiles, resolveFromRepo, sharedRoot, skipNote } from './eval/lib/paths.mjs';
import { renderTable } from './eval/lib/table.mjs';
import { RESULT_COLUMNS, describeFailure, displayRows, failures, statusOf } from './eval/lib/targets.mjs';

const opts = parseOptions({ only: { type: 'string' }, test: { type: 'boolean', default: false }, jobs: { type: 'string' } });
if (opts.help) {
  const src = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8');
  process.stdout.write(src.slice(src.indexOf('/**') + 4, src.indexOf('*/')).replace(/^ \* ?/gm, '') + '\n');
  process.exit(0);
}

const evalDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'eval');
const shared = sharedRoot(opts.shared);
const peersDir = opts.peers ? resolveFromRepo(opts.peers) : path.join(shared, 'peers');
const pairsDir = opts.pairs ? resolveFromRepo(opts.pairs) : path.join(shared, 'pairs');
const fixturesDir = resolveFromRepo(opts.fixtures ?? 'fixtures');
const dist = distDir(opts.dist);

if (!fs.existsSync(path.join(dist, 'index.js'))) {
  process.stderr.write(`eval: no build at ${dist}: run \`npm run build\` first\n`);
  process.exit(2);
}

// ---------- what gold is there ----------

const found = { peers: [], pairs: [], fixtures: [] };
if (isDir(peersDir)) found.peers = listFiles(peersDir, '.jsonl').map((f) => path.relative(peersDir, f));
else skipNote('eval', `no peers folder at ${peersDir}`);
if (isDir(pairsDir)) found.pairs = foldersWith(pairsDir, 'gold.json').map((d) => path.basename(d));
else skipNote('eval', `no pairs folder at ${pairsDir}`);
if (isDir(fixturesDir)) found.fixtures = fs.readdirSync(fixturesDir).sort();
else skipNote('eval', `no fixtures folder at ${fixturesDir}`);

// ---------- the scorers ----------

const common = ['--shared', shared, '--dist', dist];
/**
 * Each scorer's own options: they were written separately and name their folders differently
 * (numbers.mjs wants the peers root, dates.mjs the peers/dates folder).
 */
const SCORERS = [
  { task: 'language', file: 'language.mjs', args: [...common, '--peers', peersDir, '--pairs', pairsDir, '--fixtures', fixturesDir], errorArgs: ['--errors', 'language'], adapt: passThrough },
  { task: 'numbers', file: 'numbers.mjs', args: ['--peers', peersDir, '--dist', dist], errorArgs: ['--fails'], adapt: adaptNumbers },
  { task: 'claims', file: 'claims.mjs', args: [...common, '--pairs', pairsDir, '--fixtures', fixturesDir], errorArgs: ['--errors', 'claims'], adapt: passThrough, also: ['verdicts', 'sources'] },
  { task: 'dates', file: 'dates.mjs', args: [...common, '--pairs', pairsDir, '--peers', path.join(peersDir, 'dates')], errorArgs: [], adapt: adaptDates },
  { task: 'entities', file: 'ner.mjs', args: [...common, ...(opts.test ? ['--test'] : [])], errorArgs: [], adapt: adaptNer, also: ['linking'] },
  // reference rows (no targets): what the peer library compromise scores on the same English gold
  { task: 'peers', file: 'peers.mjs', args: [...common, '--peers', peersDir, ...(opts.test ? ['--test'] : [])], errorArgs: ['--errors', 'all'], adapt: passThrough, also: ['numbers', 'entities'] },
];
const only = opts.only ? new Set(opts.only.split(',')) : null;
const selected = SCORERS.filter((s) => !only || only.has(s.task) || s.also?.some((t) => only.has(t)));
const jobs = Math.max(1, Number(opts.jobs) || Math.min(selected.length, os.availableParallelism?.() ?? os.cpus().length));
const env = { FACTDIFF_SHARED: shared, FACTDIFF_PEERS: peersDir };

function firstLine(s) {
  return (s ?? '').trim().split('\n').filter(Boolean).pop()?.slice(0, 160) ?? '';
}

const runs = await pool(selected, jobs, async (s) => {
  const script = path.join(evalDir, s.file);
  if (!fs.existsSync(script)) return { s, rows: [], status: 'not run', reason: `scripts/eval/${s.file} absent` };
  const r = await runNode(script, [...s.args, '--json'], { env, cwd: REPO });
  // Scorers put their skip notes on stderr: pass them on, they explain empty rows.
  if (r.stderr.trim()) process.stderr.write(r.stderr.replace(/^(?!$)/gm, `[${s.file}] `).replace(/\n?$/, '\n'));
  if (r.timedOut) return { s, rows: [], status: 'not run', failed: true, reason: 'timed out', seconds: r.seconds };
  if (r.code !== 0) return { s, rows: [], status: 'not run', failed: true, reason: `exit ${r.code ?? r.signal}: ${firstLine(r.stderr) || firstLine(r.stdout) || '(no message)'}`, seconds: r.seconds };
  // Exit 0 and nothing printed: the scorer found no data (its note is on stderr).
  if (!r.stdout.trim()) return { s, rows: [], status: 'skipped', reason: firstLine(r.stderr) || 'no output, nothing to score', seconds: r.seconds };
  let json;
  try {
    json = JSON.parse(r.stdout);
  } catch (err) {
    return { s, rows: [], status: 'not run', failed: true, reason: `output is not JSON (${err.message})`, seconds: r.seconds };
  }
  try {
    const rows = s.adapt(json) ?? passThrough(json);
    if (!rows) throw new Error('no rows');
    if (!rows.length) return { s, rows, json, status: 'skipped', reason: firstLine(r.stderr) || 'no gold data', seconds: r.seconds };
    return { s, rows, json, seconds: r.seconds };
  } catch (err) {
    return { s, rows: [], status: 'not run', failed: true, reason: `unrecognised JSON: ${err.message}`, json, seconds: r.seconds };
  }
});

/** A scorer's output without its timing fields (`seconds`, `ms`), which differ on every run. */
function withoutTimings(x) {
  if (Array.isArray(x)) return x.map(withoutTimings);
  if (!x || typeof x !== 'object') return x;
  return Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'seconds' && k !== 'ms').map(([k, v]) => [k, withoutTimings(v)]));
}

// ---------- one table ----------

const rows = [];
for (const run of runs) {
  if (run.status) rows.push({ task: run.s.task, set: `scripts/eval/${run.s.file}`, lang: '', status: run.status, note: run.reason });
  rows.push(...run.rows);
}
const order = ['language', 'numbers', 'claims', 'verdicts', 'sources', 'dates', 'entities', 'linking'];
const rank = (t) => (order.indexOf(t) < 0 ? order.length : order.indexOf(t));
rows.sort((a, b) => rank(a.task) - rank(b.task));
if (only) for (let i = rows.length - 1; i >= 0; i--) if (!only.has(rows[i].task)) rows.splice(i, 1);

const missed = rows.flatMap((r) => (r.status ? [] : failures(r).map((f) => describeFailure(r, f))));
const broken = runs.filter((r) => r.failed).map((r) => `${r.s.task}: scripts/eval/${r.s.file} ${r.reason}`);
const show = (p) => (path.relative(path.dirname(REPO), p).startsWith('..') ? p : path.relative(REPO, p) || '.');
const heldOut = found.peers.filter((f) => f.split(path.sep).includes('test'));
const summary =
  `gold found: ${found.peers.length} peer files under ${show(peersDir)}` +
  (heldOut.length ? ` (${heldOut.length} test parts ${opts.test ? 'scored' : 'held out; --test scores them'})` : '') +
  `, ${found.pairs.length} pairs under ${show(pairsDir)}, ${found.fixtures.length} fixture files`;

if (opts.json) {
  const out = {
    schema: 'factdiff.eval/1',
    sources: { peers: peersDir, pairs: pairsDir, fixtures: fixturesDir, found },
    rows: rows.map((r) => ({ ...r, status: statusOf(r) || null })),
    missed,
    broken,
    // No timings here: two runs of the same code should give the same JSON.
    scorers: Object.fromEntries(runs.map((r) => [r.s.file, { status: r.status ?? 'ok', reason: r.reason ?? null, output: withoutTimings(r.json ?? null) }])),
  };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
} else {
  let s = `factdiff evaluation — ${summary}\n\n`;
  s += renderTable(RESULT_COLUMNS, displayRows(rows), { markdown: opts.markdown });
  s += `\nP, R, F1, Acc in %; n = gold items (cases for Acc). Targets: ${rows.filter((r) => r.targets?.length).length} figures checked, ${missed.length} missed.\n`;
  s += `Scorers: ${runs.map((r) => `${r.s.file} ${r.status ?? 'ok'}${r.seconds ? ` ${r.seconds.toFixed(1)}s` : ''}`).join(', ')}\n`;
  process.stdout.write(s);
}

// ---------- error listings ----------

if (opts.errors.size && !opts.json) {
  for (const run of runs) {
    const tasks = [run.s.task, ...(run.s.also ?? [])];
    if (!opts.errors.has('all') && !tasks.some((t) => opts.errors.has(t))) continue;
    let text = '';
    if (Array.isArray(run.json?.errors)) {
      text = run.json.errors.map((e) => `  ${typeof e === 'string' ? e : JSON.stringify(e)}`).join('\n');
    } else if (!run.status) {
      const r = await runNode(path.join(evalDir, run.s.file), [...run.s.args, ...run.s.errorArgs], { env, cwd: REPO });
      text = `${r.stdout}${r.stderr}`.trimEnd();
    }
    process.stdout.write(`\n== errors: ${tasks.join(', ')} (scripts/eval/${run.s.file}) ==\n${text || '  (none, or the scorer lists none)'}\n`);
  }
}

if (missed.length || broken.length) {
  process.stderr.write(`eval: ${missed.length} figure(s) below target${broken.length ? `, ${broken.length} scorer(s) failed` : ''}:\n${[...missed, ...broken].map((m) => `  ${m}`).join('\n')}\n`);
  process.exitCode = 1;
}
