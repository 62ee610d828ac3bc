import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Notice, ProblemBanner } from '../../components/Feedback';
import { LanguagePicker, localeNames } from '../../components/LanguagePicker';
import { applyUserLocale, browserLocale, currentLocale, type Locale } from '../../i18n';
import { problemFromCombined } from '../../lib/errors';
import { getSession, updateSessionUser } from '../../lib/session';
import { SetMyLocaleMutation } from './documents';

/** The language of the app, stored on the account so it follows the person to any device. */
export function LanguageCard() {
  const { t } = useTranslation();
  const [result, setLocale] = useMutation(SetMyLocaleMutation);
  const chosen = getSession()?.user.locale ?? null;

  const store = async (locale: Locale | null) => {
    const outcome = await setLocale({ locale });
    if (!outcome.data) return;
    updateSessionUser({ locale: outcome.data.setMyLocale.locale });
    applyUserLocale(outcome.data.setMyLocale.locale);
  };

  return (
    <section className="card" aria-labelledby="language-title">
      <h2 id="language-title">{t('account:language.title')}</h2>
      <p className="small muted">
        {chosen ? t('account:language.chosen') : t('account:language.followsBrowser')}
      </p>
      {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
      {result.data && !result.fetching && <Notice>{t('account:language.saved')}</Notice>}
      <div className="row">
        <LanguagePicker
          value={currentLocale()}
          disabled={result.fetching}
          onChange={(locale) => void store(locale)}
        />
        {chosen && (
          <button
            type="button"
            className="secondary"
            disabled={result.fetching}
            onClick={() => void store(null)}
          >
            {t('account:language.useBrowser', { language: localeNames[browserLocale()] })}
          </button>
        )}
      </div>
    </section>
  );
}
