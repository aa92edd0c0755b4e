/** A problem with one input (missing, unreadable, binary, empty): reported, never thrown past the CLI. */
export class InputError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
