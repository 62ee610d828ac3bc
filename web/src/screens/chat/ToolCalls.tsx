import type { Message } from './conversationState';

const toolLabel: Record<string, string> = {
  calculator: 'Calculator',
  search_course_materials: 'Searched course materials',
};

function brief(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The tools an answer used, one compact line each; details on demand. */
export function ToolCalls({ calls }: { calls: Message['toolCalls'] }) {
  return (
    <ul className="tool-calls" aria-label="Tools used">
      {calls.map((call) => (
        <li key={call.toolUseId}>
          <details>
            <summary>
              <span aria-hidden="true">🔧</span> {toolLabel[call.name] ?? call.name}{' '}
              <code>{brief(call.input)}</code>
              {call.output == null ? (
                <span className="muted"> · running…</span>
              ) : call.isError ? (
                <span className="text-danger"> · failed</span>
              ) : (
                <span className="muted"> → {brief(call.output, 60)}</span>
              )}
            </summary>
            <pre className="tool-detail">{`input: ${call.input}\n\noutput: ${call.output ?? '(pending)'}`}</pre>
          </details>
        </li>
      ))}
    </ul>
  );
}
