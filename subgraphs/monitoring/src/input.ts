import { appError, badInput, ErrorCode, isUuid } from '@aula/runtime';
import type { ClassModel } from './mappers';

// Checks and clean-up of what people type into monitoring's mutations.

const MAX_IDS = 500;

/** A class name, trimmed: 1 to 120 characters. */
export function cleanName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 120)
    throw badInput('A class name must be 1 to 120 characters.', { argument: 'name' });
  return trimmed;
}

/** A term, trimmed (null when empty): at most 60 characters. */
export function cleanTerm(term: string | null | undefined): string | null {
  const trimmed = term?.trim() ?? '';
  if (trimmed.length > 60)
    throw badInput('A term must be at most 60 characters.', { argument: 'term' });
  return trimmed || null;
}

/** Flag keywords, normalised and deduplicated: at most 200, each 2 to 60 characters. */
export function cleanKeywords(keywords: readonly string[]): string[] {
  const cleaned = [
    ...new Set(keywords.map((k) => k.trim().replace(/\s+/g, ' ').toLowerCase()).filter(Boolean)),
  ];
  if (cleaned.length > 200)
    throw badInput('A class can have at most 200 flag keywords.', { argument: 'keywords' });
  const bad = cleaned.filter((k) => k.length < 2 || k.length > 60);
  if (bad.length)
    throw badInput(`Each keyword must be 2 to 60 characters: ${bad.join(', ')}.`, {
      argument: 'keywords',
    });
  return cleaned;
}

/** User ids, deduplicated: at most 500 at once. */
export function cleanIds(ids: readonly string[], argument: string): string[] {
  const unique = [...new Set(ids)];
  if (unique.length > MAX_IDS)
    throw badInput(`At most ${MAX_IDS} people can be changed at once.`, { argument });
  return unique;
}

/** `CONFLICT` when the class is archived: its members no longer change. */
export function requireActive(found: ClassModel): void {
  if (found.archivedAt)
    throw appError(ErrorCode.CONFLICT, 'This class is archived; its members can no longer change.');
}

/** A note or comment, trimmed: 1 to `max` characters. */
export function cleanText(content: string, max: number, what: string): string {
  const trimmed = content.trim();
  if (trimmed.length < 1 || trimmed.length > max)
    throw badInput(`${what} must be 1 to ${max} characters.`, { argument: 'content' });
  return trimmed;
}

const MAX_ROSTER_ROWS = 500;

/**
 * The user ids of a CSV roster: a header row with an `id` column, one student per row. The
 * cells are user ids (no commas or quotes inside), so splitting lines and cells is exact;
 * a quoted cell is unwrapped.
 */
export function rosterIds(csv: string): string[] {
  const rows = csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line) =>
      line.split(',').map((cell) =>
        cell
          .trim()
          .replace(/^"(.*)"$/, '$1')
          .trim(),
      ),
    );
  const column = rows[0]?.findIndex((cell) => cell.toLowerCase() === 'id') ?? -1;
  if (column < 0)
    throw badInput('The roster needs a header row with an `id` column.', { argument: 'csv' });
  if (rows.length - 1 > MAX_ROSTER_ROWS)
    throw badInput(`A roster can have at most ${MAX_ROSTER_ROWS} rows.`, { argument: 'csv' });
  const ids = [...new Set(rows.slice(1).map((cells) => cells[column] ?? ''))];
  const bad = ids.filter((id) => !isUuid(id));
  if (bad.length)
    throw badInput(`These are not user ids: ${bad.slice(0, 10).join(', ')}.`, { argument: 'csv' });
  return ids;
}
