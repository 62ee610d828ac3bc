import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../lib/errors';
import { formatCredits } from '../lib/format';

/** The error codes that have their own friendly wording in `common:problems`. */
const worded = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'INSUFFICIENT_CREDITS',
  'TOO_MANY_ATTEMPTS',
  'PASSWORD_SIGN_IN_DISABLED',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
type WordedCode = (typeof worded)[number];

function micro(value: unknown): number | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n / 1_000_000 : null;
}

/**
 * Explains a problem in the reader's language: what happened and what to do, chosen by the
 * error's code, with the server's own (technical, English) message under "Details".
 */
export function ProblemBanner({ problem, onRetry }: { problem: Problem; onRetry?: () => void }) {
  const { t } = useTranslation();
  const code: WordedCode | 'NETWORK' | 'UNKNOWN' =
    problem.kind === 'network'
      ? 'NETWORK'
      : (worded as readonly string[]).includes(problem.code ?? '')
        ? (problem.code as WordedCode)
        : 'UNKNOWN';
  const tone =
    code === 'INSUFFICIENT_CREDITS' || code === 'RATE_LIMITED' || code === 'TOO_MANY_ATTEMPTS'
      ? 'warn'
      : 'error';
  const required = micro(problem.extensions.requiredMicroCredits);
  const available = micro(problem.extensions.availableMicroCredits);
  const retryAfter = Number(problem.extensions.retryAfterSeconds);
  return (
    <div className={`banner ${tone}`} role="alert" data-code={problem.code ?? problem.kind}>
      <strong>{t(`common:problems.${code}.title`)}</strong> {t(`common:problems.${code}.body`)}
      {code === 'INSUFFICIENT_CREDITS' && required !== null && available !== null && (
        <>
          {' '}
          {t('common:problems.creditsFigures', {
            required: formatCredits(required),
            available: formatCredits(available),
          })}
        </>
      )}
      {(code === 'RATE_LIMITED' || code === 'TOO_MANY_ATTEMPTS') && retryAfter > 0 && (
        <> {t('common:problems.retryAfter', { count: retryAfter })}</>
      )}
      {onRetry && (
        <>
          {' '}
          <button type="button" className="link" onClick={onRetry}>
            {t('common:tryAgain')}
          </button>
        </>
      )}
      {problem.message && (
        <details className="problem-details">
          <summary>{t('common:problems.details')}</summary>
          <p>
            {problem.message}
            {problem.code && <code> ({problem.code})</code>}
          </p>
        </details>
      )}
    </div>
  );
}

/** A short "loading" line that screen readers announce. */
export function Loading({ what }: { what?: string }) {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      <span className="spinner" aria-hidden="true" /> {what ?? t('common:loading')}
    </p>
  );
}

/** What a list shows when it has nothing in it. */
export function Empty({ children }: { children: ReactNode }) {
  return <div className="empty">{children}</div>;
}

/** A success or info message. */
export function Notice({
  tone = 'ok',
  children,
}: {
  tone?: 'ok' | 'info' | 'warn';
  children: ReactNode;
}) {
  return (
    <div className={`banner ${tone}`} role="status">
      {children}
    </div>
  );
}
