import { useEffect, useState, type FormEvent } from 'react';
import { ProblemBanner, Notice } from '../components/Feedback';
import { signIn } from '../lib/auth';
import type { Problem } from '../lib/errors';
import { takeEndedReason } from '../lib/session';

/** Email and password sign-in, with the server's throttling shown as a countdown. */
export function LoginScreen() {
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
    <main className="login">
      <div className="card login-card">
        <div className="brand login-brand">
          <span className="brand-mark" aria-hidden="true" /> Aula
        </div>
        <h1>Sign in</h1>
        <p className="muted">Use the email and password your school gave you.</p>
        {endedReason && <Notice tone="info">{endedReason}</Notice>}
        {problem && <ProblemBanner problem={problem} />}
        {secondsLeft > 0 && (
          <Notice tone="warn">Too many attempts. You can try again in {secondsLeft} s.</Notice>
        )}
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="login-email">Email</label>
            <input
              id="login-email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="login-password">Password</label>
            <input
              id="login-password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <button type="submit" disabled={busy || secondsLeft > 0 || !email || !password}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
    </main>
  );
}
