import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Forward-only Relay paging with a way back: the cursors of the pages seen so far. */
export function useCursorPages() {
  const [stack, setStack] = useState<ReadonlyArray<string | null>>([null]);
  const reset = useCallback(() => setStack([null]), []);
  return {
    /** The `after` argument of the page shown. */
    after: stack[stack.length - 1] ?? null,
    /** 1 for the first page. */
    page: stack.length,
    next: (endCursor: string) => setStack([...stack, endCursor]),
    previous: () => setStack(stack.slice(0, -1)),
    reset,
  };
}

/** Previous and Next buttons for a connection shown one page at a time. */
export function CursorPager({
  pages,
  pageInfo,
  label,
}: {
  pages: ReturnType<typeof useCursorPages>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined;
  /** Names the list, for the navigation landmark. */
  label: string;
}) {
  const { t } = useTranslation();
  if (pages.page === 1 && !pageInfo?.hasNextPage) return null;
  return (
    <nav className="row pager" aria-label={label}>
      <button
        type="button"
        className="secondary"
        disabled={pages.page === 1}
        onClick={pages.previous}
      >
        {t('common:pager.previous')}
      </button>
      <span className="small muted">{t('common:pager.page', { page: pages.page })}</span>
      <button
        type="button"
        className="secondary"
        disabled={!pageInfo?.hasNextPage || !pageInfo.endCursor}
        onClick={() => pageInfo?.endCursor && pages.next(pageInfo.endCursor)}
      >
        {t('common:pager.next')}
      </button>
    </nav>
  );
}
