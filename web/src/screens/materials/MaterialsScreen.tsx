import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useCursorPages } from '../../components/CursorPager';
import { ProblemBanner } from '../../components/Feedback';
import { ListCard } from '../../components/ListCard';
import { problemFromCombined } from '../../lib/errors';
import { formatDateTime, formatNumber } from '../../lib/format';
import { ChatbotMaterialsPanel } from './ChatbotMaterialsPanel';
import { DeleteMaterialMutation, MaterialsQuery } from './documents';
import { byteSize } from './fileCheck';
import { UploadMaterialForm } from './UploadMaterialForm';

/**
 * Course materials for teachers and admins: upload documents, list and delete them (teachers
 * their own, admins all), attach them to chatbots and preview what a chatbot's search finds.
 */
export function MaterialsScreen() {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const [version, setVersion] = useState(0);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MaterialsQuery,
    variables: { after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const [deleted, remove] = useMutation(DeleteMaterialMutation);
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    setVersion((v) => v + 1);
  };
  const materials = data?.materials.edges.map((e) => e.node) ?? [];

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('materials:title')}</h1>
        <span className="muted small">{t('materials:intro')}</span>
      </div>
      <UploadMaterialForm limits={data?.materialUploadLimits} onUploaded={reload} />
      <ListCard
        title={t('materials:list.title')}
        fetching={fetching}
        error={error}
        loaded={!!data}
        onRetry={reload}
        emptyText={t('materials:list.none')}
        headers={[
          t('materials:list.material'),
          t('materials:list.format'),
          t('materials:list.size'),
          t('materials:list.passages'),
          t('materials:list.uploaded'),
          t('materials:list.actions'),
        ]}
        items={materials}
        itemKey={(m) => m.id}
        cells={(m) => (
          <>
            <td>
              {m.title}
              {(m.source || m.fileName) && (
                <div className="small muted">
                  {[m.fileName, m.source].filter(Boolean).join(' · ')}
                </div>
              )}
            </td>
            <td>{t(`materials:format.${m.format}`)}</td>
            <td>{byteSize(m.sizeBytes, (n) => formatNumber(n))}</td>
            <td>{formatNumber(m.chunkCount)}</td>
            <td>{formatDateTime(m.createdAt)}</td>
            <td>
              <ConfirmDialog
                trigger={
                  <button type="button" className="secondary">
                    {t('materials:list.delete')}
                    <span className="visually-hidden"> {m.title}</span>
                  </button>
                }
                title={t('materials:list.deleteTitle', { title: m.title })}
                description={t('materials:list.deleteBody')}
                confirmLabel={t('materials:list.delete')}
                destructive
                onConfirm={async () => {
                  await remove({ id: m.id });
                  reload();
                }}
              />
            </td>
          </>
        )}
        pages={pages}
        pageInfo={data?.materials.pageInfo}
      >
        {deleted.error && <ProblemBanner problem={problemFromCombined(deleted.error)} />}
      </ListCard>
      <ChatbotMaterialsPanel materialsVersion={version} />
    </div>
  );
}
