import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Field } from '../../../components/Field';
import { ProblemBanner } from '../../../components/Feedback';
import { problemFromCombined } from '../../../lib/errors';
import { formatCredits } from '../../../lib/format';
import { RefundMutation } from './documents';

/** Refunds one charged stream after a confirmation that says how much goes back, and why. */
export function RefundButton({
  reservationId,
  charged,
  onDone,
}: {
  reservationId: string;
  charged: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [result, refund] = useMutation(RefundMutation);
  return (
    <>
      <ConfirmDialog
        trigger={
          <button type="button" className="secondary">
            {t('admin:ledger.refund')}
          </button>
        }
        title={t('admin:ledger.refundTitle', { amount: formatCredits(charged) })}
        description={t('admin:ledger.refundBody')}
        confirmLabel={t('admin:ledger.refund')}
        onConfirm={async () => {
          const outcome = await refund({ id: reservationId, note: note.trim() || null });
          if (outcome.data) onDone();
        }}
      >
        <Field label={t('admin:ledger.refundNote')} optional={t('common:optional')}>
          {(control) => (
            <input
              {...control}
              value={note}
              maxLength={500}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </Field>
      </ConfirmDialog>
      {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
    </>
  );
}
