import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { refreshSession } from '../../lib/auth';
import { emit } from '../../lib/events';
import { problemFromCombined, type Problem } from '../../lib/errors';
import { useSocketStatus } from '../../lib/socketStatus';
import { conversationReducer, emptyConversation, type Message } from './conversationState';
import { reportAnswering } from './liveAnswering';
import { ChatSessionQuery, ChatStreamSubscription, EarlierMessagesQuery } from './documents';

/** Whether the live stream failed, and why. */
export type LiveState =
  { readonly status: 'ok' } | { readonly status: 'lost'; readonly problem: Problem };

/**
 * One conversation, loaded and kept live: the stored messages, then the session's
 * `chatStream` (the very stream students and their supervisors share) folded in.
 */
export function useConversation(sessionId: string) {
  const client = useClient();
  const [state, dispatch] = useReducer(conversationReducer, emptyConversation);
  const [live, setLive] = useState<LiveState>({ status: 'ok' });
  const [attempt, setAttempt] = useState(0);
  const autoRetries = useRef(0);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ChatSessionQuery,
    variables: { id: sessionId },
    requestPolicy: 'network-only',
  });

  // Events published while the socket was reopening are not replayed (a reconnect brings a
  // snapshot only of an answer still being written), so after every reconnect the stored
  // messages are reloaded once the stream is flowing again (its first event), or after a
  // short wait when the session is quiet and no event comes.
  const socket = useSocketStatus();
  const refetchRef = useRef(refetch);
  refetchRef.current = refetch;
  const wasConnected = useRef(false);
  const reloadPending = useRef(false);
  useEffect(() => {
    if (socket !== 'connected') return;
    if (!wasConnected.current) {
      wasConnected.current = true;
      return;
    }
    reloadPending.current = true;
    const timer = setTimeout(() => {
      if (!reloadPending.current) return;
      reloadPending.current = false;
      refetch({ requestPolicy: 'network-only' });
    }, 2000);
    return () => clearTimeout(timer);
  }, [socket, refetch]);

  // The conversation opens at its newest messages; older ones come a page at a time.
  const [earlier, setEarlier] = useState<{ cursor: string | null; more: boolean } | null>(null);
  const [loadingEarlier, setLoadingEarlier] = useState(false);
  useEffect(() => {
    const page = data?.chatSession?.messages;
    if (!page) return;
    dispatch({ type: 'loaded', messages: page.edges.map((edge) => edge.node) });
    // A reload brings the newest page again; how far back the reader went stays.
    setEarlier(
      (known) =>
        known ?? { cursor: page.pageInfo.startCursor ?? null, more: page.pageInfo.hasPreviousPage },
    );
  }, [data]);
  const loadEarlier = useCallback(async () => {
    if (!earlier?.more || !earlier.cursor || loadingEarlier) return;
    setLoadingEarlier(true);
    const result = await client
      .query(EarlierMessagesQuery, { id: sessionId, before: earlier.cursor })
      .toPromise();
    setLoadingEarlier(false);
    const page = result.data?.chatSession?.messages;
    if (!page) return;
    dispatch({ type: 'loaded', messages: page.edges.map((edge) => edge.node) });
    setEarlier({ cursor: page.pageInfo.startCursor ?? null, more: page.pageInfo.hasPreviousPage });
  }, [client, sessionId, earlier, loadingEarlier]);

  useEffect(() => {
    setLive({ status: 'ok' });
    const { unsubscribe } = client
      .subscription(ChatStreamSubscription, { sessionId })
      .subscribe((result) => {
        if (result.error) {
          // A dropped socket (sleep, network change, an expired token) is retried a few
          // times with a fresh token; a refusal from the server is shown as it is.
          if (result.error.networkError && autoRetries.current < 3) {
            autoRetries.current += 1;
            void refreshSession().then(() => setAttempt((n) => n + 1));
            return;
          }
          setLive({ status: 'lost', problem: problemFromCombined(result.error) });
          return;
        }
        const event = result.data?.chatStream;
        if (!event) return;
        autoRetries.current = 0;
        dispatch({ type: 'event', event });
        if (reloadPending.current) {
          reloadPending.current = false;
          refetchRef.current({ requestPolicy: 'network-only' });
        }
        if (
          event.__typename === 'ChatStreamCompleted' ||
          event.__typename === 'ChatStreamStopped' ||
          event.__typename === 'ChatStreamFailed'
        ) {
          emit('credits-changed');
          emit('sessions-changed');
        }
      });
    return unsubscribe;
  }, [client, sessionId, attempt]);

  const upsert = useCallback((message: Message) => dispatch({ type: 'upsert', message }), []);
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const reconnect = useCallback(() => {
    autoRetries.current = 0;
    setAttempt((n) => n + 1);
    refetch({ requestPolicy: 'network-only' });
  }, [refetch]);

  const messages = state.order
    .map((id) => state.byId[id])
    .filter((m): m is Message => m !== undefined);
  const streaming =
    messages.find((m) => m.role === 'ASSISTANT' && m.status === 'STREAMING') ?? null;

  // The conversation list shows "answering…" from this, the stream's own word, once the stored
  // messages are loaded and while the stream is live (a lost stream knows nothing newer).
  const loaded = Boolean(data?.chatSession);
  const answering = streaming !== null;
  const trusted = loaded && live.status === 'ok';
  useEffect(() => {
    reportAnswering(sessionId, trusted ? answering : null);
  }, [sessionId, trusted, answering]);
  useEffect(() => () => reportAnswering(sessionId, null), [sessionId]);

  return {
    session: data?.chatSession ?? null,
    notFound: !fetching && !error && data !== undefined && data.chatSession === null,
    loading: fetching && !data,
    loadProblem: error ? problemFromCombined(error) : null,
    messages,
    gaps: state.gap,
    streaming,
    live,
    upsert,
    reload,
    reconnect,
    hasEarlier: earlier?.more ?? false,
    loadingEarlier,
    loadEarlier,
  };
}
