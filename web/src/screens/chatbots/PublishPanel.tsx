import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Notice, ProblemBanner } from '../../components/Feedback';
import type { ChatbotEditFieldsFragment } from '../../generated/graphql';
import { problemFromCombined } from '../../lib/errors';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { getSession } from '../../lib/session';
import { ClassChoicesQuery } from '../supervisor/documents';
import { DeleteChatbotMutation, PublishChatbotMutation } from './documents';

/** Who sees the chatbot, publishing the draft as a new version, and removing it. */
export function PublishPanel({ bot, dirty }: { bot: ChatbotEditFieldsFragment; dirty: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const isAdmin = getSession()?.user.role === 'ADMIN';
  const [choices] = useQuery({ query: ClassChoicesQuery, variables: { all: isAdmin } });
  const classes =
    (choices.data?.classes ?? choices.data?.myClasses)?.edges.map((e) => e.node) ?? [];
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
      setDone(
        t('chatbots:publish.done', {
          number: outcome.data.publishChatbot.currentVersion?.number ?? '',
        }),
      );
  };
  const doDelete = async () => {
    const outcome = await remove({ id: bot.id });
    if (outcome.data) navigate('/chatbots');
  };

  return (
    <section className="card" aria-labelledby="publish-title">
      <h2 id="publish-title">{t('chatbots:publish.title')}</h2>
      <p className="small muted">
        {bot.currentVersion
          ? t('chatbots:publish.current', { number: bot.currentVersion.number })
          : t('chatbots:publish.notYet')}
      </p>
      {published.error && <ProblemBanner problem={problemFromCombined(published.error)} />}
      {deleted.error && <ProblemBanner problem={problemFromCombined(deleted.error)} />}
      {done && <Notice>{done}</Notice>}
      <fieldset className="field">
        <legend>{t('chatbots:publish.audience')}</legend>
        {isAdmin && (
          <label className="check">
            <input
              type="checkbox"
              checked={everyone}
              onChange={(e) => setEveryone(e.target.checked)}
            />{' '}
            {t('chatbots:publish.everyone')}
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
          <p className="small muted">{t('chatbots:publish.noClasses')}</p>
        )}
      </fieldset>
      <div className="row">
        <button
          type="button"
          disabled={published.fetching || dirty || (!everyone && classIds.length === 0)}
          onClick={() => void doPublish()}
        >
          {published.fetching ? t('chatbots:publish.publishing') : t('chatbots:publish.publish')}
        </button>
        <ConfirmDialog
          trigger={
            <button type="button" className="secondary" disabled={deleted.fetching}>
              {bot.currentVersion ? t('chatbots:publish.archive') : t('chatbots:publish.delete')}
            </button>
          }
          title={
            bot.currentVersion
              ? t('chatbots:publish.archiveTitle', { name: bot.name })
              : t('chatbots:publish.deleteTitle', { name: bot.name })
          }
          description={
            bot.currentVersion
              ? t('chatbots:publish.archiveBody')
              : t('chatbots:publish.deleteBody')
          }
          confirmLabel={
            bot.currentVersion ? t('chatbots:publish.archive') : t('chatbots:publish.delete')
          }
          destructive
          onConfirm={doDelete}
        />
      </div>
      {dirty && <p className="small muted">{t('chatbots:publish.saveFirst')}</p>}
    </section>
  );
}
