import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Loading, ProblemBanner } from '../../../components/Feedback';
import { problemFromCombined } from '../../../lib/errors';
import { formatCredits } from '../../../lib/format';
import { usePageTitle } from '../../../lib/title';
import { AllocateForm } from '../credits/AllocateForm';
import { PersonCreditsQuery } from './documents';
import { GrantsTable, LedgerTable, ReservationsTable } from './LedgerTables';

/** The parts of a balance shown as tiles, in order. */
const BALANCE_PARTS = ['available', 'reserved', 'spent', 'expired', 'granted'] as const;

/** Admins: one person's balance, grants, ledger and streams, with grants and refunds. */
export function PersonCreditsScreen() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PersonCreditsQuery,
    variables: { userId },
  });
  const person = data?.user;
  usePageTitle(person ? t('admin:ledger.pageTitle', { name: person.displayName }) : null);
  const selected = useMemo(
    () => new Map(person ? [[person.id, person.displayName]] : []),
    [person],
  );
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <div className="stack">
      <p className="small">
        <Link to="/admin/credits">{t('admin:ledger.back')}</Link>
      </p>
      {error && <ProblemBanner problem={problemFromCombined(error)} onRetry={reload} />}
      {fetching && !data && <Loading />}
      {data && !person && (
        <div className="banner error" role="alert">
          {t('admin:ledger.notFound')}
        </div>
      )}
      {person && (
        <>
          <div className="page-head">
            <h1>{t('admin:ledger.pageTitle', { name: person.displayName })}</h1>
            <span className="muted small">{person.email}</span>
          </div>
          <h2 className="visually-hidden">{t('admin:ledger.balance')}</h2>
          <dl className="stat-tiles">
            {BALANCE_PARTS.map((part) => (
              <div className="card" key={part}>
                <dt>{t(`admin:ledger.parts.${part}`)}</dt>
                <dd data-testid={`balance-${part}`}>
                  {formatCredits(person.credits[part].credits)}
                </dd>
              </div>
            ))}
          </dl>
          <AllocateForm selected={selected} onDone={reload} />
          <ReservationsTable userId={person.id} onRefunded={reload} />
          <GrantsTable key={`grants-${data.user?.credits.granted.credits}`} userId={person.id} />
          <LedgerTable key={`ledger-${data.user?.credits.available.credits}`} userId={person.id} />
        </>
      )}
    </div>
  );
}
