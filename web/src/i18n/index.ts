import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { namespaces, resources, supportedLocales, type Locale } from './resources';

export { supportedLocales, type Locale } from './resources';

/**
 * The app's one i18next instance. Every string lives in `locales/<locale>/<namespace>.json`;
 * the locale is the signed-in person's choice (stored in auth, applied by {@link applyUserLocale})
 * and otherwise the browser's language. A key missing from a locale is reported as a console
 * error (the e2e suite fails on console errors) and shown in English.
 */
void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    ns: namespaces,
    defaultNS: namespaces,
    fallbackLng: 'en',
    supportedLngs: supportedLocales,
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    // Only the browser's languages: the stored choice comes from the account, not a cookie.
    detection: { order: ['navigator'], caches: [] },
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (locales, namespace, key) => {
      console.error(`i18n: missing key ${namespace}:${key} (${locales.join(', ')})`);
    },
  });

const setDocumentLanguage = (locale: string) => {
  document.documentElement.lang = locale;
};
setDocumentLanguage(currentLocale());
i18n.on('languageChanged', () => setDocumentLanguage(currentLocale()));

/** The locale the app is showing now: one of {@link supportedLocales}. */
export function currentLocale(): Locale {
  const resolved = i18n.resolvedLanguage ?? i18n.language;
  return (supportedLocales as readonly string[]).includes(resolved) ? (resolved as Locale) : 'en';
}

/** The browser's preferred supported locale, used when a person has not chosen one. */
export function browserLocale(): Locale {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if ((supportedLocales as readonly string[]).includes(base)) return base as Locale;
  }
  return 'en';
}

/** Shows the app in the person's chosen locale, or the browser's when they chose none. */
export function applyUserLocale(locale: string | null | undefined): void {
  const wanted =
    locale && (supportedLocales as readonly string[]).includes(locale) ? locale : browserLocale();
  if (wanted !== currentLocale()) void i18n.changeLanguage(wanted);
}

export { i18n };
export { namespaces };
