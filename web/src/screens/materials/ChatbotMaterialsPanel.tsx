import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Empty, Loading, ProblemBanner } from '../../components/Feedback';
import { Field } from '../../components/Field';
import { problemFromCombined } from '../../lib/errors';
import {
  AttachMaterialMutation,
  ChatbotMaterialsQuery,
  DetachMaterialMutation,
  MaterialChatbotsQuery,
} from './documents';
import { SearchPreview } from './SearchPreview';

/**
 * Which materials a chatbot searches: pick one of the chatbots the caller manages (or arrive
 * with `?chatbot=<id>`), attach and detach materials on its draft, and preview what its
 * material search finds. `materialsVersion` changes when a material is uploaded or deleted.
 */
export function ChatbotMaterialsPanel({ materialsVersion }: { materialsVersion: number }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const chatbotId = params.get('chatbot') ?? '';
  const [{ data: bots }] = useQuery({ query: MaterialChatbotsQuery });
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ChatbotMaterialsQuery,
    variables: { id: chatbotId },
    pause: !chatbotId,
    requestPolicy: 'cache-and-network',
  });
  const [attached, attach] = useMutation(AttachMaterialMutation);
  const [detached, detach] = useMutation(DetachMaterialMutation);
  const [toAttach, setToAttach] = useState('');
  const reload = () => refetch({ requestPolicy: 'network-only' });
  useEffect(() => {
    if (chatbotId && materialsVersion > 0) refetch({ requestPolicy: 'network-only' });
  }, [materialsVersion, chatbotId, refetch]);

  const chatbot = data?.chatbot;
  const onIt = chatbot?.materials.edges.map((e) => e.node) ?? [];
  const attachable =
    data?.materials.edges.map((e) => e.node).filter((m) => !onIt.some((a) => a.id === m.id)) ?? [];
  const problem = attached.error ?? detached.error;

  return (
    <section className="card stack" aria-labelledby="chatbot-materials-title">
      <h2 id="chatbot-materials-title">{t('materials:chatbot.title')}</h2>
      <p className="muted small">{t('materials:chatbot.intro')}</p>
      <Field label={t('materials:chatbot.choose')}>
        {(control) => (
          <select
            {...control}
            value={chatbotId}
            onChange={(e) => {
              setToAttach('');
              setParams(e.target.value ? { chatbot: e.target.value } : {}, { replace: true });
            }}
          >
            <option value="">{t('materials:chatbot.none')}</option>
            {bots?.managedChatbots.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {error && <ProblemBanner problem={problemFromCombined(error)} onRetry={reload} />}
      {problem && <ProblemBanner problem={problemFromCombined(problem)} />}
      {chatbotId && fetching && !data && <Loading />}
      {chatbot && (
        <>
          <h3>{t('materials:chatbot.attached', { name: chatbot.name })}</h3>
          {onIt.length === 0 ? (
            <Empty>{t('materials:chatbot.noneAttached')}</Empty>
          ) : (
            <ul className="plain-list" aria-label={t('materials:chatbot.attachedList')}>
              {onIt.map((material) => (
                <li key={material.id} className="row">
                  <span>{material.title}</span>
                  <button
                    type="button"
                    className="secondary"
                    disabled={detached.fetching}
                    onClick={async () => {
                      await detach({ chatbotId: chatbot.id, materialId: material.id });
                      reload();
                    }}
                  >
                    {t('materials:chatbot.detach')}
                    <span className="visually-hidden"> {material.title}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form
            className="row"
            onSubmit={async (event) => {
              event.preventDefault();
              if (!toAttach) return;
              const outcome = await attach({ chatbotId: chatbot.id, materialId: toAttach });
              if (!outcome.error) setToAttach('');
              reload();
            }}
          >
            <Field label={t('materials:chatbot.attachLabel')} inline>
              {(control) => (
                <select {...control} value={toAttach} onChange={(e) => setToAttach(e.target.value)}>
                  <option value="">{t('materials:chatbot.pick')}</option>
                  {attachable.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button type="submit" disabled={!toAttach || attached.fetching}>
              {t('materials:chatbot.attach')}
            </button>
          </form>
          <p className="small muted">
            {t('materials:chatbot.publishHint')}{' '}
            <Link to={`/chatbots/${chatbot.id}`}>{t('materials:chatbot.openEditor')}</Link>
          </p>
          <SearchPreview key={chatbot.id} chatbotId={chatbot.id} />
        </>
      )}
    </section>
  );
}
