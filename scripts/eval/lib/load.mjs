/**
 * Reading gold data. Files are UTF-8; a leading BOM is dropped because gold offsets count from
 * the first character of the text, and the CLI's decoder drops it too.
 */
import fs from 'node:fs';

export function readText(file) {
  const s = fs.readFileSync(file, 'utf8');
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

export function readJson(file) {
  return JSON.parse(readText(file));
}

/** One object a line; blank lines skipped; a bad line is reported with its number, not skipped. */
export function readJsonl(file) {
  const out = [];
  const lines = readText(file).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    try {
      out.push(JSON.parse(line));
    } catch (err) {
      throw new Error(`${file}:${i + 1}: ${err.message}`);
    }
  }
  return out;
}
