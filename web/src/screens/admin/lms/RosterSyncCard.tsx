import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Notice, ProblemBanner } from '../../../components/Feedback';
import { Field } from '../../../components/Field';
import { problemFromCombined } from '../../../lib/errors';
import { LtiClassesQuery, SyncLtiRosterMutation } from './documents';

/**
 * Reads a course's roster from its LMS now (Names and Role Provisioning) and makes the linked
 * class match; instructors' launches start one too. A class no course is linked to is NOT_FOUND.
 */
export function RosterSyncCard() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: LtiClassesQuery });
  const [classId, setClassId] = useState('');
  const [synced, sync] = useMutation(SyncLtiRosterMutation);
  const classes = data?.classes.edges.map((e) => e.node) ?? [];
  const result = synced.data?.syncLtiRoster;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (classId) await sync({ classId });
  };

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby="lti-sync">
      <h2 id="lti-sync">{t('admin:lms.syncTitle')}</h2>
      <p className="muted small">{t('admin:lms.syncIntro')}</p>
      {synced.error && <ProblemBanner problem={problemFromCombined(synced.error)} />}
      {result && !synced.fetching && (
        <Notice>
          {t('admin:lms.synced', {
            students: result.studentCount,
            supervisors: result.supervisorCount,
          })}
        </Notice>
      )}
      <div className="filters-row">
        <Field label={t('admin:lms.syncClass')} required>
          {(control) => (
            <select {...control} value={classId} onChange={(e) => setClassId(e.target.value)}>
              <option value="">{t('admin:lms.pickClass')}</option>
              {classes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="secondary" disabled={!classId || synced.fetching}>
          {synced.fetching ? t('admin:lms.syncing') : t('admin:lms.sync')}
        </button>
      </div>
    </form>
  );
}
