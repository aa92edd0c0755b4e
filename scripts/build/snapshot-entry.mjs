/**
 * Entry of the V8 startup snapshot (scripts/build/snapshot.mjs bundles it with dist/ into one
 * CommonJS file, then runs `node --build-snapshot` on that). At build time it loads every module
 * and warms every lazy loader (lexicons, tagger models, word sets, gazetteer, phrase matchers,
 * reporters) by extracting and comparing a small English and Arabic story written for this
 * purpose; the snapshot keeps that heap, so a run only deserialises it.
 *
 * Run time (bin/factdiff: `node --snapshot-blob <blob> <bin path> <args…>`): everything that
 * depends on the run — argv, cwd, environment, TTY and colour, stdin, exit status — is read by
 * main() when it runs, never here. Nothing here may keep an Intl object (V8 cannot serialise
 * them): the warm-up text has no Hijri or Hebrew date, whose readers cache Intl formatters.
 *
 * Regular expressions: V8 cannot serialise the native code of a large one (the Arabic month and
 * date patterns compile to code in the large-object space: the build aborts with "unreachable
 * code"). So the bundle's first line (snapshot.mjs's banner) makes V8 interpret every regular
 * expression while the snapshot is built, and the warm-up puts the flags back as they were at
 * the end (`restoreRegExpFlags`): the snapshot must carry the default flags, or a plain `node
 * --snapshot-blob` refuses it ("built with different V8 configurations"). At run time the
 * expressions start from their bytecode and V8 compiles the busy ones to native code as usual.
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { main } from '../../dist/cli/main.js';
import { extract, compare } from '../../dist/index.js';
import { loadReporter, FORMATS } from '../../dist/report/index.js';
import { forgetSplitPhrases } from '../../dist/extract/phrase-matcher.js';
import { tuneHeapForShortRun } from '../../dist/runtime/heap.js';
import { EN, AR } from './warm-texts.mjs';

function restoreRegExpFlags() {
  v8.setFlagsFromString('--no-regexp-interpret-all');
  v8.setFlagsFromString('--regexp-tier-up'); // --regexp-interpret-all turned it off
}

async function warm() {
  const docs = [extract(EN, { path: 'warm.en.txt' }), extract(AR, { path: 'warm.ar.txt' })];
  // A second pass with the options that select other tables (locale holidays, calendar periods).
  extract(EN, { path: 'warm.en.txt', locale: 'en_GB', periods: 'calendar', date: '2021-03-04' });
  extract(AR, { path: 'warm.ar.txt', periods: 'calendar', date: '2021-03-04' });
  const result = compare(docs);
  for (const f of FORMATS) {
    const r = await loadReporter(f);
    r.detect(docs, { color: false });
    r.extract(docs, { color: false });
    r.compare(result, { color: false, footer: '' });
  }
  // Every lexicon is compiled now: what only served compiling them stays out of the snapshot.
  forgetSplitPhrases();
}

/** The size of the regular file at p, or undefined. */
function fileSize(p) {
  try {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    return st && st.isFile() ? st.size : undefined;
  } catch {
    return undefined;
  }
}

// The path of bin/factdiff, given by the wrapper as argv[1] (a snapshot run has no script of its
// own): dist/ is beside bin/, and the bundle resolves files read at run time against it.
function setDistFrom(binPath) {
  globalThis.__factdiffDist = path.join(path.dirname(binPath), '..', 'dist');
}

if (v8.startupSnapshot?.isBuildingSnapshot()) {
  // Node drains the event loop before it takes the snapshot: the asynchronous warm-up finishes.
  warm()
    .catch((err) => {
      process.stderr.write(`snapshot warm-up failed: ${err && err.stack ? err.stack : String(err)}\n`);
      process.exitCode = 1;
    })
    .finally(restoreRegExpFlags);
  v8.startupSnapshot.setDeserializeMainFunction(() => {
    // As bin/factdiff's plain path does (see there): TurboFan later. Set at run time, so the
    // snapshot keeps V8's default flags.
    v8.setFlagsFromString('--interrupt-budget=1081344');
    // A short run (files of a few KB): no incremental marking of the snapshot's heap (see there).
    tuneHeapForShortRun(process.argv.slice(2), fileSize);
    if (process.argv[1]) setDistFrom(process.argv[1]);
    main(process.argv).catch((err) => {
      process.stderr.write(`factdiff: internal error: ${err && err.message ? err.message : String(err)}\n`);
      process.exitCode = 3;
    });
  });
}
