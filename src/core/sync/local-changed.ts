/**
 * Thrown by the local side of a sync instead of writing the merge: the data changed after the
 * sync read it (the curator typed meanwhile), so the merge is stale and the sync starts again.
 */
export class LocalChangedError extends Error {
  readonly code = 'localChanged';
  constructor() {
    super('localChanged');
    this.name = 'LocalChangedError';
  }
}
