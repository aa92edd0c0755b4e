/** Exit statuses, diff-like; documented in the README. */
export const EXIT = {
  /** Success; for compare: no discrepancy of a kind named by --fail-on. */
  OK: 0,
  /** compare: a discrepancy of a kind named by --fail-on. */
  DISCREPANCY: 1,
  /** Bad usage or an input that could not be read (the other inputs are still processed). */
  TROUBLE: 2,
  /** A bug in factdiff. */
  INTERNAL: 3,
  /** Output pipe closed by the reader (128 + SIGPIPE). */
  PIPE: 141,
  /** Interrupted (128 + SIGINT). */
  INTERRUPTED: 130,
} as const;
