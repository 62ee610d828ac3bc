import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ProblemBanner } from '../../components/Feedback';
import { problemFromCombined } from '../../lib/errors';
import { EnrollStudentsMutation } from './documents';
import { PeoplePicker } from './PeoplePicker';

/** Admins: adds students to a class; they see its chatbots at once. */
export function EnrollForm({
  classId,
  enrolled,
  onDone,
}: {
  classId: string;
  enrolled: readonly string[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [ids, setIds] = useState<string[]>([]);
  const [result, enroll] = useMutation(EnrollStudentsMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await enroll({ classId, userIds: ids });
    if (!outcome.data) return;
    setIds([]);
    onDone();
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="enroll-title">
      <h2 id="enroll-title">{t('supervisor:enroll.title')}</h2>
      {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
      <PeoplePicker
        role="STUDENT"
        legend={t('supervisor:createClass.students')}
        selected={ids}
        onChange={setIds}
        exclude={enrolled}
      />
      <button type="submit" disabled={result.fetching || ids.length === 0}>
        {result.fetching ? t('supervisor:enroll.enrolling') : t('supervisor:enroll.enroll')}
      </button>
    </form>
  );
}
