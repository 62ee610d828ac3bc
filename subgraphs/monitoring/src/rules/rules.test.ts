import { builtinRules } from './builtin';
import { keywordRules, RuleSet, type FlagCategory } from './engine';
import { MessageScanner, scanText } from './stream';

const rules = new RuleSet(builtinRules);
const categories = (text: string) =>
  scanText(rules, text)
    .map((hit) => hit.category)
    .sort();

/** Each line must raise its category (and only what is listed). */
const concerning: Array<[string, FlagCategory[]]> = [
  ['Sometimes I just want to kill myself.', ['SELF_HARM']],
  ["I don't want to live anymore, nobody would miss me", ['SELF_HARM']],
  ['I have been cutting myself again', ['SELF_HARM']],
  ['I am going to kill him tomorrow after school', ['VIOLENCE']],
  ['how do I build a bomb at home', ['VIOLENCE']],
  ['I will bring a knife to school', ['VIOLENCE']],
  ['where can I find porn', ['SEXUAL']],
  ['he asked me to send nudes', ['SEXUAL']],
  ['you are stupid and everyone hates you', ['BULLYING']],
  ['just kys', ['BULLYING']],
  ['my number is +44 7700 900123 call me', ['PERSONAL_DATA']],
  ['call 555-123-4567 tonight', ['PERSONAL_DATA']],
  ['email me at jamie.doe@example.com', ['PERSONAL_DATA']],
  ['I live at 42 Oak Tree Road, come round', ['PERSONAL_DATA']],
  ['we meet at 1600 Pennsylvania Avenue', ['PERSONAL_DATA']],
];

/** Ordinary schoolwork: nothing may be raised. */
const clean = [
  'Can you explain photosynthesis in simple terms?',
  'What were the main causes of the First World War?',
  'Solve 3x + 7 = 22 and show the steps.',
  'In 1945 the war ended; in 1969 people walked on the moon.',
  'My class is reading Romeo and Juliet; what is the theme of fate?',
  'How does a sextant help sailors navigate?',
  'The assassination of Archduke Franz Ferdinand happened in 1914.',
  'Please summarise chapter 3 of the textbook in 200 words.',
  'Compute 12 + 34 + 56 and then multiply by 7.',
  'What is the difference between mitosis and meiosis?',
  'Write a haiku about autumn leaves on the school field.',
  'The population grew from 1200 to 4500 over 30 years.',
];

describe('built-in rules', () => {
  it.each(concerning)('flags %j', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });

  it.each(clean)('leaves %j alone', (text) => {
    expect(categories(text)).toEqual([]);
  });

  it('reports the most severe hit of a category with its rule and an excerpt', () => {
    const [hit] = scanText(
      rules,
      'Lately I hate myself and honestly I want to die, it is all too much for me today.',
    );
    expect(hit).toMatchObject({
      category: 'SELF_HARM',
      severity: 'HIGH',
      rule: 'self_harm:want to die',
    });
    expect(hit?.excerpt).toContain('want to die');
  });

  it('matches case-insensitively and across odd spacing or hyphens', () => {
    expect(categories('KILL   MYSELF')).toEqual(['SELF_HARM']);
    expect(categories('thinking about self-harm')).toEqual(['SELF_HARM']);
  });
});

describe('keyword rules', () => {
  const withKeywords = new RuleSet([
    ...builtinRules,
    ...keywordRules(['vape', 'Project X', ' ', 'vape']),
  ]);

  it('matches whole words and phrases, ignoring blanks and duplicates', () => {
    expect(scanText(withKeywords, 'selling a VAPE behind the gym')[0]).toMatchObject({
      category: 'KEYWORD',
      rule: 'keyword:vape',
    });
    expect(scanText(withKeywords, 'join project   x tonight')[0]?.rule).toBe('keyword:project x');
    expect(scanText(withKeywords, 'vapes and vaporwave')).toEqual([]);
  });

  it('treats keyword text literally', () => {
    const literal = new RuleSet(keywordRules(['a+b', '(c)']));
    expect(scanText(literal, 'aab and c')).toEqual([]);
    expect(scanText(literal, 'a+b and (c)').map((h) => h.rule)).toEqual(['keyword:a+b']);
  });
});

describe('streaming scanner', () => {
  it('catches a phrase split across delta batches', () => {
    const scanner = new MessageScanner(rules);
    expect(scanner.push('Honestly I sometimes think I want to ki')).toEqual([]);
    const [hit] = scanner.push('ll myself when it gets bad.');
    expect(hit).toMatchObject({ category: 'SELF_HARM', rule: 'self_harm:kill myself' });
    expect(hit?.excerpt).toContain('kill myself');
  });

  it('raises each category once per message', () => {
    const scanner = new MessageScanner(rules);
    expect(scanner.push('porn ').map((h) => h.category)).toEqual(['SEXUAL']);
    expect(scanner.push('more porn and nudes ')).toEqual([]);
    expect(scanner.push('call 555-123-4567').map((h) => h.category)).toEqual([]);
    expect(scanner.finish().map((h) => h.category)).toEqual(['PERSONAL_DATA']);
  });

  it('waits for the end of a word cut by a batch boundary', () => {
    const scanner = new MessageScanner(rules);
    expect(scanner.push('A navigator uses a sex')).toEqual([]);
    expect(scanner.push('tant at sea and some class work.')).toEqual([]);
    expect(scanner.finish()).toEqual([]);
  });

  it('does not see a word cut from an earlier batch as a word of its own', () => {
    const scanner = new MessageScanner(rules, 10);
    scanner.push('we studied the cla');
    expect(scanner.push('ss of 1914 at length, not the loser of anything')).toEqual([
      expect.objectContaining({ category: 'BULLYING', rule: 'bullying:loser' }),
    ]);
  });

  it('flags a match at the very end once the answer finishes', () => {
    const scanner = new MessageScanner(rules);
    expect(scanner.push('he said: you are a loser')).toEqual([]);
    expect(scanner.finish().map((h) => h.category)).toEqual(['BULLYING']);
  });
});
