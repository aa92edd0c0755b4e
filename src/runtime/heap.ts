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
