/**
 * Command-line options shared by the evaluation scripts. Unknown options are ignored rather
 * than fatal, because the orchestrator passes the same options to every scorer and each one
 * uses only its own.
 */
import { parseArgs } from 'node:util';

export const COMMON_OPTIONS = {
  json: { type: 'boolean', default: false },
  markdown: { type: 'boolean', default: false },
  errors: { type: 'string', multiple: true },
  shared: { type: 'string' },
  peers: { type: 'string' },
  pairs: { type: 'string' },
  fixtures: { type: 'string' },
  dist: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
};

export function parseOptions(extra = {}, argv = process.argv.slice(2)) {
  const { values, positionals } = parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...extra }, strict: false, allowPositionals: true });
  // `--errors claims,language` and `--errors claims --errors language` both work.
  const errors = new Set((values.errors ?? []).flatMap((e) => String(e).split(',')).filter(Boolean));
  return { ...values, errors, positionals };
}

/** True when --errors names this task (or `all`). */
export function wantsErrors(opts, task) {
  return opts.errors.has(task) || opts.errors.has('all');
}
