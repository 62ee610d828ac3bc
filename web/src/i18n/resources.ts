import enAccount from './locales/en/account.json';
import enAdmin from './locales/en/admin.json';
import enChat from './locales/en/chat.json';
import enChatbots from './locales/en/chatbots.json';
import enCommon from './locales/en/common.json';
import enMaterials from './locales/en/materials.json';
import enSupervisor from './locales/en/supervisor.json';
import esAccount from './locales/es/account.json';
import esAdmin from './locales/es/admin.json';
import esChat from './locales/es/chat.json';
import esChatbots from './locales/es/chatbots.json';
import esCommon from './locales/es/common.json';
import esMaterials from './locales/es/materials.json';
import esSupervisor from './locales/es/supervisor.json';
import frAccount from './locales/fr/account.json';
import frAdmin from './locales/fr/admin.json';
import frChat from './locales/fr/chat.json';
import frChatbots from './locales/fr/chatbots.json';
import frCommon from './locales/fr/common.json';
import frMaterials from './locales/fr/materials.json';
import frSupervisor from './locales/fr/supervisor.json';

/** The languages the app is written in; `en` is the source and the fallback. */
export const supportedLocales = ['en', 'es', 'fr'] as const;
export type Locale = (typeof supportedLocales)[number];

/**
 * One namespace per area of the app, one JSON file per namespace and locale, so people
 * working on different areas never edit the same file.
 */
export const namespaces = [
  'common',
  'chat',
  'supervisor',
  'admin',
  'chatbots',
  'account',
  'materials',
] as const;
export type Namespace = (typeof namespaces)[number];

const en = {
  common: enCommon,
  chat: enChat,
  supervisor: enSupervisor,
  admin: enAdmin,
  chatbots: enChatbots,
  account: enAccount,
  materials: enMaterials,
};

/** Every string of every locale, bundled (they are small; no request at start-up). */
export const resources = {
  en,
  es: {
    common: esCommon,
    chat: esChat,
    supervisor: esSupervisor,
    admin: esAdmin,
    chatbots: esChatbots,
    account: esAccount,
    materials: esMaterials,
  },
  fr: {
    common: frCommon,
    chat: frChat,
    supervisor: frSupervisor,
    admin: frAdmin,
    chatbots: frChatbots,
    account: frAccount,
    materials: frMaterials,
  },
} satisfies Record<Locale, Record<Namespace, unknown>>;

/** The English resources: the source of truth for which keys exist (see i18next.d.ts). */
export type SourceResources = typeof en;
