import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Notice, ProblemBanner } from '../../components/Feedback';
import { Field } from '../../components/Field';
import type { FlagSeverity } from '../../generated/graphql';
import { problemFromCombined } from '../../lib/errors';
import { NotificationSettingsQuery, UpdateNotificationSettingsMutation } from './documents';

const severities: readonly FlagSeverity[] = ['LOW', 'MEDIUM', 'HIGH'];

/**
 * A supervisor's or admin's safety alerts: whether new flags on their students are e-mailed,
 * from which severity, and what happens to a HIGH flag nobody acknowledges (escalation).
 */
export function AlertSettings() {
  const { t } = useTranslation();
  const [{ data, error }] = useQuery({ query: NotificationSettingsQuery });
  const settings = data?.myNotificationSettings;
  return (
    <section className="card" aria-labelledby="alert-settings-title">
      <h2 id="alert-settings-title">{t('supervisor:alerts.title')}</h2>
      {error && <ProblemBanner problem={problemFromCombined(error)} />}
      {settings && (
        // Not keyed on the values: a save updates the cached settings to what the form already
        // shows, and remounting then would drop the "saved" confirmation.
        <AlertForm emailAlerts={settings.emailAlerts} minSeverity={settings.minSeverity} />
      )}
      {settings && (
        <p className="small muted">
          {t('supervisor:alerts.escalation', { minutes: settings.escalationMinutes })}
        </p>
      )}
    </section>
  );
}

function AlertForm(props: { emailAlerts: boolean; minSeverity: FlagSeverity }) {
  const { t } = useTranslation();
  const [emailAlerts, setEmailAlerts] = useState(props.emailAlerts);
  const [minSeverity, setMinSeverity] = useState(props.minSeverity);
  const [saved, setSaved] = useState(false);
  const [result, save] = useMutation(UpdateNotificationSettingsMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const outcome = await save({ emailAlerts, minSeverity });
    if (outcome.data) setSaved(true);
  };
  return (
    <form onSubmit={submit}>
      {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
      {saved && <Notice>{t('supervisor:alerts.saved')}</Notice>}
      <div className="field checkbox-field">
        <label>
          <input
            type="checkbox"
            checked={emailAlerts}
            onChange={(e) => setEmailAlerts(e.target.checked)}
          />{' '}
          {t('supervisor:alerts.email')}
        </label>
      </div>
      <Field
        label={t('supervisor:alerts.minSeverity')}
        hint={t('supervisor:alerts.minSeverityHint')}
      >
        {(control) => (
          <select
            {...control}
            value={minSeverity}
            onChange={(e) => setMinSeverity(e.target.value as FlagSeverity)}
          >
            {severities.map((severity) => (
              <option key={severity} value={severity}>
                {t(`supervisor:severity.${severity}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" disabled={result.fetching}>
        {t('supervisor:alerts.save')}
      </button>
    </form>
  );
}
