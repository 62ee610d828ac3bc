import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import type { CareOfferFieldsFragment } from '../../generated/graphql';
import { currentLocale } from '../../i18n';
import { CareOfferedSubscription, CareOffersQuery } from './documents';

/**
 * Shown to a student in their conversation once one of their messages raised a SELF_HARM flag:
 * the school's help resources and that a trusted adult will follow up. It arrives live (the
 * `careOffered` subscription) and is still there after a reload (`careOffers`).
 */
export function CareNotice({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const locale = currentLocale();
  const [{ data }] = useQuery({
    query: CareOffersQuery,
    variables: { sessionId, locale },
    requestPolicy: 'network-only',
  });
  const [live, setLive] = useState<CareOfferFieldsFragment | null>(null);
  useEffect(() => {
    const { unsubscribe } = client
      .subscription(CareOfferedSubscription, { sessionId, locale })
      .subscribe((result) => {
        if (result.data?.careOffered) setLive(result.data.careOffered);
      });
    return unsubscribe;
  }, [client, sessionId, locale]);

  const offer = live ?? data?.careOffers.edges[0]?.node ?? null;
  if (!offer) return null;
  const { resources } = offer;
  return (
    <section className="care-notice" role="status" aria-labelledby="care-title">
      <h2 id="care-title">{t('chat:care.title')}</h2>
      <p>{resources.message}</p>
      <p>
        <strong>{t('chat:care.followUp')}</strong>
      </p>
      <ul>
        {resources.resources.map((resource) => (
          <li key={`${resource.name}|${resource.contact}`}>
            <span className="care-name">{resource.name}</span>: {resource.contact}
            {resource.description && <span className="muted"> — {resource.description}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
