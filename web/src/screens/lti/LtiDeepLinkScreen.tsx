import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ProblemBanner } from '../../components/Feedback';
import { graphql } from '../../generated';
import { problemFromCombined } from '../../lib/errors';
import { postToLms } from '../../lib/lti';

const LtiChatbotsQuery = graphql(`
  query LtiChatbots {
    managedChatbots(first: 100) {
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
  const [{ data, error }] = useQuery({ query: LtiChatbotsQuery });
  const [answered, answer] = useMutation(AnswerLtiDeepLinkingMutation);
  const chatbots = data?.managedChatbots.edges.map((e) => e.node) ?? [];
  const [chosen, setChosen] = useState('');
  const [title, setTitle] = useState('');
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
    if (signed) postToLms(signed.returnUrl, signed.jwt);
  };

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('common:lti.pickTitle')}</h1>
        <span className="muted small">{t('common:lti.pickIntro')}</span>
      </div>
      {problem && <ProblemBanner problem={problemFromCombined(problem)} />}
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label>
          {t('common:lti.chatbot')}
          <select value={chosen} onChange={(e) => setChosen(e.target.value)} required>
            <option value="">{t('common:lti.choose')}</option>
            {chatbots.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('common:lti.linkTitle')}
          <input
            value={title}
            maxLength={200}
            placeholder={chatbot?.name ?? ''}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <button type="submit" className="primary" disabled={!chatbot || answered.fetching}>
          {t('common:lti.add')}
        </button>
      </form>
    </div>
  );
}
