/** Spawn bin/factdiff exactly as a user would (the built code, a real process). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(args: string[], opts: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): RunResult {
  const base: Record<string, string> = { ...(process.env as Record<string, string>) };
  delete base.FORCE_COLOR;
  delete base.NO_COLOR;
  const env = { ...base, ...(opts.env ?? {}) };
  // FACTDIFF_TEST_PKG: another package (bin/, dist/) to test; FACTDIFF_TEST_VIA_SH=1: run bin/factdiff
  // through sh, as `npx factdiff` does (its startup snapshot when one is built).
  const bin = join(process.env.FACTDIFF_TEST_PKG ?? ROOT, 'bin', 'factdiff');
  const [file, argv] = process.env.FACTDIFF_TEST_VIA_SH === '1' ? ['/bin/sh', [bin, ...args]] : [process.execPath, [bin, ...args]];
  const r = spawnSync(file, argv, {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
