import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { LoadMore } from '../../components/LoadMore';
import { ProblemBanner } from '../../components/Feedback';
import { on } from '../../lib/events';
import { formatWhen } from '../../lib/format';
import { useInfiniteList } from '../../lib/useInfiniteList';
import { MySessionsQuery } from './documents';
import { useLiveAnswering } from './liveAnswering';
import { SearchResults } from './SearchResults';

const PAGE = 30;

/**
 * The student's conversations, most recent first and growing as they scroll, with a search
 * over everything they wrote and read. On phones it is a drawer over the conversation.
 */
export function SessionList({
  activeId,
  open,
  onClose,
}: {
  activeId?: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  const sessions = useInfiniteList(MySessionsQuery, {}, (data) => data.myChatSessions, {
    pageSize: PAGE,
    maxFirst: 100,
  });
  const { reload } = sessions;
  // The open conversation's stream knows first when its answer ends (see liveAnswering).
  const live = useLiveAnswering();
  useEffect(() => on('sessions-changed', reload), [reload]);

  // Searching waits for a pause in typing.
  useEffect(() => {
    const words = query.trim();
    const timer = setTimeout(() => setSearched(words), words ? 300 : 0);
    return () => clearTimeout(timer);
  }, [query]);

  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (open) search.current?.focus();
  }, [open]);
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <>
      {open && <div className="drawer-backdrop" aria-hidden="true" onClick={onClose} />}
      <nav
        id="chat-drawer"
        className={`session-list${open ? ' open' : ''}`}
        aria-label={t('chat:sessions.label')}
        onKeyDown={onKey}
      >
        <div className="session-list-head">
          <Link className="button new-chat" to="/chat">
            {t('chat:sessions.new')}
          </Link>
          <button type="button" className="secondary drawer-close" onClick={onClose}>
            <span aria-hidden="true">✕</span>
            <span className="visually-hidden">{t('chat:sessions.close')}</span>
          </button>
        </div>
        <form role="search" className="session-search" onSubmit={(e) => e.preventDefault()}>
          <label htmlFor="chat-search" className="visually-hidden">
            {t('chat:search.label')}
          </label>
          <input
            id="chat-search"
            ref={search}
            type="search"
            placeholder={t('chat:search.placeholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            maxLength={200}
          />
        </form>
        <div className="session-scroll">
          {searched ? (
            <SearchResults query={searched} />
          ) : (
            <>
              {sessions.problem && (
                <ProblemBanner problem={sessions.problem} onRetry={sessions.reload} />
              )}
              {!sessions.loading && !sessions.problem && sessions.items.length === 0 && (
                <p className="small muted">{t('chat:sessions.none')}</p>
              )}
              <ul>
                {sessions.items.map((session) => (
                  <li key={session.id}>
                    <Link
                      to={`/chat/${session.id}`}
                      aria-current={session.id === activeId ? 'page' : undefined}
                    >
                      <span className="session-title">{session.title}</span>
                      <span className="small muted">
                        {(live.get(session.id) ?? session.isStreaming)
                          ? t('chat:sessions.answering')
                          : formatWhen(session.updatedAt)}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
              {sessions.hasMore && (
                <LoadMore
                  onMore={sessions.loadMore}
                  loading={sessions.loading}
                  label={t('chat:sessions.more')}
                  loadingLabel={t('common:loading')}
                />
              )}
              {sessions.loading && sessions.items.length === 0 && (
                <p className="small muted">{t('common:loading')}</p>
              )}
            </>
          )}
        </div>
      </nav>
    </>
  );
}
