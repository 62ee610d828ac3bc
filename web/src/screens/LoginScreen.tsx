import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandCard } from '../components/BrandCard';
import { Field } from '../components/Field';
import { ProblemBanner, Notice } from '../components/Feedback';
import { LanguagePicker } from '../components/LanguagePicker';
import { signIn } from '../lib/auth';
import type { Problem } from '../lib/errors';
import { request } from '../lib/http';
import {
  completeSingleSignOn,
  SignInProvidersQuery,
  startSingleSignOn,
  takeSingleSignOnCode,
} from '../lib/sso';
import { takeEndedReason } from '../lib/session';

interface SignInProvider {
  readonly id: string;
  readonly name: string;
  readonly signInPath: string;
}

/**
 * Email and password sign-in, with the server's throttling shown as a countdown, and a button
 * per identity provider (single sign-on); back from a provider, it collects the sign-in.
 */
export function LoginScreen() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [endedReason] = useState(takeEndedReason);
  const [waitUntil, setWaitUntil] = useState(0);
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    if (waitUntil <= Date.now()) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [waitUntil]);
  const secondsLeft = Math.max(0, Math.ceil((waitUntil - now) / 1000));
  const [providers, setProviders] = useState<readonly SignInProvider[]>([]);
  const [finishing, setFinishing] = useState(false);

  useEffect(() => {
    let live = true;
    void request(SignInProvidersQuery, {}).then((result) => {
      if (live && result.data) setProviders(result.data.signInProviders);
    });
    const code = takeSingleSignOnCode();
    if (code) {
      setFinishing(true);
      void completeSingleSignOn(code).then((failure) => {
        setFinishing(false);
        setProblem(failure);
      });
    }
    return () => {
      live = false;
    };
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    const failure = await signIn(email.trim(), password);
    setBusy(false);
    if (!failure) return;
    setProblem(failure);
    const retryAfter = Number(failure.extensions.retryAfterSeconds);
    if (failure.code === 'TOO_MANY_ATTEMPTS' && retryAfter > 0) {
      setWaitUntil(Date.now() + retryAfter * 1000);
      setNow(Date.now());
    }
  };

  return (
    <BrandCard>
      <h1>{t('common:login.title')}</h1>
      <p className="muted">{t('common:login.intro')}</p>
      {endedReason && (
        <Notice tone="info">
          {t('common:login.sessionEnded')}
          <details className="problem-details">
            <summary>{t('common:problems.details')}</summary>
            <p>{endedReason}</p>
          </details>
        </Notice>
      )}
      {problem && <ProblemBanner problem={problem} />}
      {finishing && <Notice tone="info">{t('common:login.finishingSso')}</Notice>}
      {secondsLeft > 0 && (
        <Notice tone="warn">{t('common:login.wait', { count: secondsLeft })}</Notice>
      )}
      <form onSubmit={submit} noValidate>
        <Field label={t('common:login.email')} required>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('common:login.password')} required>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={busy || secondsLeft > 0 || !email || !password}>
          {busy ? t('common:login.signingIn') : t('common:login.submit')}
        </button>
      </form>
      {providers.length > 0 && (
        <div className="sso-options" role="group" aria-label={t('common:login.ssoGroup')}>
          <p className="muted small">{t('common:login.or')}</p>
          {providers.map((provider) => (
            <button
              key={provider.id}
              type="button"
              className="secondary"
              disabled={finishing}
              onClick={() => startSingleSignOn(provider.signInPath)}
            >
              {t('common:login.withProvider', { name: provider.name })}
            </button>
          ))}
        </div>
      )}
      <LanguagePicker />
    </BrandCard>
  );
}
