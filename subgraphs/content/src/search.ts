import { badInput, type Db } from '@aula/runtime';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { materialChunks, materials } from './db/schema';

/** One passage that matched, ready for the `MaterialHit` type. */
export interface MaterialHitModel {
  readonly chunkId: string;
  readonly materialId: string;
  readonly title: string;
  readonly source: string;
  readonly content: string;
  readonly highlight: string;
  readonly rank: number;
}

/** Largest `first` accepted. */
export const MAX_HITS = 20;
const START = '\uE000';
const STOP = '\uE001';

/**
 * Ranks the passages of `materialIds` against `query` (PostgreSQL full-text search in
 * English: `websearch_to_tsquery`, `ts_rank_cd`) and returns the best `first`, each with a
 * `ts_headline` excerpt turned into safe HTML (escaped text, matches in `<mark>`).
 */
export async function searchPassages(
  db: Db,
  materialIds: readonly string[],
  query: string,
  first: number | null | undefined,
): Promise<MaterialHitModel[]> {
  const text = query.trim();
  if (text.length === 0) throw badInput('Type some words to search for.', { field: 'query' });
  if (text.length > 500)
    throw badInput(`The search is ${text.length} characters long; the limit is 500.`, {
      field: 'query',
    });
  const limit = first ?? 5;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_HITS) {
    throw badInput(`"first" must be a whole number from 1 to ${MAX_HITS}; got ${limit}.`, {
      field: 'first',
    });
  }
  if (materialIds.length === 0) return [];

  const tsquery = sql`websearch_to_tsquery('english'::regconfig, ${text})`;
  const rank = sql<number>`ts_rank_cd(${materialChunks.search}, ${tsquery})`;
  // Private-use marks survive ts_headline untouched, so the excerpt can be escaped before they become <mark>.
  const options = `StartSel=${START}, StopSel=${STOP}, MinWords=12, MaxWords=36, MaxFragments=2, FragmentDelimiter=" … "`;
  const rows = await db
    .select({
      chunkId: materialChunks.id,
      materialId: materialChunks.materialId,
      title: materials.title,
      source: materials.source,
      content: materialChunks.content,
      rank: rank.mapWith(Number),
      headline: sql<string>`ts_headline('english'::regconfig, ${materialChunks.content}, ${tsquery}, ${options})`,
    })
    .from(materialChunks)
    .innerJoin(materials, eq(materials.id, materialChunks.materialId))
    .where(
      and(
        inArray(materialChunks.materialId, [...materialIds]),
        sql`${materialChunks.search} @@ ${tsquery}`,
      ),
    )
    .orderBy(desc(rank), asc(materialChunks.materialId), asc(materialChunks.ordinal))
    .limit(limit);
  return rows.map(({ headline, ...row }) => ({ ...row, highlight: toSafeHtml(headline) }));
}

function toSafeHtml(headline: string): string {
  const escaped = headline
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
  return escaped.split(START).join('<mark>').split(STOP).join('</mark>');
}
