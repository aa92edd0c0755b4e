#!/usr/bin/env node
/**
 * Build the V8 startup snapshot that bin/factdiff starts from (`npm run build:snapshot`; the
 * `prepare` script runs it after tsc):
 *
 *   node scripts/build/snapshot.mjs [--dist DIR] [--out DIR] [--esbuild DIR] [--keep-bundle] [--quiet]
 *
 * 1. esbuild bundles scripts/build/snapshot-entry.mjs with the built dist/ and its dependencies
 *    into one CommonJS file (a snapshot's entry cannot import ES modules). In the bundle,
 *    `import.meta.url` becomes the run-time location of the module's dist/ file,
 *    `createRequire(import.meta.url)` calls and top-level `await import()`s become bundled
 *    require()s.
 * 2. `node --snapshot-blob … --build-snapshot bundle.cjs`: the entry loads every lexicon and model
 *    and the heap is saved.
 * 3. The blob is tried — `factdiff --version`, and `extract` of the warm-up story in both
 *    languages must write what the plain ES modules write — and only then moved into place:
 *    <out>/factdiff-<node version>.blob (default out: dist/../.snapshot). Blobs of other Node
 *    versions are removed. The blob is specific to the Node binary: never commit or publish it.
 *
 * The snapshot is an optimisation: when it cannot be built (no esbuild, an unsupported runtime,
 * a module that keeps what V8 cannot serialise), this prints one line and exits 0, and
 * bin/factdiff runs the plain ES modules.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { EN, AR } from './warm-texts.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : fallback;
}
const DIST = arg('--dist', path.join(ROOT, 'dist'));
const OUT = arg('--out', path.join(path.dirname(DIST), '.snapshot'));
const QUIET = process.argv.includes('--quiet');
/** The bin/factdiff that runs this dist (dist/../bin): the blob is tried through it. */
const BIN = path.join(path.dirname(DIST), 'bin', 'factdiff');

function say(msg) {
  if (!QUIET) process.stderr.write(`snapshot: ${msg}\n`);
}
/** Files to remove when giving up (the bundle, a blob not yet in place). */
const scratch = new Set();
function giveUp(msg) {
  for (const f of scratch) fs.rmSync(f, { force: true });
  process.stderr.write(`snapshot: not built (${msg}); factdiff runs without it, only its start is slower\n`);
  process.exit(0);
}

/** The blob's name: bin/factdiff looks for the one of the Node it runs with. */
export function blobName(version = process.version) {
  return `factdiff-${version}.blob`;
}

const rel = (p) => path.relative(DIST, p).split(path.sep).join('/');

/**
 * The source of a dist module as bundled: module-relative locations become run-time ones,
 * createRequire()d and dynamically imported modules are bundled.
 */
function rewrite(source, file) {
  let s = source;
  // `const X = createRequire(import.meta.url)`: X('lit') calls become require('lit') (bundled).
  for (const m of source.matchAll(/(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*createRequire\(\s*import\.meta\.url\s*\)\s*;?/g)) {
    const name = m[1];
    s = s.replace(m[0], name === 'require' ? '' : `const ${name} = __fdNoRequire;`);
    if (name !== 'require') s = s.replace(new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\(\\s*(['"][^'"]+['"])\\s*\\)`, 'g'), 'require($1)');
  }
  // `await import('lit')` (top-level await is not CommonJS): a bundled require.
  s = s.replace(/await\s+import\(\s*(['"][^'"]+['"])\s*\)/g, 'require($1)');
  return s.replace(/\bimport\.meta\.url\b/g, `__fdUrl(${JSON.stringify(rel(file))})`);
}

async function bundle(outfile) {
  let esbuild;
  try {
    const where = arg('--esbuild', null); // an esbuild package directory outside the project
    esbuild = where ? (await import(pathToFileURL(path.join(where, 'lib', 'main.js')).href)).default : await import('esbuild');
  } catch {
    giveUp('esbuild is not installed');
  }
  const entry = path.join(HERE, 'snapshot-entry.mjs');
  const distPrefix = '../../dist/';
  const banner = [
    // Before any regular expression runs: see snapshot-entry.mjs (restoreRegExpFlags).
    'if (require("node:v8").startupSnapshot?.isBuildingSnapshot()) require("node:v8").setFlagsFromString("--regexp-interpret-all");',
    `globalThis.__factdiffDist ??= ${JSON.stringify(DIST)};`,
    'function __fdUrl(rel) { return require("node:url").pathToFileURL(require("node:path").join(globalThis.__factdiffDist, rel)).href; }',
    'function __fdNoRequire(id) { throw new Error("factdiff bundle: no run-time require of " + id); }',
  ].join('\n');
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: `node${process.versions.node.split('.')[0]}`,
    banner: { js: banner },
    logLevel: 'error',
    legalComments: 'none',
    // Comments and blanks out: the snapshot keeps every module's source (functions compile
    // lazily from it): 0.8 MB less to deserialise. Names stay as written.
    minifyWhitespace: true,
    minifySyntax: true,
    plugins: [
      {
        name: 'factdiff-dist',
        setup(b) {
          // The entry imports ../../dist/…: the dist being snapshotted.
          b.onResolve({ filter: /^\.\.\/\.\.\/dist\// }, (a) => (a.importer === entry ? { path: path.join(DIST, a.path.slice(distPrefix.length)) } : undefined));
          b.onLoad({ filter: /\.js$/ }, async (a) => {
            if (!a.path.startsWith(DIST + path.sep)) return undefined;
            return { contents: rewrite(await fs.promises.readFile(a.path, 'utf8'), a.path), loader: 'js', resolveDir: path.dirname(a.path) };
          });
        },
      },
    ],
  });
}

/**
 * The bundle with the non-ASCII characters of its regular-expression literals written as \uXXXX
 * escapes (the same expressions). esbuild escapes every other non-ASCII character (its default
 * `charset: 'ascii'`) but leaves regular expressions as written, and a few hundred Arabic letters
 * and typographic dashes there made V8 keep the whole 2 MB source, which the snapshot holds for
 * lazy compilation, as a two-byte string: 4 MB instead of 2 in the blob and in every process.
 * The literals are found by TypeScript's parser (the project's compiler); without it, or when
 * another non-ASCII character is left, the bundle is only less compact.
 */
export async function asciiRegExps(file) {
  const src = await fs.promises.readFile(file, 'utf8');
  if (!/[^\x00-\x7f]/.test(src)) return 0;
  let ts;
  try {
    ts = (await import('typescript')).default;
  } catch {
    return -1;
  }
  const sf = ts.createSourceFile(path.basename(file), src, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const ranges = [];
  const visit = (n) => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) ranges.push([n.getStart(sf), n.end]);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let last = 0;
  for (const [a, b] of ranges) {
    for (let i = a; i < b; i++) {
      const c = src.charCodeAt(i);
      if (c < 0x80) continue;
      // `\–` (an identity escape) is the character itself: the escape replaces both
      let k = 0;
      while (src.charCodeAt(i - 1 - k) === 92) k++;
      out += src.slice(last, k % 2 ? i - 1 : i) + '\\u' + c.toString(16).padStart(4, '0');
      last = i + 1;
    }
  }
  out += src.slice(last);
  await fs.promises.writeFile(file, out);
  let left = 0;
  for (let i = 0; i < out.length; i++) if (out.charCodeAt(i) >= 0x80) left++;
  return left;
}

/** `node [flags] <bin/factdiff> args` with NODE_OPTIONS cleared (bin/factdiff never uses the blob with them). */
function runBin(flags, args, input) {
  return spawnSync(process.execPath, [...flags, BIN, ...args], { encoding: 'utf8', input: input ?? '', env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 64 << 20 });
}

/** Why the blob at `blob` is not fit to use, or null: its runs must be the plain path's. */
function misfit(blob) {
  const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(DIST), 'package.json'), 'utf8'));
  const v = runBin(['--snapshot-blob', blob], ['--version']);
  if (v.status !== 0 || v.stdout.trim() !== pkg.version || v.stderr !== '') return `--version through it: status ${v.status ?? v.signal}, ${(v.stderr || v.stdout).trim().split('\n')[0]}`;
  for (const [lang, text] of [['en', EN], ['ar', AR]]) {
    const args = ['extract', '-', '--format', 'json', '--date', '2021-03-04'];
    const a = runBin(['--snapshot-blob', blob], args, text);
    const b = runBin([], args, text);
    if (a.status !== b.status || a.stdout !== b.stdout || a.stderr !== b.stderr) return `its ${lang} extraction differs from the plain path's`;
  }
  return null;
}

async function buildSnapshot() {
  if (!fs.existsSync(path.join(DIST, 'cli', 'main.js'))) giveUp(`no build in ${DIST}: run tsc first`);
  if (!(await import('node:v8')).default.startupSnapshot) giveUp(`Node ${process.version} has no user-land snapshots`);
  fs.mkdirSync(OUT, { recursive: true });
  const t0 = performance.now();
  const bundled = path.join(OUT, 'bundle.cjs');
  if (!process.argv.includes('--keep-bundle')) scratch.add(bundled);
  await bundle(bundled);
  const left = await asciiRegExps(bundled);
  if (left !== 0) say(`the bundle is not ASCII (${left < 0 ? 'no typescript to find its regular expressions' : `${left} non-ASCII characters outside regular expressions`}): its source stays two-byte in the snapshot`);
  const t1 = performance.now();
  const tmp = path.join(OUT, `.${blobName()}.${process.pid}`);
  scratch.add(tmp);
  const built = spawnSync(process.execPath, ['--snapshot-blob', tmp, '--build-snapshot', bundled], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  const t2 = performance.now();
  if (built.status !== 0 || !fs.existsSync(tmp) || /snapshot warm-up failed/.test(built.stderr ?? '')) {
    const why = (built.stderr || '').split('\n').filter((l) => l.trim() && !/Warning: It's not yet fully verified|It may still work|To request support|--trace-warnings/.test(l));
    giveUp(`node --build-snapshot failed with status ${built.status ?? built.signal}: ${why.slice(0, 3).join(' | ')}`);
  }
  const bad = misfit(tmp);
  if (bad) giveUp(`the snapshot is not fit: ${bad}`);
  const t3 = performance.now();
  for (const f of fs.readdirSync(OUT)) if (/^factdiff-.*\.blob$/.test(f)) fs.rmSync(path.join(OUT, f), { force: true });
  const blob = path.join(OUT, blobName());
  fs.renameSync(tmp, blob);
  scratch.delete(tmp);
  for (const f of scratch) fs.rmSync(f, { force: true });
  const s = (a, b) => ((b - a) / 1000).toFixed(1);
  say(`${path.relative(process.cwd(), blob) || blob}: ${(fs.statSync(blob).size / 1e6).toFixed(1)} MB (bundle ${s(t0, t1)} s, snapshot ${s(t1, t2)} s, check ${s(t2, t3)} s)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildSnapshot().catch((err) => giveUp(err && err.message ? err.message.split('\n')[0] : String(err)));
}
