import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/Field';

/** The three URLs of an LMS, as typed. */
export interface PlatformUrls {
  authLoginUrl: string;
  jwksUrl: string;
  accessTokenUrl: string;
}

/**
 * The LMS's URLs, as registering it and correcting it both ask for them; a value the server
 * refused shows its words under the field.
 */
export function PlatformUrlFields({
  urls,
  onChange,
  fieldError,
}: {
  urls: PlatformUrls;
  onChange: (urls: PlatformUrls) => void;
  fieldError: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const set = (field: keyof PlatformUrls) => (value: string) =>
    onChange({ ...urls, [field]: value });
  return (
    <>
      <TextField
        label={t('admin:lms.authLoginUrl')}
        hint={t('admin:lms.authLoginUrlHint')}
        error={fieldError('authLoginUrl')}
        required
        value={urls.authLoginUrl}
        onValue={set('authLoginUrl')}
      />
      <TextField
        label={t('admin:lms.jwksUrl')}
        hint={t('admin:lms.jwksUrlHint')}
        error={fieldError('jwksUrl')}
        required
        value={urls.jwksUrl}
        onValue={set('jwksUrl')}
      />
      <TextField
        label={t('admin:lms.accessTokenUrl')}
        hint={t('admin:lms.accessTokenUrlHint')}
        optional={t('common:optional')}
        error={fieldError('accessTokenUrl')}
        value={urls.accessTokenUrl}
        onValue={set('accessTokenUrl')}
      />
    </>
  );
}
