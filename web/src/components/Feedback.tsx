import type { ReactNode } from 'react';
import type { Problem } from '../lib/errors';

const titles: Record<string, string> = {
  INSUFFICIENT_CREDITS: 'Not enough credits.',
  FORBIDDEN: 'Not allowed.',
  TOO_MANY_ATTEMPTS: 'Please wait.',
  RATE_LIMITED: 'Please wait.',
  NOT_FOUND: 'Not found.',
};

/** Explains a problem: a short frame chosen by its code, then the server's actionable message. */
export function ProblemBanner({ problem, onRetry }: { problem: Problem; onRetry?: () => void }) {
  const tone =
    problem.code === 'INSUFFICIENT_CREDITS' || problem.code === 'RATE_LIMITED' ? 'warn' : 'error';
  const title =
    problem.kind === 'network'
      ? 'Connection problem.'
      : problem.code
        ? titles[problem.code]
        : undefined;
  return (
    <div className={`banner ${tone}`} role="alert">
      {title && <strong>{title} </strong>}
      {problem.message}
      {onRetry && (
        <>
          {' '}
          <button type="button" className="link" onClick={onRetry}>
            Try again
          </button>
        </>
      )}
    </div>
  );
}

/** A short "loading" line that screen readers announce. */
export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="muted" role="status">
      <span className="spinner" aria-hidden="true" /> {what}…
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
