import { useCallback, useEffect, useRef, useState } from 'react';
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

/**
 * The end of a list that grows: it asks for more as soon as it scrolls into view, and is a
 * button too, so a keyboard or a screen reader can ask for more.
 */
export function LoadMore({
  onMore,
  loading,
  label,
  loadingLabel,
  auto = true,
}: {
  onMore: () => void;
  loading: boolean;
  label: string;
  loadingLabel: string;
  /** Whether coming into view asks for more (off where the list starts scrolled to its end). */
  auto?: boolean;
}) {
  const button = useRef<HTMLButtonElement>(null);
  const more = useRef(onMore);
  more.current = onMore;
  // Observed afresh after each load, so a sentinel still in view asks for the next page too.
  useEffect(() => {
    const el = button.current;
    if (!auto || loading || !el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) more.current();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [auto, loading]);
  return (
    <button
      ref={button}
      type="button"
      className="secondary load-more"
      disabled={loading}
      onClick={() => more.current()}
    >
      {loading ? loadingLabel : label}
    </button>
  );
}
