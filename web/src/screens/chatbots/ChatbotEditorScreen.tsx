import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Empty, Loading, Notice, ProblemBanner } from '../../components/Feedback';
import { Link } from '../../components/Link';
import { problemFromCombined } from '../../lib/errors';
import { navigate } from '../../lib/router';
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

  if (id && loaded.fetching && !loaded.data) return <Loading what="Loading the chatbot" />;
  if (id && loaded.error) return <ProblemBanner problem={problemFromCombined(loaded.error)} />;
  if (id && loaded.data && !bot)
    return <Empty>This chatbot does not exist or you may not manage it.</Empty>;

  return (
    <div className="stack">
      <p className="small">
        <Link href="/chatbots">← Chatbots</Link>
      </p>
      <div className="page-head">
        <h1>{id ? `${bot?.avatarEmoji ?? '🤖'} ${bot?.name ?? ''}` : 'New chatbot'}</h1>
        {bot && <span className="badge">{bot.status}</span>}
      </div>
      <div className="editor-layout">
        <form className="card" onSubmit={submit} aria-label="Chatbot settings">
          {error && <ProblemBanner problem={problemFromCombined(error)} />}
          {saved && (
            <Notice>
              Draft saved.{bot?.currentVersion ? ' Publish to let students use the changes.' : ''}
            </Notice>
          )}
          <ChatbotFields draft={draft} onChange={change} modelIds={modelIds} />
          <button
            type="submit"
            disabled={created.fetching || updated.fetching || (Boolean(id) && !dirty)}
          >
            {id ? 'Save draft' : 'Create chatbot'}
          </button>
        </form>
        {bot && <PublishPanel bot={bot} dirty={dirty} />}
      </div>
    </div>
  );
}
