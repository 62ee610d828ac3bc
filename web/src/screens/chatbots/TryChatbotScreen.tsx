import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ProblemBanner } from '../../components/Feedback';
import { emit } from '../../lib/events';
import { problemFromCombined } from '../../lib/errors';
import { usePageTitle } from '../../lib/title';
import { ConversationComposer } from '../chat/ConversationComposer';
import { ConversationView } from '../chat/ConversationView';
import { ChatbotQuery, StartChatMutation } from '../chat/documents';

/**
 * A teacher tries a published chatbot as a student would meet it: a real conversation with
 * its published version (answers are charged to the teacher's own credits, as any chat).
 */
export function TryChatbotScreen({ chatbotId }: { chatbotId: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const sessionId = params.get('session');
  const [bot] = useQuery({ query: ChatbotQuery, variables: { id: chatbotId } });
  const [started, start] = useMutation(StartChatMutation);
  const [draft, setDraft] = useState('');
  const name = bot.data?.chatbot?.name ?? '';
  usePageTitle(name ? t('supervisor:chatbots.tryTitle', { name }) : null);

  const begin = async () => {
    const outcome = await start({ chatbotId });
    if (!outcome.data) return;
    emit('sessions-changed');
    setParams({ session: outcome.data.startChat.id });
  };

  return (
    <div className="stack">
      <p className="small">
        <Link to="/chatbots">{t('supervisor:chatbots.back')}</Link>
      </p>
      {!sessionId && (
        <section className="card stack" aria-labelledby="try-title">
          <h1 id="try-title">{t('supervisor:chatbots.tryTitle', { name })}</h1>
          <p>{t('supervisor:chatbots.tryIntro')}</p>
          {started.error && <ProblemBanner problem={problemFromCombined(started.error)} />}
          <div>
            <button type="button" disabled={started.fetching} onClick={() => void begin()}>
              {t('supervisor:chatbots.start')}
            </button>
          </div>
        </section>
      )}
      {sessionId && (
        <ConversationView
          sessionId={sessionId}
          viewer="student"
          footer={({ streaming, upsert, reload }) => (
            <ConversationComposer
              sessionId={sessionId}
              streaming={streaming !== null}
              draft={draft}
              onDraft={setDraft}
              starters={[]}
              onSent={(pending) => {
                upsert(pending);
                reload();
              }}
            />
          )}
        />
      )}
    </div>
  );
}
