import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useCursorPages } from '../../../components/CursorPager';
import { ListCard } from '../../../components/ListCard';
import { Field } from '../../../components/Field';
import { Notice, ProblemBanner } from '../../../components/Feedback';
import { problemFromCombined } from '../../../lib/errors';
import { formatCredits, formatDateTime } from '../../../lib/format';
import { AdjustBudgetMutation, BudgetsQuery } from './documents';

/**
 * Admins: the credits each teacher may hand out to their own students. Adding is one click;
 * taking credits back asks first.
 */
export function BudgetsScreen() {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: BudgetsQuery,
    variables: { after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const [adjusted, adjust] = useMutation(AdjustBudgetMutation);
  const [supervisorId, setSupervisorId] = useState('');
  const [amount, setAmount] = useState('');
  const [direction, setDirection] = useState<'add' | 'take'>('add');
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const teachers = data?.users.edges.map((e) => e.node) ?? [];
  const budgets = data?.supervisorBudgets.edges.map((e) => e.node) ?? [];
  const teacherName = teachers.find((s) => s.id === supervisorId)?.displayName ?? '';
  const value = Number(amount);

  const apply = async () => {
    setDone(null);
    const outcome = await adjust({ supervisorId, amount: direction === 'add' ? value : -value });
    if (!outcome.data) return;
    setDone(
      t(direction === 'add' ? 'admin:budgets.added' : 'admin:budgets.taken', {
        amount: formatCredits(value),
        name: teacherName,
        remaining: formatCredits(outcome.data.adjustSupervisorBudget.remaining.credits),
      }),
    );
    setAmount('');
    reload();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (direction === 'take') setConfirming(true);
    else void apply();
  };

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('admin:budgets.title')}</h1>
        <span className="muted small">{t('admin:budgets.intro')}</span>
      </div>
      <form className="card stack" aria-labelledby="budget-form-title" onSubmit={submit}>
        <h2 id="budget-form-title">{t('admin:budgets.adjust')}</h2>
        <div className="form-grid">
          <Field label={t('admin:budgets.teacher')} required>
            {(control) => (
              <select
                {...control}
                value={supervisorId}
                onChange={(e) => setSupervisorId(e.target.value)}
              >
                <option value="">{t('admin:allowances.choose')}</option>
                {teachers.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.displayName} ({s.email ?? ''})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('admin:budgets.change')}>
            {(control) => (
              <select
                {...control}
                value={direction}
                onChange={(e) => setDirection(e.target.value as 'add' | 'take')}
              >
                <option value="add">{t('admin:budgets.add')}</option>
                <option value="take">{t('admin:budgets.take')}</option>
              </select>
            )}
          </Field>
          <Field label={t('admin:budgets.amount')} required>
            {(control) => (
              <input
                {...control}
                type="number"
                min="0.000001"
                step="any"
                value={amount}
                onChange={(e) => setAmount(e.target.value)}
              />
            )}
          </Field>
        </div>
        {adjusted.error && <ProblemBanner problem={problemFromCombined(adjusted.error)} />}
        {done && <Notice>{done}</Notice>}
        <div className="row">
          <button type="submit" disabled={adjusted.fetching || !supervisorId || !(value > 0)}>
            {t(direction === 'add' ? 'admin:budgets.addSubmit' : 'admin:budgets.takeSubmit')}
          </button>
        </div>
        <ConfirmDialog
          open={confirming}
          onOpenChange={setConfirming}
          title={t('admin:budgets.takeTitle', { amount: formatCredits(value), name: teacherName })}
          description={t('admin:budgets.takeBody')}
          confirmLabel={t('admin:budgets.takeSubmit')}
          destructive
          onConfirm={apply}
        />
      </form>
      <ListCard
        title={t('admin:budgets.list')}
        fetching={fetching}
        error={error}
        loaded={!!data}
        onRetry={reload}
        emptyText={t('admin:budgets.none')}
        headers={[
          t('admin:budgets.teacher'),
          t('admin:budgets.granted'),
          t('admin:budgets.remaining'),
          t('admin:budgets.updated'),
        ]}
        items={budgets}
        itemKey={(b) => b.supervisor.id}
        cells={(b) => (
          <>
            <td>
              {b.supervisor.displayName}
              <div className="small muted">{b.supervisor.email}</div>
            </td>
            <td>{formatCredits(b.granted.credits)}</td>
            <td>{formatCredits(b.remaining.credits)}</td>
            <td>{formatDateTime(b.updatedAt)}</td>
          </>
        )}
        pages={pages}
        pageInfo={data?.supervisorBudgets.pageInfo}
      />
    </div>
  );
}
