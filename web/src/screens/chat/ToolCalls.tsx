import { useTranslation } from 'react-i18next';
import type { Message } from './conversationState';

function brief(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The tools an answer used, one compact line each; details on demand. */
export function ToolCalls({ calls }: { calls: Message['toolCalls'] }) {
  const { t } = useTranslation();
  const label = (name: string) =>
    name === 'calculator'
      ? t('chat:tools.calculator')
      : name === 'search_course_materials'
        ? t('chat:tools.searchMaterials')
        : name;
  return (
    <ul className="tool-calls" aria-label={t('chat:tools.label')}>
      {calls.map((call) => (
        <li key={call.toolUseId}>
          <details>
            <summary>
              <span aria-hidden="true">🔧</span> {label(call.name)} <code>{brief(call.input)}</code>
              {call.output == null ? (
                <span className="muted"> · {t('chat:tools.running')}</span>
              ) : call.isError ? (
                <span className="text-danger"> · {t('chat:tools.failed')}</span>
              ) : (
                <span className="muted"> → {brief(call.output, 60)}</span>
              )}
            </summary>
            <pre className="tool-detail">{`${t('chat:tools.input')}: ${call.input}\n\n${t('chat:tools.output')}: ${call.output ?? t('chat:tools.pending')}`}</pre>
          </details>
        </li>
      ))}
    </ul>
  );
}
