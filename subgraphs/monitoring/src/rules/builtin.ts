import type { RuleDefinition } from './engine';

/**
 * Phrases become patterns that tolerate any run of whitespace (and an optional
 * hyphen) between words, so "kill   myself" and "self-harm" still match.
 */
function phrases(words: readonly string[]): string[] {
  return words.map((phrase) =>
    phrase
      .trim()
      .split(/[\s-]+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]?"))
      .join('[\\s-]+'),
  );
}

const words = (
  category: RuleDefinition['category'],
  severity: RuleDefinition['severity'],
  list: readonly string[],
) =>
  phrases(list).map((pattern, i): RuleDefinition => ({
    name: `${category.toLowerCase()}:${list[i]}`,
    category,
    severity,
    pattern: `\\b${pattern}\\b`,
  }));

/**
 * Starter lists for the built-in categories. They are deliberately short and
 * specific: a school would rather miss a rare phrasing than bury supervisors in
 * flags on "bomb" in a history lesson, so ambiguous words sit at lower severities.
 */
export const builtinRules: readonly RuleDefinition[] = [
  ...words('SELF_HARM', 'HIGH', [
    'kill myself',
    'killing myself',
    'end my life',
    'take my own life',
    'want to die',
    'wanna die',
    'suicide',
    'suicidal',
    'cut myself',
    'cutting myself',
    'hurt myself',
    'hurting myself',
    'self harm',
    'self harming',
    "don't want to live",
    'no reason to live',
    'better off dead',
    'nobody would miss me',
    'overdose',
  ]),
  ...words('SELF_HARM', 'MEDIUM', [
    'hate myself',
    'i feel hopeless',
    'starve myself',
    'make myself sick',
  ]),
  ...words('VIOLENCE', 'HIGH', [
    'kill you',
    'kill him',
    'kill her',
    'kill them',
    'shoot up the school',
    'school shooting',
    'make a bomb',
    'build a bomb',
    'stab you',
    'stab him',
    'stab her',
  ]),
  ...words('VIOLENCE', 'MEDIUM', [
    'beat you up',
    'beat him up',
    'beat her up',
    'hurt you',
    'bring a knife',
    'bring a gun',
    'murder',
  ]),
  ...words('SEXUAL', 'HIGH', [
    'porn',
    'pornography',
    'send nudes',
    'nudes',
    'sexting',
    'blowjob',
    'hentai',
    'onlyfans',
    'xxx',
  ]),
  ...words('SEXUAL', 'MEDIUM', ['naked', 'horny', 'erotic', 'have sex', 'sexy']),
  ...words('BULLYING', 'HIGH', [
    'kill yourself',
    'kys',
    'go die',
    'everyone hates you',
    'nobody likes you',
  ]),
  ...words('BULLYING', 'MEDIUM', [
    "you're stupid",
    'you are stupid',
    'you are ugly',
    "you're ugly",
    'loser',
    'retard',
    'fat pig',
    'freak',
    'moron',
  ]),
  {
    name: 'personal_data:email',
    category: 'PERSONAL_DATA',
    severity: 'MEDIUM',
    pattern: '\\b[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}\\b',
  },
  {
    name: 'personal_data:phone',
    category: 'PERSONAL_DATA',
    severity: 'MEDIUM',
    // Digit groups with the usual separators; `minDigits` keeps years and sums out.
    pattern:
      '(?<![\\w+])(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{1,4}\\)[\\s.-]?)?\\d{2,5}(?:[\\s.-]?\\d{2,5}){1,4}(?!\\w)',
    minDigits: 9,
  },
  {
    name: 'personal_data:street_address',
    category: 'PERSONAL_DATA',
    severity: 'MEDIUM',
    pattern:
      "\\b\\d{1,5}[a-z]?\\s+(?:[a-z][a-z'’.-]*\\s+){1,4}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|court|ct|close|place|pl|terrace|crescent|square|gardens)\\b",
  },
  ...words('PERSONAL_DATA', 'MEDIUM', ['my password is', 'my address is', 'i live at']),
];
