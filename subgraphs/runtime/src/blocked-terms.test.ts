import { findBlockedTerm } from './blocked-terms';

const terms = {
  topics: ['exam answers', 'video games', 'la guerra'],
  keywords: ['fortnite', 'cheat sheet'],
};

describe('findBlockedTerm', () => {
  it.each([
    ['Can you give me the answers to the exam?', 'exam answers'],
    ['what are the EXAM ANSWERS', 'exam answers'],
    ['my favourite video game is minecraft', 'video games'],
    ['F0RTN1TE is fun', 'fortnite'],
    ['make me a cheat-sheet', 'cheat sheet'],
    ['háblame de la Guerra civil', 'la guerra'],
  ])('finds the blocked term in %p', (text, term) => {
    expect(findBlockedTerm(text, terms)?.term).toBe(term);
  });

  it.each([
    'examine the answer',
    'explain the exam format',
    'fortnightly meeting',
    'I love playing videogames',
  ])('leaves %p alone', (text) => {
    expect(findBlockedTerm(text, terms)).toBeNull();
  });

  it('points at the evidence in the original text', () => {
    const text = 'Hey, F0RTN1TE tonight?';
    const hit = findBlockedTerm(text, terms)!;
    expect(text.slice(hit.start, hit.end)).toBe('F0RTN1TE');
  });

  it('finds nothing when a chatbot blocks nothing', () => {
    expect(findBlockedTerm('anything at all', { topics: [], keywords: [] })).toBeNull();
  });
});
