import type { Check } from './checks';
import { kindOf } from './value-kind';

/** One of the newsletter's sections: its heading, and how many items it may hold (null: any number). */
export interface Section {
  name: string;
  limit: number | null;
}

/** A dozen is a lot for a newsletter; fifty keeps a pasted list from swallowing the settings. */
export const MAX_SECTIONS = 50;
export const MAX_SECTION_NAME = 200;
/** More than any issue holds: a limit above it limits nothing. */
export const MAX_SECTION_LIMIT = 999;

/** Two names the curator would read as one section ("News" and "news "). */
export const sameSectionName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

function sectionProblem(value: unknown) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { code: 'notSectionList', got: kindOf(value) } as const;
  const { name, limit } = value as Record<string, unknown>;
  if (typeof name !== 'string') return { code: 'notSectionList', got: kindOf(value) } as const;
  if (name.trim() === '') return { code: 'blank' } as const;
  if (name.length > MAX_SECTION_NAME) return { code: 'tooLong', max: MAX_SECTION_NAME } as const;
  const wholeLimit = typeof limit === 'number' && Number.isInteger(limit) && limit >= 1 && limit <= MAX_SECTION_LIMIT;
  return limit === null || wholeLimit ? null : ({ code: 'badSectionLimit', name, max: MAX_SECTION_LIMIT } as const);
}

/** The sections: at most 50, each named (no two alike) with no limit or one from 1 to 999. */
export const sectionList: Check = (value) => {
  if (!Array.isArray(value)) return { code: 'notSectionList', got: kindOf(value) };
  if (value.length > MAX_SECTIONS) return { code: 'tooLong', max: MAX_SECTIONS };
  for (const each of value) {
    const problem = sectionProblem(each);
    if (problem) return problem;
  }
  const twice = value.find((each: Section, index) => value.slice(0, index).some((before: Section) => sameSectionName(before.name, each.name)));
  return twice ? { code: 'sectionNameTwice', name: (twice as Section).name.trim() } : null;
};

/** Copies of the sections with their names trimmed, so a caller's later edits never reach the stored list. */
export const copySections = (sections: readonly Section[]): Section[] => sections.map(({ name, limit }) => ({ name: name.trim(), limit }));
