import { useTranslation } from 'react-i18next';
import { useState, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { useNavigate } from 'react-router';
import { Empty, Loading, ProblemBanner } from '../../components/Feedback';
import { problemFromCombined, type Problem } from '../../lib/errors';
import { AvailableChatbotsQuery, StartChatMutation } from './documents';
import { emit } from '../../lib/events';

/**
 * The chatbots a student may talk to. Picking one opens an empty conversation (created with
 * its first message); a starter prompt starts the conversation with that prompt at once.
 */
export function ChatbotPicker({ drawerButton }: { drawerButton: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AvailableChatbotsQuery });
  const [started, startChat] = useMutation(StartChatMutation);
  const [problem, setProblem] = useState<Problem | null>(null);

  const open = (chatbotId: string | null) =>
    navigate(chatbotId ? `/chat/new/${chatbotId}` : '/chat/new');
  const start = async (chatbotId: string, message: string) => {
    const outcome = await startChat({ chatbotId, message });
    setProblem(outcome.error ? problemFromCombined(outcome.error) : null);
    if (!outcome.data) return;
    emit('credits-changed');
    emit('sessions-changed');
    navigate(`/chat/${outcome.data.startChat.id}`);
  };

  return (
    <section className="stack picker" aria-labelledby="picker-title">
      <div className="picker-head">
        {drawerButton}
        <div>
          <h1 id="picker-title">{t('chat:picker.title')}</h1>
          <p className="muted">{t('chat:picker.intro')}</p>
        </div>
      </div>
      {error && (
        <ProblemBanner
          problem={problemFromCombined(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {problem && <ProblemBanner problem={problem} />}
      {fetching && !data && <Loading what={t('chat:picker.loading')} />}
      {data && data.availableChatbots.edges.length === 0 && <Empty>{t('chat:picker.none')}</Empty>}
      <div className="grid">
        <article className="card bot-card">
          <div className="bot-emoji" aria-hidden="true">
            🎓
          </div>
          <h2>{t('chat:tutor.name')}</h2>
          <p className="small muted">{t('chat:tutor.description')}</p>
          <button type="button" disabled={started.fetching} onClick={() => open(null)}>
            {t('chat:picker.chatWithTutor')}
          </button>
        </article>
        {data?.availableChatbots.edges.map(({ node: bot }) => (
          <article key={bot.id} className="card bot-card">
            <div className="bot-emoji" aria-hidden="true">
              {bot.avatarEmoji ?? '🤖'}
            </div>
            <h2>{bot.name}</h2>
            <p className="small muted">{bot.description}</p>
            {bot.starterPrompts.length > 0 && (
              <ul
                className="starters"
                aria-label={t('chat:picker.waysToStart', { name: bot.name })}
              >
                {bot.starterPrompts.slice(0, 3).map((prompt) => (
                  <li key={prompt}>
                    <button
                      type="button"
                      className="secondary starter"
                      disabled={started.fetching}
                      onClick={() => void start(bot.id, prompt)}
                    >
                      {prompt}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <button type="button" disabled={started.fetching} onClick={() => open(bot.id)}>
              {t('chat:picker.chatWith', { name: bot.name })}
            </button>
          </article>
        ))}
      </div>
    </section>
  );
}
