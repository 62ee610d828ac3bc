import { keysetAfter, type CursorPosition } from '@aula/runtime';
import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from './db/query';
import { toBudget, type BudgetRow, type RawBudget } from './grants';

const changed = sql.raw(`date_trunc('milliseconds', updated_at)`);

/**
 * A page of every supervisor's budget, most recently changed first (`first + 1` rows, so the
 * caller can tell whether another page follows). The cursor's id is the supervisor's id; the
 * order uses milliseconds, the precision a cursor carries, so no budget is skipped between pages.
 */
export async function listBudgets(
  db: Executor,
  first: number,
  after: CursorPosition | null,
): Promise<BudgetRow[]> {
  const before = sql`where ${keysetAfter(changed, sql`supervisor_id`, after)}`;
  const rows = await rowsOf<RawBudget>(
    db,
    sql`select supervisor_id, granted::text, remaining::text, updated_at from accounting.supervisor_budgets
        ${before} order by ${changed} desc, supervisor_id desc limit ${first + 1}`,
  );
  return rows.map(toBudget);
}
