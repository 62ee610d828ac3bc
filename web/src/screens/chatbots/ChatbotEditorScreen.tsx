import { useTranslation } from 'react-i18next';
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Empty, Loading, Notice, ProblemBanner } from '../../components/Feedback';
import { Link, useNavigate } from 'react-router';
import { problemFromCombined } from '../../lib/errors';
import { ChatbotFields } from './ChatbotFields';
import {
  ChatbotEditQuery,
  CreateChatbotMutation,
  ModelIdsQuery,
  UpdateChatbotMutation,
} from './documents';
import { blankDraft, draftFrom, inputFrom, type ChatbotDraft } from './draft';
import { PublishPanel } from './PublishPanel';

/** Creates a chatbot (`id` absent) or edits one's draft, with publishing beside it. */
export function ChatbotEditorScreen({ id }: { id?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [loaded, refetch] = useQuery({
    query: ChatbotEditQuery,
    variables: { id: id ?? '' },
    pause: !id,
  });
  const [models] = useQuery({ query: ModelIdsQuery, pause: Boolean(id) });
  const [draft, setDraft] = useState<ChatbotDraft>(blankDraft);
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(false);
  const [created, create] = useMutation(CreateChatbotMutation);
  const [updated, update] = useMutation(UpdateChatbotMutation);
  const bot = loaded.data?.chatbot ?? null;
  const modelIds = (loaded.data?.modelPrices ?? models.data?.modelPrices ?? []).map(
    (p) => p.modelId,
  );

  useEffect(() => {
    if (bot) setDraft(draftFrom(bot));
  }, [bot]);

  const change = (next: ChatbotDraft) => {
    setDraft(next);
    setDirty(true);
    setSaved(false);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = inputFrom(draft);
    if (!id) {
      const outcome = await create({ input });
      if (outcome.data) navigate(`/chatbots/${outcome.data.createChatbot.id}`, { replace: true });
      return;
    }
    const outcome = await update({ id, input });
    if (outcome.data) {
      setDirty(false);
      setSaved(true);
      refetch({ requestPolicy: 'network-only' });
    }
  };
  const error = created.error ?? updated.error;

  if (id && loaded.fetching && !loaded.data) return <Loading what={t('chatbots:editor.loading')} />;
  if (id && loaded.error) return <ProblemBanner problem={problemFromCombined(loaded.error)} />;
  if (id && loaded.data && !bot) return <Empty>{t('chatbots:editor.notFound')}</Empty>;

  return (
    <div className="stack">
      <p className="small">
        <Link to="/chatbots">{t('chatbots:editor.back')}</Link>
      </p>
      <div className="page-head">
        <h1>
          {id ? `${bot?.avatarEmoji ?? '🤖'} ${bot?.name ?? ''}` : t('chatbots:editor.newTitle')}
        </h1>
        {bot && <span className="badge">{t(`chatbots:status.${bot.status}`)}</span>}
      </div>
      <div className="editor-layout">
        <form className="card" onSubmit={submit} aria-label={t('chatbots:editor.settings')}>
          {error && <ProblemBanner problem={problemFromCombined(error)} />}
          {saved && (
            <Notice>
              {t('chatbots:editor.saved')}
              {bot?.currentVersion ? ` ${t('chatbots:editor.publishToUse')}` : ''}
            </Notice>
          )}
          <ChatbotFields draft={draft} onChange={change} modelIds={modelIds} />
          <button
            type="submit"
            disabled={created.fetching || updated.fetching || (Boolean(id) && !dirty)}
          >
            {id ? t('chatbots:editor.saveDraft') : t('chatbots:editor.create')}
          </button>
        </form>
        {bot && <PublishPanel bot={bot} dirty={dirty} />}
      </div>
    </div>
  );
}
