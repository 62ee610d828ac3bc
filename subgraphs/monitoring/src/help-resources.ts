import { appError, ErrorCode, type Db } from '@aula/runtime';
import { eq } from 'drizzle-orm';
import { helpResources } from './db/schema';

/** The languages help resources are kept in. */
export const HELP_LOCALES = ['en', 'es', 'fr'] as const;
/** One of {@link HELP_LOCALES}. */
export type HelpLocale = (typeof HELP_LOCALES)[number];

/** One place a student can turn to. */
export interface HelpResourceModel {
  readonly name: string;
  readonly contact: string;
  readonly description: string | null;
}

/** The `HelpResources` of one language. */
export interface HelpResourcesModel {
  readonly locale: HelpLocale;
  readonly message: string;
  readonly resources: HelpResourceModel[];
  readonly configured: boolean;
  readonly updatedAt: Date | null;
}

const resource = (name: string, contact: string, description: string | null = null) => ({
  name,
  contact,
  description,
});

/**
 * What every school has until an admin says otherwise: a trusted adult first, then national
 * lines that answer young people (each school should replace these with its own).
 */
export const DEFAULT_HELP_RESOURCES: Readonly<Record<HelpLocale, HelpResourcesModel>> = {
  en: {
    locale: 'en',
    message:
      'It sounds like things are really hard right now. You are not alone, and you deserve support. Please reach out to someone today.',
    resources: [
      resource('A trusted adult at school', 'Your teacher, the school counsellor or the nurse'),
      resource(
        'Emergency services',
        '112 (Europe) · 911 (US) · 999 (UK)',
        'If you are in danger now',
      ),
      resource('988 Suicide & Crisis Lifeline (US)', 'Call or text 988', 'Free, 24/7'),
      resource('Childline (UK)', '0800 1111 · childline.org.uk', 'Free, 24/7, for under 19s'),
      resource('Find a helpline near you', 'findahelpline.com'),
    ],
    configured: false,
    updatedAt: null,
  },
  es: {
    locale: 'es',
    message:
      'Parece que ahora mismo lo estás pasando muy mal. No estás solo ni sola, y mereces apoyo. Por favor, habla hoy con alguien.',
    resources: [
      resource(
        'Una persona adulta de confianza en el centro',
        'Tu profesor o profesora, el orientador o la enfermera',
      ),
      resource('Emergencias', '112', 'Si estás en peligro ahora'),
      resource(
        'Línea 024 de atención a la conducta suicida (España)',
        'Llama al 024',
        'Gratuita, 24 horas',
      ),
      resource(
        'Fundación ANAR (España)',
        '900 20 20 10',
        'Para niños, niñas y adolescentes, 24 horas',
      ),
      resource('Encuentra una línea de ayuda cerca de ti', 'findahelpline.com'),
    ],
    configured: false,
    updatedAt: null,
  },
  fr: {
    locale: 'fr',
    message:
      'On dirait que les choses sont très difficiles pour toi en ce moment. Tu n’es pas seul·e, et tu mérites du soutien. Parles-en à quelqu’un aujourd’hui.',
    resources: [
      resource(
        'Un adulte de confiance à l’école',
        'Ton professeur, le ou la CPE, l’infirmière scolaire',
      ),
      resource('Urgences', '112', 'Si tu es en danger maintenant'),
      resource('3114 – Prévention du suicide (France)', 'Appelle le 3114', 'Gratuit, 24 h/24'),
      resource(
        'Fil Santé Jeunes (France)',
        '0 800 235 236',
        'Gratuit et anonyme, pour les 12–25 ans',
      ),
      resource('Trouver une ligne d’écoute près de chez toi', 'findahelpline.com'),
    ],
    configured: false,
    updatedAt: null,
  },
};

/** The supported language of a tag (`es-MX` → `es`); anything else reads as English. */
export function helpLocaleOf(tag: string | null | undefined): HelpLocale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (HELP_LOCALES as readonly string[]).includes(primary) ? (primary as HelpLocale) : 'en';
}

/** The school's help resources in one language, or the defaults. */
export async function helpResourcesOf(db: Db, locale: HelpLocale): Promise<HelpResourcesModel> {
  const [row] = await db.select().from(helpResources).where(eq(helpResources.locale, locale));
  if (!row) return DEFAULT_HELP_RESOURCES[locale];
  return {
    locale,
    message: row.message,
    resources: row.resources,
    configured: true,
    updatedAt: row.updatedAt,
  };
}

/** What an admin sends to change one language's resources. */
export interface HelpResourcesChange {
  readonly locale: string;
  readonly message: string;
  readonly resources: ReadonlyArray<{
    readonly name: string;
    readonly contact: string;
    readonly description?: string | null;
  }>;
}

const bad = (message: string, field: string) =>
  appError(ErrorCode.BAD_USER_INPUT, message, { field });

/** Checks and trims an admin's change; `BAD_USER_INPUT` (with `field`) says what to fix. */
function validChange(change: HelpResourcesChange) {
  const locale = change.locale.trim().toLowerCase();
  if (!(HELP_LOCALES as readonly string[]).includes(locale))
    throw bad('Help resources are kept in en, es or fr.', 'locale');
  const message = change.message.trim();
  if (!message || message.length > 1000)
    throw bad('The message must be 1 to 1000 characters.', 'message');
  if (change.resources.length < 1 || change.resources.length > 12)
    throw bad('Give 1 to 12 help resources.', 'resources');
  const resources = change.resources.map((r, i) => {
    const name = r.name.trim();
    const contact = r.contact.trim();
    const description = r.description?.trim() || null;
    if (!name || name.length > 120)
      throw bad(`Resource ${i + 1}: the name must be 1 to 120 characters.`, `resources.${i}.name`);
    if (!contact || contact.length > 200)
      throw bad(
        `Resource ${i + 1}: the contact must be 1 to 200 characters.`,
        `resources.${i}.contact`,
      );
    if (description && description.length > 300)
      throw bad(
        `Resource ${i + 1}: the description must be at most 300 characters.`,
        `resources.${i}.description`,
      );
    return { name, contact, description };
  });
  return { locale: locale as HelpLocale, message, resources };
}

/** Stores one language's resources (replacing what was there). */
export async function saveHelpResources(
  db: Db,
  change: HelpResourcesChange,
  adminId: string,
): Promise<HelpResourcesModel> {
  const valid = validChange(change);
  await db
    .insert(helpResources)
    .values({ ...valid, updatedBy: adminId })
    .onConflictDoUpdate({
      target: helpResources.locale,
      set: {
        message: valid.message,
        resources: valid.resources,
        updatedBy: adminId,
        updatedAt: new Date(),
      },
    });
  return helpResourcesOf(db, valid.locale);
}

/** Forgets one language's configured resources: students see the defaults again. */
export async function resetHelpResources(db: Db, locale: string): Promise<HelpResourcesModel> {
  const tag = locale.trim().toLowerCase();
  if (!(HELP_LOCALES as readonly string[]).includes(tag))
    throw bad('Help resources are kept in en, es or fr.', 'locale');
  await db.delete(helpResources).where(eq(helpResources.locale, tag));
  return DEFAULT_HELP_RESOURCES[tag as HelpLocale];
}
