import type { SafetyCategory } from './detector';
import { evaluateCorpus, formatScores, loadCorpus, splitCorpus } from './evaluate';
import { createLocalDetector } from './local-detector';
import { normalize } from '@aula/runtime';
import { luhnValid } from './personal-data';
import { MessageScanner } from './stream-scanner';

const detector = createLocalDetector();
const detect = (text: string, keywords?: string[]) =>
  detector.inspectSync({ text, source: 'STUDENT_MESSAGE', keywords });
const categories = (text: string): SafetyCategory[] =>
  detect(text)
    .filter((d) => d.certain)
    .map((d) => d.category)
    .sort();

describe('local detector on the labelled corpora', () => {
  it('holds recall ≥ 98% and false positives ≤ 1% on the development corpus', async () => {
    const corpus = loadCorpus('dev');
    const result = await evaluateCorpus(corpus, (text) => detect(text));
    const overall = result.scores.find((s) => s.category === 'OVERALL')!;
    if (overall.recall < 0.98 || overall.falsePositiveRate > 0.01)
      console.log(
        formatScores('dev corpus', result, corpus.clean.length),
        result.missed,
        result.falseAlarms,
      );
    expect(overall.recall).toBeGreaterThanOrEqual(0.98);
    expect(overall.falsePositiveRate).toBeLessThanOrEqual(0.01);
    for (const score of result.scores) expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('holds the held-out goal (recall ≥ 95%, false positives ≤ 2%) on the held-back quarter and our own corpora', async () => {
    for (const corpus of [
      splitCorpus(loadCorpus('dev')).heldBack,
      loadCorpus('paraphrase'),
      loadCorpus('challenge'),
      loadCorpus('generalisation'),
    ]) {
      const result = await evaluateCorpus(corpus, (text) => detect(text));
      const overall = result.scores.find((s) => s.category === 'OVERALL')!;
      expect(overall.recall).toBeGreaterThanOrEqual(0.95);
      expect(overall.falsePositiveRate).toBeLessThanOrEqual(0.02);
    }
  });
});

describe('normalisation', () => {
  it.each([
    ['K1LL MYS3LF', 'kil myself'],
    ['suïcide', 'suicide'],
    ['diiiiie', 'die'],
    ['k i l l', 'kil'],
    ['s.u.i.c.i.d.e', 'suicide'],
    ['ｐｏｒｎ', 'porn'],
    ['kіll', 'kil'], // Cyrillic і
    ['sucide', 'suicide'],
    ["l'école", 'l ecole'],
    ["don't", 'dont'],
  ])('folds %j to %j', (raw, folded) => {
    expect(normalize(raw).text).toBe(folded);
  });

  it('remembers where each folded character came from, for excerpts', () => {
    const n = normalize('Ok. I want to DIIIE');
    const at = n.text.indexOf('die');
    expect(n.source.slice(n.origin[at], n.origin[at + 2]! + 1)).toBe('DIIIE');
  });

  it('catches disguised phrasing', () => {
    expect(categories('i w4nt to d1e')).toEqual(['SELF_HARM']);
    expect(categories('k i l l   m y s e l f')).toEqual(['SELF_HARM']);
    expect(categories('send nud3s')).toEqual(['SEXUAL']);
    expect(categories('he nods and smiles')).toEqual([]);
    expect(categories('send nudes plz')).toEqual(['SEXUAL']);
    expect(categories('QUIERO MORIRME')).toEqual(['SELF_HARM']);
  });
});

describe('context', () => {
  it.each([
    'I killed it on my test',
    'how do I kill a process',
    'how did the Black Death kill so many people',
    'My brother killed me at Fortnite again lol',
    'I could die of embarrassment',
    'What does the suicide squeeze mean in baseball?',
    'What is the suicide rate in Japan, for my essay?',
    'I am proud of myself',
    'take care of yourself',
    'How do I shoot a basketball with better form?',
    'Why is it wrong to make fun of someone with a disability?',
    'My cat died yesterday',
  ])('leaves %j clean', (text) => {
    expect(categories(text)).toEqual([]);
  });

  it('reports a weak phrase in an academic frame as uncertain, for the judge', () => {
    const [finding] = detect('Explain why overdoses rose in the 1990s.');
    expect(finding).toMatchObject({ category: 'SELF_HARM', certain: false });
  });

  it('records which rule fired, with offsets into the original text', () => {
    const text = 'lately i just want to die, honestly';
    const [finding] = detect(text);
    expect(finding).toMatchObject({
      category: 'SELF_HARM',
      severity: 'HIGH',
      rule: 'local:self_harm.en.want_to_die',
      layer: 'local',
      certain: true,
    });
    expect(text.slice(finding!.start, finding!.end)).toBe('want to die');
  });
});

describe('personal data', () => {
  const rules = (text: string) => detect(text).map((d) => d.rule);

  it('finds phone numbers in several regions with libphonenumber', () => {
    expect(rules('call me on 07911 123456')).toEqual(['local:personal_data.phone']);
    expect(rules('mi número es 612 345 678')).toContain('local:personal_data.phone');
    expect(rules('appelle moi au 06 12 34 56 78')).toContain('local:personal_data.phone');
    expect(rules('In 1914 1914 people marched')).toEqual([]);
  });

  it('checks card numbers with Luhn and national ids with their check digits', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(rules('card 4111 1111 1111 1111')).toEqual(['local:personal_data.card_number']);
    expect(rules('card 4111 1111 1111 1112')).toEqual([]);
    expect(rules('mi DNI 12345678Z')).toContain('local:personal_data.national_id:es_dni');
    expect(rules('code 12345678A')).toEqual([]);
  });

  it('validates e-mail addresses and finds handles, addresses and passwords', () => {
    expect(rules('write to me at ada@example.com')).toEqual(['local:personal_data.email']);
    expect(rules('the @ sign and a@b')).toEqual([]);
    expect(categories('my insta is @ada.codes')).toEqual(['PERSONAL_DATA']);
    expect(categories('I live at 22 Baker Street')).toEqual(['PERSONAL_DATA']);
    expect(categories('mon adresse est 12 rue de la Paix')).toEqual(['PERSONAL_DATA']);
    expect(categories('my password is hunter22')).toEqual(['PERSONAL_DATA']);
    expect(categories('my password is too weak, how do I improve it?')).toEqual([]);
  });
});

describe('keywords', () => {
  it('matches whole words and phrases literally, ignoring case and accents', () => {
    expect(detect('selling a VAPE behind the gym', ['vape'])[0]).toMatchObject({
      category: 'KEYWORD',
      rule: 'keyword:vape',
    });
    expect(detect('vapes and vaporwave', ['vape'])).toEqual([]);
    expect(detect('a+b and (c)', ['a+b'])[0]?.rule).toBe('keyword:a+b');
    expect(detect('join PROJECT   x', ['Project X'])[0]?.rule).toBe('keyword:project x');
  });
});

describe('streaming scanner', () => {
  const scannerOf = () =>
    new MessageScanner((text) => detector.inspectSync({ text, source: 'ANSWER' }));

  it('catches a phrase split across batches', () => {
    const scanner = scannerOf();
    expect(scanner.push('Honestly I sometimes think I want to ki')).toEqual([]);
    const found = [...scanner.push('ll myself when it gets bad.'), ...scanner.finish()];
    expect(found.map((f) => f.category)).toEqual(['SELF_HARM']);
    expect(found[0]!.excerpt).toContain('kill myself');
  });

  it('raises each category once per message', () => {
    const scanner = scannerOf();
    expect(scanner.push('here is some porn. ').map((h) => h.category)).toEqual(['SEXUAL']);
    expect(scanner.push('more porn and nudes. ')).toEqual([]);
    expect(scanner.push('call (312) 555-0199')).toEqual([]);
    expect(scanner.finish().map((h) => h.category)).toEqual(['PERSONAL_DATA']);
  });

  it('waits for the end of a word cut by a batch boundary', () => {
    const scanner = scannerOf();
    expect(scanner.push('A navigator uses a sex')).toEqual([]);
    expect(scanner.push('tant at sea and some class work.')).toEqual([]);
    expect(scanner.finish()).toEqual([]);
  });
});
