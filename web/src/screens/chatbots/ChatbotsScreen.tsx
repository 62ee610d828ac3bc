import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Empty, Loading, ProblemBanner } from '../../components/Feedback';
import { Link, useNavigate } from 'react-router';
import { problemFromCombined } from '../../lib/errors';
import { formatWhen } from '../../lib/format';
import { ClassChatbots } from './ClassChatbots';
import { CopyTemplateMutation, ManagedChatbotsQuery } from './documents';

const statusTone = { DRAFT: 'warn', PUBLISHED: 'ok', ARCHIVED: '' } as const;

/** The chatbots the caller manages, and the built-in templates to start from. */
export function ChatbotsScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ManagedChatbotsQuery,
    requestPolicy: 'cache-and-network',
  });
  const [copied, copy] = useMutation(CopyTemplateMutation);
  const fromTemplate = async (templateId: string) => {
    const outcome = await copy({ templateId });
    if (outcome.data) navigate(`/chatbots/${outcome.data.copyChatbotTemplate.id}`);
  };

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('chatbots:list.title')}</h1>
        <Link className="button" to="/chatbots/new">
          {t('chatbots:list.new')}
        </Link>
      </div>
      {error && (
        <ProblemBanner
          problem={problemFromCombined(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {copied.error && <ProblemBanner problem={problemFromCombined(copied.error)} />}
      {fetching && !data && <Loading what={t('chatbots:list.loading')} />}
      {data && data.managedChatbots.edges.length === 0 && <Empty>{t('chatbots:list.none')}</Empty>}
      {data && data.managedChatbots.edges.length > 0 && (
        <div className="card table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('chatbots:list.chatbot')}</th>
                <th scope="col">{t('chatbots:list.status')}</th>
                <th scope="col">{t('chatbots:list.published')}</th>
                <th scope="col">{t('chatbots:list.owner')}</th>
                <th scope="col">{t('chatbots:list.changed')}</th>
              </tr>
            </thead>
            <tbody>
              {data.managedChatbots.edges.map(({ node: bot }) => (
                <tr key={bot.id}>
                  <td>
                    <Link to={`/chatbots/${bot.id}`}>
                      {bot.avatarEmoji ?? '🤖'} {bot.name}
                    </Link>
                    <div className="small muted">{bot.description}</div>
                    {bot.status === 'PUBLISHED' && (
                      <Link className="small" to={`/chatbots/${bot.id}/try`}>
                        {t('supervisor:chatbots.try', { name: bot.name })}
                      </Link>
                    )}
                  </td>
                  <td>
                    <span className={`badge ${statusTone[bot.status]}`}>
                      {t(`chatbots:status.${bot.status}`)}
                    </span>
                    {bot.hasUnpublishedChanges && bot.status !== 'DRAFT' && (
                      <div className="small muted">{t('chatbots:list.unpublishedEdits')}</div>
                    )}
                  </td>
                  <td>
                    {bot.currentVersion
                      ? t('chatbots:list.version', { number: bot.currentVersion.number })
                      : '—'}
                    {bot.audience && (
                      <div className="small muted">
                        {bot.audience.everyone
                          ? t('chatbots:list.everyone')
                          : t('chatbots:list.classes', { count: bot.audience.classIds.length })}
                      </div>
                    )}
                  </td>
                  <td>{bot.owner.displayName}</td>
                  <td>{formatWhen(bot.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data?.managedChatbots.pageInfo.hasNextPage && (
        <p className="small muted">{t('chatbots:list.recent')}</p>
      )}
      {data && (
        <ClassChatbots
          managedIds={new Set(data.managedChatbots.edges.map((edge) => edge.node.id))}
        />
      )}
      {data && data.chatbotTemplates.length > 0 && (
        <section aria-labelledby="templates-title" className="stack">
          <h2 id="templates-title">{t('chatbots:list.templates')}</h2>
          <div className="grid">
            {data.chatbotTemplates.map((template) => (
              <article key={template.id} className="card bot-card">
                <div className="bot-emoji" aria-hidden="true">
                  {template.avatarEmoji ?? '🤖'}
                </div>
                <h3>{template.name}</h3>
                <p className="small muted">{template.description}</p>
                <button
                  type="button"
                  className="secondary"
                  disabled={copied.fetching}
                  onClick={() => void fromTemplate(template.id)}
                >
                  {t('chatbots:list.useTemplate')}
                </button>
              </article>
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
