import { useMutation, useQuery } from 'urql';
import { Empty, Loading, ProblemBanner } from '../../components/Feedback';
import { Link } from '../../components/Link';
import { problemFromCombined } from '../../lib/errors';
import { formatWhen } from '../../lib/format';
import { navigate } from '../../lib/router';
import { CopyTemplateMutation, ManagedChatbotsQuery } from './documents';

const statusTone = { DRAFT: 'warn', PUBLISHED: 'ok', ARCHIVED: '' } as const;

/** The chatbots the caller manages, and the built-in templates to start from. */
export function ChatbotsScreen() {
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
        <h1>Chatbots</h1>
        <Link className="button" href="/chatbots/new">
          + New chatbot
        </Link>
      </div>
      {error && (
        <ProblemBanner
          problem={problemFromCombined(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {copied.error && <ProblemBanner problem={problemFromCombined(copied.error)} />}
      {fetching && !data && <Loading what="Loading chatbots" />}
      {data && data.managedChatbots.edges.length === 0 && (
        <Empty>No chatbots yet. Start from scratch or from a template below.</Empty>
      )}
      {data && data.managedChatbots.edges.length > 0 && (
        <div className="card table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Chatbot</th>
                <th scope="col">Status</th>
                <th scope="col">Published</th>
                <th scope="col">Owner</th>
                <th scope="col">Changed</th>
              </tr>
            </thead>
            <tbody>
              {data.managedChatbots.edges.map(({ node: bot }) => (
                <tr key={bot.id}>
                  <td>
                    <Link href={`/chatbots/${bot.id}`}>
                      {bot.avatarEmoji ?? '🤖'} {bot.name}
                    </Link>
                    <div className="small muted">{bot.description}</div>
                  </td>
                  <td>
                    <span className={`badge ${statusTone[bot.status]}`}>{bot.status}</span>
                    {bot.hasUnpublishedChanges && bot.status !== 'DRAFT' && (
                      <div className="small muted">unpublished edits</div>
                    )}
                  </td>
                  <td>
                    {bot.currentVersion ? `v${bot.currentVersion.number}` : '—'}
                    {bot.audience && (
                      <div className="small muted">
                        {bot.audience.everyone
                          ? 'everyone'
                          : `${bot.audience.classIds.length} class(es)`}
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
        <p className="small muted">The 100 most recently changed chatbots.</p>
      )}
      {data && data.chatbotTemplates.length > 0 && (
        <section aria-labelledby="templates-title" className="stack">
          <h2 id="templates-title">Start from a template</h2>
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
                  Use this template
                </button>
              </article>
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
