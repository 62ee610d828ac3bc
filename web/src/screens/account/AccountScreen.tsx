import { useQuery } from 'urql';
import { Loading, ProblemBanner } from '../../components/Feedback';
import { problemFromCombined } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { getSession } from '../../lib/session';
import { AccountMeQuery } from './documents';
import { JoinClass } from './JoinClass';
import { PasswordForm } from './PasswordForm';
import { WhoViewed } from './WhoViewed';

/** The signed-in person's own account details. */
export function AccountScreen() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: AccountMeQuery });
  return (
    <div className="stack">
      <h1>My account</h1>
      {error && (
        <ProblemBanner
          problem={problemFromCombined(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {fetching && !data && <Loading />}
      {data?.me && (
        <dl className="card details">
          <dt>Name</dt>
          <dd>{data.me.displayName}</dd>
          <dt>Email</dt>
          <dd>{data.me.email}</dd>
          <dt>Role</dt>
          <dd>{data.me.role}</dd>
          <dt>Status</dt>
          <dd>{data.me.status}</dd>
          <dt>Member since</dt>
          <dd>{formatDateTime(data.me.createdAt)}</dd>
          <dt>Last sign-in</dt>
          <dd>{data.me.lastLoginAt ? formatDateTime(data.me.lastLoginAt) : 'never'}</dd>
        </dl>
      )}
      <PasswordForm />
      {getSession()?.user.role === 'STUDENT' && <JoinClass />}
      {getSession()?.user.role === 'STUDENT' && <WhoViewed />}
    </div>
  );
}
