import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Notice, ProblemBanner } from '../../../components/Feedback';
import { TextField } from '../../../components/Field';
import type { LtiPlatformFieldsFragment } from '../../../generated/graphql';
import { problemFromCombined, problemWithFields } from '../../../lib/errors';
import { RemoveLtiPlatformMutation, UpdateLtiPlatformMutation } from './documents';
import { PlatformUrlFields, type PlatformUrls } from './PlatformUrlFields';

/**
 * A registered LMS's own actions: its name and URLs corrected in place (the people and courses
 * it linked stay linked), or the LMS unregistered after a confirmation that says what goes.
 */
export function PlatformActions({
  platform,
  onUpdated,
  onRemoved,
}: {
  platform: LtiPlatformFieldsFragment;
  onUpdated: () => void;
  onRemoved: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(platform.name);
  const [urls, setUrls] = useState<PlatformUrls>({
    authLoginUrl: platform.authLoginUrl,
    jwksUrl: platform.jwksUrl,
    accessTokenUrl: platform.accessTokenUrl ?? '',
  });
  const [saved, setSaved] = useState(false);
  const [updated, update] = useMutation(UpdateLtiPlatformMutation);
  const [removed, remove] = useMutation(RemoveLtiPlatformMutation);
  const { problem, fieldError } = problemWithFields(updated.error);
  const formId = `lti-edit-${platform.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await update({
      id: platform.id,
      changes: { name, ...urls, accessTokenUrl: urls.accessTokenUrl.trim() || null },
    });
    if (!result.data) return;
    setSaved(true);
    onUpdated();
  };

  return (
    <div className="platform-actions">
      <details>
        <summary>
          {t('admin:lms.edit')}
          <span className="visually-hidden"> {platform.name}</span>
        </summary>
        <form id={formId} className="stack" onSubmit={(e) => void submit(e)}>
          {problem && !problem.extensions.field && <ProblemBanner problem={problem} />}
          {saved && <Notice>{t('admin:lms.updated', { name: platform.name })}</Notice>}
          <TextField
            label={t('admin:lms.name')}
            error={fieldError('name')}
            required
            maxLength={200}
            value={name}
            onValue={setName}
          />
          <PlatformUrlFields urls={urls} onChange={setUrls} fieldError={fieldError} />
          <div className="row">
            <button type="submit" className="secondary" disabled={updated.fetching}>
              {t('admin:lms.save')}
            </button>
          </div>
        </form>
      </details>
      <ConfirmDialog
        trigger={
          <button type="button" className="secondary small-button">
            {t('admin:lms.unregister')}
            <span className="visually-hidden"> {platform.name}</span>
          </button>
        }
        title={t('admin:lms.unregisterTitle', { name: platform.name })}
        description={t('admin:lms.unregisterBody')}
        confirmLabel={t('admin:lms.unregister')}
        destructive
        onConfirm={async () => {
          const result = await remove({ id: platform.id });
          if (result.data) onRemoved(platform.name);
        }}
      />
      {removed.error && <ProblemBanner problem={problemFromCombined(removed.error)} />}
    </div>
  );
}
