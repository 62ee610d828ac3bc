import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { BrandCard } from '../../components/BrandCard';
import { Loading, ProblemBanner } from '../../components/Feedback';
import type { Problem } from '../../lib/errors';
import { completeLtiLaunch } from '../../lib/lti';
import { usePageTitle } from '../../lib/title';

/** Finishes an LMS launch: signs the person in, then opens what the link is for. */
export function LtiLaunch({ code, onDone }: { code: string; onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  usePageTitle(t('common:titles.ltiLaunch'));
  useEffect(() => {
    let live = true;
    void completeLtiLaunch(code).then((outcome) => {
      if (!live) return;
      if ('problem' in outcome) {
        setProblem(outcome.problem);
        return;
      }
      setTarget(outcome.to);
      void navigate(outcome.to, { replace: true });
    });
    return () => {
      live = false;
    };
  }, [code, navigate]);
  // Hand over only once the router has rendered the target: handing over earlier shows the
  // app at "/", whose redirect to the role's home would replace the launch's target.
  useEffect(() => {
    if (target && pathname === target) onDone();
  }, [target, pathname, onDone]);
  return (
    <BrandCard>
      <h1>{t('common:lti.launchTitle')}</h1>
      {!problem ? (
        <Loading what={t('common:lti.opening')} />
      ) : (
        <>
          {problem.extensions.reason === 'LTI_LAUNCH_EXPIRED' ? (
            <div className="banner error" role="alert" data-code="LTI_LAUNCH_EXPIRED">
              {t('common:lti.expired')}
            </div>
          ) : (
            <ProblemBanner problem={problem} />
          )}
          <p className="muted small">{t('common:lti.again')}</p>
        </>
      )}
    </BrandCard>
  );
}
