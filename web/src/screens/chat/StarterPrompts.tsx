import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemBanner } from '../../components/Feedback';
import type { Problem } from '../../lib/errors';

/** A chatbot's starter prompts as buttons that send the prompt at once. */
export function StarterPrompts({
  prompts,
  send,
  disabled,
}: {
  prompts: readonly string[];
  send: (content: string) => Promise<Problem | null>;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  if (prompts.length === 0) return null;
  const pick = async (prompt: string) => {
    setBusy(true);
    setProblem(await send(prompt));
    setBusy(false);
  };
  return (
    <div className="stack starters-block">
      {problem && <ProblemBanner problem={problem} />}
      <ul className="starters-inline" aria-label={t('chat:suggestions')}>
        {prompts.map((prompt) => (
          <li key={prompt}>
            <button
              type="button"
              className="secondary starter"
              disabled={disabled || busy}
              onClick={() => void pick(prompt)}
            >
              {prompt}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
