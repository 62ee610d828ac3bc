import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FlagSeverity, FlagCategory } from '../../../generated/graphql';
import { formatWhen } from '../../../lib/format';

/** What the alert header shows of an open flag. */
export interface AlertFlag {
  readonly id: string;
  readonly category: FlagCategory;
  readonly severity: FlagSeverity;
  readonly excerpt: string;
  readonly sessionId: string;
  readonly messageId: string;
  readonly createdAt: string;
  readonly student: { readonly id: string; readonly displayName: string };
}

/** The class's open flags above the tiles, newest first, each one click from its conversation. */
export function FlagAlerts({ flags, more }: { flags: readonly AlertFlag[]; more: boolean }) {
  const { t } = useTranslation();
  if (flags.length === 0)
    return (
      <p className="banner ok" role="status">
        {t('supervisor:mission.noFlags')}
      </p>
    );
  return (
    <section className="banner error flag-alerts" aria-labelledby="flag-alerts-title">
      <h2 id="flag-alerts-title">
        {t('supervisor:mission.openFlags', { count: flags.length })}
        {more ? '+' : ''}
      </h2>
      <ul>
        {flags.map((flag) => (
          <li key={flag.id}>
            <span className={`badge ${flag.severity === 'HIGH' ? 'danger' : 'warn'}`}>
              {t(`supervisor:severity.${flag.severity}`)}
            </span>{' '}
            <strong>{flag.student.displayName}</strong> ·{' '}
            {t(`supervisor:flagCategory.${flag.category}`)} · “{flag.excerpt}”{' '}
            <span className="small">{formatWhen(flag.createdAt)}</span>{' '}
            <Link to={`/watch/${flag.sessionId}?message=${flag.messageId}`}>
              {t('supervisor:mission.openFlag')}
            </Link>
          </li>
        ))}
      </ul>
      <Link to="/flags">{t('supervisor:mission.allFlags')}</Link>
    </section>
  );
}
