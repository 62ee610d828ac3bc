import { countTokens, parseDirectives, tokenize } from './index';

describe('parseDirectives', () => {
  it('reads every directive and removes them from the text', () => {
    const parsed = parseDirectives(
      'Explain tides [[emulator:fail-at=3]] [[emulator:fail-with=throttlingException]] ' +
        '[[emulator:throttle]] [[emulator:hang]] [[emulator:length=25]] [[emulator:rate=12.5]] ' +
        '[[emulator:ttft=40]] ' +
        '[[emulator:tool=lookup:{"term":"tide"}]] [[emulator:tool-calls=3]] please',
    );

    expect(parsed.text).toBe('Explain tides please');
    expect(parsed.directives).toEqual({
      failAt: 3,
      failWith: 'throttlingException',
      throttle: true,
      hang: true,
      length: 25,
      rate: 12.5,
      ttft: 40,
      tool: { name: 'lookup', input: { term: 'tide' } },
      toolCalls: 3,
    });
  });

  it('drops malformed or unknown directives without leaking them into the text', () => {
    const parsed = parseDirectives(
      'Hi [[emulator:fail-at=x]] [[emulator:rate=0]] [[emulator:fail-with=boom]] ' +
        '[[emulator:nonsense=1]] [[emulator:tool=calc:{not json}]]',
    );

    expect(parsed.text).toBe('Hi');
    expect(parsed.directives).toEqual({ tool: { name: 'calc' } });
  });

  it('leaves text without directives alone', () => {
    expect(parseDirectives('What is [1, 2]?')).toEqual({ text: 'What is [1, 2]?', directives: {} });
  });
});

describe('tokenize', () => {
  it('splits into word pieces that concatenate back to the input', () => {
    const text = 'Photosynthesis converts light, water and CO2 into sugar.  ';
    const tokens = tokenize(text);

    expect(tokens.join('')).toBe(text);
    expect(tokens).toContain(' light');
    expect(tokens).toContain(',');
    expect(tokens.slice(0, 3)).toEqual(['Photos', 'ynthes', 'is']);
    expect(countTokens(text)).toBe(tokens.length);
  });
});
