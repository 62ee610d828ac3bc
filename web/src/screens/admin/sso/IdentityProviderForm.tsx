import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Notice, ProblemBanner } from '../../../components/Feedback';
import { Field } from '../../../components/Field';
import type { IdentityProviderFieldsFragment, Role } from '../../../generated/graphql';
import { problemWithFields } from '../../../lib/errors';
import { CreateIdentityProviderMutation, UpdateIdentityProviderMutation } from './documents';

const words = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** `value = ROLE` per line, as administrators type mappings. */
function parseMappings(text: string): { value: string; role: Role }[] {
  return text
    .split('\n')
    .map((line) => line.split('='))
    .filter((parts) => parts.length === 2 && parts[0]!.trim() && parts[1]!.trim())
    .map(([value, role]) => ({ value: value!.trim(), role: role!.trim().toUpperCase() as Role }));
}

/**
 * Adds an identity provider, or edits `current`. The client secret is write-only: left empty
 * when editing, the stored one stays.
 */
export function IdentityProviderForm({
  current,
  onSaved,
}: {
  current?: IdentityProviderFieldsFragment;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(current?.name ?? '');
  const [issuer, setIssuer] = useState(current?.issuer ?? '');
  const [clientId, setClientId] = useState(current?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [domains, setDomains] = useState(current?.allowedDomains.join(', ') ?? '');
  const [extraScopes, setExtraScopes] = useState(
    current?.scopes.filter((s) => !['openid', 'email', 'profile'].includes(s)).join(' ') ?? '',
  );
  const [roleClaim, setRoleClaim] = useState(current?.roleClaim ?? '');
  const [mappings, setMappings] = useState(
    current?.roleMappings.map((m) => `${m.value} = ${m.role}`).join('\n') ?? '',
  );
  const [defaultRole, setDefaultRole] = useState<Role>(current?.defaultRole ?? 'STUDENT');
  const [createAccounts, setCreateAccounts] = useState(current?.createAccounts ?? false);
  const [passwordOff, setPasswordOff] = useState(current?.passwordSignInDisabled ?? false);
  const [saved, setSaved] = useState(false);
  const [created, create] = useMutation(CreateIdentityProviderMutation);
  const [updated, update] = useMutation(UpdateIdentityProviderMutation);
  const outcome = current ? updated : created;
  const { problem, fieldError } = problemWithFields(outcome.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const common = {
      name,
      issuer,
      clientId,
      extraScopes: words(extraScopes),
      allowedDomains: words(domains),
      roleClaim,
      roleMappings: parseMappings(mappings),
      defaultRole,
      createAccounts,
      passwordSignInDisabled: passwordOff,
    };
    const result = current
      ? await update({
          id: current.id,
          input: { ...common, ...(clientSecret ? { clientSecret } : {}) },
        })
      : await create({
          input: { ...common, roleClaim: roleClaim || null, clientSecret: clientSecret || null },
        });
    if (!result.data) return;
    setSaved(true);
    setClientSecret('');
    // A new provider is in the list now: empty the form so a second click adds no duplicate.
    if (!current) {
      for (const clear of [setName, setIssuer, setClientId, setDomains, setExtraScopes]) clear('');
      setRoleClaim('');
      setMappings('');
      setDefaultRole('STUDENT');
      setCreateAccounts(false);
      setPasswordOff(false);
    }
    onSaved();
  };

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby="idp-form-title">
      <h2 id="idp-form-title">
        {current ? t('admin:sso.editTitle', { name: current.name }) : t('admin:sso.addTitle')}
      </h2>
      {problem && <ProblemBanner problem={problem} />}
      {saved && <Notice>{t('admin:sso.saved')}</Notice>}
      <div className="form-grid">
        <Field
          label={t('admin:sso.name')}
          hint={t('admin:sso.nameHint')}
          error={fieldError('name')}
        >
          {(control) => (
            <input
              {...control}
              required
              maxLength={60}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('admin:sso.issuer')}
          hint={t('admin:sso.issuerHint')}
          error={fieldError('issuer')}
        >
          {(control) => (
            <input
              {...control}
              required
              type="url"
              value={issuer}
              onChange={(e) => setIssuer(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('admin:sso.clientId')} error={fieldError('clientId')}>
          {(control) => (
            <input
              {...control}
              required
              value={clientId}
              onChange={(e) => setClientId(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('admin:sso.clientSecret')}
          hint={
            current?.hasClientSecret ? t('admin:sso.clientSecretKept') : t('admin:sso.secretHint')
          }
          error={fieldError('clientSecret')}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="off"
              value={clientSecret}
              onChange={(e) => setClientSecret(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('admin:sso.domains')}
          hint={t('admin:sso.domainsHint')}
          error={fieldError('allowedDomains')}
        >
          {(control) => (
            <input
              {...control}
              required
              value={domains}
              onChange={(e) => setDomains(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('admin:sso.extraScopes')}
          hint={t('admin:sso.extraScopesHint')}
          optional={t('common:optional')}
          error={fieldError('extraScopes')}
        >
          {(control) => (
            <input
              {...control}
              value={extraScopes}
              onChange={(e) => setExtraScopes(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('admin:sso.roleClaim')}
          hint={t('admin:sso.roleClaimHint')}
          optional={t('common:optional')}
          error={fieldError('roleClaim')}
        >
          {(control) => (
            <input {...control} value={roleClaim} onChange={(e) => setRoleClaim(e.target.value)} />
          )}
        </Field>
        <Field
          label={t('admin:sso.mappings')}
          hint={t('admin:sso.mappingsHint')}
          optional={t('common:optional')}
          error={fieldError('roleMappings')}
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={mappings}
              onChange={(e) => setMappings(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('admin:sso.defaultRole')}
          hint={t('admin:sso.defaultRoleHint')}
          error={fieldError('defaultRole')}
        >
          {(control) => (
            <select
              {...control}
              value={defaultRole}
              onChange={(e) => setDefaultRole(e.target.value as Role)}
            >
              <option value="STUDENT">{t('common:roles.STUDENT')}</option>
              <option value="SUPERVISOR">{t('common:roles.SUPERVISOR')}</option>
            </select>
          )}
        </Field>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={createAccounts}
          onChange={(e) => setCreateAccounts(e.target.checked)}
        />{' '}
        {t('admin:sso.createAccounts')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={passwordOff}
          onChange={(e) => setPasswordOff(e.target.checked)}
        />{' '}
        {t('admin:sso.passwordOff')}
      </label>
      <div className="row">
        <button type="submit" disabled={outcome.fetching}>
          {outcome.fetching
            ? t('admin:sso.checking')
            : current
              ? t('admin:sso.saveChanges')
              : t('admin:sso.add')}
        </button>
      </div>
    </form>
  );
}
