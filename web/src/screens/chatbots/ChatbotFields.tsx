import type { ChatbotTool } from '../../generated/graphql';
import type { ChatbotDraft } from './draft';

const tools: { value: ChatbotTool; label: string }[] = [
  { value: 'CALCULATOR', label: 'Calculator' },
  { value: 'SEARCH_COURSE_MATERIALS', label: 'Search course materials' },
];

/** Every editable setting of a chatbot draft. */
export function ChatbotFields({
  draft,
  onChange,
  modelIds,
}: {
  draft: ChatbotDraft;
  onChange: (next: ChatbotDraft) => void;
  modelIds: readonly string[];
}) {
  const set = <K extends keyof ChatbotDraft>(key: K, value: ChatbotDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const toggleTool = (tool: ChatbotTool) =>
    set(
      'enabledTools',
      draft.enabledTools.includes(tool)
        ? draft.enabledTools.filter((t) => t !== tool)
        : [...draft.enabledTools, tool],
    );

  return (
    <>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="bot-name">Name</label>
          <input
            id="bot-name"
            required
            maxLength={80}
            value={draft.name}
            onChange={(e) => set('name', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="bot-emoji">
            Emoji <span className="hint">(optional)</span>
          </label>
          <input
            id="bot-emoji"
            maxLength={16}
            value={draft.avatarEmoji}
            onChange={(e) => set('avatarEmoji', e.target.value)}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor="bot-description">Description students see</label>
        <input
          id="bot-description"
          maxLength={500}
          value={draft.description}
          onChange={(e) => set('description', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="bot-persona">Persona</label>
        <input
          id="bot-persona"
          maxLength={1000}
          value={draft.persona}
          onChange={(e) => set('persona', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="bot-prompt">
          System prompt <span className="hint">(never shown to students)</span>
        </label>
        <textarea
          id="bot-prompt"
          rows={6}
          required
          value={draft.systemPrompt}
          onChange={(e) => set('systemPrompt', e.target.value)}
        />
      </div>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="bot-model">Model</label>
          <select
            id="bot-model"
            value={draft.modelId}
            onChange={(e) => set('modelId', e.target.value)}
          >
            <option value="">Default model</option>
            {[...new Set([...modelIds, ...(draft.modelId ? [draft.modelId] : [])])].map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="bot-temperature">
            Temperature <span className="hint">(0 to 1)</span>
          </label>
          <input
            id="bot-temperature"
            type="number"
            min="0"
            max="1"
            step="0.05"
            value={draft.temperature}
            onChange={(e) => set('temperature', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="bot-max-tokens">Max answer tokens</label>
          <input
            id="bot-max-tokens"
            type="number"
            min="1"
            max="8192"
            step="1"
            value={draft.maxOutputTokens}
            onChange={(e) => set('maxOutputTokens', e.target.value)}
          />
        </div>
      </div>
      <fieldset className="field">
        <legend>Tools</legend>
        {tools.map((tool) => (
          <label key={tool.value} className="check">
            <input
              type="checkbox"
              checked={draft.enabledTools.includes(tool.value)}
              onChange={() => toggleTool(tool.value)}
            />{' '}
            {tool.label}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="bot-starters">
          Starter prompts <span className="hint">(one per line, at most 6)</span>
        </label>
        <textarea
          id="bot-starters"
          rows={3}
          value={draft.starterPrompts}
          onChange={(e) => set('starterPrompts', e.target.value)}
        />
      </div>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="bot-topics">
            Blocked topics <span className="hint">(comma separated)</span>
          </label>
          <input
            id="bot-topics"
            value={draft.blockedTopics}
            onChange={(e) => set('blockedTopics', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="bot-keywords">
            Flag keywords <span className="hint">(comma separated)</span>
          </label>
          <input
            id="bot-keywords"
            value={draft.blockedKeywords}
            onChange={(e) => set('blockedKeywords', e.target.value)}
          />
        </div>
      </div>
    </>
  );
}
