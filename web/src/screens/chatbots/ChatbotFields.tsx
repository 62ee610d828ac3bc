import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { ChatbotTool } from '../../generated/graphql';
import { CustomToolsQuery } from './documents';
import type { ChatbotDraft } from './draft';

const tools: readonly ChatbotTool[] = ['CALCULATOR', 'SEARCH_COURSE_MATERIALS'];

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
  const { t } = useTranslation();
  const set = <K extends keyof ChatbotDraft>(key: K, value: ChatbotDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const [customTools] = useQuery({ query: CustomToolsQuery });
  const registered = customTools.data?.customTools.edges.map((edge) => edge.node) ?? [];
  const toggleCustomTool = (id: string) =>
    set(
      'customToolIds',
      draft.customToolIds.includes(id)
        ? draft.customToolIds.filter((enabled) => enabled !== id)
        : [...draft.customToolIds, id],
    );
  const toggleTool = (tool: ChatbotTool) =>
    set(
      'enabledTools',
      draft.enabledTools.includes(tool)
        ? draft.enabledTools.filter((enabled) => enabled !== tool)
        : [...draft.enabledTools, tool],
    );

  return (
    <>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="bot-name">{t('chatbots:fields.name')}</label>
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
            {t('chatbots:fields.emoji')} <span className="hint">{t('common:optional')}</span>
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
        <label htmlFor="bot-description">{t('chatbots:fields.description')}</label>
        <input
          id="bot-description"
          maxLength={500}
          value={draft.description}
          onChange={(e) => set('description', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="bot-persona">{t('chatbots:fields.persona')}</label>
        <input
          id="bot-persona"
          maxLength={1000}
          value={draft.persona}
          onChange={(e) => set('persona', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="bot-prompt">
          {t('chatbots:fields.systemPrompt')}{' '}
          <span className="hint">{t('chatbots:fields.systemPromptHint')}</span>
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
          <label htmlFor="bot-model">{t('chatbots:fields.model')}</label>
          <select
            id="bot-model"
            value={draft.modelId}
            onChange={(e) => set('modelId', e.target.value)}
          >
            <option value="">{t('chatbots:fields.defaultModel')}</option>
            {[...new Set([...modelIds, ...(draft.modelId ? [draft.modelId] : [])])].map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="bot-temperature">
            {t('chatbots:fields.temperature')}{' '}
            <span className="hint">{t('chatbots:fields.temperatureHint')}</span>
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
          <label htmlFor="bot-max-tokens">{t('chatbots:fields.maxTokens')}</label>
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
        <legend>{t('chatbots:fields.tools')}</legend>
        {tools.map((tool) => (
          <label key={tool} className="check">
            <input
              type="checkbox"
              checked={draft.enabledTools.includes(tool)}
              onChange={() => toggleTool(tool)}
            />{' '}
            {t(`chatbots:tools.${tool}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{t('chatbots:fields.customTools')}</legend>
        {registered.length === 0 && !customTools.fetching && (
          <p className="hint">{t('chatbots:fields.noCustomTools')}</p>
        )}
        {registered.map((tool) => (
          <label key={tool.id} className="check">
            <input
              type="checkbox"
              checked={draft.customToolIds.includes(tool.id)}
              onChange={() => toggleCustomTool(tool.id)}
            />{' '}
            <code>{tool.name}</code> — {tool.description}{' '}
            <span className="hint">
              ({t('chatbots:fields.customToolCost', { credits: tool.cost.credits })})
            </span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="bot-starters">
          {t('chatbots:fields.starters')}{' '}
          <span className="hint">{t('chatbots:fields.startersHint')}</span>
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
            {t('chatbots:fields.blockedTopics')}{' '}
            <span className="hint">{t('chatbots:fields.commaSeparated')}</span>
          </label>
          <input
            id="bot-topics"
            value={draft.blockedTopics}
            onChange={(e) => set('blockedTopics', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="bot-keywords">
            {t('chatbots:fields.flagKeywords')}{' '}
            <span className="hint">{t('chatbots:fields.commaSeparated')}</span>
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
