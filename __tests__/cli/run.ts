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
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'factdiff'), ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
