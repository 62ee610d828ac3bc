import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Loading, ProblemBanner } from '../../components/Feedback';
import { problemFromCombined } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { getSession } from '../../lib/session';
import { AccountMeQuery } from './documents';
import { JoinClass } from './JoinClass';
import { LanguageCard } from './LanguageCard';
import { PasswordForm } from './PasswordForm';
import { WhoViewed } from './WhoViewed';
import { AlertSettings } from '../supervisor/AlertSettings';

/** The signed-in person's own account details. */
export function AccountScreen() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AccountMeQuery });
  return (
    <div className="stack">
      <h1>{t('account:title')}</h1>
      {error && (
        <ProblemBanner
          problem={problemFromCombined(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {fetching && !data && <Loading />}
      {data?.me && (
        <dl className="card details">
          <dt>{t('account:name')}</dt>
          <dd>{data.me.displayName}</dd>
          <dt>{t('account:email')}</dt>
          <dd>{data.me.email}</dd>
          <dt>{t('account:role')}</dt>
          <dd>{t(`common:roles.${data.me.role}`)}</dd>
          <dt>{t('account:status')}</dt>
          <dd>{data.me.status ? t(`common:userStatus.${data.me.status}`) : '—'}</dd>
          <dt>{t('account:memberSince')}</dt>
          <dd>{formatDateTime(data.me.createdAt)}</dd>
          <dt>{t('account:lastSignIn')}</dt>
          <dd>{data.me.lastLoginAt ? formatDateTime(data.me.lastLoginAt) : t('common:never')}</dd>
        </dl>
      )}
      <LanguageCard />
      <PasswordForm />
      {getSession()?.user.role === 'STUDENT' && <JoinClass />}
      {getSession()?.user.role === 'STUDENT' && <WhoViewed />}
      {getSession()?.user.role === 'SUPERVISOR' && <JoinClass withCode={false} />}
      {getSession()?.user.role !== 'STUDENT' && <AlertSettings />}
    </div>
  );
}
