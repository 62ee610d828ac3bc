import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Notice, ProblemBanner } from '../../components/Feedback';
import type { ChatbotEditFieldsFragment } from '../../generated/graphql';
import { problemFromCombined } from '../../lib/errors';
import { navigate } from '../../lib/router';
import { getSession } from '../../lib/session';
import { AllClassesQuery, MyClassesQuery } from '../supervisor/documents';
import { DeleteChatbotMutation, PublishChatbotMutation } from './documents';

/** Who sees the chatbot, publishing the draft as a new version, and removing it. */
export function PublishPanel({ bot, dirty }: { bot: ChatbotEditFieldsFragment; dirty: boolean }) {
  const isAdmin = getSession()?.user.role === 'ADMIN';
  const [mine] = useQuery({ query: MyClassesQuery, pause: isAdmin });
  const [all] = useQuery({ query: AllClassesQuery, pause: !isAdmin });
  const classes = (isAdmin ? all.data?.classes : mine.data?.myClasses) ?? [];
  const [everyone, setEveryone] = useState(bot.audience?.everyone ?? false);
  const [classIds, setClassIds] = useState<string[]>([...(bot.audience?.classIds ?? [])]);
  const [published, publish] = useMutation(PublishChatbotMutation);
  const [deleted, remove] = useMutation(DeleteChatbotMutation);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    setEveryone(bot.audience?.everyone ?? false);
    setClassIds([...(bot.audience?.classIds ?? [])]);
  }, [bot.audience]);

  const toggle = (id: string) =>
    setClassIds(classIds.includes(id) ? classIds.filter((c) => c !== id) : [...classIds, id]);
  const doPublish = async () => {
    const outcome = await publish({ id: bot.id, audience: { everyone, classIds } });
    if (outcome.data)
      setDone(`Published version ${outcome.data.publishChatbot.currentVersion?.number ?? ''}.`);
  };
  const doDelete = async () => {
    const verb = bot.currentVersion ? 'Archive' : 'Delete';
    if (!window.confirm(`${verb} ${bot.name}?`)) return;
    const outcome = await remove({ id: bot.id });
    if (outcome.data) navigate('/chatbots');
  };

  return (
    <section className="card" aria-labelledby="publish-title">
      <h2 id="publish-title">Publish</h2>
      <p className="small muted">
        {bot.currentVersion
          ? `Students chat with version ${bot.currentVersion.number}. Publishing freezes the current draft as a new version; past chats keep theirs.`
          : 'Not published yet: students cannot see it.'}
      </p>
      {published.error && <ProblemBanner problem={problemFromCombined(published.error)} />}
      {deleted.error && <ProblemBanner problem={problemFromCombined(deleted.error)} />}
      {done && <Notice>{done}</Notice>}
      <fieldset className="field">
        <legend>Who may use it</legend>
        {isAdmin && (
          <label className="check">
            <input
              type="checkbox"
              checked={everyone}
              onChange={(e) => setEveryone(e.target.checked)}
            />{' '}
            Everyone
          </label>
        )}
        {classes.map((cls) => (
          <label key={cls.id} className="check">
            <input
              type="checkbox"
              checked={classIds.includes(cls.id)}
              onChange={() => toggle(cls.id)}
            />{' '}
            {cls.name}
          </label>
        ))}
        {classes.length === 0 && !isAdmin && (
          <p className="small muted">You have no classes to publish to.</p>
        )}
      </fieldset>
      <div className="row">
        <button
          type="button"
          disabled={published.fetching || dirty || (!everyone && classIds.length === 0)}
          onClick={() => void doPublish()}
        >
          {published.fetching ? 'Publishing…' : 'Publish'}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={deleted.fetching}
          onClick={() => void doDelete()}
        >
          {bot.currentVersion ? 'Archive' : 'Delete'}
        </button>
      </div>
      {dirty && <p className="small muted">Save your changes before publishing.</p>}
    </section>
  );
}
