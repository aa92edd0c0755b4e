/** The CLI's JSON output validates against the published JSON Schemas. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { run } from './run.js';
import { ROOT, SEED_AR, SEED_EN } from '../helpers.js';

const require = createRequire(import.meta.url);
const Ajv = require('ajv');
const ajv = new Ajv({ allErrors: true, strict: false });
const load = (n: string) => JSON.parse(readFileSync(join(ROOT, 'schemas', n), 'utf8'));
ajv.addSchema(load('extract.schema.json'));
ajv.addSchema(load('compare.schema.json'));

test.each([
  ['extract', ['extract', SEED_EN, SEED_AR, '--format', 'json'], 'https://factdiff.dev/schemas/extract.schema.json'],
  ['compare', ['compare', SEED_EN, SEED_AR, '--format', 'json'], 'https://factdiff.dev/schemas/compare.schema.json'],
])('%s output is valid', (_n, args, id) => {
  const out = JSON.parse(run(args).stdout);
  const validate = ajv.getSchema(id)!;
  const ok = validate(out);
  if (!ok) throw new Error(ajv.errorsText(validate.errors));
  expect(ok).toBe(true);
});

test('the schemas reject a document that breaks the contract', () => {
  const out = JSON.parse(run(['extract', SEED_EN, '--format', 'json']).stdout);
  out.documents[0].claims[0].qualifier = 'approximately';
  expect(ajv.getSchema('https://factdiff.dev/schemas/extract.schema.json')!(out)).toBe(false);
});
