/**
 * Where the gold data lives. `../shared` is resolved against the repository root, not the
 * working directory, so `npm run eval` gives the same answer from any folder. A clone without
 * `../shared` is normal (only the project's own fixtures are then scored): missing folders are
 * reported on stderr and skipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The shared data root: --shared, then $FACTDIFF_SHARED, then ../shared beside the repo. */
export function sharedRoot(option) {
  return path.resolve(REPO, option ?? process.env.FACTDIFF_SHARED ?? path.join('..', 'shared'));
}

export function resolveFromRepo(p) {
  return path.resolve(REPO, p);
}

export function isDir(p) {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Note a skipped source on stderr, once per reason. */
const noted = new Set();
export function skipNote(who, what) {
  const line = `${who}: ${what}; skipped`;
  if (noted.has(line)) return;
  noted.add(line);
  process.stderr.write(`${line}\n`);
}

/** Files under dir (recursive) whose name ends with ext, sorted, relative paths stable across machines. */
export function listFiles(dir, ext) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(ext)) out.push(p);
    }
  };
  if (isDir(dir)) walk(dir);
  return out.sort();
}

/** Sub-folders of dir that hold a file called `marker`. */
export function foldersWith(dir, marker) {
  if (!isDir(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, marker)))
    .map((e) => path.join(dir, e.name))
    .sort();
}
