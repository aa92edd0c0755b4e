/**
 * Running a scorer as a child process. Each scorer is its own process so that one that crashes,
 * hangs or leaks cannot take the others down, and so its memory is its own; the orchestrator
 * only reads what it prints.
 */
import { spawn } from 'node:child_process';

/**
 * @returns {Promise<{code:number|null, signal:string|null, stdout:string, stderr:string, seconds:number, timedOut:boolean}>}
 */
export function runNode(script, args, { env = {}, timeoutMs = 10 * 60 * 1000, cwd } = {}) {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--no-warnings', script, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.on('error', (e) => err.push(Buffer.from(String(e))));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        timedOut,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        seconds: Number(process.hrtime.bigint() - t0) / 1e9,
      });
    });
  });
}

/** Run tasks with at most `limit` at a time, results in input order. */
export async function pool(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
