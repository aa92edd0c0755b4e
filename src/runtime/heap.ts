/**
 * V8 heap and compiler settings for a process that extracts many documents (the CLI, the benchmark).
 *
 * Why: extraction allocates about 1 KB per input character, almost all of it dead by the end of
 * the document. V8's allocation-site pretenuring sees the tokens and lattices of the document in
 * flight survive a scavenge, and from then on allocates them directly in the old generation, where
 * only a full mark-compact frees them: the old generation fills with dead per-document objects and
 * grows to several times the live heap (peak RSS 377 MB on the 20 MB benchmark corpus, against
 * 211 MB without pretenuring), and the extra full collections make it slower, not faster.
 * Turning pretenuring off keeps that garbage in the young generation, where it dies cheaply.
 *
 * The library itself never calls this: changing V8 flags is the host process's decision. The CLI
 * calls it first thing; a program embedding the library may call it, or start node with
 * `--no-allocation-site-pretenuring`.
 */
import v8 from 'node:v8';

let done = false;

export function tuneHeapForExtraction(): void {
  if (done) return;
  done = true;
  try {
    v8.setFlagsFromString('--no-allocation-site-pretenuring');
  } catch {
    /* a runtime without the flag: only more memory */
  }
  // TurboFan waits for 16× the default interrupt budget before it optimises a function: with the
  // fuller type feedback the optimised code deopts far less on news text (the own pairs' texts
  // three times over: 35–40 % less CPU), and short runs stop paying for optimisations they never
  // use. Functions compiled before this call keep the budget they had.
  try {
    v8.setFlagsFromString('--interrupt-budget=1081344');
  } catch {
    /* only slower */
  }
}

/** Input (bytes, files named on the command line) up to which a run counts as short. */
export const SHORT_RUN_BYTES = 32 * 1024;

/**
 * Whether a run on `args` (the command line after the program) is short: it names at least one
 * file, reads no standard input ('-'), and the files it names (`sizeOf`: a path's size in bytes,
 * or undefined when it is not a file) add up to at most SHORT_RUN_BYTES. Words that are not files
 * (commands, options, their values) are ignored.
 */
export function isShortRun(args: readonly string[], sizeOf: (path: string) => number | undefined): boolean {
  let total = 0;
  let files = 0;
  for (const a of args) {
    if (a === '-') return false;
    if (a.startsWith('-')) continue;
    const n = sizeOf(a);
    if (n === undefined) continue;
    files++;
    total += n;
    if (total > SHORT_RUN_BYTES) return false;
  }
  return files > 0;
}

/**
 * For a process started from the startup snapshot (scripts/build/snapshot-entry.mjs): on a short
 * run, no incremental marking. The deserialised heap (about 26 MB) leaves V8 an old-generation
 * slack of about 4 MB, so comparing two news stories starts incremental marking of the whole
 * snapshot heap a few milliseconds before the process exits: marking steps, write barriers and
 * the final mark-compact cost about a tenth of the run's CPU and free nothing the run needs.
 * Without it the heap grows to its limit and then collects at once, which long inputs (where
 * concurrent marking pays) never get here: they keep V8's default.
 */
export function tuneHeapForShortRun(args: readonly string[], sizeOf: (path: string) => number | undefined): boolean {
  if (!isShortRun(args, sizeOf)) return false;
  try {
    v8.setFlagsFromString('--no-incremental-marking');
  } catch {
    return false;
  }
  return true;
}
