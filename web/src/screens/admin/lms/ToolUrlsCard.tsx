import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../components/CopyButton';

/**
 * Aula's own LTI endpoints, which an LMS administrator pastes into the LMS's tool registration
 * (README, "LMS launches"). The gateway serves both the app and `/lti/*`, so they are on the
 * app's origin.
 */
export function ToolUrlsCard() {
  const { t } = useTranslation();
  const origin = window.location.origin;
  const urls = [
    { label: t('admin:lms.loginUrl'), value: `${origin}/lti/login` },
    { label: t('admin:lms.launchUrl'), value: `${origin}/lti/launch` },
    { label: t('admin:lms.jwksToolUrl'), value: `${origin}/lti/jwks` },
    { label: t('admin:lms.deepLinkingUrl'), value: `${origin}/lti/launch` },
  ];
  return (
    <section className="card stack" aria-labelledby="lti-tool-urls">
      <h2 id="lti-tool-urls">{t('admin:lms.toolUrls')}</h2>
      <p className="muted small">{t('admin:lms.toolUrlsIntro')}</p>
      <dl className="details tool-urls">
        {urls.map((url) => (
          <div key={url.label}>
            <dt>{url.label}</dt>
            <dd className="copy-row">
              <code>{url.value}</code>
              <CopyButton value={url.value} what={url.label} />
            </dd>
          </div>
        ))}
        <dt>{t('admin:lms.services')}</dt>
        <dd>{t('admin:lms.servicesValue')}</dd>
        <dt>{t('admin:lms.privacy')}</dt>
        <dd>{t('admin:lms.privacyValue')}</dd>
      </dl>
    </section>
  );
}
