import 'i18next';
import type { Namespace, SourceResources } from './resources';

// Keys are checked by TypeScript against the English files: `t('chat:nope')` does not compile.
// Every namespace is a default one, so `useTranslation()` accepts `t('<namespace>:<key>')` for
// any of them; write keys with their namespace prefix.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: readonly Namespace[];
    resources: SourceResources;
  }
}
