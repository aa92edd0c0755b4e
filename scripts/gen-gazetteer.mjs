#!/usr/bin/env node
/**
 * Merge country names from the `i18n-iso-countries` package (English + Arabic, MIT licence) into
 * src/extract/entities/gazetteer.json. Hand-written entries win: an existing country entry (matched
 * by English name or alias) only gains the package's extra English/Arabic names as aliases; missing
 * countries are added as new LOC entries (kind "country"). Needs the devDependency
 * `i18n-iso-countries`; without it the script says so and changes nothing.
 *
 *   node scripts/gen-gazetteer.mjs [--dry-run]
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const file = path.resolve(here, '..', 'src', 'extract', 'entities', 'gazetteer.json');
const require = createRequire(import.meta.url);

let countries;
try {
  countries = require('i18n-iso-countries');
} catch {
  process.stderr.write('gen-gazetteer: i18n-iso-countries is not installed (npm i -D i18n-iso-countries); nothing changed\n');
  process.exit(0);
}
const en = require('i18n-iso-countries/langs/en.json');
const ar = require('i18n-iso-countries/langs/ar.json');
countries.registerLocale(en);
countries.registerLocale(ar);

const data = JSON.parse(fs.readFileSync(file, 'utf8'));
const byName = new Map();
for (const e of data.entries) {
  if (e.type !== 'LOC') continue;
  for (const n of [e.name, ...(e.en ?? [])]) byName.set(n.toLowerCase(), e);
}

const asList = (v) => (Array.isArray(v) ? v : v ? [v] : []);
let added = 0;
let extended = 0;
for (const code of Object.keys(countries.getAlpha2Codes())) {
  const enNames = asList(countries.getName(code, 'en', { select: 'all' }));
  const arNames = asList(countries.getName(code, 'ar', { select: 'all' }));
  if (enNames.length === 0) continue;
  let entry = enNames.map((n) => byName.get(n.toLowerCase())).find(Boolean);
  if (!entry) {
    entry = { name: enNames[0], type: 'LOC', kind: 'country', en: [], ar: [] };
    data.entries.push(entry);
    for (const n of enNames) byName.set(n.toLowerCase(), entry);
    added++;
  }
  const before = entry.en.length + entry.ar.length;
  for (const n of enNames) if (n !== entry.name && !entry.en.includes(n)) entry.en.push(n);
  for (const n of arNames) if (!entry.ar.includes(n)) entry.ar.push(n);
  if (entry.en.length + entry.ar.length > before) extended++;
}

const lines = data.entries.map((e) => '    ' + JSON.stringify(e));
const out = `{\n  "$comment": ${JSON.stringify(data.$comment)},\n  "entries": [\n${lines.join(',\n')}\n  ]\n}\n`;
if (process.argv.includes('--dry-run')) {
  process.stdout.write(`would add ${added} countries and extend ${extended}\n`);
} else {
  fs.writeFileSync(file, out);
  process.stdout.write(`gazetteer: added ${added} countries, extended ${extended}\n`);
}
