import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useCursorPages } from '../../../components/CursorPager';
import { ListCard } from '../../../components/ListCard';
import { formatDateTime } from '../../../lib/format';
import { CaughtEmailsQuery } from './documents';

/**
 * Admins: the e-mails the built-in SMTP catcher received (flag alerts, escalations,
 * invitations), so the embedded default shows the whole alert path without a mail server.
 */
export function CaughtEmailsScreen() {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CaughtEmailsQuery,
    variables: { after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const emails = data?.caughtEmails.edges.map((e) => e.node) ?? [];

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('admin:emails.title')}</h1>
        <span className="muted small">{t('admin:emails.intro')}</span>
      </div>
      <ListCard
        title={t('admin:emails.received')}
        fetching={fetching}
        error={error}
        loaded={!!data}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        emptyText={t('admin:emails.none')}
        headers={[t('admin:emails.when'), t('admin:emails.to'), t('admin:emails.message')]}
        items={emails}
        itemKey={(e) => e.id}
        cells={(e) => (
          <>
            <td>{formatDateTime(e.receivedAt)}</td>
            <td>{e.to.join(', ')}</td>
            <td>
              <details>
                <summary>{e.subject}</summary>
                <pre className="email-body">{e.text}</pre>
              </details>
            </td>
          </>
        )}
        pages={pages}
        pageInfo={data?.caughtEmails.pageInfo}
      />
    </div>
  );
}
