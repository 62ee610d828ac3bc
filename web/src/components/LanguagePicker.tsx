import { useTranslation } from 'react-i18next';
import { currentLocale, i18n, supportedLocales, type Locale } from '../i18n';
import { Field } from './Field';

/** Each language named in itself, so a person can find theirs whatever the app shows. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
};

/**
 * Switches the app's language. Signed out it only changes this tab; signed in, pass `onChange`
 * to also store the choice on the account (the account screen does).
 */
export function LanguagePicker({
  value,
  onChange,
  disabled,
}: {
  value?: Locale;
  onChange?: (locale: Locale) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const shown = value ?? currentLocale();
  return (
    <Field label={t('common:language')} inline className="language-picker">
      {(control) => (
        <select
          {...control}
          value={shown}
          disabled={disabled}
          onChange={(e) => {
            const locale = e.target.value as Locale;
            if (onChange) onChange(locale);
            else void i18n.changeLanguage(locale);
          }}
        >
          {supportedLocales.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {localeNames[locale]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
