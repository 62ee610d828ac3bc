import type { ReactNode } from 'react';
import { signOut } from '../lib/auth';
import { usePath } from '../lib/router';
import type { RoleName, Session } from '../lib/session';
import { Link } from './Link';

/** A navigation entry and the roles that see it. */
export interface NavItem {
  readonly href: string;
  readonly label: string;
  readonly roles: readonly RoleName[];
}

const roleLabel: Record<RoleName, string> = {
  STUDENT: 'Student',
  SUPERVISOR: 'Teacher',
  ADMIN: 'Admin',
};

/** The frame around every signed-in screen: brand, role-aware navigation, who is signed in. */
export function Layout({
  session,
  nav,
  extra,
  children,
}: {
  session: Session;
  nav: readonly NavItem[];
  extra?: ReactNode;
  children: ReactNode;
}) {
  const path = usePath();
  const items = nav.filter((item) => item.roles.includes(session.user.role));
  return (
    <>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="topbar">
        <Link className="brand" href="/">
          <span className="brand-mark" aria-hidden="true" /> Aula
        </Link>
        <nav className="nav" aria-label="Main">
          {items.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              aria-current={
                path === item.href || path.startsWith(`${item.href}/`) ? 'page' : undefined
              }
            >
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="userbox">
          {extra}
          <span>
            {session.user.displayName} <span className="badge">{roleLabel[session.user.role]}</span>
          </span>
          <button type="button" className="secondary" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="content" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
