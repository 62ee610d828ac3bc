import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ProblemBanner } from '../../components/Feedback';
import { problemFromCombined } from '../../lib/errors';
import { AvailableChatbotsQuery } from '../chat/documents';

/**
 * Published chatbots a teacher may use with their classes but does not manage: those published
 * to everyone or to one of their classes (the same list students choose from), each with a
 * "try it" preview.
 */
export function ClassChatbots({ managedIds }: { managedIds: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const [{ data, error }] = useQuery({
    query: AvailableChatbotsQuery,
    requestPolicy: 'cache-and-network',
  });
  const bots = (data?.availableChatbots.edges ?? [])
    .map((edge) => edge.node)
    .filter((bot) => !managedIds.has(bot.id));
  return (
    <section aria-labelledby="class-chatbots-title" className="stack">
      <h2 id="class-chatbots-title">{t('supervisor:chatbots.title')}</h2>
      {error && <ProblemBanner problem={problemFromCombined(error)} />}
      {data && bots.length === 0 && <p className="muted">{t('supervisor:chatbots.none')}</p>}
      <div className="grid">
        {bots.map((bot) => (
          <article key={bot.id} className="card bot-card">
            <div className="bot-emoji" aria-hidden="true">
              {bot.avatarEmoji ?? '🤖'}
            </div>
            <h3>{bot.name}</h3>
            <p className="small muted">{bot.description}</p>
            <Link className="button secondary" to={`/chatbots/${bot.id}/try`}>
              {t('supervisor:chatbots.try', { name: bot.name })}
            </Link>
          </article>
        ))}
      </div>
    </section>
  );
}
