import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createBrowserRouter,
  Link,
  Navigate,
  Outlet,
  ScrollRestoration,
  type RouteObject,
} from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { Provider } from 'urql';
import { CreditsBadge } from './components/CreditsBadge';
import { Layout } from './components/Layout';
import { applyUserLocale } from './i18n';
import { startTokenRefresher } from './lib/auth';
import { clientFor } from './lib/client';
import { useSession, type RoleName, type Session } from './lib/session';
import { usePageTitle, type TitleKey } from './lib/title';
import { routes, navItems, homeFor, type AppRoute } from './routes';
import { takeLtiLaunchCode } from './lib/lti';
import { LoginScreen } from './screens/LoginScreen';
import { LtiLaunch } from './screens/lti/LtiLaunch';

/** The whole app: React Router over the routes in routes.tsx, behind sign-in. */
export function App() {
  return <RouterProvider router={router} />;
}

const router = createBrowserRouter([
  {
    element: <Root />,
    children: [
      { index: true, element: <Home /> },
      { path: '/login', element: <Home /> },
      ...routes.map(toRouteObject),
      { path: '*', element: <NotFound /> },
    ],
  },
]);

function toRouteObject(route: AppRoute): RouteObject {
  return {
    path: route.path,
    element: (
      <>
        <RouteTitle titleKey={route.title} />
        <RoleGate roles={route.roles}>
          <route.Screen />
        </RoleGate>
      </>
    ),
  };
}

/** Sign-in when signed out (at any URL, which is kept), otherwise the layout and the screen. */
function Root() {
  const session = useSession();
  const client = clientFor(session?.user.id ?? null);
  // An LMS launch (LTI) signs in whoever the LMS says, replacing any session in this browser.
  const [ltiCode, setLtiCode] = useState(takeLtiLaunchCode);
  const ltiDone = useCallback(() => setLtiCode(null), []);
  useEffect(() => applyUserLocale(session?.user.locale), [session?.user.locale]);
  return (
    <>
      <ScrollRestoration />
      {ltiCode ? (
        <LtiLaunch code={ltiCode} onDone={ltiDone} />
      ) : !session || !client ? (
        <>
          <RouteTitle titleKey="common:titles.signIn" />
          <LoginScreen />
        </>
      ) : (
        <Provider value={client}>
          <SignedIn session={session} />
        </Provider>
      )}
    </>
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
      <Outlet />
    </Layout>
  );
}

/** Sets the route's title; rendered before the screen so a screen's own title wins. */
function RouteTitle({ titleKey }: { titleKey: TitleKey }) {
  const { t } = useTranslation();
  usePageTitle(t(titleKey));
  return null;
}

function RoleGate({ roles, children }: { roles: readonly RoleName[]; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  if (!session) return null;
  if (!roles.includes(session.user.role)) {
    return (
      <div className="banner error" role="alert">
        {t('common:notForRole')}
      </div>
    );
  }
  return children;
}

function Home() {
  const session = useSession();
  if (!session) return null;
  return <Navigate to={homeFor(session.user.role)} replace />;
}

function NotFound() {
  const { t } = useTranslation();
  const session = useSession();
  usePageTitle(t('common:titles.notFound'));
  return (
    <div className="empty">
      <h1>{t('common:notFound.title')}</h1>
      <p>
        <Link to={session ? homeFor(session.user.role) : '/'}>{t('common:notFound.home')}</Link>
      </p>
    </div>
  );
}
