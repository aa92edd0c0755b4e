import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'fixtures');
export const SEED_EN = join(FIXTURES, 'paris-rally-2019.en.txt');
export const SEED_AR = join(FIXTURES, 'paris-rally-2019.ar.txt');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}
