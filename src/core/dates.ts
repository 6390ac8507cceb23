/** Kubelist goes out on Wednesdays. */
export const DEFAULT_WEEKDAY = 3;

/** `YYYY-MM-DD` of a date, in local time (the curator's calendar, not UTC's). */
export function toIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The next date falling on `weekday` (0 = Sunday), today included. */
export function nextIssueDate(today: Date, weekday = DEFAULT_WEEKDAY): string {
  const date = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  date.setDate(date.getDate() + ((weekday - date.getDay() + 7) % 7));
  return toIsoDate(date);
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
