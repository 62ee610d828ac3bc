import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { emit, on } from '../lib/events';
import { FlagRaisedSubscription, OpenFlagCountQuery } from '../screens/supervisor/documents';

/**
 * The open-flag count of the signed-in supervisor's (or admin's) inbox, beside "Flags" on every
 * page. A raised flag (the live `flagRaised` subscription) or one resolved anywhere in the app
 * (`flags-changed`) recounts it; the subscription also tells open screens to refresh.
 */
export function OpenFlagBadge() {
  const { t } = useTranslation();
  const client = useClient();
  const [{ data }, recount] = useQuery({
    query: OpenFlagCountQuery,
    requestPolicy: 'network-only',
  });
  useEffect(() => {
    const { unsubscribe } = client.subscription(FlagRaisedSubscription, {}).subscribe((result) => {
      if (result.data?.flagRaised) emit('flags-changed');
    });
    const stop = on('flags-changed', () => recount({ requestPolicy: 'network-only' }));
    return () => {
      unsubscribe();
      stop();
    };
  }, [client, recount]);
  const count = data?.myOpenFlagCount ?? 0;
  if (count === 0) return null;
  return (
    <span className="badge danger nav-badge" data-testid="open-flag-badge">
      {t('common:nav.openFlags', { count })}
    </span>
  );
}
