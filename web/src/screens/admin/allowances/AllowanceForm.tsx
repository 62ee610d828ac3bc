import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Field } from '../../../components/Field';
import { Notice, ProblemBanner } from '../../../components/Feedback';
import type { AllowancePeriod } from '../../../generated/graphql';
import { problemFromCombined } from '../../../lib/errors';
import { AllowanceTargetsQuery, CreateAllowanceMutation } from './documents';

const PERIODS: readonly AllowancePeriod[] = ['DAILY', 'WEEKLY', 'MONTHLY'];
const TARGETS = ['class', 'person'] as const;

/** Starts a recurring allowance for one student or for every student of a class. */
export function AllowanceForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: AllowanceTargetsQuery });
  const [target, setTarget] = useState<'class' | 'person'>('class');
  const [who, setWho] = useState('');
  const [amount, setAmount] = useState('');
  const [period, setPeriod] = useState<AllowancePeriod>('WEEKLY');
  const [rollover, setRollover] = useState(false);
  const [starts, setStarts] = useState('');
  const [done, setDone] = useState(false);
  const [result, create] = useMutation(CreateAllowanceMutation);
  const options =
    target === 'class'
      ? (data?.classes.edges ?? []).map(({ node }) => ({ id: node.id, label: node.name }))
      : (data?.users.edges ?? []).map(({ node }) => ({
          id: node.id,
          label: `${node.displayName} (${node.email ?? ''})`,
        }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const outcome = await create({
      input: {
        ...(target === 'class' ? { classId: who } : { userId: who }),
        amount: Number(amount),
        period,
        rollover,
        startsAt: starts ? new Date(starts).toISOString() : null,
      },
    });
    if (!outcome.data) return;
    setDone(true);
    setAmount('');
    onCreated();
  };

  return (
    <form
      className="card stack"
      aria-labelledby="allowance-form-title"
      onSubmit={(e) => void submit(e)}
    >
      <h2 id="allowance-form-title">{t('admin:allowances.create')}</h2>
      <fieldset className="row">
        <legend>{t('admin:allowances.for')}</legend>
        {TARGETS.map((kind) => (
          <label key={kind} className="check">
            <input
              type="radio"
              name="allowance-target"
              checked={target === kind}
              onChange={() => {
                setTarget(kind);
                setWho('');
              }}
            />{' '}
            {t(`admin:allowances.target.${kind}`)}
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        <Field
          label={target === 'class' ? t('admin:allowances.class') : t('admin:allowances.student')}
          required
        >
          {(control) => (
            <select {...control} value={who} onChange={(e) => setWho(e.target.value)}>
              <option value="">{t('admin:allowances.choose')}</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('admin:allowances.amount')} required>
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
        <Field label={t('admin:allowances.period')}>
          {(control) => (
            <select
              {...control}
              value={period}
              onChange={(e) => setPeriod(e.target.value as AllowancePeriod)}
            >
              {PERIODS.map((p) => (
                <option key={p} value={p}>
                  {t(`admin:allowances.periods.${p}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('admin:allowances.startsAt')} optional={t('common:optional')}>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={starts}
              onChange={(e) => setStarts(e.target.value)}
            />
          )}
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={rollover} onChange={(e) => setRollover(e.target.checked)} />{' '}
        {t('admin:allowances.rollover')}
      </label>
      {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
      {done && <Notice>{t('admin:allowances.created')}</Notice>}
      <div className="row">
        <button type="submit" disabled={result.fetching || !who || !(Number(amount) > 0)}>
          {t('admin:allowances.createSubmit')}
        </button>
      </div>
    </form>
  );
}
