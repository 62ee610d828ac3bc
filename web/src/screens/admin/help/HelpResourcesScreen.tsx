import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Loading, Notice, ProblemBanner } from '../../../components/Feedback';
import { Field } from '../../../components/Field';
import type { HelpResourcesFieldsFragment } from '../../../generated/graphql';
import { problemFromCombined } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import {
  HelpResourcesQuery,
  ResetHelpResourcesMutation,
  SetHelpResourcesMutation,
} from './documents';

const locales = ['en', 'es', 'fr'] as const;

/**
 * Admins: what a student is shown after one of their messages raises a SELF_HARM flag, per
 * language — the school's own words and where to turn, or the built-in defaults.
 */
export function HelpResourcesScreen() {
  const { t } = useTranslation();
  const [locale, setLocale] = useState<(typeof locales)[number]>('en');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: HelpResourcesQuery,
    variables: { locale },
    requestPolicy: 'network-only',
  });
  const current = data?.helpResources;
  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('admin:help.title')}</h1>
      </div>
      <p className="muted">{t('admin:help.intro')}</p>
      <Field label={t('admin:help.language')} inline>
        {(control) => (
          <select
            {...control}
            value={locale}
            onChange={(e) => setLocale(e.target.value as (typeof locales)[number])}
          >
            {locales.map((l) => (
              <option key={l} value={l}>
                {t(`admin:help.locales.${l}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {error && (
        <ProblemBanner
          problem={problemFromCombined(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {fetching && !current && <Loading what={t('admin:help.loading')} />}
      {current && current.locale === locale && (
        // Keyed on the language and the stored version: switching language loads a fresh form.
        <HelpResourcesForm key={locale} current={current} />
      )}
    </div>
  );
}

interface Draft {
  name: string;
  contact: string;
  description: string;
}

function HelpResourcesForm({ current }: { current: HelpResourcesFieldsFragment }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState(current.message);
  const [rows, setRows] = useState<Draft[]>(() =>
    // Only the input's fields: the cached result also carries `__typename`.
    current.resources.map((r) => ({
      name: r.name,
      contact: r.contact,
      description: r.description ?? '',
    })),
  );
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, save] = useMutation(SetHelpResourcesMutation);
  const [resetting, reset] = useMutation(ResetHelpResourcesMutation);
  const change = (index: number, patch: Partial<Draft>) =>
    setRows((all) => all.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const outcome = await save({
      input: {
        locale: current.locale,
        message,
        resources: rows.map((r) => ({
          name: r.name,
          contact: r.contact,
          description: r.description || null,
        })),
      },
    });
    if (outcome.data) setSaved(t('admin:help.saved'));
  };
  const backToDefaults = async () => {
    setSaved(null);
    const outcome = await reset({ locale: current.locale });
    if (outcome.data) setSaved(t('admin:help.resetDone'));
  };
  const problem = saving.error ?? resetting.error;

  return (
    <form className="card" onSubmit={submit} aria-labelledby="help-form-title">
      <h2 id="help-form-title">{t(`admin:help.locales.${current.locale as 'en'}`)}</h2>
      <p className="small muted">
        {current.configured && current.updatedAt
          ? t('admin:help.configured', { when: formatDateTime(current.updatedAt) })
          : t('admin:help.defaults')}
      </p>
      {problem && <ProblemBanner problem={problemFromCombined(problem)} />}
      {saved && <Notice>{saved}</Notice>}
      <Field label={t('admin:help.message')} hint={t('admin:help.messageHint')}>
        {(control) => (
          <textarea
            {...control}
            required
            rows={3}
            maxLength={1000}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
          />
        )}
      </Field>
      {rows.map((row, index) => (
        <fieldset key={index} className="help-resource">
          <legend>{t('admin:help.resource', { number: index + 1 })}</legend>
          <div className="form-grid">
            <Field label={t('admin:help.name')}>
              {(control) => (
                <input
                  {...control}
                  required
                  maxLength={120}
                  value={row.name}
                  onChange={(e) => change(index, { name: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('admin:help.contact')}>
              {(control) => (
                <input
                  {...control}
                  required
                  maxLength={200}
                  value={row.contact}
                  onChange={(e) => change(index, { contact: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('admin:help.description')} optional={t('admin:help.optional')}>
              {(control) => (
                <input
                  {...control}
                  maxLength={300}
                  value={row.description}
                  onChange={(e) => change(index, { description: e.target.value })}
                />
              )}
            </Field>
          </div>
          {rows.length > 1 && (
            <button
              type="button"
              className="secondary"
              onClick={() => setRows((all) => all.filter((_, i) => i !== index))}
            >
              {t('admin:help.remove', { number: index + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      <div className="row">
        {rows.length < 12 && (
          <button
            type="button"
            className="secondary"
            onClick={() => setRows((all) => [...all, { name: '', contact: '', description: '' }])}
          >
            {t('admin:help.add')}
          </button>
        )}
        <button type="submit" disabled={saving.fetching}>
          {t('admin:help.save')}
        </button>
        {current.configured && (
          <button
            type="button"
            className="secondary"
            disabled={resetting.fetching}
            onClick={backToDefaults}
          >
            {t('admin:help.reset')}
          </button>
        )}
      </div>
    </form>
  );
}
