import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemBanner } from '../../components/Feedback';
import { downloadFile } from '../../lib/download';
import type { Problem } from '../../lib/errors';
import { exportFileName, exportMarkdown, type ExportedChats } from './exportFile';

/** What an export query answered: the JSON file, or why not. */
export type LoadedExport =
  { readonly fileName: string; readonly content: string } | { readonly problem: Problem };

/**
 * Download buttons for conversations as Markdown (headings in the reader's language) and as
 * JSON (the server's file as it is). `load` fetches the JSON export; `label` names what is
 * exported, for screen readers.
 */
export function ExportButtons({
  load,
  label,
}: {
  load: () => Promise<LoadedExport>;
  label: string;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState('');
  const save = async (format: 'md' | 'json') => {
    setBusy(true);
    setDone('');
    const loaded = await load();
    setBusy(false);
    if ('problem' in loaded) {
      setProblem(loaded.problem);
      return;
    }
    setProblem(null);
    const name = exportFileName(loaded.fileName, format);
    if (format === 'json') downloadFile(name, 'application/json', [loaded.content]);
    else {
      const chats = JSON.parse(loaded.content) as ExportedChats;
      downloadFile(name, 'text/markdown;charset=utf-8', [exportMarkdown(chats, t)]);
    }
    setDone(t('chat:export.saved', { name }));
  };
  return (
    <div className="export-buttons" role="group" aria-label={label}>
      <span className="small muted" aria-hidden="true">
        {t('chat:export.download')}
      </span>
      <button
        type="button"
        className="link"
        disabled={busy}
        aria-label={t('chat:export.markdown')}
        onClick={() => void save('md')}
      >
        {t('chat:export.markdownShort')}
      </button>
      <button
        type="button"
        className="link"
        disabled={busy}
        aria-label={t('chat:export.json')}
        onClick={() => void save('json')}
      >
        {t('chat:export.jsonShort')}
      </button>
      <span className="visually-hidden" role="status">
        {done}
      </span>
      {problem && <ProblemBanner problem={problem} />}
    </div>
  );
}
