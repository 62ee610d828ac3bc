import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Notice, ProblemBanner } from '../../../components/Feedback';
import { Field, TextField } from '../../../components/Field';
import { problemWithFields } from '../../../lib/errors';
import { RegisterLtiPlatformMutation } from './documents';
import { PlatformUrlFields, type PlatformUrls } from './PlatformUrlFields';

const NO_URLS: PlatformUrls = { authLoginUrl: '', jwksUrl: '', accessTokenUrl: '' };

const lines = (text: string) =>
  text
    .split(/[\n,]+/)
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * Registers an LMS as an LTI 1.3 platform with the values from its tool registration page. The
 * server checks them; a problem with one value is shown under that field.
 */
export function LtiPlatformForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [issuer, setIssuer] = useState('');
  const [clientId, setClientId] = useState('');
  const [urls, setUrls] = useState<PlatformUrls>(NO_URLS);
  const [deployments, setDeployments] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [outcome, register] = useMutation(RegisterLtiPlatformMutation);
  const { problem, fieldError } = problemWithFields(outcome.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const result = await register({
      input: {
        name,
        issuer,
        clientId,
        authLoginUrl: urls.authLoginUrl,
        jwksUrl: urls.jwksUrl,
        accessTokenUrl: urls.accessTokenUrl.trim() || null,
        deploymentIds: lines(deployments),
      },
    });
    if (!result.data) return;
    setSaved(result.data.registerLtiPlatform.name);
    for (const clear of [setName, setIssuer, setClientId, setDeployments]) clear('');
    setUrls(NO_URLS);
    onSaved();
  };

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby="lti-form-title">
      <h2 id="lti-form-title">{t('admin:lms.addTitle')}</h2>
      <p className="muted small">{t('admin:lms.addIntro')}</p>
      {problem && <ProblemBanner problem={problem} />}
      {saved && <Notice>{t('admin:lms.saved', { name: saved })}</Notice>}
      <div className="form-grid">
        <TextField
          label={t('admin:lms.name')}
          hint={t('admin:lms.nameHint')}
          error={fieldError('name')}
          required
          maxLength={200}
          value={name}
          onValue={setName}
        />
        <TextField
          label={t('admin:lms.issuer')}
          hint={t('admin:lms.issuerHint')}
          error={fieldError('issuer')}
          required
          value={issuer}
          onValue={setIssuer}
        />
        <TextField
          label={t('admin:lms.clientId')}
          hint={t('admin:lms.clientIdHint')}
          error={fieldError('clientId')}
          required
          value={clientId}
          onValue={setClientId}
        />
        <PlatformUrlFields urls={urls} onChange={setUrls} fieldError={fieldError} />
        <Field
          label={t('admin:lms.deploymentIds')}
          hint={t('admin:lms.deploymentIdsHint')}
          optional={t('common:optional')}
          error={fieldError('deploymentId')}
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={deployments}
              onChange={(e) => setDeployments(e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="row">
        <button type="submit" disabled={outcome.fetching}>
          {t('admin:lms.add')}
        </button>
      </div>
    </form>
  );
}
