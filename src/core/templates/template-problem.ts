/** Why a template's body cannot be read, and on which line (1-based): `templateProblemText` (src/text) words it. */
export interface TemplateProblem {
  code: 'unclosedTag' | 'unclosedSection' | 'unopenedSection' | 'badDelimiters' | 'unreadable';
  line: number;
  /** The section's name, for the section problems. */
  name?: string;
}

const lineAt = (body: string, index: number) => body.slice(0, Math.max(0, index)).split('\n').length;

/** Where the section `name` was opened last, for a section the engine found unclosed only at the end. */
function openingOf(body: string, name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const openings = [...body.matchAll(new RegExp(`\\{\\{\\s*[#^]\\s*${escaped}\\s*\\}\\}`, 'g'))];
  return openings.length > 0 ? openings.at(-1)!.index : -1;
}

/** The last `{{` with no `}}` after it: where an unclosed tag starts. */
function unclosedTagStart(body: string): number {
  const open = body.lastIndexOf('{{');
  return open >= 0 && body.indexOf('}}', open) < 0 ? open : -1;
}

/**
 * The engine's (Mustache 4.2) error as a code and a line. It says where it gave up as a character
 * offset, which for an unclosed tag or section is the end of the body; the line named is where
 * that tag or section opens when it can be found.
 */
export function readEngineError(body: string, error: unknown): TemplateProblem {
  const message = error instanceof Error ? error.message : String(error);
  const at = Number(/ at (\d+)$/.exec(message)?.[1] ?? -1);
  const name = /section "([^"]*)"/.exec(message)?.[1];
  if (message.startsWith('Unclosed tag')) {
    const start = unclosedTagStart(body);
    return { code: 'unclosedTag', line: lineAt(body, start >= 0 ? start : at) };
  }
  if (message.startsWith('Unopened section')) return { code: 'unopenedSection', line: lineAt(body, at), name: name ?? '' };
  if (message.startsWith('Unclosed section')) {
    const start = at >= body.length && name !== undefined ? openingOf(body, name) : -1;
    return { code: 'unclosedSection', line: lineAt(body, start >= 0 ? start : at), name: name ?? '' };
  }
  if (message.startsWith('Invalid tags')) return { code: 'badDelimiters', line: lineAt(body, Math.max(at, 0)) };
  return { code: 'unreadable', line: lineAt(body, Math.max(at, 0)) };
}
