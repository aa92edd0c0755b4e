/**
 * The repository root and the `--name value` / `--flag` reading shared by the model and data
 * generators (scripts/train-ner.mjs, scripts/gen-clusters.mjs). The evaluation scripts use
 * scripts/eval/lib/args.mjs, which knows their common options.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const args = process.argv.slice(2);

/** The value after `--name`, else `def`. */
export function opt(name, def) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
}

/** Whether `--name` is given. */
export function flag(name) {
  return args.includes(name);
}
