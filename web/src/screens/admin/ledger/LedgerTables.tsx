import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useCursorPages } from '../../../components/CursorPager';
import { ListCard } from '../../../components/ListCard';
import { formatCredits, formatDateTime, formatNumber } from '../../../lib/format';
import { PersonGrantsQuery, PersonLedgerQuery, PersonReservationsQuery } from './documents';
import { RefundButton } from './RefundButton';

/** A person's grants, newest first, one page at a time. */
export function GrantsTable({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const [{ data, fetching, error }] = useQuery({
    query: PersonGrantsQuery,
    variables: { userId, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  return (
    <ListCard
      title={t('admin:ledger.grants')}
      fetching={fetching}
      error={error}
      loaded={!!data}
      emptyText={t('admin:ledger.noGrants')}
      headers={[
        t('admin:ledger.when'),
        t('admin:ledger.source'),
        t('admin:ledger.amount'),
        t('admin:ledger.remaining'),
        t('admin:ledger.expires'),
        t('admin:ledger.note'),
      ]}
      items={data?.creditGrants.edges.map((e) => e.node) ?? []}
      itemKey={(g) => g.id}
      cells={(g) => (
        <>
          <td>{formatDateTime(g.createdAt)}</td>
          <td>
            {t(`admin:ledger.sources.${g.source}`)}
            {g.grantedBy && <div className="small muted">{g.grantedBy.displayName}</div>}
          </td>
          <td>{formatCredits(g.amount.credits)}</td>
          <td>{formatCredits(g.remaining.credits)}</td>
          <td>{g.expiresAt ? formatDateTime(g.expiresAt) : t('common:never')}</td>
          <td>{g.note ?? ''}</td>
        </>
      )}
      pages={pages}
      pageInfo={data?.creditGrants.pageInfo}
    />
  );
}

/** Every movement of a person's credits, newest first. */
export function LedgerTable({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const [{ data, fetching, error }] = useQuery({
    query: PersonLedgerQuery,
    variables: { userId, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  return (
    <ListCard
      title={t('admin:ledger.ledger')}
      fetching={fetching}
      error={error}
      loaded={!!data}
      emptyText={t('admin:ledger.noEntries')}
      headers={[
        t('admin:ledger.when'),
        t('admin:ledger.kind'),
        t('admin:ledger.amount'),
        t('admin:ledger.by'),
        t('admin:ledger.note'),
      ]}
      items={data?.creditLedger.edges.map((e) => e.node) ?? []}
      itemKey={(e) => e.id}
      cells={(e) => (
        <>
          <td>{formatDateTime(e.at)}</td>
          <td>{t(`admin:ledger.kinds.${e.kind}`)}</td>
          <td>{formatCredits(e.amount.credits)}</td>
          <td>{e.actor?.displayName ?? ''}</td>
          <td>{e.note ?? ''}</td>
        </>
      )}
      pages={pages}
      pageInfo={data?.creditLedger.pageInfo}
    />
  );
}

/** A person's streams with what each cost, and a refund for a charged one. */
export function ReservationsTable({
  userId,
  onRefunded,
}: {
  userId: string;
  onRefunded: () => void;
}) {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PersonReservationsQuery,
    variables: { userId, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  return (
    <ListCard
      title={t('admin:ledger.streams')}
      fetching={fetching}
      error={error}
      loaded={!!data}
      emptyText={t('admin:ledger.noStreams')}
      headers={[
        t('admin:ledger.when'),
        t('admin:analytics.model'),
        t('admin:ledger.state'),
        t('admin:ledger.tokens'),
        t('admin:ledger.charged'),
        t('admin:ledger.refund'),
      ]}
      items={data?.creditReservations.edges.map((e) => e.node) ?? []}
      itemKey={(r) => r.id}
      cells={(r) => (
        <>
          <td>{formatDateTime(r.createdAt)}</td>
          <td>
            <code>{r.modelId}</code>
          </td>
          <td>{t(`admin:ledger.states.${r.status}`)}</td>
          <td>
            {r.inputTokens == null
              ? '—'
              : `${formatNumber(r.inputTokens)} / ${formatNumber(r.outputTokens ?? 0)}`}
          </td>
          <td>{formatCredits(r.charged.credits)}</td>
          <td>
            {r.refund ? (
              <span className="small">
                {t('admin:ledger.refunded', { when: formatDateTime(r.refund.createdAt) })}
              </span>
            ) : r.settledAt && r.charged.credits > 0 ? (
              <RefundButton
                reservationId={r.id}
                charged={r.charged.credits}
                onDone={() => {
                  refetch({ requestPolicy: 'network-only' });
                  onRefunded();
                }}
              />
            ) : (
              '—'
            )}
          </td>
        </>
      )}
      pages={pages}
      pageInfo={data?.creditReservations.pageInfo}
    />
  );
}
