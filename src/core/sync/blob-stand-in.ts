/**
 * An issue file's text that this browser did not write out again: it stands for the blob `id`
 * that the repository, the last sync and this browser all hold at the same path. The merge only
 * compares texts, so equal stand-ins pass through it as the one text they stand for; nothing
 * formatted starts with a NUL, so a stand-in is never taken for an issue's text.
 */
const STAND_IN = '\u0000blob ';

export const blobStandIn = (id: string): string => `${STAND_IN}${id}`;

/** The blob id `text` stands for, or null when it is a file's text. */
export const standInBlob = (text: string): string | null => (text.startsWith(STAND_IN) ? text.slice(STAND_IN.length) : null);
