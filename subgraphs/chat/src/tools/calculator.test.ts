import { CalculatorError, evaluateArithmetic, formatResult } from './calculator';

const calc = (e: string) => formatResult(evaluateArithmetic(e));

describe('calculator', () => {
  it.each([
    ['2+2', '4'],
    ['2 + 3 * 4', '14'],
    ['(2 + 3) * 4', '20'],
    ['2^3^2', '512'],
    ['-2^2', '-4'],
    ['(-2)^2', '4'],
    ['10 / 4', '2.5'],
    ['0.1 + 0.2', '0.3'],
    ['.5 * 4', '2'],
    ['3 - -3', '6'],
    ['2^0.5 * 2^0.5', '2'],
    ['1e3 / 8', '125'],
  ])('%s = %s', (expression, expected) => {
    expect(calc(expression)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['2 +', 'ends too early'],
    ['1 / 0', 'Division by zero'],
    ['(1 + 2', 'closing ")"'],
    ['1 + 2)', 'Unexpected ")"'],
    ['process.exit(1)', 'Unexpected character "p"'],
    ['2 ** 3', 'Unexpected "*"'],
    ['(-8)^0.5', 'not a real number'],
    ['10^400', 'too large'],
    ['('.repeat(100) + '1' + ')'.repeat(100), 'nests deeper'],
  ])('refuses %j with a clear reason', (expression, reason) => {
    expect(() => evaluateArithmetic(expression)).toThrow(CalculatorError);
    expect(() => evaluateArithmetic(expression)).toThrow(reason);
  });
});
