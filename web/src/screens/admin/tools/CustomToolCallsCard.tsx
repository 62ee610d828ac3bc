import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useCursorPages } from '../../../components/CursorPager';
import { Field } from '../../../components/Field';
import { ListCard } from '../../../components/ListCard';
import { formatCredits, formatDateTime } from '../../../lib/format';
import { CustomToolCallsQuery } from './documents';

/**
 * The audit of custom tool calls, newest first, one page at a time: who, which tool, how it
 * ended, how long it took and what it cost. Arguments and results are not kept here.
 */
export function CustomToolCallsCard({
  tools,
  toolId,
  onToolChange,
}: {
  /** The tools to filter by (this page of the list). */
  tools: readonly { id: string; name: string }[];
  toolId: string;
  onToolChange(toolId: string): void;
}) {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CustomToolCallsQuery,
    variables: { toolId: toolId || null, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const calls = data?.customToolCalls.edges.map((e) => e.node) ?? [];
  return (
    <ListCard
      title={t('admin:tools.calls')}
      fetching={fetching}
      error={error}
      loaded={!!data}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
      emptyText={t('admin:tools.noCalls')}
      headers={[
        t('admin:tools.callStarted'),
        t('admin:tools.tool'),
        t('admin:tools.student'),
        t('admin:tools.outcome'),
        t('admin:tools.duration'),
        t('admin:tools.cost'),
      ]}
      items={calls}
      itemKey={(call) => call.id}
      cells={(call) => (
        <>
          <td>{formatDateTime(call.startedAt)}</td>
          <td>
            <code>{call.toolName}</code>
          </td>
          <td>{call.user.displayName}</td>
          <td>
            <div>
              {t(`admin:tools.outcomes.${call.outcome}`)}
              {call.error && <div className="small muted">{call.error}</div>}
            </div>
          </td>
          <td>{t('admin:tools.ms', { value: call.durationMs })}</td>
          <td>{formatCredits(call.cost.credits)}</td>
        </>
      )}
      pages={pages}
      pageInfo={data?.customToolCalls.pageInfo}
    >
      <div className="filters-row">
        <Field label={t('admin:tools.filterTool')}>
          {(control) => (
            <select
              {...control}
              value={toolId}
              onChange={(e) => {
                onToolChange(e.target.value);
                pages.reset();
              }}
            >
              <option value="">{t('admin:tools.allTools')}</option>
              {tools.map((tool) => (
                <option key={tool.id} value={tool.id}>
                  {tool.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </ListCard>
  );
}
