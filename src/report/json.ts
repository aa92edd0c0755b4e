/** One JSON document per run: the `factdiff.extract/1` and `factdiff.compare/1` contracts. */
import type { Reporter } from './types.js';

const dump = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

export const json: Reporter = {
  detect: (docs) => dump({ schema: 'factdiff.detect/1', documents: docs.map((d) => ({ path: d.path, language: d.language, ...(d.languages ? { languages: d.languages } : {}) })) }),
  extract: (docs) => dump({ schema: 'factdiff.extract/1', documents: docs }),
  compare: (r) => dump(r),
};
