import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Notice, ProblemBanner } from '../../../components/Feedback';
import { problemFromCombined } from '../../../lib/errors';
import { formatCredits } from '../../../lib/format';
import { AllocateCreditsBulkMutation, AllocateCreditsMutation } from './documents';

/** Grants credits to the selected people: one grant each, all or none for a group. */
export function AllocateForm({
  selected,
  onDone,
}: {
  selected: ReadonlyMap<string, string>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState('');
  const [expires, setExpires] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [single, allocate] = useMutation(AllocateCreditsMutation);
  const [bulk, allocateBulk] = useMutation(AllocateCreditsBulkMutation);
  const error = single.error ?? bulk.error;
  const busy = single.fetching || bulk.fetching;
  const ids = [...selected.keys()];
  const value = Number(amount);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    // A date picked in the form means "until the end of that day" in the reader's time zone.
    const expiresAt = expires ? new Date(`${expires}T23:59:59`).toISOString() : null;
    const variables = { amount: value, expiresAt, note: note.trim() || null };
    const ok =
      ids.length === 1
        ? (await allocate({ userId: ids[0] as string, ...variables })).data
        : (await allocateBulk({ userIds: ids, ...variables })).data;
    if (!ok) return;
    const who =
      ids.length === 1
        ? (selected.get(ids[0] as string) ?? '')
        : t('admin:grant.people', { count: ids.length });
    setDone(t('admin:grant.done', { amount: formatCredits(value), who }));
    setAmount('');
    setNote('');
    onDone();
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="allocate-title">
      <h2 id="allocate-title">{t('admin:grant.title')}</h2>
      <p className="small muted">
        {ids.length === 0
          ? t('admin:grant.selectFirst')
          : ids.length === 1
            ? t('admin:grant.toOne', { name: selected.get(ids[0] as string) ?? '' })
            : t('admin:grant.toMany', { count: ids.length })}
      </p>
      {error && <ProblemBanner problem={problemFromCombined(error)} />}
      {done && <Notice>{done}</Notice>}
      <div className="form-grid">
        <div className="field">
          <label htmlFor="grant-amount">{t('admin:grant.amount')}</label>
          <input
            id="grant-amount"
            type="number"
            min="0"
            step="any"
            inputMode="decimal"
            required
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="grant-expires">
            {t('admin:grant.expires')} <span className="hint">{t('common:optional')}</span>
          </label>
          <input
            id="grant-expires"
            type="date"
            value={expires}
            onChange={(e) => setExpires(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="grant-note">
            {t('admin:grant.note')} <span className="hint">{t('admin:grant.noteHint')}</span>
          </label>
          <input id="grant-note" value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
      </div>
      <button type="submit" disabled={busy || ids.length === 0 || !(value > 0)}>
        {busy ? t('admin:grant.granting') : t('admin:grant.submit')}
      </button>
    </form>
  );
}
