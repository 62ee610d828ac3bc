import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A connection read page after page under one list ("Load more"): the `after` of every page
 * loaded so far, `null` first. Each page is its own query, so a refresh reads each again.
 */
export function useLoadMore() {
  const [cursors, setCursors] = useState<ReadonlyArray<string | null>>([null]);
  const more = useCallback(
    (endCursor: string) =>
      setCursors((loaded) => (loaded.includes(endCursor) ? loaded : [...loaded, endCursor])),
    [],
  );
  const reset = useCallback(() => setCursors([null]), []);
  return { cursors, more, reset };
}

/** The "Load more" button under the last page loaded, while more pages follow. */
export function LoadMoreButton({
  pageInfo,
  onMore,
}: {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined;
  onMore(endCursor: string): void;
}) {
  const { t } = useTranslation();
  const endCursor = pageInfo?.endCursor;
  if (!pageInfo?.hasNextPage || !endCursor) return null;
  return (
    <button type="button" className="secondary" onClick={() => onMore(endCursor)}>
      {t('common:pager.loadMore')}
    </button>
  );
}
