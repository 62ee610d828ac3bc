import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Notice, ProblemBanner } from '../../components/Feedback';
import type { Problem } from '../../lib/errors';
import { completeLtiLaunch } from '../../lib/lti';

/** Finishes an LMS launch: signs the person in, then opens what the link is for. */
export function LtiLaunch({ code, onDone }: { code: string; onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => {
    let live = true;
    void completeLtiLaunch(code).then((outcome) => {
      if (!live) return;
      if ('problem' in outcome) {
        setProblem(outcome.problem);
        return;
      }
      void navigate(outcome.to, { replace: true });
      onDone();
    });
    return () => {
      live = false;
    };
  }, [code, navigate, onDone]);
  return (
    <main className="stack" style={{ padding: '2rem' }}>
      {problem ? (
        <ProblemBanner problem={problem} />
      ) : (
        <Notice tone="info">{t('common:lti.opening')}</Notice>
      )}
    </main>
  );
}
