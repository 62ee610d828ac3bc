/**
 * The web app's strings: every locale has every key of English, in every plural form its
 * language uses, with the same {{placeholders}}, and nothing empty. (A key used in the code but
 * missing from English fails `npm run typecheck`; a literal string in JSX fails `npm run lint`.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const localesDir = join(__dirname, '..', 'web', 'src', 'i18n', 'locales');
const source = 'en';
const locales = readdirSync(localesDir).sort();
const namespaces = readdirSync(join(localesDir, source))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''))
  .sort();

type Tree = { [key: string]: string | Tree };

function load(locale: string, namespace: string): Tree {
  return JSON.parse(readFileSync(join(localesDir, locale, `${namespace}.json`), 'utf8')) as Tree;
}

/** Flattens nested keys to `a.b.c` → text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/**
 * The keys a locale must have: English's plain keys as they are, and for each English plural
 * key (`x_one`/`x_other`) every plural category the locale's language uses (`Intl.PluralRules`,
 * as i18next picks them).
 */
function expectedKeys(english: Map<string, string>, locale: string): Set<string> {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of english.keys()) {
    const base = key.replace(pluralSuffix, '');
    if (base === key) keys.add(key);
    else for (const category of categories) keys.add(`${base}_${category}`);
  }
  return keys;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1] as string).sort();
}

test('the app is written in English, Spanish and French, with one file per area', () => {
  expect(locales).toEqual(['en', 'es', 'fr']);
  expect(namespaces).toEqual(
    expect.arrayContaining(['common', 'chat', 'supervisor', 'admin', 'account', 'chatbots']),
  );
  for (const locale of locales) {
    const files = readdirSync(join(localesDir, locale)).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(namespaces.map((ns) => `${ns}.json`));
  }
});

describe.each(locales)('%s', (locale) => {
  test.each(namespaces)('%s has every key, every plural form and nothing else', (namespace) => {
    const english = flatten(load(source, namespace));
    const translated = flatten(load(locale, namespace));
    const expected = expectedKeys(english, locale);
    const missing = [...expected].filter((key) => !translated.has(key));
    const extra = [...translated.keys()].filter((key) => !expected.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  test.each(namespaces)('%s keeps the placeholders and leaves nothing empty', (namespace) => {
    const english = flatten(load(source, namespace));
    const translated = flatten(load(locale, namespace));
    const problems: string[] = [];
    for (const [key, text] of translated) {
      if (!text.trim()) problems.push(`${key} is empty`);
      const base = key.replace(pluralSuffix, '');
      const original = english.get(key) ?? english.get(`${base}_other`) ?? '';
      const want = placeholders(original).filter((p) => p !== 'count');
      const have = placeholders(text).filter((p) => p !== 'count');
      if (want.join() !== have.join())
        problems.push(`${key}: {{${have.join(', ')}}} instead of {{${want.join(', ')}}}`);
    }
    expect(problems).toEqual([]);
  });
});
