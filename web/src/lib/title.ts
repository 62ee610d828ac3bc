import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceResources } from '../i18n/resources';

/** An i18n key that names a screen (`common:titles.*`). */
export type TitleKey = `common:titles.${keyof SourceResources['common']['titles']}`;

/**
 * Sets the tab's title to "<title> · Aula" while the caller is mounted. The router sets each
 * route's title; a screen with a more specific one (a conversation's name) calls this with it.
 */
export function usePageTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    if (!title) return;
    document.title = t('common:titles.pattern', { title });
  }, [title, t]);
}
