import type { ComponentType, ReactNode } from 'react';
import type { SourceResources } from '../i18n/resources';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { signOut } from '../lib/auth';
import type { RoleName, Session } from '../lib/session';

/** A navigation entry (its label an i18n key) and the roles that see it. */
export interface NavItem {
  readonly href: string;
  readonly label: `common:nav.${keyof SourceResources['common']['nav']}`;
  readonly roles: readonly RoleName[];
  /** Something live shown after the label, such as the open-flag count. */
  readonly badge?: ComponentType;
  /** `admin` puts the item in the administration row under the main navigation. */
  readonly group?: 'admin';
}

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
  const { t } = useTranslation();
  const mine = nav.filter((item) => item.roles.includes(session.user.role));
  const items = mine.filter((item) => !item.group);
  const adminItems = mine.filter((item) => item.group === 'admin');
  return (
    <>
      <a className="skip-link" href="#content">
        {t('common:skipToContent')}
      </a>
      <header className="topbar">
        <Link className="brand" to="/">
          <span className="brand-mark" aria-hidden="true" /> {t('common:appName')}
        </Link>
        <nav className="nav" aria-label={t('common:nav.label')}>
          {items.map((item) => (
            <NavLink key={item.href} to={item.href}>
              {t(item.label)}
              {item.badge && (
                <>
                  {' '}
                  <item.badge />
                </>
              )}
            </NavLink>
          ))}
        </nav>
        <div className="userbox">
          {extra}
          <span className="user-name">
            {session.user.displayName}{' '}
            <span className="badge">{t(`common:roles.${session.user.role}`)}</span>
          </span>
          <button type="button" className="secondary" onClick={() => void signOut()}>
            {t('common:signOut')}
          </button>
        </div>
      </header>
      {adminItems.length > 0 && (
        <nav className="nav subnav" aria-label={t('common:nav.adminLabel')}>
          {adminItems.map((item) => (
            <NavLink key={item.href} to={item.href}>
              {t(item.label)}
            </NavLink>
          ))}
        </nav>
      )}
      <main id="content" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
