import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ProblemBanner } from '../../components/Feedback';
import { problemFromCombined } from '../../lib/errors';
import type { Message } from './conversationState';
import { StopGenerationMutation } from './documents';

/** Stops the answer being written; the server keeps what was written and charges only that. */
export function StopButton({
  messageId,
  onStopped,
}: {
  messageId: string;
  onStopped: (message: Message) => void;
}) {
  const { t } = useTranslation();
  const [result, stop] = useMutation(StopGenerationMutation);
  const click = async () => {
    const outcome = await stop({ messageId });
    if (outcome.data) onStopped(outcome.data.stopGeneration);
  };
  return (
    <div className="stop">
      <button
        type="button"
        className="danger"
        onClick={() => void click()}
        disabled={result.fetching}
      >
        <span aria-hidden="true">■</span>{' '}
        {result.fetching ? t('chat:stop.stopping') : t('chat:stop.stop')}
      </button>
      {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
    </div>
  );
}
