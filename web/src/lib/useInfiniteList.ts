import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { problemFromCombined, type Problem } from './errors';

/** The part of a Relay connection a growing list reads. */
export interface ConnectionPage<T> {
  readonly edges: ReadonlyArray<{ readonly node: T }>;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor?: string | null };
}

/** What a list that grows as it is scrolled knows and can do. */
export interface InfiniteList<T> {
  readonly items: readonly T[];
  readonly loading: boolean;
  readonly problem: Problem | null;
  readonly hasMore: boolean;
  /** Fetches the page after the last one shown. */
  readonly loadMore: () => void;
  /** Fetches again from the start, as many items as are shown (at most `maxFirst`). */
  readonly reload: () => void;
}

/**
 * A forward-paged connection shown as one list that grows (infinite scroll): `first`/`after`
 * pages appended in order, started over whenever `variables` change. `pause` keeps it empty.
 */
export function useInfiniteList<
  TData,
  TVars extends { first?: number | null; after?: string | null },
  T,
>(
  document: TypedDocumentNode<TData, TVars>,
  variables: Omit<TVars, 'first' | 'after'>,
  select: (data: TData) => ConnectionPage<T>,
  options: { pageSize: number; maxFirst: number; pause?: boolean },
): InfiniteList<T> {
  const client = useClient();
  const [items, setItems] = useState<readonly T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const key = JSON.stringify(variables);
  // Answers of an older generation (the search words changed meanwhile) are dropped.
  const generation = useRef(0);
  const shown = useRef(0);
  shown.current = items.length;
  const selectRef = useRef(select);
  selectRef.current = select;

  const fetchPage = useCallback(
    async (after: string | null, first: number, replace: boolean) => {
      const mine = generation.current;
      setLoading(true);
      const vars = { ...JSON.parse(key), first, after } as TVars;
      const result = await client
        .query(document, vars, { requestPolicy: 'network-only' })
        .toPromise();
      if (mine !== generation.current) return;
      setLoading(false);
      if (result.error || !result.data) {
        setProblem(result.error ? problemFromCombined(result.error) : null);
        return;
      }
      setProblem(null);
      const page = selectRef.current(result.data);
      const nodes = page.edges.map((edge) => edge.node);
      setItems((before) => (replace ? nodes : [...before, ...nodes]));
      setCursor(page.pageInfo.endCursor ?? null);
      setHasMore(page.pageInfo.hasNextPage);
    },
    [client, document, key],
  );

  useEffect(() => {
    generation.current += 1;
    setItems([]);
    setHasMore(false);
    setCursor(null);
    if (!options.pause) void fetchPage(null, options.pageSize, true);
  }, [fetchPage, options.pause, options.pageSize]);

  const loadMore = useCallback(() => {
    if (loading || !hasMore || !cursor) return;
    void fetchPage(cursor, options.pageSize, false);
  }, [loading, hasMore, cursor, fetchPage, options.pageSize]);
  const reload = useCallback(() => {
    if (options.pause) return;
    generation.current += 1;
    const first = Math.min(Math.max(shown.current, options.pageSize), options.maxFirst);
    void fetchPage(null, first, true);
  }, [fetchPage, options.pause, options.pageSize, options.maxFirst]);

  return { items, loading, problem, hasMore, loadMore, reload };
}
