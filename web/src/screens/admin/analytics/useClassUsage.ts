import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { problemFromCombined, type Problem } from '../../../lib/errors';
import { ClassUsageQuery } from './documents';

/** One class's usage totals in the period. */
export interface ClassUsage {
  readonly classId: string;
  readonly name: string;
  readonly streams: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly charged: { readonly credits: number; readonly microCredits: string };
}

/**
 * Usage per class: the API's `usage(filter: { classId })` for each class, asked in parallel.
 * A student counts in every class they are enrolled in, within that class's window, exactly
 * as the class filter defines it, so the classes' totals may add up to more than the school's.
 */
export function useClassUsage(
  classes: ReadonlyArray<{ id: string; name: string }> | undefined,
  from: string,
  to: string,
): { usage: ClassUsage[] | null; problem: Problem | null } {
  const client = useClient();
  const [state, setState] = useState<{ usage: ClassUsage[] | null; problem: Problem | null }>({
    usage: null,
    problem: null,
  });
  const key = classes?.map((c) => c.id).join(',');
  useEffect(() => {
    if (!classes) return;
    let live = true;
    setState({ usage: null, problem: null });
    void Promise.all(
      classes.map(async (klass) => {
        const result = await client
          .query(
            ClassUsageQuery,
            { classId: klass.id, from, to },
            { requestPolicy: 'network-only' },
          )
          .toPromise();
        if (result.error) throw problemFromCombined(result.error);
        const totals = result.data!.usage.totals;
        return {
          classId: klass.id,
          name: klass.name,
          streams: totals.streams,
          inputTokens: totals.inputTokens,
          outputTokens: totals.outputTokens,
          charged: totals.charged,
        };
      }),
    ).then(
      (usage) => live && setState({ usage, problem: null }),
      (problem: Problem) => live && setState({ usage: null, problem }),
    );
    return () => {
      live = false;
    };
    // `key` stands for `classes`: a new array with the same classes must not ask again.
  }, [client, key, from, to]);
  return state;
}
