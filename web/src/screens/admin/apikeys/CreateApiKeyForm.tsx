import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Field } from '../../../components/Field';
import { ProblemBanner } from '../../../components/Feedback';
import type { ApiKeyScope } from '../../../generated/graphql';
import { problemFromCombined } from '../../../lib/errors';
import { CreateApiKeyMutation } from './documents';

/** Every scope a key can carry, in the order the form lists them. */
export const API_KEY_SCOPES: readonly ApiKeyScope[] = [
  'USERS_READ',
  'USAGE_READ',
  'CHAT_READ',
  'CONTENT_READ',
  'MONITORING_READ',
  'USAGE_WRITE',
  'CHAT_WRITE',
];

/**
 * Creates an API key with chosen scopes; its secret is shown once, here, with a way to copy
 * it, and is gone when the admin dismisses it.
 */
export function CreateApiKeyForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ReadonlySet<ApiKeyScope>>(new Set());
  const [expires, setExpires] = useState('');
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [result, create] = useMutation(CreateApiKeyMutation);

  const toggle = (scope: ApiKeyScope) => {
    const next = new Set(scopes);
    if (next.has(scope)) next.delete(scope);
    else next.add(scope);
    setScopes(next);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSecret(null);
    setCopied(false);
    const outcome = await create({
      input: {
        name: name.trim(),
        scopes: API_KEY_SCOPES.filter((s) => scopes.has(s)),
        expiresAt: expires ? new Date(`${expires}T23:59:59`).toISOString() : null,
      },
    });
    if (!outcome.data) return;
    setSecret({
      name: outcome.data.createApiKey.apiKey.name,
      secret: outcome.data.createApiKey.secret,
    });
    setName('');
    setScopes(new Set());
    setExpires('');
    onCreated();
  };

  return (
    <form className="card stack" aria-labelledby="new-key-title" onSubmit={(e) => void submit(e)}>
      <h2 id="new-key-title">{t('admin:apiKeys.create')}</h2>
      <Field label={t('admin:apiKeys.name')} hint={t('admin:apiKeys.nameHint')} required>
        {(control) => (
          <input
            {...control}
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </Field>
      <fieldset className="scope-list">
        <legend>{t('admin:apiKeys.scopes')}</legend>
        {API_KEY_SCOPES.map((scope) => (
          <label key={scope} className="check">
            <input type="checkbox" checked={scopes.has(scope)} onChange={() => toggle(scope)} />{' '}
            {t(`admin:apiKeys.scope.${scope}`)}
          </label>
        ))}
      </fieldset>
      <Field label={t('admin:apiKeys.expires')} optional={t('common:optional')}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={expires}
            onChange={(e) => setExpires(e.target.value)}
          />
        )}
      </Field>
      {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
      <div className="row">
        <button type="submit" disabled={result.fetching || !name.trim() || scopes.size === 0}>
          {t('admin:apiKeys.createSubmit')}
        </button>
      </div>
      {secret && (
        <div className="banner ok secret-once" role="status">
          <p>
            <strong>{t('admin:apiKeys.createdTitle', { name: secret.name })}</strong>{' '}
            {t('admin:apiKeys.shownOnce')}
          </p>
          <p>
            <code data-testid="api-key-secret">{secret.secret}</code>
          </p>
          <div className="row">
            <button
              type="button"
              className="secondary"
              onClick={() =>
                void navigator.clipboard?.writeText(secret.secret).then(() => setCopied(true))
              }
            >
              {copied ? t('admin:apiKeys.copied') : t('admin:apiKeys.copy')}
            </button>
            <button type="button" className="secondary" onClick={() => setSecret(null)}>
              {t('admin:apiKeys.dismiss')}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
