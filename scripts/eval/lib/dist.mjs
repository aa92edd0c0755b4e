/**
 * The scorers measure the BUILT library (dist/), the code users run, not the TypeScript
 * sources; a missing build is a usage error with the fix in the message.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from './paths.mjs';

export function distDir(option) {
  return path.resolve(REPO, option ?? 'dist');
}

export async function loadFactdiff(option) {
  const entry = path.join(distDir(option), 'index.js');
  if (!fs.existsSync(entry)) {
    throw new Error(`no build at ${path.dirname(entry)}: run \`npm run build\` first`);
  }
  return import(pathToFileURL(entry).href);
}
