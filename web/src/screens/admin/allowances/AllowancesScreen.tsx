import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useCursorPages } from '../../../components/CursorPager';
import { ProblemBanner } from '../../../components/Feedback';
import { ListCard } from '../../../components/ListCard';
import { problemFromCombined } from '../../../lib/errors';
import { formatCredits, formatDateTime } from '../../../lib/format';
import { AllowanceForm } from './AllowanceForm';
import { AllowancesQuery, CancelAllowanceMutation } from './documents';

/** Admins: recurring allowances for people and classes; new ones, and stopping one. */
export function AllowancesScreen() {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AllowancesQuery,
    variables: { after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const [cancelled, cancel] = useMutation(CancelAllowanceMutation);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const classNames = new Map(data?.classes.edges.map(({ node }) => [node.id, node.name]));
  const allowances = data?.creditAllowances.edges.map((e) => e.node) ?? [];
  const recipient = (a: (typeof allowances)[number]) =>
    a.user?.displayName ??
    t('admin:allowances.classNamed', { name: classNames.get(a.classId ?? '') ?? a.classId });

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('admin:allowances.title')}</h1>
      </div>
      <AllowanceForm onCreated={reload} />
      <ListCard
        title={t('admin:allowances.list')}
        fetching={fetching}
        error={error}
        loaded={!!data}
        onRetry={reload}
        emptyText={t('admin:allowances.none')}
        headers={[
          t('admin:allowances.recipient'),
          t('admin:allowances.amount'),
          t('admin:allowances.period'),
          t('admin:allowances.next'),
          t('admin:allowances.last'),
          t('admin:allowances.state'),
          t('admin:actions'),
        ]}
        items={allowances}
        itemKey={(a) => a.id}
        cells={(a) => (
          <>
            <td>{recipient(a)}</td>
            <td>{formatCredits(a.amount.credits)}</td>
            <td>
              {t(`admin:allowances.periods.${a.period}`)}
              <div className="small muted">
                {a.rollover ? t('admin:allowances.rolls') : t('admin:allowances.expires')}
              </div>
            </td>
            <td>{a.active ? formatDateTime(a.nextRunAt) : '—'}</td>
            <td>{a.lastRunAt ? formatDateTime(a.lastRunAt) : t('common:never')}</td>
            <td>{a.active ? t('admin:allowances.running') : t('admin:allowances.stopped')}</td>
            <td>
              {a.active && (
                <ConfirmDialog
                  trigger={
                    <button type="button" className="secondary">
                      {t('admin:allowances.cancel')}
                      <span className="visually-hidden"> {recipient(a)}</span>
                    </button>
                  }
                  title={t('admin:allowances.cancelTitle', { name: recipient(a) })}
                  description={t('admin:allowances.cancelBody')}
                  confirmLabel={t('admin:allowances.cancel')}
                  destructive
                  onConfirm={async () => {
                    await cancel({ id: a.id });
                    reload();
                  }}
                />
              )}
            </td>
          </>
        )}
        pages={pages}
        pageInfo={data?.creditAllowances.pageInfo}
      >
        {cancelled.error && <ProblemBanner problem={problemFromCombined(cancelled.error)} />}
      </ListCard>
    </div>
  );
}
