/** What went wrong, in words, from anything thrown: an Error's message, or the thing itself as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
