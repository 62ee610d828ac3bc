import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A page outside the signed-in layout: one card in the middle of the screen under Aula's name,
 * as sign-in and an LMS launch show it.
 */
export function BrandCard({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main className="login">
      <div className="card login-card">
        <div className="brand login-brand">
          <span className="brand-mark" aria-hidden="true" /> {t('common:appName')}
        </div>
        {children}
      </div>
    </main>
  );
}
