import { useTranslation } from 'react-i18next';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useMutation } from 'urql';
import { ProblemBanner } from '../../components/Feedback';
import { emit } from '../../lib/events';
import { problemFromCombined } from '../../lib/errors';
import type { Message } from './conversationState';
import { SendMessageMutation } from './documents';

/** Where a student writes; Enter sends, Shift+Enter starts a new line. */
export function Composer({
  sessionId,
  disabled,
  draft,
  onDraft,
  onSent,
}: {
  sessionId: string;
  disabled: boolean;
  draft: string;
  onDraft: (text: string) => void;
  onSent: (pending: Message) => void;
}) {
  const { t } = useTranslation();
  const [result, send] = useMutation(SendMessageMutation);
  const [sentOnce, setSentOnce] = useState(false);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const content = draft.trim();
    if (!content || disabled || result.fetching) return;
    const outcome = await send({ sessionId, content });
    setSentOnce(true);
    if (outcome.data) {
      onDraft('');
      onSent(outcome.data.sendMessage);
      emit('credits-changed'); // the reservation lowers what is available at once
      emit('sessions-changed');
    }
  };
  const onKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <form className="composer" onSubmit={submit}>
      {sentOnce && result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
      <label htmlFor="composer-text" className="visually-hidden">
        {t('chat:composer.label')}
      </label>
      <div className="composer-row">
        <textarea
          id="composer-text"
          rows={2}
          placeholder={disabled ? t('chat:composer.waiting') : t('chat:composer.placeholder')}
          value={draft}
          onChange={(e) => onDraft(e.target.value)}
          onKeyDown={onKey}
          maxLength={8000}
        />
        <button type="submit" disabled={disabled || result.fetching || !draft.trim()}>
          {result.fetching ? t('chat:composer.sending') : t('chat:composer.send')}
        </button>
      </div>
    </form>
  );
}
