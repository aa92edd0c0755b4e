/**
 * Input arguments → documents. A path is a file; `-` is standard input; a directory stands for
 * its `.txt` and `.md` files (not recursive), sorted by name so runs are reproducible.
 * Problems are returned per input, never thrown, so one bad file does not stop the others.
 */
import { fstatSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { decode } from './decode.js';
import { InputError } from './input-error.js';

export interface InputDocument {
  path: string;
  text: string;
  warnings: string[];
}

export type InputResult = InputDocument | InputError;

const TEXT_EXTENSIONS = /\.(txt|md|markdown|text)$/i;

async function readStdin(): Promise<Buffer> {
  // `factdiff extract - < somedir`: reading a directory yields nothing on some platforms; say what it is.
  let dir = false;
  try {
    dir = fstatSync(0).isDirectory();
  } catch {
    /* no stdin descriptor: read what the stream gives */
  }
  if (dir) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return (err as Error)?.message ?? String(err);
  }
}

async function readOne(path: string, bytes: () => Promise<Buffer>): Promise<InputResult> {
  try {
    const d = decode(await bytes(), path);
    return { path, text: d.text, warnings: d.warnings };
  } catch (err) {
    return err instanceof InputError ? err : new InputError(path, describe(err));
  }
}

/** Expand the arguments into the list of inputs to read, in order. */
export async function expandInputs(args: readonly string[]): Promise<Array<string | InputError>> {
  const out: Array<string | InputError> = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push('-');
      continue;
    }
    let st;
    try {
      st = await stat(arg);
    } catch (err) {
      out.push(new InputError(arg, describe(err)));
      continue;
    }
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = (await readdir(arg)).filter((n) => TEXT_EXTENSIONS.test(n)).sort();
      } catch (err) {
        out.push(new InputError(arg, describe(err)));
        continue;
      }
      if (names.length === 0) out.push(new InputError(arg, 'directory has no .txt or .md files'));
      for (const n of names) out.push(join(arg, n));
    } else out.push(arg);
  }
  return out;
}

/** Read one expanded input. */
export function readInput(item: string | InputError): Promise<InputResult> {
  if (item instanceof InputError) return Promise.resolve(item);
  if (item === '-') return readOne('-', readStdin);
  return readOne(item, () => readFile(item));
}

/** Read all inputs, one at a time (a caller that streams can use expandInputs + readInput). */
export async function readInputs(args: readonly string[]): Promise<InputResult[]> {
  const items = await expandInputs(args);
  const out: InputResult[] = [];
  for (const it of items) out.push(await readInput(it));
  return out;
}
