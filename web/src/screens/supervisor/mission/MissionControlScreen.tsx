import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient, useQuery } from 'urql';
import { Loading, ProblemBanner } from '../../../components/Feedback';
import { problemFromCombined } from '../../../lib/errors';
import { useSocketStatus } from '../../../lib/socketStatus';
import { usePageTitle } from '../../../lib/title';
import { ChatStreamSubscription } from '../../chat/documents';
import { FlagAlerts, type AlertFlag } from './FlagAlerts';
import {
  ClassFlagRaisedSubscription,
  MissionActivitySubscription,
  MissionControlQuery,
} from './documents';
import { MissionStore } from './missionStore';
import { MissionTile } from './MissionTile';

/** Students active within this window when the page opens get a tile at once. */
const RECENT_MS = 30 * 60_000;

/**
 * Mission control: every student of the class who is chatting now as a live tile, each
 * answer streaming token by token through the same `chatStream` their own screen reads, with
 * the class's open flags above. Tiles come from the class's recent history and then its live
 * activity; the streams are folded outside React and drawn once per frame (see MissionStore).
 */
export function MissionControlScreen({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MissionControlQuery,
    variables: { classId },
    requestPolicy: 'network-only',
  });
  const [alerts, setAlerts] = useState<AlertFlag[]>([]);
  const store = useMemo(
    () =>
      new MissionStore((sessionId, onEvent, onLost) => {
        const { unsubscribe } = client
          .subscription(ChatStreamSubscription, { sessionId })
          .subscribe((result) => {
            if (result.error) return onLost();
            const event = result.data?.chatStream;
            if (event) onEvent(event);
          });
        return unsubscribe;
      }),
    [client],
  );
  useEffect(() => () => store.close(), [store]);
  // Events sent while the socket was reopening are not replayed: the class's history, read
  // again once it is back, ends the answers that finished meanwhile.
  const socket = useSocketStatus();
  const wasConnected = useRef(false);
  useEffect(() => {
    if (socket !== 'connected') return;
    if (wasConnected.current) refetch({ requestPolicy: 'network-only' });
    wasConnected.current = true;
  }, [socket, refetch]);
  usePageTitle(data?.class ? t('supervisor:mission.pageTitle', { name: data.class.name }) : null);

  // Names from the roster; a student who joined after the page loaded shows as "…" until then.
  const names = useRef(new Map<string, string>());
  for (const { node } of data?.classRoster.edges ?? [])
    names.current.set(node.student.id, node.student.displayName);
  const nameOf = (id: string) => names.current.get(id) ?? '…';

  useEffect(() => {
    if (!data) return;
    const since = Date.now() - RECENT_MS;
    const recent = data.classActivityHistory.edges
      .map((edge) => edge.node)
      .filter((event) => Date.parse(event.at) >= since)
      .reverse();
    for (const event of recent) {
      store.activity({
        kind: event.kind,
        studentId: event.student.id,
        name: nameOf(event.student.id),
        sessionId: event.sessionId,
        messageId: event.messageId,
        at: event.at,
      });
    }
    const open = data.flags.edges.map((edge) => edge.node);
    setAlerts(open);
    for (const flag of open) store.flag(flag.student.id);
  }, [data, store]);

  useEffect(() => {
    const activity = client
      .subscription(MissionActivitySubscription, { classId })
      .subscribe((result) => {
        const event = result.data?.classActivity;
        if (!event) return;
        store.activity({
          kind: event.kind,
          studentId: event.student.id,
          name: nameOf(event.student.id),
          sessionId: event.sessionId,
          messageId: event.messageId,
          at: event.at,
        });
      });
    const flags = client
      .subscription(ClassFlagRaisedSubscription, { classId })
      .subscribe((result) => {
        const flag = result.data?.flagRaised;
        if (!flag) return;
        store.flag(flag.student.id);
        setAlerts((previous) =>
          previous.some((known) => known.id === flag.id) ? previous : [flag, ...previous],
        );
      });
    return () => {
      activity.unsubscribe();
      flags.unsubscribe();
    };
  }, [client, classId, store]);

  const ids = useSyncExternalStore(
    (listener) => store.subscribe('*', listener),
    () => store.ids(),
  );

  return (
    <div className="stack mission">
      <p className="small">
        <Link to={`/classes/${classId}`}>{t('supervisor:mission.back')}</Link>
      </p>
      <div className="page-head">
        <h1>{t('supervisor:mission.title', { name: data?.class?.name ?? '' })}</h1>
        <span className="muted small" aria-live="polite">
          {t('supervisor:mission.chatting', { count: ids.length })}
        </span>
      </div>
      {error && (
        <ProblemBanner
          problem={problemFromCombined(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {fetching && !data && <Loading what={t('supervisor:mission.loading')} />}
      <FlagAlerts flags={alerts} more={data?.flags.pageInfo.hasNextPage ?? false} />
      {data && ids.length === 0 && <p className="muted">{t('supervisor:mission.nobody')}</p>}
      <ul className="tiles" aria-label={t('supervisor:mission.tilesLabel')}>
        {ids.map((id) => (
          <MissionTile key={id} store={store} studentId={id} />
        ))}
      </ul>
    </div>
  );
}
