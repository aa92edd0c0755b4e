/**
 * bin/factdiff is read by sh and by node. Run as a program (`npx factdiff`), its sh part starts
 * node from the V8 startup snapshot (.snapshot/factdiff-<node version>.blob, written by
 * scripts/build/snapshot.mjs) when there is one for this Node, not older than dist/, and no
 * NODE_OPTIONS / FACTDIFF_NO_SNAPSHOT; otherwise it runs the plain ES modules, as `node
 * bin/factdiff` does. Both paths must write the same bytes, statuses and stderr.
 *
 * FACTDIFF_TEST_PKG=<dir with bin/, dist/, package.json> runs these against another build.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { ROOT, SEED_AR, SEED_EN } from '../helpers.js';

const PKG = resolve(process.env.FACTDIFF_TEST_PKG ?? ROOT);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function baseEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = { ...(process.env as Record<string, string>) };
  for (const k of ['FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS', 'FACTDIFF_NO_SNAPSHOT']) delete env[k];
  return { ...env, ...extra };
}

/** bin/factdiff through sh (the path a user's `npx factdiff` takes). */
function viaSh(bin: string, args: string[], o: { input?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync('/bin/sh', [bin, ...args], { cwd: ROOT, input: o.input ?? '', env: baseEnv(o.env), encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** bin/factdiff through node (the plain ES modules). */
function viaNode(bin: string, args: string[], o: { input?: string } = {}): Run {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, input: o.input ?? '', env: baseEnv(), encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const BIN = join(PKG, 'bin', 'factdiff');

describe('bin/factdiff through sh writes what node bin/factdiff writes', () => {
  const stdin = 'PARIS, Dec. 2, 2019 — At least 40 people were arrested, police said on Monday.\n';
  test.each<[string, string[], string]>([
    ['compare, table', ['compare', SEED_EN, SEED_AR], ''],
    ['compare, json, --fail-on any (exit 1)', ['compare', SEED_EN, SEED_AR, '--format', 'json', '--fail-on', 'any'], ''],
    ['extract from stdin', ['extract', '-', '--format', 'ndjson'], stdin],
    ['version', ['--version'], ''],
    ['an unknown option (exit 2, stderr)', ['extract', '--no-such-option'], ''],
    ['a missing file (exit 2, stderr)', ['extract', '/nonexistent/story.txt'], ''],
  ])('%s', (_name, args, input) => {
    const a = viaSh(BIN, args, { input });
    const b = viaNode(BIN, args, { input });
    expect(a).toEqual(b);
    expect(a.status).not.toBeNull();
  });
});

describe('the snapshot is used only when it fits, else the plain path', () => {
  // A private package: bin/factdiff copied, dist/ and package.json linked, a .snapshot/ of our own.
  // The "blobs" here are garbage: node aborts if the wrapper ever starts from one.
  const dir = mkdtempSync(join(tmpdir(), 'factdiff-snap-'));
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, '.snapshot'));
  copyFileSync(BIN, join(dir, 'bin', 'factdiff'));
  symlinkSync(join(PKG, 'dist'), join(dir, 'dist'));
  symlinkSync(join(PKG, 'package.json'), join(dir, 'package.json'));
  const bin = join(dir, 'bin', 'factdiff');
  const blob = (version: string, mtime: number) => {
    const p = join(dir, '.snapshot', `factdiff-${version}.blob`);
    writeFileSync(p, 'not a snapshot');
    utimesSync(p, mtime, mtime);
    return p;
  };
  const future = Date.now() / 1000 + 3600;
  const args = ['extract', SEED_AR, '--format', 'json'];
  let expected: Run;
  beforeAll(() => {
    expected = viaNode(BIN, args);
    expect(expected.status).toBe(0);
  });

  test('a blob of another Node version is ignored', () => {
    blob('v0.0.1', future);
    expect(viaSh(bin, args)).toEqual(expected);
  });

  test('a blob older than dist/ (a rebuild without a new snapshot) is ignored', () => {
    blob(process.version, 1_000_000);
    expect(viaSh(bin, args)).toEqual(expected);
  });

  test('NODE_OPTIONS or FACTDIFF_NO_SNAPSHOT: no snapshot', () => {
    blob(process.version, future);
    expect(viaSh(bin, args, { env: { NODE_OPTIONS: '--no-warnings' } })).toEqual(expected);
    expect(viaSh(bin, args, { env: { FACTDIFF_NO_SNAPSHOT: '1' } })).toEqual(expected);
  });

  test('called through a relative symlink, as npm links node_modules/.bin', () => {
    // Linked to the real package: its snapshot, when it has one, is found through the link.
    const links = join(dir, 'node_modules', '.bin');
    mkdirSync(links, { recursive: true });
    symlinkSync(relative(links, BIN), join(links, 'factdiff'));
    expect(viaSh(join(links, 'factdiff'), args)).toEqual(expected);
  });
});
