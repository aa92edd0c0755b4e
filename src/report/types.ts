import type { DocumentExtraction } from '../types.js';
import type { CompareResult } from '../compare/index.js';

export interface RenderOptions {
  /** ANSI colour (table format only). */
  color: boolean;
  /** A closing line for human formats, e.g. the exit status and why. */
  footer?: string;
}

/** One output format: each command's result rendered to the text written on stdout. */
export interface Reporter {
  detect(docs: readonly DocumentExtraction[], o: RenderOptions): string;
  extract(docs: readonly DocumentExtraction[], o: RenderOptions): string;
  compare(r: CompareResult, o: RenderOptions): string;
}

export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];
