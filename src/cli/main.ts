/**
 * The command line: commander wiring, input reading, exit statuses. All the work is done by
 * the library (src/index.ts); this file only connects arguments, files and stdout/stderr.
 * stdout carries only the report; every diagnostic goes to stderr as one line.
 */
import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import type { DocumentExtraction, ExtractOptions, Verdict } from '../types.js';
import { detectDocument, extractDocument } from '../extract/document.js';
import { compareDocuments } from '../compare/index.js';
import { expandInputs, readInput } from '../input/read-inputs.js';
import { InputError } from '../input/input-error.js';
import { FORMATS, type Format, loadReporter } from '../report/index.js';
import { EXIT } from './exit-codes.js';
import { sanitize } from '../report/sanitize.js';
import { tuneHeapForExtraction } from '../runtime/heap.js';
import { LANGUAGES } from '../lang/index.js';

interface CommonOptions {
  format: Format;
  lang?: string;
  date?: string;
  hijri?: keyof typeof HIJRI_CALENDARS;
  locale?: string;
  periods?: 'rolling' | 'calendar';
  feastDays?: 'day' | 'eve';
  nextPeriod?: 'whole' | 'start';
  color: boolean;
}

/** `--hijri`: the calendar names a user types, and the ICU calendars they are. */
const HIJRI_CALENDARS = { umalqura: 'islamic-umalqura', civil: 'islamic-civil', tabular: 'islamic-tbla' } as const;

/** The extraction options of the command line's options. */
function extractOptions(o: Pick<CommonOptions, 'lang' | 'date' | 'hijri' | 'locale' | 'periods' | 'feastDays' | 'nextPeriod'>): ExtractOptions {
  return {
    ...(o.lang ? { lang: o.lang } : {}),
    ...(o.date ? { date: o.date } : {}),
    ...(o.hijri ? { hijriCalendar: HIJRI_CALENDARS[o.hijri] } : {}),
    ...(o.locale ? { locale: o.locale } : {}),
    ...(o.periods ? { periods: o.periods } : {}),
    ...(o.feastDays ? { feastDays: o.feastDays } : {}),
    ...(o.nextPeriod ? { nextPeriod: o.nextPeriod } : {}),
  };
}

interface CompareOptions extends CommonOptions {
  failOn: string;
}

const FAIL_KINDS: readonly Verdict[] = ['conflict', 'consistent', 'missing'];
/** `--fail-on date`: versions date a category's figures differently (not a claim verdict). */
type FailKind = Verdict | 'date';

class UsageError extends Error {}

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function warn(message: string): void {
  process.stderr.write(`factdiff: ${sanitize(message)}\n`);
}

/** Colour as chalk's rules have it: FORCE_COLOR wins, then --no-color and NO_COLOR, then a TTY. */
function useColor(o: CommonOptions): boolean {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return !['0', 'false'].includes(force);
  if (!o.color) return false;
  if (process.env.NO_COLOR) return false;
  return process.stdout.isTTY === true;
}

function checkLocale(l: string | undefined): void {
  if (l !== undefined && !/^(?:[A-Za-z]{2,3}[-_])?[A-Za-z]{2}$/.test(l.trim())) throw new UsageError(`--locale: '${l}' is not a locale such as en_CA, en-AU or GB`);
}

function checkDate(d: string | undefined): void {
  if (d === undefined) return;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  const ok = m && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
  if (!ok) throw new UsageError(`--date: '${d}' is not a date in the form YYYY-MM-DD`);
}

function checkLang(l: string | undefined): void {
  if (l !== undefined && !/^[a-z]{2,3}$/i.test(l)) throw new UsageError(`--lang: '${l}' is not an ISO 639-1 or 639-3 code (e.g. en, ar, fa)`);
}

function parseFailOn(s: string): Set<FailKind> {
  const out = new Set<FailKind>();
  for (const raw of s.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean)) {
    if (raw === 'none') continue;
    if (raw === 'any') [...FAIL_KINDS, 'date' as const].forEach((k) => out.add(k));
    else if ((FAIL_KINDS as readonly string[]).includes(raw) || raw === 'date') out.add(raw as FailKind);
    else throw new UsageError(`--fail-on: '${raw}' is not one of conflict, consistent, missing, date, any, none`);
  }
  return out;
}

function write(s: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

/**
 * A copy of an extraction that shares no string with the document's text. V8 slices keep their
 * parent string alive, so the claims' `text` fields would otherwise hold every document of a run
 * in memory until the report is written; with this, only the results stay.
 */
function detach<T>(v: T): T {
  if (typeof v === 'string') return (v.length < 13 ? v : Buffer.from(v, 'utf16le').toString('utf16le')) as T;
  if (Array.isArray(v)) return v.map(detach) as T;
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = detach(x);
    return out as T;
  }
  return v;
}

/**
 * Read and extract every input in order, one at a time; failures are reported on stderr as
 * they happen. `each` sees each extraction (for streaming formats).
 */
async function extractAll(
  inputs: readonly string[],
  o: CommonOptions,
  each?: (d: DocumentExtraction) => Promise<void>,
  work: typeof extractDocument = extractDocument,
): Promise<{ docs: DocumentExtraction[]; failed: number; internal: number }> {
  const opts = extractOptions(o);
  const docs: DocumentExtraction[] = [];
  let failed = 0;
  let internal = 0;
  const seen = new Map<string, number>();
  for (const item of await expandInputs(inputs)) {
    const r = await readInput(item);
    if (r instanceof InputError) {
      warn(`${r.path}: ${r.message}`);
      failed++;
      continue;
    }
    for (const w of r.warnings) warn(`${r.path}: warning: ${w}`);
    // The same path given twice is two versions: keep their labels apart.
    const n = (seen.get(r.path) ?? 0) + 1;
    seen.set(r.path, n);
    const path = n > 1 ? `${r.path}#${n}` : r.path;
    let doc: DocumentExtraction;
    try {
      doc = work(r.text, path, opts);
    } catch (err) {
      // A bug on one document: say so on one line and go on with the others (exit status 3).
      warn(`${path}: internal error: ${(err as Error)?.message ?? String(err)} (a bug: please report it)`);
      internal++;
      continue;
    }
    for (const note of doc.notes ?? []) warn(`${path}: ${note}`);
    if (each) await each(doc);
    else docs.push(detach(doc));
  }
  return { docs, failed, internal };
}

/** The status of a run: an internal error outranks unreadable input. */
function inputStatus(r: { failed: number; internal: number }): number {
  return r.internal ? EXIT.INTERNAL : r.failed ? EXIT.TROUBLE : EXIT.OK;
}

function common(cmd: Command): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS as unknown as string[]).default('table'))
    .option('-l, --lang <code>', 'language of every input, instead of detecting it (en, ar, …)')
    .option('-d, --date <YYYY-MM-DD>', 'reference (publication) date for partial and relative dates')
    .addOption(new Option('--hijri <calendar>', 'Hijri calendar for Hijri dates and Islamic feasts (default umalqura)').choices(Object.keys(HIJRI_CALENDARS)))
    .option('--locale <locale>', "the reader's country, for holidays that differ by country (en_CA, en-AU, GB…)")
    .addOption(new Option('--periods <reading>', '"the last 2 weeks": rolling days (default) or whole calendar weeks').choices(['rolling', 'calendar']))
    .addOption(new Option('--feast-days <reading>', 'Jewish feasts by their first full day (default) or from the eve they begin at sundown').choices(['day', 'eve']))
    .addOption(new Option('--next-period <reading>', '"next week/month/year": the whole period (default) or its first day, as task schedulers read them').choices(['whole', 'start']))
    .option('--no-color', 'no colour (also off when stdout is not a terminal or NO_COLOR is set)');
}

async function runDetectOrExtract(kind: 'detect' | 'extract', inputs: string[], o: CommonOptions): Promise<number> {
  checkDate(o.date);
  checkLang(o.lang);
  checkLocale(o.locale);
  const reporter = await loadReporter(o.format);
  const render = { color: useColor(o) };
  // detect needs the language only: no extractor runs.
  const work = kind === 'detect' ? detectDocument : extractDocument;
  if (o.format === 'ndjson') return inputStatus(await extractAll(inputs, o, (d) => write(reporter[kind]([d], render)), work));
  const r = await extractAll(inputs, o, undefined, work);
  if (r.docs.length > 0 || o.format === 'json') await write(reporter[kind](r.docs, render));
  return inputStatus(r);
}

/**
 * Versions of one story share its date: a version without a dateline of its own takes the
 * reference date the others found in theirs (when they agree on one), so that its "15 November"
 * and "on Monday" resolve as theirs do. Said on stderr; `reference.from` is `version`.
 */
function shareReference(docs: DocumentExtraction[], texts: Map<string, string>, o: Omit<Parameters<typeof extractOptions>[0], 'date'>): DocumentExtraction[] {
  const found = docs.filter((d) => d.reference?.from === 'document');
  const dates = new Set(found.map((d) => d.reference!.date));
  if (dates.size !== 1) return docs;
  const [date] = dates as Set<string>;
  const from = found[0]!.path;
  return docs.map((d) => {
    const text = texts.get(d.path);
    if (d.reference || text === undefined || d.claims.length + d.dates.length + d.entities.length === 0) return d;
    try {
      const again = extractDocument(text, d.path, extractOptions({ ...o, date }));
      warn(`${d.path}: no date of its own: reference date ${date} taken from ${from}`);
      return detach({ ...again, reference: { date, from: 'version' as const, version: from } });
    } catch {
      return d; // the first extraction stands; a bug here is not worth losing the document
    }
  });
}

async function runCompare(inputs: string[], o: CompareOptions): Promise<number> {
  checkDate(o.date);
  checkLang(o.lang);
  checkLocale(o.locale);
  const failOn = parseFailOn(o.failOn);
  const reporter = await loadReporter(o.format);
  const texts = new Map<string, string>();
  const read = await extractAll(inputs, o, undefined, (text, path, opts) => {
    texts.set(path, text);
    return extractDocument(text, path, opts);
  });
  const docs = o.date ? read.docs : shareReference(read.docs, texts, o);
  texts.clear();
  for (const d of docs) {
    const open = d.dates.filter((x) => !x.value && !(x.from && x.to)).map((x) => `"${x.text}"`);
    if (open.length) warn(`${d.path}: ${open.length} date${open.length > 1 ? 's' : ''} without a reference date left unresolved (${open.slice(0, 3).join(', ')}${open.length > 3 ? ', …' : ''}): give --date YYYY-MM-DD`);
  }
  if (docs.length < 2) {
    warn(`compare needs at least two readable documents, got ${docs.length}`);
    return read.internal ? EXIT.INTERNAL : EXIT.TROUBLE;
  }
  // Versions no extractor read (their notes were printed) are listed but not judged.
  const judged = docs.filter((d) => !d.skipped);
  for (const d of docs) if (d.skipped) warn(`${d.path}: not read, left out of the verdicts`);
  if (judged.length < 2) {
    warn(`compare needs at least two versions in a language it reads (${LANGUAGES.map((l) => l.code).join(', ')}), got ${judged.length}`);
    return read.internal ? EXIT.INTERNAL : EXIT.TROUBLE;
  }
  const result = compareDocuments(docs);
  const failing = [
    ...result.categories.filter((c) => failOn.has(c.verdict)).map((c) => `${c.category} ${c.verdict}`),
    ...(failOn.has('date') ? result.dateConflicts.map((d) => `${d.category} dated differently`) : []),
  ];
  const status = read.internal || read.failed ? inputStatus(read) : failing.length ? EXIT.DISCREPANCY : EXIT.OK;
  const footer =
    failing.length > 0
      ? `exit ${status}: ${failing.join(', ')} (--fail-on ${[...failOn].join(',')})`
      : `exit ${status}: no ${[...failOn].join('/') || 'failing'} verdict`;
  await write(reporter.compare(result, { color: useColor(o), footer }));
  return status;
}

const EXAMPLES = {
  detect: `
Examples:
  $ factdiff detect fixtures/paris-rally-2019.ar.txt
  $ cat story.txt | factdiff detect - --format json`,
  extract: `
Examples:
  $ factdiff extract fixtures/paris-rally-2019.en.txt
  $ factdiff extract articles/ --format ndjson | jq '.claims[] | select(.category == "deaths")'
  $ factdiff extract story.ar.txt --date 2019-12-02 --format csv > claims.csv`,
  compare: `
Examples:
  $ factdiff compare fixtures/paris-rally-2019.en.txt fixtures/paris-rally-2019.ar.txt
  $ factdiff compare source.en.txt translation.ar.txt --format json | jq '.categories'
  $ factdiff compare en.txt ar.txt --fail-on conflict,missing || echo "figures drifted"

Exit status: 0 no discrepancy named by --fail-on, 1 such a discrepancy, 2 bad usage or unreadable input.`,
};

export function buildProgram(): Command {
  const program = new Command('factdiff')
    .description('Compare the figures, dates and names that versions of a news story report (English, Arabic).')
    .version(version(), '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, w) => w(`factdiff: ${s.replace(/^error: /, '').trimEnd()} (see 'factdiff --help')\n`),
    });
  program.addHelpText('after', `\nInputs are files, '-' for standard input, or directories (their .txt and .md files).\n${EXAMPLES.compare}`);

  common(program.command('detect').description('report the language of each document').argument('<inputs...>', 'files, directories or - for stdin'))
    .addHelpText('after', EXAMPLES.detect)
    .action(async (inputs: string[], o: CommonOptions) => {
      process.exitCode = await runDetectOrExtract('detect', inputs, o);
    });

  common(program.command('extract').description('language, numeric claims, dates and entities of each document').argument('<inputs...>', 'files, directories or - for stdin'))
    .addHelpText('after', EXAMPLES.extract)
    .action(async (inputs: string[], o: CommonOptions) => {
      process.exitCode = await runDetectOrExtract('extract', inputs, o);
    });

  common(
    program
      .command('compare')
      .description('compare two or more versions of a story: verdict per claim category, entities and dates in one version only')
      .argument('<inputs...>', 'two or more files (or a directory, or - for stdin)'),
  )
    .option('--fail-on <kinds>', 'what makes the exit status 1: verdicts conflict, consistent, missing; date (figures dated differently); any or none; comma-separated', 'conflict')
    .addHelpText('after', EXAMPLES.compare)
    .action(async (inputs: string[], o: CompareOptions) => {
      process.exitCode = await runCompare(inputs, o);
    });
  return program;
}

function onPipeClosed(err: NodeJS.ErrnoException): void {
  if (err.code === 'EPIPE') process.exit(EXIT.PIPE);
  throw err;
}

export async function main(argv: string[]): Promise<void> {
  tuneHeapForExtraction();
  process.stdout.on('error', onPipeClosed);
  process.on('SIGINT', () => process.exit(EXIT.INTERRUPTED));
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? EXIT.OK : EXIT.TROUBLE;
    } else if (err instanceof UsageError) {
      warn(`${err.message} (see 'factdiff --help')`);
      process.exitCode = EXIT.TROUBLE;
    } else {
      warn(`internal error: ${(err as Error)?.message ?? String(err)}`);
      process.exitCode = EXIT.INTERNAL;
    }
  }
}
