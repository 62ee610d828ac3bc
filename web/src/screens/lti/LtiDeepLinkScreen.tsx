import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Loading, Notice, ProblemBanner } from '../../components/Feedback';
import { Field } from '../../components/Field';
import { graphql } from '../../generated';
import { problemFromCombined } from '../../lib/errors';
import { postToLms } from '../../lib/lti';

// The published chatbots the teacher may chat with: exactly those a link may open (the answer is
// checked against the same visibility). Drafts are left out: learners could not open them.
const LtiChatbotsQuery = graphql(`
  query LtiChatbots {
    availableChatbots(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const AnswerLtiDeepLinkingMutation = graphql(`
  mutation AnswerLtiDeepLinking($launchId: ID!, $chatbotId: ID!, $title: String!) {
    answerLtiDeepLinking(launchId: $launchId, chatbotId: $chatbotId, title: $title) {
      returnUrl
      jwt
    }
  }
`);

/**
 * A teacher adding Aula to an LMS course (LTI Deep Linking): picks the chatbot the link opens;
 * the signed answer goes back to the LMS in a form post.
 */
export function LtiDeepLinkScreen({ launchId }: { launchId: string }) {
  const { t } = useTranslation();
  const [{ data, error, fetching }] = useQuery({ query: LtiChatbotsQuery });
  const [answered, answer] = useMutation(AnswerLtiDeepLinkingMutation);
  const chatbots = data?.availableChatbots.edges.map((e) => e.node) ?? [];
  const [chosen, setChosen] = useState('');
  const [title, setTitle] = useState('');
  const [leaving, setLeaving] = useState(false);
  const chatbot = chatbots.find((c) => c.id === chosen);
  const problem = error ?? answered.error;

  const submit = async () => {
    if (!chatbot) return;
    const result = await answer({
      launchId,
      chatbotId: chatbot.id,
      title: title.trim() || chatbot.name,
    });
    const signed = result.data?.answerLtiDeepLinking;
    if (!signed) return;
    setLeaving(true);
    postToLms(signed.returnUrl, signed.jwt);
  };

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('common:lti.pickTitle')}</h1>
      </div>
      {problem && <ProblemBanner problem={problemFromCombined(problem)} />}
      {fetching && !data ? (
        <Loading />
      ) : data && chatbots.length === 0 ? (
        <Notice tone="info">{t('common:lti.noChatbots')}</Notice>
      ) : (
        <form
          className="card stack"
          aria-label={t('common:lti.pickTitle')}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <p className="muted">{t('common:lti.pickIntro')}</p>
          <div className="form-grid">
            <Field label={t('common:lti.chatbot')} required>
              {(control) => (
                <select {...control} value={chosen} onChange={(e) => setChosen(e.target.value)}>
                  <option value="">{t('common:lti.choose')}</option>
                  {chatbots.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('common:lti.linkTitle')} optional={t('common:optional')}>
              {(control) => (
                <input
                  {...control}
                  value={title}
                  maxLength={200}
                  placeholder={chatbot?.name ?? ''}
                  onChange={(e) => setTitle(e.target.value)}
                />
              )}
            </Field>
          </div>
          <div>
            <button
              type="submit"
              className="primary"
              disabled={!chatbot || answered.fetching || leaving}
            >
              {t('common:lti.add')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
