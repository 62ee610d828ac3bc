import { useTranslation } from 'react-i18next';
import type { Message } from './conversationState';

type ToolCall = Message['toolCalls'][number];

/** The arguments the model passed, parsed; an empty object when they are not JSON (yet). */
function argumentsOf(call: ToolCall): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(call.input);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The titles of the passages a material search returned (`[1] Title (source)` lines). */
function materialTitles(output: string): string[] {
  return [...output.matchAll(/^\[\d+\] (.+?)(?: \([^)]*\))?$/gm)].map((m) => m[1] as string);
}

function Chip({ call }: { call: ToolCall }) {
  const { t } = useTranslation();
  const args = argumentsOf(call);
  const running = call.output == null;
  let icon = '🔧';
  let summary: string;
  if (call.name === 'calculator') {
    icon = '🧮';
    const expression = typeof args.expression === 'string' ? args.expression : call.input;
    summary = running
      ? t('chat:tools.calculating', { expression })
      : call.isError
        ? t('chat:tools.calculationFailed', { expression })
        : t('chat:tools.calculated', { expression, result: call.output });
  } else if (call.name === 'search_course_materials') {
    icon = '📚';
    const query = typeof args.query === 'string' ? args.query : '';
    const titles = running || call.isError ? [] : materialTitles(call.output ?? '');
    summary = running
      ? t('chat:tools.searching', { query })
      : call.isError
        ? t('chat:tools.searchFailed', { query })
        : titles.length > 0
          ? t('chat:tools.searched', { query, count: titles.length, titles: titles.join(', ') })
          : t('chat:tools.searchedNothing', { query });
  } else {
    summary = running
      ? t('chat:tools.otherRunning', { name: call.name })
      : t('chat:tools.otherDone', { name: call.name });
  }
  return (
    <li className={`tool-chip${call.isError ? ' tool-chip-error' : ''}`}>
      <details>
        <summary>
          <span aria-hidden="true">{icon}</span> <span>{summary}</span>
          {running && <span className="spinner" aria-hidden="true" />}
        </summary>
        <dl className="tool-detail">
          <dt>{t('chat:tools.input')}</dt>
          <dd>
            <code>{call.input}</code>
          </dd>
          <dt>{t('chat:tools.output')}</dt>
          <dd>
            <code>{call.output ?? t('chat:tools.pending')}</code>
          </dd>
        </dl>
      </details>
    </li>
  );
}

/** The tools an answer used, as compact chips that open to show what went in and came out. */
export function ToolCalls({ calls }: { calls: Message['toolCalls'] }) {
  const { t } = useTranslation();
  return (
    <ul className="tool-calls" aria-label={t('chat:tools.label')}>
      {calls.map((call) => (
        <Chip key={call.toolUseId} call={call} />
      ))}
    </ul>
  );
}
