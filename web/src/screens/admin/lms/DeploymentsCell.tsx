import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ProblemBanner } from '../../../components/Feedback';
import { Field } from '../../../components/Field';
import type { LtiPlatformFieldsFragment } from '../../../generated/graphql';
import { problemFromCombined } from '../../../lib/errors';
import { AddLtiDeploymentMutation, RemoveLtiDeploymentMutation } from './documents';

/**
 * A platform's deployments of Aula (the `deployment_id`s it may launch from), one more added,
 * one removed after a confirmation: removing stops that deployment's launches at once.
 */
export function DeploymentsCell({ platform }: { platform: LtiPlatformFieldsFragment }) {
  const { t } = useTranslation();
  const [deploymentId, setDeploymentId] = useState('');
  const [added, add] = useMutation(AddLtiDeploymentMutation);
  const [removed, remove] = useMutation(RemoveLtiDeploymentMutation);
  const problem = added.error ?? removed.error;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await add({ platformId: platform.id, deploymentId });
    if (result.data) setDeploymentId('');
  };

  return (
    <>
      {platform.deploymentIds.length === 0 ? (
        <p className="small muted">{t('admin:lms.noDeployments')}</p>
      ) : (
        <ul className="deployment-list">
          {platform.deploymentIds.map((id) => (
            <li key={id}>
              <code>{id}</code>
              <ConfirmDialog
                trigger={
                  <button type="button" className="secondary small-button">
                    {t('admin:lms.removeDeployment')}
                    <span className="visually-hidden">
                      {' '}
                      {t('admin:lms.deploymentOf', { id, name: platform.name })}
                    </span>
                  </button>
                }
                title={t('admin:lms.removeTitle', { id, name: platform.name })}
                description={t('admin:lms.removeBody')}
                confirmLabel={t('admin:lms.removeDeployment')}
                destructive
                onConfirm={async () => {
                  await remove({ platformId: platform.id, deploymentId: id });
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <form className="inline-add" onSubmit={(e) => void submit(e)}>
        <Field label={t('admin:lms.newDeployment', { name: platform.name })} hideLabel required>
          {(control) => (
            <input
              {...control}
              placeholder={t('admin:lms.deploymentPlaceholder')}
              value={deploymentId}
              onChange={(e) => setDeploymentId(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="secondary" disabled={added.fetching}>
          {t('admin:lms.addDeployment')}
          <span className="visually-hidden"> {platform.name}</span>
        </button>
      </form>
      {problem && <ProblemBanner problem={problemFromCombined(problem)} />}
    </>
  );
}
