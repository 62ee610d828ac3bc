import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Empty, Loading, ProblemBanner } from '../../components/Feedback';
import { problemFromCombined } from '../../lib/errors';
import { emit } from '../../lib/events';
import { useNavigate } from 'react-router';
import { AvailableChatbotsQuery, StartChatMutation } from './documents';

/** The chatbots a student may talk to; picking one (or one of its starter prompts) starts a chat. */
export function ChatbotPicker() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AvailableChatbotsQuery });
  const [started, startChat] = useMutation(StartChatMutation);

  const start = async (chatbotId: string | null, prompt?: string) => {
    const outcome = await startChat({ chatbotId });
    if (!outcome.data) return;
    emit('sessions-changed');
    const suffix = prompt ? `?prompt=${encodeURIComponent(prompt)}` : '';
    navigate(`/chat/${outcome.data.startChat.id}${suffix}`);
  };

  return (
    <section className="stack" aria-labelledby="picker-title">
      <div>
        <h1 id="picker-title">{t('chat:picker.title')}</h1>
        <p className="muted">{t('chat:picker.intro')}</p>
      </div>
      {error && (
        <ProblemBanner
          problem={problemFromCombined(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {started.error && <ProblemBanner problem={problemFromCombined(started.error)} />}
      {fetching && !data && <Loading what={t('chat:picker.loading')} />}
      {data && data.availableChatbots.edges.length === 0 && <Empty>{t('chat:picker.none')}</Empty>}
      <div className="grid">
        <article className="card bot-card">
          <div className="bot-emoji" aria-hidden="true">
            🎓
          </div>
          <h2>{t('chat:tutor.name')}</h2>
          <p className="small muted">{t('chat:tutor.description')}</p>
          <button type="button" disabled={started.fetching} onClick={() => void start(null)}>
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
            <button type="button" disabled={started.fetching} onClick={() => void start(bot.id)}>
              {t('chat:picker.chatWith', { name: bot.name })}
            </button>
          </article>
        ))}
      </div>
    </section>
  );
}
