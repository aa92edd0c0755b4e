/** Reporters are loaded on demand: a run pays only for the format it prints (chalk only for tables). */
import type { Format, Reporter } from './types.js';

export async function loadReporter(format: Format): Promise<Reporter> {
  switch (format) {
    case 'json':
      return (await import('./json.js')).json;
    case 'ndjson':
      return (await import('./ndjson.js')).ndjson;
    case 'csv':
      return (await import('./csv.js')).csv;
    case 'markdown':
      return (await import('./markdown.js')).markdown;
    case 'table':
      return (await import('./table.js')).table;
  }
}

export { FORMATS, type Format, type Reporter, type RenderOptions } from './types.js';
