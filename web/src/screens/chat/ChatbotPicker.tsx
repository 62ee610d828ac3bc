import { useMutation, useQuery } from 'urql';
import { Empty, Loading, ProblemBanner } from '../../components/Feedback';
import { problemFromCombined } from '../../lib/errors';
import { emit } from '../../lib/events';
import { navigate } from '../../lib/router';
import { AvailableChatbotsQuery, StartChatMutation } from './documents';

/** The chatbots a student may talk to; picking one (or one of its starter prompts) starts a chat. */
export function ChatbotPicker() {
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
        <h1 id="picker-title">Who do you want to talk to?</h1>
        <p className="muted">Pick a chatbot your teachers set up for you.</p>
      </div>
      {error && (
        <ProblemBanner
          problem={problemFromCombined(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {started.error && <ProblemBanner problem={problemFromCombined(started.error)} />}
      {fetching && !data && <Loading what="Loading chatbots" />}
      {data && data.availableChatbots.edges.length === 0 && (
        <Empty>
          Your teachers have not published a chatbot for you yet; the Aula tutor is always here.
        </Empty>
      )}
      <div className="grid">
        <article className="card bot-card">
          <div className="bot-emoji" aria-hidden="true">
            🎓
          </div>
          <h2>Aula tutor</h2>
          <p className="small muted">The built-in tutor: ask about any subject.</p>
          <button type="button" disabled={started.fetching} onClick={() => void start(null)}>
            Chat with the Aula tutor
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
              <ul className="starters" aria-label={`Ways to start with ${bot.name}`}>
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
              Chat with {bot.name}
            </button>
          </article>
        ))}
      </div>
    </section>
  );
}
