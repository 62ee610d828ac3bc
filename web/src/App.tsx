import { useEffect, type ReactNode } from 'react';
import { Provider } from 'urql';
import { CreditsBadge } from './components/CreditsBadge';
import { Layout } from './components/Layout';
import { startTokenRefresher } from './lib/auth';
import { clientFor } from './lib/client';
import { matchPath, navigate, usePath } from './lib/router';
import { useSession, type Session } from './lib/session';
import { routes, navItems, homeFor } from './routes';
import { LoginScreen } from './screens/LoginScreen';

/** The whole app: sign-in when signed out, otherwise the routed screens for the person's role. */
export function App() {
  const session = useSession();
  const client = clientFor(session?.user.id ?? null);
  if (!session || !client) return <LoginScreen />;
  return (
    <Provider value={client}>
      <SignedIn session={session} />
    </Provider>
  );
}

function SignedIn({ session }: { session: Session }) {
  useEffect(() => startTokenRefresher(), []);
  return (
    <Layout
      session={session}
      nav={navItems}
      extra={session.user.role === 'STUDENT' ? <CreditsBadge /> : undefined}
    >
      <Routed session={session} />
    </Layout>
  );
}

function Routed({ session }: { session: Session }): ReactNode {
  const path = usePath();
  const role = session.user.role;
  const home = homeFor(role);
  useEffect(() => {
    if (path === '/' || path === '/login') navigate(home, { replace: true });
  }, [path, home]);

  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    if (!route.roles.includes(role)) {
      return (
        <div className="banner error" role="alert">
          This page is not available to your role.
        </div>
      );
    }
    return route.render(params);
  }
  if (path === '/' || path === '/login') return null;
  return (
    <div className="empty">
      <h1>Page not found</h1>
      <p>
        <a href={home}>Go to your start page</a>
      </p>
    </div>
  );
}
