/**
 * --feast-days day|eve and --next-period whole|start: two date readings users have (issue 6,
 * round 8), through ExtractOptions and DateContext (extract/dates/options.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './run.js';

const tmp = mkdtempSync(join(tmpdir(), 'factdiff-date-options-'));
const story = join(tmp, 'story.en.txt');
// Yom Kippur 2022 was kept on 5 October (it began at sundown on the 4th); 10 May 2023 is a Wednesday.
writeFileSync(story, 'The museum will close for Yom Kippur 2022, and the new wing opens next month, its director said.\n');

type Row = { text: string; value: string | null; from?: string | null; to?: string | null };
function dates(...options: string[]): Row[] {
  const r = run(['extract', story, '--format', 'json', '--date', '2023-05-10', ...options]);
  expect(r.status).toBe(0);
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout).documents[0].dates as Row[]).map(({ text, value }) => ({ text, value }));
}

describe('--feast-days and --next-period', () => {
  test('--help names both options and their choices', () => {
    // (commander wraps the help text: compared with its whitespace collapsed)
    const help = run(['extract', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/--feast-days <reading> [^"]*\beve\b[^"]*\(choices: "day", "eve"\)/);
    expect(help).toMatch(/--next-period <reading> "next week\/month\/year": [^"]*first day[^"]*\(choices: "whole", "start"\)/);
  });

  test('a value outside the choices is bad usage (exit 2, said on stderr)', () => {
    const r = run(['extract', story, '--feast-days', 'dusk']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--feast-days/);
    expect(run(['compare', story, story, '--next-period', 'end']).status).toBe(2);
  });

  test('the defaults: the day a feast is kept, the whole next month', () => {
    const plain = dates();
    expect(plain).toEqual([
      { text: 'Yom Kippur 2022', value: '2022-10-05' },
      { text: 'next month', value: '2023-06' },
    ]);
    expect(dates('--feast-days', 'day', '--next-period', 'whole')).toEqual(plain);
  });

  test('--feast-days eve dates the feast from its eve; --next-period start names the first day', () => {
    expect(dates('--feast-days', 'eve')).toEqual([
      { text: 'Yom Kippur 2022', value: '2022-10-04' },
      { text: 'next month', value: '2023-06' },
    ]);
    expect(dates('--next-period', 'start')).toEqual([
      { text: 'Yom Kippur 2022', value: '2022-10-05' },
      { text: 'next month', value: '2023-06-01' },
    ]);
  });
});
