import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Notice, ProblemBanner } from '../../components/Feedback';
import { Field } from '../../components/Field';
import { problemFromCombined } from '../../lib/errors';
import {
  ArchiveClassMutation,
  ClassSettingsQuery,
  SetClassKeywordsMutation,
  UpdateClassMutation,
} from './documents';
import { InviteForm } from './InviteForm';

/**
 * For a class's supervisors and admins: who teaches it, rename it, change its term and its
 * flag keywords, invite a co-teacher or a student, and archive it (behind a confirmation: archiving ends
 * every tie the class gave at once).
 */
export function ClassManagePanel({
  classId,
  onChanged,
}: {
  classId: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [{ data, error }] = useQuery({ query: ClassSettingsQuery, variables: { classId } });
  const found = data?.class;
  if (error) return <ProblemBanner problem={problemFromCombined(error)} />;
  if (!found) return null;
  return (
    <section className="card stack" aria-labelledby="manage-class-title">
      <h2 id="manage-class-title">{t('supervisor:manage.title')}</h2>
      <Teachers
        names={found.supervisors.edges.map(({ node }) => node.displayName)}
        more={found.supervisors.totalCount - found.supervisors.edges.length}
      />
      {found.archived ? (
        <p className="banner warn" role="status">
          {t('supervisor:manage.archived')}
        </p>
      ) : (
        <>
          <NameForm
            key={`${found.name}|${found.term ?? ''}`}
            classId={classId}
            name={found.name}
            term={found.term ?? ''}
            onChanged={onChanged}
          />
          {/* Keyed on the class, not its keywords: a save updates them, and a remount would
              lose the form's "saved" notice. */}
          <KeywordsForm key={classId} classId={classId} keywords={found.flagKeywords} />
          <InviteForm classId={classId} />
          <ArchiveButton classId={classId} name={found.name} onChanged={onChanged} />
        </>
      )}
    </section>
  );
}

/** The class's teachers (its supervisors), a co-teacher included once they accepted. */
function Teachers({ names, more }: { names: readonly string[]; more: number }) {
  const { t } = useTranslation();
  if (names.length === 0) return null;
  return (
    <div>
      <h3 id="class-teachers-title">{t('supervisor:manage.teachers')}</h3>
      <ul aria-labelledby="class-teachers-title">
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
        {more > 0 && (
          <li className="muted">{t('supervisor:manage.moreTeachers', { count: more })}</li>
        )}
      </ul>
    </div>
  );
}

function NameForm(props: { classId: string; name: string; term: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(props.name);
  const [term, setTerm] = useState(props.term);
  const [result, update] = useMutation(UpdateClassMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await update({ classId: props.classId, name: name.trim(), term: term.trim() });
    if (outcome.data) props.onChanged();
  };
  return (
    <form onSubmit={submit} aria-label={t('supervisor:manage.nameForm')}>
      {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
      <div className="form-grid">
        <Field label={t('supervisor:manage.name')} required>
          {(control) => (
            <input
              {...control}
              maxLength={120}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('supervisor:manage.term')} optional={t('common:optional')}>
          {(control) => (
            <input
              {...control}
              maxLength={60}
              value={term}
              onChange={(e) => setTerm(e.target.value)}
            />
          )}
        </Field>
      </div>
      <button type="submit" disabled={result.fetching || !name.trim()}>
        {t('supervisor:manage.saveName')}
      </button>
    </form>
  );
}

function KeywordsForm({ classId, keywords }: { classId: string; keywords: readonly string[] }) {
  const { t } = useTranslation();
  const [text, setText] = useState(keywords.join(', '));
  const [saved, setSaved] = useState(false);
  const [result, save] = useMutation(SetClassKeywordsMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const list = text
      .split(/[,\n]/)
      .map((word) => word.trim())
      .filter(Boolean);
    const outcome = await save({ classId, keywords: list });
    if (outcome.data) setSaved(true);
  };
  return (
    <form onSubmit={submit} aria-label={t('supervisor:manage.keywordsForm')}>
      {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
      {saved && <Notice>{t('supervisor:manage.keywordsSaved')}</Notice>}
      <Field label={t('supervisor:manage.keywords')} hint={t('supervisor:manage.keywordsHint')}>
        {(control) => (
          <textarea {...control} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
        )}
      </Field>
      <button type="submit" disabled={result.fetching}>
        {t('supervisor:manage.saveKeywords')}
      </button>
    </form>
  );
}

function ArchiveButton({
  classId,
  name,
  onChanged,
}: {
  classId: string;
  name: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [result, archive] = useMutation(ArchiveClassMutation);
  return (
    <div>
      {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
      <ConfirmDialog
        trigger={
          <button type="button" className="danger">
            {t('supervisor:manage.archive')}
          </button>
        }
        title={t('supervisor:manage.archiveTitle', { name })}
        description={t('supervisor:manage.archiveBody')}
        confirmLabel={t('supervisor:manage.archive')}
        destructive
        onConfirm={async () => {
          const outcome = await archive({ classId });
          if (outcome.data) onChanged();
        }}
      />
    </div>
  );
}
