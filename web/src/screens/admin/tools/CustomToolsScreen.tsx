import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useCursorPages } from '../../../components/CursorPager';
import { ProblemBanner } from '../../../components/Feedback';
import { ListCard } from '../../../components/ListCard';
import { problemFromCombined } from '../../../lib/errors';
import { formatCredits } from '../../../lib/format';
import { CustomToolCallsCard } from './CustomToolCallsCard';
import { CustomToolForm } from './CustomToolForm';
import { CustomToolsQuery, DisableCustomToolMutation } from './documents';

/**
 * Admins: the custom tools chatbots may offer (MCP servers' tools and Lambda functions),
 * registered, edited and disabled for good, and the audit of their calls.
 */
export function CustomToolsScreen() {
  const { t } = useTranslation();
  const [includeDisabled, setIncludeDisabled] = useState(false);
  const pages = useCursorPages();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CustomToolsQuery,
    variables: { includeDisabled, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const [disabled, disable] = useMutation(DisableCustomToolMutation);
  const [editing, setEditing] = useState<string | null>(null);
  const [auditTool, setAuditTool] = useState('');
  const audit = useRef<HTMLDivElement>(null);
  const showCalls = (toolId: string) => {
    setAuditTool(toolId);
    audit.current?.scrollIntoView({ block: 'start' });
  };
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const tools = data?.customTools.edges.map((e) => e.node) ?? [];
  const current = tools.find((tool) => tool.id === editing && !tool.disabled);

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('admin:tools.title')}</h1>
        <span className="muted small">{t('admin:tools.intro')}</span>
      </div>
      <ListCard
        title={t('admin:tools.list')}
        fetching={fetching}
        error={error}
        loaded={!!data}
        onRetry={reload}
        emptyText={t('admin:tools.none')}
        headers={[
          t('admin:tools.name'),
          t('admin:tools.where'),
          t('admin:tools.limits'),
          t('admin:tools.status'),
          t('admin:actions'),
        ]}
        items={tools}
        itemKey={(tool) => tool.id}
        cells={(tool) => (
          <>
            <td>
              <div>
                <code>{tool.name}</code>
                <div className="small muted">{tool.description}</div>
              </div>
            </td>
            <td className="small">
              <div className="url-list">
                {t(`admin:tools.kinds.${tool.kind}`)}
                <div>
                  <code>
                    {tool.kind === 'MCP'
                      ? `${tool.serverUrl ?? ''} → ${tool.mcpToolName ?? ''}`
                      : `${tool.functionName ?? ''} (${tool.region ?? ''})`}
                  </code>
                </div>
                {tool.endpoint && (
                  <div>
                    {t('admin:tools.endpoint')} <code>{tool.endpoint}</code>
                  </div>
                )}
                {tool.hasAuthHeader && <div>{t('admin:tools.withAuthHeader')}</div>}
              </div>
            </td>
            <td className="small">
              {t('admin:tools.limitsValue', {
                cost: formatCredits(tool.cost.credits),
                seconds: tool.timeoutMs / 1000,
              })}
            </td>
            <td>{tool.disabled ? t('admin:tools.disabled') : t('admin:tools.active')}</td>
            <td>
              <div className="row">
                <button type="button" className="secondary" onClick={() => showCalls(tool.id)}>
                  {t('admin:tools.showCalls')}
                  <span className="visually-hidden"> {tool.name}</span>
                </button>
                {!tool.disabled && (
                  <>
                    <button type="button" className="secondary" onClick={() => setEditing(tool.id)}>
                      {t('admin:tools.edit')}
                      <span className="visually-hidden"> {tool.name}</span>
                    </button>
                    <ConfirmDialog
                      trigger={
                        <button type="button" className="secondary">
                          {t('admin:tools.disable')}
                          <span className="visually-hidden"> {tool.name}</span>
                        </button>
                      }
                      title={t('admin:tools.disableTitle', { name: tool.name })}
                      description={t('admin:tools.disableBody')}
                      confirmLabel={t('admin:tools.disable')}
                      destructive
                      onConfirm={async () => {
                        await disable({ id: tool.id });
                        if (editing === tool.id) setEditing(null);
                        reload();
                      }}
                    />
                  </>
                )}
              </div>
            </td>
          </>
        )}
        pages={pages}
        pageInfo={data?.customTools.pageInfo}
      >
        <label className="check">
          <input
            type="checkbox"
            checked={includeDisabled}
            onChange={(e) => {
              setIncludeDisabled(e.target.checked);
              pages.reset();
            }}
          />{' '}
          {t('admin:tools.includeDisabled')}
        </label>
        {disabled.error && <ProblemBanner problem={problemFromCombined(disabled.error)} />}
      </ListCard>
      {current ? (
        <>
          <CustomToolForm key={current.id} current={current} onSaved={reload} />
          <div className="row">
            <button type="button" className="secondary" onClick={() => setEditing(null)}>
              {t('admin:tools.addInstead')}
            </button>
          </div>
        </>
      ) : (
        <CustomToolForm key="new" onSaved={reload} />
      )}
      <div ref={audit}>
        <CustomToolCallsCard tools={tools} toolId={auditTool} onToolChange={setAuditTool} />
      </div>
    </div>
  );
}
